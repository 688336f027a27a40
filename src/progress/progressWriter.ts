// Writes progress through the store of the kata's workspace folder. The views
// show a change before it lands. A failed write is reported to the user, and
// the file is read again. Every write is tracked, so closing the window can
// wait for it. In Restricted Mode the WriteConsent decides whether a write
// goes to disk or stays in memory. Writes kept in memory are replayed on disk
// once writes may go there.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { PROGRESS_FOLDER } from '../core/progress/paths';
import { ProgressStore, StoredProgress } from '../core/progress/store';
import { showFailureMessage } from '../common/failureMessage';
import { describeError } from '../common/logger';
import { ProgressCache } from './progressCache';
import { ProgressStores } from './progressStores';
import { WriteConsent } from './writeConsent';

/** A store operation, such as a save or a reset, that can run on either store of a folder. */
type StoreWrite<T> = (store: ProgressStore) => Promise<T>;

interface KeptWrite {
  kata: Kata;
  folder: string;
  write: StoreWrite<StoredProgress>;
}

export interface WriteOptions {
  /**
   * False for writes the user did not start, such as the minutes on a task:
   * in Restricted Mode they stay in memory instead of raising the question.
   */
  mayAsk?: boolean;
}

export class ProgressWriter {
  /** Store writes in flight by kata id. */
  private readonly writesInFlight = new Map<string, number>();

  /** Saves and markdown edits still running, so `flush` can wait for them. */
  private readonly pendingWrites = new Set<Promise<unknown>>();

  /** Writes that went to the memory stores, in order, to replay on disk later. */
  private keptWrites: KeptWrite[] = [];

  /** The replay of kept writes, which every later write to disk waits for. */
  private replay: Promise<void> = Promise.resolve();

  /** `consent` returns the current WriteConsent, which tests can replace. */
  constructor(
    private readonly stores: ProgressStores,
    private readonly cache: ProgressCache,
    private readonly log: Logger,
    private readonly consent: () => WriteConsent,
  ) {}

  /**
   * Runs one store write and tracks it for `flush`. `expected` is shown at
   * once, before the write lands, so a click feels instant. Reports a failure
   * to the user and resolves to undefined.
   */
  save<T extends StoredProgress>(kata: Kata, write: StoreWrite<T>, expected: Record<string, boolean>, options: WriteOptions = {}): Promise<T | undefined> {
    return this.track(this.writeStore(kata, write, expected, options.mayAsk ?? true));
  }

  /** Adds a write that does not go through the store, such as a markdown edit, to those `flush` waits for. */
  track<T>(write: Promise<T>): Promise<T> {
    this.pendingWrites.add(write);
    void write.finally(() => this.pendingWrites.delete(write));
    return write;
  }

  /** Resolves when every tracked write started so far, and every store's own queue, has finished. */
  async flush(): Promise<void> {
    while (this.pendingWrites.size > 0) {
      await Promise.allSettled([...this.pendingWrites]);
    }
    await Promise.allSettled(this.stores.all().map((store) => store.flush()));
  }

  /**
   * Writes to disk, in their order, the writes kept in memory so far, then
   * drops the memory copy. Does nothing while writes still stay in memory.
   */
  saveKeptWrites(): Promise<void> {
    if (this.consent().keepsInMemory || this.keptWrites.length === 0) {
      return this.replay;
    }
    const writes = this.keptWrites;
    this.keptWrites = [];
    this.replay = this.replay.then(() => this.replayOnDisk(writes));
    return this.track(this.replay);
  }

  private async replayOnDisk(writes: readonly KeptWrite[]): Promise<void> {
    this.log.info(`Saving ${writes.length} progress changes that were kept in memory in Restricted Mode`);
    // One after another, so each lands in the order the user made it.
    for (const { kata, folder, write } of writes) {
      await this.runWrite(kata, Promise.resolve(this.stores.diskStoreFor(folder)), write);
    }
    await this.stores.discardMemory();
  }

  private async writeStore<T extends StoredProgress>(kata: Kata, write: StoreWrite<T>, expected: Record<string, boolean>, mayAsk: boolean): Promise<T | undefined> {
    const folder = this.stores.folderOf(kata);
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t({ message: 'Cannot save progress for "{0}": its file is outside every workspace folder.', args: [kata.title], comment: ['{0} is a kata title'] }));
      return undefined;
    }

    this.cache.showExpected(kata.id, expected);
    return this.runWrite(kata, this.chooseStore(kata, folder, write, mayAsk), write);
  }

  /** Returns the store a write goes to, and remembers a write kept in memory so it can be saved later. */
  private async chooseStore(kata: Kata, folder: string, write: StoreWrite<StoredProgress>, mayAsk: boolean): Promise<ProgressStore> {
    const target = await this.consent().targetOf(`${path.basename(folder)}/${PROGRESS_FOLDER}`, mayAsk);
    if (target === 'memory') {
      this.keptWrites.push({ kata, folder, write });
      return this.stores.memoryStoreFor(folder);
    }
    await this.saveKeptWrites();
    return this.stores.diskStoreFor(folder);
  }

  /**
   * Runs `write` on the store that `chosen` resolves to. The write counts as
   * in flight from the start, so a question in between cannot let an earlier
   * result hide this change.
   */
  private async runWrite<T extends StoredProgress>(kata: Kata, chosen: Promise<ProgressStore>, write: StoreWrite<T>): Promise<T | undefined> {
    this.writesInFlight.set(kata.id, (this.writesInFlight.get(kata.id) ?? 0) + 1);
    let store: ProgressStore | undefined;
    try {
      store = await chosen;
      const saved = await write(store);
      // The first write on disk after the user allowed saving moves aside an unusable file that the memory store left in place.
      this.cache.reportFileProblems(kata, saved);
      // An earlier write can finish after a later change was shown. Its result
      // lacks that change, so the caches wait for the last write in flight.
      if (this.finishWrite(kata.id) === 0) {
        this.cache.showSaved(kata.id, saved);
      }
      return saved;
    } catch (error) {
      this.finishWrite(kata.id);
      this.log.error(`Saving progress of ${kata.id} to ${store?.filePathOf(kata.id) ?? 'its progress file'} failed: ${describeError(error)}`);
      void showFailureMessage(
        vscode.l10n.t({ message: 'Kata Coach could not save progress for "{0}": {1}', args: [kata.title, describeError(error)], comment: ['{0} is a kata title; {1} is the error message'] }),
      );
      await this.cache.load(kata);
      return undefined;
    }
  }

  /** Counts a write of a kata as finished and returns how many are still in flight. */
  private finishWrite(kataId: string): number {
    const left = Math.max(0, (this.writesInFlight.get(kataId) ?? 1) - 1);
    if (left === 0) {
      this.writesInFlight.delete(kataId);
    } else {
      this.writesInFlight.set(kataId, left);
    }
    return left;
  }
}
