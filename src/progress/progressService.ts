// Binds the core progress store to the workspace. It keeps one store per
// workspace folder and a cache of step states per kata for the views. A
// watcher picks up files that other writers (the Copilot coach, a second
// window, git) put in the progress folder. In the `markdown` storage mode,
// checks go into the kata files instead (see markdownProgress.ts).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { isStepDone, StepStates } from '../core/kataProgress';
import type { KataSummary } from '../core/indexing/kataSummary';
import { Logger } from '../core/log';
import { allSteps, Kata } from '../core/model';
import { CoachData, CoachDataChanges, coachDataFrom, emptyCoachData, mergeCoachData, readCoachData } from '../core/progress/coachData';
import type { CoachingNoteInput } from '../core/progress/coachingNotes';
import type { ProgressSource } from '../core/progress/document';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { parseProgressFileName, toStoredKataId } from '../core/progress/paths';
import { OrphanStep, ProgressStore, StoredProgress } from '../core/progress/store';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { ProgressStores } from './progressStores';
import { ProgressWatchers } from './progressWatchers';
import { reportRecovered } from './recoveredNotice';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { MarkdownProgress } from './markdownProgress';
import { readStorageMode, STORAGE_SETTING, StorageMode } from './storageMode';

/** A stored step state whose id matches no step of the kata, for example a step whose text was edited. */
export type OrphanedState = OrphanStep;

export class ProgressService extends Disposable {
  /** The index revision of each kata's file when its progress was last read. */
  private readonly loadedRevisions = new Map<string, number | undefined>();
  private readonly stores: ProgressStores;
  /** States by kata id as the progress files hold them. */
  private readonly storedStates = new Map<string, StepStates>();
  /** Stored states by kata id whose ids match no step of the kata and that the store could not re-match. */
  private readonly orphans = new Map<string, OrphanedState[]>();
  /** Hints, answers and minutes by kata id, as the progress files hold them. */
  private readonly coachData = new Map<string, CoachData>();
  private readonly markdown: MarkdownProgress;
  private storageMode = readStorageMode();

  /** Store writes in flight by kata id. */
  private readonly writesInFlight = new Map<string, number>();

  /** Saves and markdown edits still running, so `flush` can wait for them. */
  private readonly pendingWrites = new Set<Promise<unknown>>();

