// Counts time on task while the window is focused and the learner works on a
// kata: its coach panel is the active editor, or its file is. The counting
// rules live in core/timeOnTask; this class feeds it VS Code's focus events
// and saves whole minutes to the progress file.

import * as vscode from 'vscode';
import { currentSection } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { TimeOnTask } from '../core/timeOnTask';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';

/** The learner's place of work: a kata and one of its sections. */
export interface WorkContext {
  kataId: string;
  sectionId: string;
}

export interface TimeTrackerOptions {
  /** Returns the coach panel's kata and section while the panel is the active editor. */
  panelContext: () => WorkContext | undefined;
  onPanelChange: vscode.Event<void>;
  /** Epoch milliseconds; tests pass a fake clock. */
  clock?: () => number;
  /** Whether the window has focus; tests pass their own. */
  isFocused?: () => boolean;
  /** Storage of the paused katas across reloads, such as the extension's workspace state. */
  storage?: { get<T>(key: string): T | undefined; update(key: string, value: unknown): Thenable<void> };
}

const PAUSED_KEY = 'kataCoach.pausedKatas';

// Ticks add the time since the previous event, so their interval bounds how
// stale the shown minutes are, not how much time counts.
const TICK_MS = 15 * 1000;

export class TimeTracker extends Disposable {
  private readonly trackers = new Map<string, TimeOnTask>();
  /** Kata ids the learner paused; they stay paused until resumed. */
  private readonly userPaused = new Set<string>();
  /** Minutes last saved per kata, so unchanged minutes cause no write. */
  private readonly savedMinutes = new Map<string, string>();
  private active: WorkContext | undefined;

  private readonly changeEmitter = this.register(new vscode.EventEmitter<string>());
  /** Fires with a kata id when its shown time or paused state changed. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly panelContext: () => WorkContext | undefined;
  private readonly clock: () => number;
  private readonly isFocused: () => boolean;
  private readonly storage: TimeTrackerOptions['storage'];

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly log: Logger,
    options: TimeTrackerOptions,
  ) {
    super();
    this.panelContext = options.panelContext;
    this.clock = options.clock ?? Date.now;
    this.isFocused = options.isFocused ?? (() => vscode.window.state.focused);
    this.storage = options.storage;
    const paused = this.storage?.get<unknown>(PAUSED_KEY);
    if (Array.isArray(paused)) {
      paused.filter((kataId): kataId is string => typeof kataId === 'string').forEach((kataId) => this.userPaused.add(kataId));
    }
    const onPanelChange = options.onPanelChange;
    this.register(vscode.window.onDidChangeWindowState(() => this.refresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
    this.register(vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor === vscode.window.activeTextEditor && this.refresh()));
    this.register(onPanelChange(() => this.refresh()));
    // Time counts only once the stored minutes are read, so a save cannot lower them.
    this.register(progress.onDidChange(() => this.refresh()));

    const timer = setInterval(() => this.tick(), TICK_MS);
    this.register({ dispose: () => clearInterval(timer) });
    this.refresh();
  }

  override dispose(): void {
    // The last minutes count too, so stop the clock and save before going.
    if (this.active) {
      this.trackerOf(this.active.kataId).pause(this.clock());
      this.save(this.active.kataId);
    }
    super.dispose();
  }

  /** Returns where time counts right now, or undefined while nothing counts. */
  get activeContext(): WorkContext | undefined {
    return this.active;
  }

  isPaused(kataId: string): boolean {
    return this.userPaused.has(kataId);
  }

  /** Returns the minutes spent on a kata: in all and by section id. */
  minutesOf(kataId: string): { total: number; bySection: Record<string, number> } {
    const tracker = this.trackerOf(kataId);
    const now = this.clock();
    return { total: tracker.totalMinutes(now), bySection: tracker.minutesBySection(now) };
  }

  /** Returns the milliseconds spent on one section, for hints that wait a while. */
  msOnSection(kataId: string, sectionId: string): number {
    return this.trackerOf(kataId).msOf(sectionId, this.clock());
  }

