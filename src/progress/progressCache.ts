// The progress files as last read, per kata: step states, orphaned states and
// coach data. The views read these on every render, so they come from memory.
// The cache reads a file again when the kata file was re-indexed, or when
// another writer (the Copilot coach, a second window, git) changed the file.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { StepStates } from '../core/kataProgress';
import type { KataSummary } from '../core/indexing/kataSummary';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { CoachData, CoachDataChanges, coachDataFrom, emptyCoachData, mergeCoachData, readCoachData } from '../core/progress/coachData';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { parseProgressFileName, toStoredKataId } from '../core/progress/paths';
import { OrphanStep, StoredProgress, UnusableFile } from '../core/progress/store';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { ProgressStores } from './progressStores';
import { ProgressWatchers } from './progressWatchers';
import { reportRecovered } from './recoveredNotice';
import { KataWorkspace } from '../workspace/kataWorkspace';

export class ProgressCache extends Disposable {
  /** The index revision of each kata's file when its progress was last read. */
  private readonly loadedRevisions = new Map<string, number | undefined>();
  /** States by kata id as the progress files hold them. */
  private readonly storedStates = new Map<string, StepStates>();
  /** Stored states by kata id whose ids match no step of the kata and that the store could not re-match. */
  private readonly orphans = new Map<string, OrphanStep[]>();
  /** Hints, answers and minutes by kata id, as the progress files hold them. */
  private readonly coachData = new Map<string, CoachData>();

  /**
   * `notifyChange` receives a kata id each time that kata's cached progress
   * changed. `reportUnusable` receives each unusable file that a store left in place.
   */
  constructor(
    private readonly workspace: KataWorkspace,
    private readonly stores: ProgressStores,
    private readonly log: Logger,
    private readonly notifyChange: (kataId: string) => void,
    private readonly reportUnusable: (kata: Kata, file: UnusableFile) => void,
  ) {
    super();
    this.register(
      new ProgressWatchers(
        (uri) => void this.reloadFromFile(uri),
        () => void this.loadAll(),
        log,
      ),
    );
    this.register(workspace.onDidChange(() => void this.loadChangedKatas()));
  }

  /** Returns the states of a kata's progress file as last read; empty until read. */
  storedStatesOf(kataId: string): StepStates {
    return this.storedStates.get(kataId) ?? {};
  }

  /** Returns the stored states of ids that match no step of the kata; empty until read. */
  orphansOf(kataId: string): OrphanStep[] {
    return this.orphans.get(kataId) ?? [];
  }

  /** Returns true once the kata's progress file has been read (or found missing). */
  hasLoaded(kataId: string): boolean {
    return this.coachData.has(kataId);
  }

  /** Returns the kata's revealed hints, answers and minutes; empty until read. */
  coachDataOf(kataId: string): CoachData {
    return this.coachData.get(kataId) ?? emptyCoachData();
  }

  /** Shows coach data changes before they are saved. Does not notify, because the write that follows does. */
  showCoachData(kataId: string, changes: CoachDataChanges): void {
    const merged = mergeCoachData({ ...this.coachDataOf(kataId) }, changes);
    this.coachData.set(kataId, coachDataFrom(merged));
  }

  /** Shows step states before they are saved and notifies the views. */
  showExpected(kataId: string, expected: Record<string, boolean>): void {
    this.storedStates.set(kataId, { ...this.storedStatesOf(kataId), ...expected });
    this.notifyChange(kataId);
  }

  /** Replaces the cached progress of a kata with what a store write returned and notifies the views. */
  showSaved(kataId: string, saved: StoredProgress): void {
    this.storedStates.set(kataId, saved.states);
    this.orphans.set(kataId, saved.orphans);
    this.coachData.set(kataId, readCoachData(saved.document));
    this.notifyChange(kataId);
  }

  /** Reads the progress of every indexed kata. */
  async loadAll(): Promise<void> {
    await this.loadSummaries(this.workspace.index.katas);
  }

  // Saving one kata file re-indexes only that file, so only katas whose
  // revision is new need their progress read again (for re-matching edited steps).
  private async loadChangedKatas(): Promise<void> {
    const index = this.workspace.index;
    const changed = index.katas.filter((kata) => this.loadedRevisions.get(kata.id) !== index.revisionOf(kata.filePath));
    await this.loadSummaries(changed);
  }

  /**
   * Reads the progress files of `katas`. Only katas that have a file are
   * parsed, because a catalogue of thousands of katas has progress for few.
   */
  private async loadSummaries(katas: readonly KataSummary[]): Promise<void> {
    const { withFile, withoutFile } = await this.stores.partitionByFile(katas);
    withoutFile.forEach((kata) => this.markWithoutFile(kata));
    await Promise.all(
      withFile.map(async (summary) => {
        const kata = this.workspace.index.findById(summary.id);
        if (kata) {
          await this.load(kata);
        }
      }),
    );
  }

  /** Records that a kata has no progress file, notifying the views only when it had progress before. */
  private markWithoutFile(kata: KataSummary): void {
    this.loadedRevisions.set(kata.id, this.workspace.index.revisionOf(kata.filePath));
    const hadProgress = Object.keys(this.storedStates.get(kata.id) ?? {}).length > 0 || (this.orphans.get(kata.id)?.length ?? 0) > 0;
    this.storedStates.set(kata.id, {});
    this.orphans.set(kata.id, []);
    if (!this.coachData.has(kata.id) || hadProgress) {
      this.coachData.set(kata.id, emptyCoachData());
    }
    if (hadProgress) {
      this.notifyChange(kata.id);
    }
  }

  /** Reads one kata's progress file into the cache and notifies the views. Never writes the file. */
  async load(kata: Kata): Promise<void> {
    const store = this.stores.storeFor(kata);
    if (!store) {
      return;
    }

    this.loadedRevisions.set(kata.id, this.workspace.index.revisionOf(kata.filePath));
    try {
      const stored = await store.load(kata.id, { kata });
      this.reportFileProblems(kata, stored);
      this.storedStates.set(kata.id, stored.states);
      this.orphans.set(kata.id, stored.orphans);
      this.coachData.set(kata.id, readCoachData(stored.document));
    } catch (error) {
      this.log.error(`Reading progress of ${kata.id} from ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
    }
    this.notifyChange(kata.id);
  }

  /** Tells the user about an unusable progress file that a load or write moved aside or left in place. */
  reportFileProblems(kata: Kata, stored: StoredProgress): void {
    if (stored.recovered) {
      reportRecovered(this.log, kata, stored.recovered);
    }
    if (stored.unusable) {
      this.reportUnusable(kata, stored.unusable);
    }
  }

  private async reloadFromFile(uri: vscode.Uri): Promise<void> {
    // File names hold the stored form of the id (lowercase, see toStoredKataId).
    const storedId = parseProgressFileName(path.basename(uri.fsPath));
    const summary = storedId === undefined ? undefined : this.workspace.index.katas.find((candidate) => toStoredKataId(candidate.id) === storedId);
    const kata = summary && this.workspace.index.findById(summary.id);
    if (!kata || vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath !== this.workspace.folderOf(kata)) {
      return;
    }

    const store = this.stores.storeFor(kata);
    const text = await nodeFileSystem.readFile(uri.fsPath).catch(() => undefined);
    if (store && text !== undefined && store.isOwnWrite(uri.fsPath, text)) {
      return;
    }

    this.log.info(`Progress of ${kata.id} changed on disk; reloading ${uri.fsPath}`);
    await this.load(kata);
  }
}