  private readonly changeEmitter = this.register(new vscode.EventEmitter<string>());
  /** Fires with a kata id after its step states changed, from any writer. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly modeEmitter = this.register(new vscode.EventEmitter<StorageMode>());
  /** Fires with the new mode after the user changed `kataCoach.progress.storage`. */
  readonly onDidChangeStorageMode = this.modeEmitter.event;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
  ) {
    super();
    this.stores = new ProgressStores(workspace, log);
    this.markdown = this.register(new MarkdownProgress(workspace, log));

    this.register(
      new ProgressWatchers(
        (uri) => void this.reloadFromFile(uri),
        () => void this.loadAll(),
        log,
      ),
    );
    this.register(workspace.onDidChange(() => void this.loadChangedKatas()));
    this.register(
      this.markdown.onDidChange((kataId) => {
        if (this.storageMode === 'markdown') {
          this.changeEmitter.fire(kataId);
        }
      }),
    );
    this.register(vscode.workspace.onDidChangeConfiguration((event) => this.onConfigurationChange(event)));
  }

  get mode(): StorageMode {
    return this.storageMode;
  }

  /** Returns the step states the views show: from the progress file, or from the `[x]` marks in `markdown` mode. */
  statesOf(kataId: string): StepStates {
    if (this.storageMode === 'markdown') {
      const kata = this.workspace.index.findById(kataId);
      return kata ? this.markdown.statesOf(kata) : {};
    }
    return this.storedStatesOf(kataId);
  }

  /** Returns the states of a kata's progress file as last read, whatever the mode; empty until read. */
  storedStatesOf(kataId: string): StepStates {
    return this.storedStates.get(kataId) ?? {};
  }

  /** Returns the `[x]` marks of a kata file, from the open editor buffer when there is one. */
  markdownStatesOf(kata: Kata): StepStates {
    return this.markdown.statesOf(kata);
  }

  /** Returns true once the kata's progress file has been read (or found missing). */
  hasLoaded(kataId: string): boolean {
    return this.coachData.has(kataId);
  }

  /** Returns the kata's revealed hints, answers and minutes; empty until read. */
  coachDataOf(kataId: string): CoachData {
    return this.coachData.get(kataId) ?? emptyCoachData();
  }

  /**
   * Saves hints, answers or minutes to the kata's progress file in either
   * storage mode, because the markdown has no place for them. The views see
   * the change at once. Reports a failure to the user and returns false.
   */
  async saveCoachData(kata: Kata, changes: CoachDataChanges, timeSpentMinutes?: number, source: ProgressSource = 'ui'): Promise<boolean> {
    const merged = mergeCoachData({ ...this.coachDataOf(kata.id) }, changes);
    this.coachData.set(kata.id, coachDataFrom(merged));
    const saved = await this.track(this.writeStore(kata, (store) => store.saveCoachData(kata, changes, source, { timeSpentMinutes }), {}));
    return saved !== undefined;
  }

  /** Appends a note of the coach to the kata's progress file, in either storage mode. Returns false on failure. */
  async addCoachingNote(kata: Kata, note: CoachingNoteInput): Promise<boolean> {
    const saved = await this.track(this.writeStore(kata, (store) => store.addCoachingNote(kata, note, 'coach'), {}));
    return saved !== undefined;
  }

  /** Returns the stored states of ids that match no step of the kata. Empty in `markdown` mode. */
  orphansOf(kata: Kata): OrphanedState[] {
    if (this.storageMode === 'markdown') {
      return [];
    }
    return this.orphans.get(kata.id) ?? [];
  }

  /**
   * Saves step changes in the current storage mode and updates the views.
   * Reports a failure to the user and returns false.
   */
  setSteps(kata: Kata, changes: Record<string, boolean>, source: ProgressSource = 'ui'): Promise<boolean> {
    return this.storageMode === 'markdown' ? this.setMarkdownSteps(kata, changes) : this.setStoredSteps(kata, changes, source);
  }

  /** Saves step changes to the kata's progress file, whatever the storage mode. */
  async setStoredSteps(kata: Kata, changes: Record<string, boolean>, source: ProgressSource = 'ui'): Promise<boolean> {
    const saved = await this.track(this.writeStore(kata, (store) => store.save(kata, changes, source), changes));
    return saved !== undefined;
  }

  /** Writes step changes as `[x]` marks into the kata file, whatever the storage mode. */
  setMarkdownSteps(kata: Kata, changes: Record<string, boolean>): Promise<boolean> {
    return this.track(this.writeMarkdown(kata, changes));
  }

  /**
   * Unchecks `stepIds` of a kata and returns the state each of them had, for
   * `restoreSteps`. Stored states of other ids, orphans included, stay as
   * they are. Returns undefined when the write failed.
   */
  async resetSteps(kata: Kata, stepIds: readonly string[]): Promise<Record<string, boolean> | undefined> {
    if (this.storageMode === 'workspace') {
      // The store records the reset in the file's history and returns the states it replaced.
      const reset = await this.track(this.writeStore(kata, (store) => store.reset(kata, stepIds, 'ui'), this.withStates(kata, stepIds, false)));
      return reset?.previousStates;
    }

    const states = this.statesOf(kata.id);
    const previous: Record<string, boolean> = {};
    const changes: Record<string, boolean> = {};
    for (const step of allSteps(kata).filter((candidate) => stepIds.includes(candidate.id))) {
      previous[step.id] = isStepDone(step, states);
      changes[step.id] = false;
    }

    const saved = await this.setSteps(kata, changes);
    return saved ? previous : undefined;
  }

  /** Writes back the states that `resetSteps` returned. */
  async restoreSteps(kata: Kata, previous: Record<string, boolean>): Promise<boolean> {
    if (this.storageMode === 'markdown') {
      return this.setSteps(kata, previous);
    }
    const restored = await this.track(this.writeStore(kata, (store) => store.restore(kata, previous, 'ui'), previous));
    return restored !== undefined;
  }

  /** Resolves when every save and markdown edit started so far has finished. */
  async flush(): Promise<void> {
    while (this.pendingWrites.size > 0) {
      await Promise.allSettled([...this.pendingWrites]);
    }
    await Promise.allSettled(this.stores.all().map((store) => store.flush()));
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
      this.changeEmitter.fire(kata.id);
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
      if (stored.recovered) {
        reportRecovered(this.log, kata, stored.recovered.movedTo, stored.recovered.reason);
      }
      this.storedStates.set(kata.id, stored.states);
      this.orphans.set(kata.id, stored.orphans);
      this.coachData.set(kata.id, readCoachData(stored.document));
    } catch (error) {
      this.log.error(`Reading progress of ${kata.id} from ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
    }
    this.changeEmitter.fire(kata.id);
  }

  private track<T>(write: Promise<T>): Promise<T> {
    this.pendingWrites.add(write);
    void write.finally(() => this.pendingWrites.delete(write));
    return write;
  }

  private withStates(kata: Kata, stepIds: readonly string[], checked: boolean): Record<string, boolean> {
    const known = new Set(allSteps(kata).map((step) => step.id));
    return Object.fromEntries(stepIds.filter((id) => known.has(id)).map((id) => [id, checked]));
  }

  /**
   * Runs one store write. `expected` is shown at once, before the write lands,
   * so a click feels instant. Reports a failure to the user and resolves to undefined.
   */
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

    this.storedStates.set(kata.id, { ...this.storedStatesOf(kata.id), ...expected });
    this.changeEmitter.fire(kata.id);
    this.writesInFlight.set(kata.id, (this.writesInFlight.get(kata.id) ?? 0) + 1);

    try {
      const saved = await write(store);
      // An earlier write can finish after a later change was shown. Its result
      // lacks that change, so the caches wait for the last write in flight.
      if (this.finishWrite(kata.id) === 0) {
        this.storedStates.set(kata.id, saved.states);
        this.orphans.set(kata.id, saved.orphans);
        this.coachData.set(kata.id, readCoachData(saved.document));
        this.changeEmitter.fire(kata.id);
      }
      return saved;
    } catch (error) {
      this.finishWrite(kata.id);
      this.log.error(`Saving progress of ${kata.id} to ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Kata Coach could not save progress for "${kata.title}": ${describeError(error)}`);
      await this.load(kata);
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

  private async writeMarkdown(kata: Kata, changes: Record<string, boolean>): Promise<boolean> {
    const written = await this.markdown.applyAndReport(kata, changes);
    this.changeEmitter.fire(kata.id);
    return written;
  }

  private onConfigurationChange(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration(STORAGE_SETTING)) {
      return;
    }
    const mode = readStorageMode();
    if (mode === this.storageMode) {
      return;
    }

    this.log.info(`Progress storage mode changed from ${this.storageMode} to ${mode}`);
    this.storageMode = mode;
    for (const kata of this.workspace.index.katas) {
      this.changeEmitter.fire(kata.id);
    }
    this.modeEmitter.fire(mode);
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