  /** Pauses counting for a kata, or resumes it. Returns true when it is now paused. */
  togglePause(kataId: string): boolean {
    const now = this.clock();
    const tracker = this.trackerOf(kataId);
    if (this.userPaused.delete(kataId)) {
      this.log.info(`Resumed time on task for ${kataId}`);
    } else {
      this.userPaused.add(kataId);
      tracker.pause(now);
      this.save(kataId);
      this.log.info(`Paused time on task for ${kataId}`);
    }
    this.active = undefined;
    this.refresh();
    this.changeEmitter.fire(kataId);
    void this.storage?.update(PAUSED_KEY, [...this.userPaused]).then(undefined, (error: unknown) => this.log.warn(`Keeping the paused katas failed: ${describeError(error)}`));
    return this.userPaused.has(kataId);
  }

  /** Adds the time since the last event and saves changed minutes. The interval calls it; tests may too. */
  tick(): void {
    if (!this.active) {
      return;
    }
    const kataId = this.active.kataId;
    const before = JSON.stringify(this.minutesOf(kataId));
    this.trackerOf(kataId).tick(this.clock());
    this.save(kataId);
    if (JSON.stringify(this.minutesOf(kataId)) !== before) {
      this.changeEmitter.fire(kataId);
    }
  }

  /** Moves counting to where the learner works now. */
  refresh(): void {
    const next = this.currentContext();
    const previous = this.active;
    if (previous?.kataId === next?.kataId && previous?.sectionId === next?.sectionId) {
      return;
    }

    const now = this.clock();
    if (previous && previous.kataId !== next?.kataId) {
      this.trackerOf(previous.kataId).pause(now);
      this.save(previous.kataId);
      this.changeEmitter.fire(previous.kataId);
    }
    this.active = next;
    if (next) {
      const tracker = this.trackerOf(next.kataId);
      if (previous?.kataId === next.kataId) {
        tracker.switchTo(next.sectionId, now);
      } else {
        tracker.start(next.sectionId, now);
      }
      this.changeEmitter.fire(next.kataId);
    }
  }

  private currentContext(): WorkContext | undefined {
    if (!this.isFocused()) {
      return undefined;
    }

    const fromPanel = this.panelContext();
    const context = fromPanel ?? this.editorContext();
    if (!context || this.userPaused.has(context.kataId) || !this.progress.hasLoaded(context.kataId)) {
      return undefined;
    }
    return context;
  }

  /** Returns the kata file in the active editor and the section at its cursor. */
  private editorContext(): WorkContext | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.scheme !== 'file') {
      return undefined;
    }
    const kata = this.workspace.index.findByFile(editor.document.uri.fsPath);
    if (!kata) {
      return undefined;
    }

    const line = editor.selection.active.line + 1;
    const section = kata.sections.find((candidate) => candidate.line <= line && line <= (candidate.endLine ?? candidate.line)) ?? this.defaultSection(kata);
    return section ? { kataId: kata.id, sectionId: section.id } : undefined;
  }

  private defaultSection(kata: Kata) {
    return currentSection(kata, this.progress.statesOf(kata.id)) ?? kata.sections[0];
  }

  private trackerOf(kataId: string): TimeOnTask {
    let tracker = this.trackers.get(kataId);
    if (tracker) {
      return tracker;
    }

    // Time already spent, as saved by earlier sessions, is the starting point.
    // Before the progress file is read that is unknown, so the tracker is not kept.
    const stored = this.progress.coachDataOf(kataId).minutesBySection;
    tracker = TimeOnTask.fromMinutesBySection(stored);
    if (this.progress.hasLoaded(kataId)) {
      this.trackers.set(kataId, tracker);
      this.savedMinutes.set(kataId, JSON.stringify(stored));
    }
    return tracker;
  }

  private save(kataId: string): void {
    const kata = this.workspace.index.findById(kataId);
    if (!kata || !this.trackers.has(kataId)) {
      return;
    }
    const { total, bySection } = this.minutesOf(kataId);
    const key = JSON.stringify(bySection);
    if (this.savedMinutes.get(kataId) === key) {
      return;
    }

    this.savedMinutes.set(kataId, key);
    void this.progress.saveCoachData(kata, { minutesBySection: bySection }, total).catch((error: unknown) => {
      this.log.error(`Saving time on task of ${kataId} to ${kata.filePath}'s progress failed: ${describeError(error)}`);
    });
  }
}
