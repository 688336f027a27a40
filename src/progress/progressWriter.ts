// Writes progress through the store of the kata's workspace folder. The views
// show a change before it lands. A failed write is reported to the user, and
// the file is read again. Every write is tracked, so closing the window can
// wait for it.

import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { ProgressStore, StoredProgress } from '../core/progress/store';
import { describeError } from '../common/logger';
import { ProgressCache } from './progressCache';
import { ProgressStores } from './progressStores';

export class ProgressWriter {
  /** Store writes in flight by kata id. */
  private readonly writesInFlight = new Map<string, number>();

  /** Saves and markdown edits still running, so `flush` can wait for them. */
  private readonly pendingWrites = new Set<Promise<unknown>>();

  constructor(
    private readonly stores: ProgressStores,
    private readonly cache: ProgressCache,
    private readonly log: Logger,
  ) {}

  /**
   * Runs one store write and tracks it for `flush`. `expected` is shown at
   * once, before the write lands, so a click feels instant. Reports a failure
   * to the user and resolves to undefined.
   */
  save<T extends StoredProgress>(kata: Kata, write: (store: ProgressStore) => Promise<T>, expected: Record<string, boolean>): Promise<T | undefined> {
    return this.track(this.writeStore(kata, write, expected));
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

  private async writeStore<T extends StoredProgress>(
    kata: Kata,
    write: (store: ProgressStore) => Promise<T>,
    expected: Record<string, boolean>,
  ): Promise<T | undefined> {
    const store = this.stores.storeFor(kata);
    if (!store) {
      void vscode.window.showErrorMessage(`Cannot save progress for "${kata.title}": its file is outside every workspace folder.`);
      return undefined;
    }

    this.cache.showExpected(kata.id, expected);
    this.writesInFlight.set(kata.id, (this.writesInFlight.get(kata.id) ?? 0) + 1);

    try {
      const saved = await write(store);
      // An earlier write can finish after a later change was shown. Its result
      // lacks that change, so the caches wait for the last write in flight.
      if (this.finishWrite(kata.id) === 0) {
        this.cache.showSaved(kata.id, saved);
      }
      return saved;
    } catch (error) {
      this.finishWrite(kata.id);
      this.log.error(`Saving progress of ${kata.id} to ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Kata Coach could not save progress for "${kata.title}": ${describeError(error)}`);
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
