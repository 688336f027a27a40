// Binds the core progress store to the workspace. It keeps one store per
// workspace folder, reads through a cache of each kata's progress file
// (progressCache.ts) and writes through the store with error reporting
// (progressWriter.ts). In the `markdown` storage mode, checks go into the
// kata files instead (see markdownProgress.ts). In Restricted Mode the
// WriteConsent decides whether each write may go to disk.

import * as vscode from 'vscode';
import { isStepDone, StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { allSteps, Kata } from '../core/model';
import { CoachData, CoachDataChanges } from '../core/progress/coachData';
import type { CoachingNoteInput } from '../core/progress/coachingNotes';
import type { ProgressSource } from '../core/progress/document';
import { OrphanStep } from '../core/progress/store';
import { Disposable } from '../common/disposable';
import { ProgressCache } from './progressCache';
import { ProgressStores } from './progressStores';
import { ProgressWriter } from './progressWriter';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { MarkdownProgress } from './markdownProgress';
import { readStorageMode, STORAGE_SETTING, StorageMode } from './storageMode';
import { WriteConsent } from './writeConsent';

/** A stored step state whose id matches no step of the kata, for example a step whose text was edited. */
export type OrphanedState = OrphanStep;

export class ProgressService extends Disposable {
  private readonly cache: ProgressCache;
  private readonly writer: ProgressWriter;
  private readonly markdown: MarkdownProgress;
  private storageMode = readStorageMode();
  private consent: WriteConsent;
  private trustListener: vscode.Disposable | undefined;

  private readonly changeEmitter = this.register(new vscode.EventEmitter<string>());
  /** Fires with a kata id after its step states changed, from any writer. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly modeEmitter = this.register(new vscode.EventEmitter<StorageMode>());
  /** Fires with the new mode after the user changed `kataCoach.progress.storage`. */
  readonly onDidChangeStorageMode = this.modeEmitter.event;

  /** `consent` decides where writes go in Restricted Mode; see restrictedMode.ts for the one of the window. */
  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
    consent: WriteConsent,
  ) {
    super();
    this.consent = consent;
    this.listenForTrust();
    this.register({ dispose: () => this.trustListener?.dispose() });
    const stores = new ProgressStores(workspace, log, () => this.consent.keepsInMemory);
    this.markdown = this.register(new MarkdownProgress(workspace, log));
    this.cache = this.register(
      new ProgressCache(
        workspace,
        stores,
        log,
        (kataId) => this.changeEmitter.fire(kataId),
        (kata, file) => this.consent.reportUnusableFile(kata.title, file),
      ),
    );
    this.writer = new ProgressWriter(stores, this.cache, log, () => this.consent);

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
    return this.cache.storedStatesOf(kataId);
  }

  /** Returns the `[x]` marks of a kata file, from the open editor buffer when there is one. */
  markdownStatesOf(kata: Kata): StepStates {
    return this.markdown.statesOf(kata);
  }

  /** Returns true once the kata's progress file has been read (or found missing). */
  hasLoaded(kataId: string): boolean {
    return this.cache.hasLoaded(kataId);
  }

  /** Returns the kata's revealed hints, answers and minutes; empty until read. */
  coachDataOf(kataId: string): CoachData {
    return this.cache.coachDataOf(kataId);
  }

  /**
   * Saves hints, answers or minutes to the kata's progress file in either
   * storage mode, because the markdown has no place for them. The views see
   * the change at once. Reports a failure to the user and returns false.
   */
  async saveCoachData(kata: Kata, changes: CoachDataChanges, timeSpentMinutes?: number, source: ProgressSource = 'ui'): Promise<boolean> {
    this.cache.showCoachData(kata.id, changes);
    // A save of minutes alone comes from the time tracker, not the user, so in Restricted Mode it shows no question.
    const mayAsk = Object.keys(changes).some((field) => field !== 'minutesBySection');
    const saved = await this.writer.save(kata, (store) => store.saveCoachData(kata, changes, source, { timeSpentMinutes }), {}, { mayAsk });
    return saved !== undefined;
  }

  /** Appends a note of the coach to the kata's progress file, in either storage mode. Returns false on failure. */
  async addCoachingNote(kata: Kata, note: CoachingNoteInput): Promise<boolean> {
    const saved = await this.writer.save(kata, (store) => store.addCoachingNote(kata, note, 'coach'), {});
    return saved !== undefined;
  }

  /** Returns the stored states of ids that match no step of the kata. Empty in `markdown` mode. */
  orphansOf(kata: Kata): OrphanedState[] {
    if (this.storageMode === 'markdown') {
      return [];
    }
    return this.cache.orphansOf(kata.id);
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
    const saved = await this.writer.save(kata, (store) => store.save(kata, changes, source), changes);
    return saved !== undefined;
  }

  /** Writes step changes as `[x]` marks into the kata file, whatever the storage mode. */
  setMarkdownSteps(kata: Kata, changes: Record<string, boolean>): Promise<boolean> {
    return this.writer.track(this.writeMarkdown(kata, changes));
  }

  /**
   * Unchecks `stepIds` of a kata and returns the state each of them had, for
   * `restoreSteps`. Stored states of other ids, orphans included, stay as
   * they are. Returns undefined when the write failed.
   */
  async resetSteps(kata: Kata, stepIds: readonly string[]): Promise<Record<string, boolean> | undefined> {
    if (this.storageMode === 'workspace') {
      // The store records the reset in the file's history and returns the states it replaced.
      const reset = await this.writer.save(kata, (store) => store.reset(kata, stepIds, 'ui'), this.withStates(kata, stepIds, false));
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
    const restored = await this.writer.save(kata, (store) => store.restore(kata, previous, 'ui'), previous);
    return restored !== undefined;
  }

  /**
   * Replaces the WriteConsent, for tests that stand in for Restricted Mode,
   * which the test hosts cannot enter. Disposing restores the previous one.
   */
  useWriteConsent(consent: WriteConsent): vscode.Disposable {
    const previous = this.consent;
    this.consent = consent;
    this.listenForTrust();
    return {
      dispose: () => {
        this.consent = previous;
        this.listenForTrust();
      },
    };
  }

  /** Resolves when every save and markdown edit started so far has finished. */
  async flush(): Promise<void> {
    await this.writer.flush();
  }

  /** Reads the progress of every indexed kata. */
  async loadAll(): Promise<void> {
    await this.cache.loadAll();
  }

  /** Reads one kata's progress file into the cache and notifies the views. Never writes the file. */
  async load(kata: Kata): Promise<void> {
    await this.cache.load(kata);
  }

  private withStates(kata: Kata, stepIds: readonly string[], checked: boolean): Record<string, boolean> {
    const known = new Set(allSteps(kata).map((step) => step.id));
    return Object.fromEntries(stepIds.filter((id) => known.has(id)).map((id) => [id, checked]));
  }

  private async writeMarkdown(kata: Kata, changes: Record<string, boolean>): Promise<boolean> {
    // In memory, for the markdown mode, means an edit of the editor buffer that is not saved.
    const target = await this.consent.targetOf(vscode.workspace.asRelativePath(kata.filePath, true));
    const written = await this.markdown.applyAndReport(kata, changes, { save: target === 'disk' });
    this.changeEmitter.fire(kata.id);
    return written;
  }

  /** Saves the writes kept in memory once the workspace is trusted. */
  private listenForTrust(): void {
    this.trustListener?.dispose();
    this.trustListener = this.consent.onDidGrantTrust(() => {
      this.log.info('The workspace is trusted now, so progress is saved without asking');
      void this.writer.saveKeptWrites();
    });
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
}
