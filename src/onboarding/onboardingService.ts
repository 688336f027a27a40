// Records the learner actions that complete the steps of the "Get started
// with Kata Coach" walkthrough. In VS Code 1.139 the `onCommand:` completion
// event fires only for commands that the workbench runs, not for those that
// the coach panel or chat run inside the extension host. So each action here
// sets a context key that a step's `onContext:` completion event reads.

import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import type { StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import type { CoachData } from '../core/progress/coachData';

/** The walkthrough's `id` in package.json. */
export const WALKTHROUGH_ID = 'gettingStarted';

/** A learner action that completes a walkthrough step. */
export type WalkthroughEvent = 'viewOpened' | 'kataStarted' | 'stepChecked' | 'hintRevealed' | 'coachAsked';

/**
 * The context key each event sets to true, which package.json's walkthrough
 * steps name in `onContext:` completion events. The keys are written out, not
 * built from the event names, so the manifest tests can find them in the bundle.
 */
export const WALKTHROUGH_CONTEXT_KEYS: Readonly<Record<WalkthroughEvent, string>> = {
  viewOpened: 'kataCoach.walkthrough.viewOpened',
  kataStarted: 'kataCoach.walkthrough.kataStarted',
  stepChecked: 'kataCoach.walkthrough.stepChecked',
  hintRevealed: 'kataCoach.walkthrough.hintRevealed',
  coachAsked: 'kataCoach.walkthrough.coachAsked',
};

/** One occurrence of a walkthrough event, with the kata it happened in when there is one. */
export interface WalkthroughOccurrence {
  event: WalkthroughEvent;
  kataId?: string;
}

/** The event sources of the service, narrowed so tests can pass fakes. */
export interface OnboardingSources {
  progress: {
    onDidChange: vscode.Event<string>;
    statesOf(kataId: string): StepStates;
    coachDataOf(kataId: string): CoachData;
  };
  katasView: {
    readonly visible: boolean;
    onDidChangeVisibility: vscode.Event<vscode.TreeViewVisibilityChangeEvent>;
  };
  /** Fires when the coach panel opens, closes or shows another kata. */
  onPanelChange: vscode.Event<void>;
  /** Returns the id of the kata in the coach panel, if it is open. */
  panelKataId(): string | undefined;
  onDidAskCoach: vscode.Event<{ kataId: string }>;
  /** Sets a context key, as the `setContext` command does. */
  setContext(key: string, value: boolean): Thenable<unknown>;
  log: Logger;
}

export class OnboardingService extends Disposable {
  private readonly recorded = new Set<WalkthroughEvent>();
  /** Ids of the done steps of each kata, as the last progress change showed them. */
  private readonly doneSteps = new Map<string, ReadonlySet<string>>();
  /** Revealed hint counts of each kata by section id, as the last progress change showed them. */
  private readonly hintCounts = new Map<string, Readonly<Record<string, number>>>();
  private panelKata: string | undefined;

  private readonly occurrenceEmitter = this.register(new vscode.EventEmitter<WalkthroughOccurrence>());
  /** Fires on every occurrence of an event, including those after the first, which set no context key. */
  readonly onDidRecord = this.occurrenceEmitter.event;

  constructor(private readonly sources: OnboardingSources) {
    super();
    this.register(sources.katasView.onDidChangeVisibility((event) => event.visible && this.record('viewOpened')));
    this.register(sources.onPanelChange(() => this.onPanelChange()));
    this.register(sources.progress.onDidChange((kataId) => this.onProgressChange(kataId)));
    this.register(sources.onDidAskCoach(({ kataId }) => this.record('coachAsked', kataId)));

    // The view and a restored coach panel can be open before activation ends.
    if (sources.katasView.visible) {
      this.record('viewOpened');
    }
    this.onPanelChange();
  }

  /** Returns true once the event has happened in this window. */
  hasRecorded(event: WalkthroughEvent): boolean {
    return this.recorded.has(event);
  }

  private onPanelChange(): void {
    const kataId = this.sources.panelKataId();
    const changed = kataId !== this.panelKata;
    this.panelKata = kataId;
    // The panel also fires when it only gains or loses focus, which starts nothing.
    if (changed && kataId !== undefined) {
      this.record('kataStarted', kataId);
    }
  }

  /**
   * Compares a kata's progress with what the last change showed. A kata
   * starts with nothing done, so when its progress file is first read, the
   * steps and hints it contains count as events too: the learner did them in an
   * earlier window, and the walkthrough step is just as done.
   */
  private onProgressChange(kataId: string): void {
    const states = this.sources.progress.statesOf(kataId);
    const done = new Set(Object.keys(states).filter((stepId) => states[stepId]));
    const doneBefore = this.doneSteps.get(kataId) ?? new Set<string>();
    this.doneSteps.set(kataId, done);
    if ([...done].some((stepId) => !doneBefore.has(stepId))) {
      this.record('stepChecked', kataId);
    }

    const counts = { ...this.sources.progress.coachDataOf(kataId).revealedHintCounts };
    const countsBefore = this.hintCounts.get(kataId) ?? {};
    this.hintCounts.set(kataId, counts);
    if (Object.entries(counts).some(([sectionId, count]) => count > (countsBefore[sectionId] ?? 0))) {
      this.record('hintRevealed', kataId);
    }
  }

  private record(event: WalkthroughEvent, kataId?: string): void {
    if (!this.recorded.has(event)) {
      this.recorded.add(event);
      const key = WALKTHROUGH_CONTEXT_KEYS[event];
      this.sources.log.info(`Walkthrough event ${event}${kataId ? ` in ${kataId}` : ''}; setting ${key}`);
      Promise.resolve(this.sources.setContext(key, true)).catch((error: unknown) => this.sources.log.warn(`Setting context key ${key} failed: ${describeError(error)}`));
    }
    this.occurrenceEmitter.fire({ event, kataId });
  }
}
