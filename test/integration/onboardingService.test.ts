// The onboarding service on fake sources: which changes count as walkthrough
// events, and which context key each event sets.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MemoryLogger } from '../../src/core/log';
import { emptyCoachData } from '../../src/core/progress/coachData';
import { OnboardingService, OnboardingSources, WALKTHROUGH_CONTEXT_KEYS, WalkthroughOccurrence } from '../../src/onboarding/onboardingService';

/** Event sources the test fires by hand, and the context keys the service set. */
class FakeSources {
  readonly progressChanged = new vscode.EventEmitter<string>();
  readonly visibilityChanged = new vscode.EventEmitter<vscode.TreeViewVisibilityChangeEvent>();
  readonly panelChanged = new vscode.EventEmitter<void>();
  readonly coachAsked = new vscode.EventEmitter<{ kataId: string }>();
  readonly states = new Map<string, Record<string, boolean>>();
  readonly hintCounts = new Map<string, Record<string, number>>();
  readonly contextUpdates: [string, boolean][] = [];
  viewVisible = false;
  panelKataId: string | undefined;

  toSources(): OnboardingSources {
    return {
      progress: {
        onDidChange: this.progressChanged.event,
        statesOf: (kataId) => this.states.get(kataId) ?? {},
        coachDataOf: (kataId) => ({ ...emptyCoachData(), revealedHintCounts: this.hintCounts.get(kataId) ?? {} }),
      },
      katasView: {
        visible: this.viewVisible,
        onDidChangeVisibility: this.visibilityChanged.event,
      },
      onPanelChange: this.panelChanged.event,
      panelKataId: () => this.panelKataId,
      onDidAskCoach: this.coachAsked.event,
      setContext: async (key, value) => {
        this.contextUpdates.push([key, value]);
      },
      log: new MemoryLogger(),
    };
  }

  setStates(kataId: string, states: Record<string, boolean>): void {
    this.states.set(kataId, states);
    this.progressChanged.fire(kataId);
  }

  setHintCounts(kataId: string, counts: Record<string, number>): void {
    this.hintCounts.set(kataId, counts);
    this.progressChanged.fire(kataId);
  }

  openPanel(kataId: string | undefined): void {
    this.panelKataId = kataId;
    this.panelChanged.fire();
  }
}

describe('Onboarding service', () => {
  let fake: FakeSources;
  let service: OnboardingService;
  let occurrences: WalkthroughOccurrence[];

  function start(): void {
    service = new OnboardingService(fake.toSources());
    occurrences = [];
    service.onDidRecord((occurrence) => occurrences.push(occurrence));
  }

  beforeEach(() => {
    fake = new FakeSources();
  });

  afterEach(() => {
    service?.dispose();
  });

  it('sets each context key once', () => {
    start();
    for (let round = 0; round < 2; round++) {
      fake.visibilityChanged.fire({ visible: true });
      fake.openPanel(`kata-${round}`);
      fake.setStates('kata-a', { [`step-${round}`]: true });
      fake.setHintCounts('kata-b', { 'task-1': round + 1 });
      fake.coachAsked.fire({ kataId: 'kata-a' });
    }

    assert.deepEqual(fake.contextUpdates, [
      [WALKTHROUGH_CONTEXT_KEYS.viewOpened, true],
      [WALKTHROUGH_CONTEXT_KEYS.kataStarted, true],
      [WALKTHROUGH_CONTEXT_KEYS.stepChecked, true],
      [WALKTHROUGH_CONTEXT_KEYS.hintRevealed, true],
      [WALKTHROUGH_CONTEXT_KEYS.coachAsked, true],
    ]);
    assert.equal(occurrences.length, 10);
    for (const event of ['viewOpened', 'kataStarted', 'stepChecked', 'hintRevealed', 'coachAsked'] as const) {
      assert.ok(service.hasRecorded(event), event);
    }
  });

  it('records a view visible at start', () => {
    fake.viewVisible = true;
    start();
    assert.ok(service.hasRecorded('viewOpened'));
    assert.deepEqual(fake.contextUpdates, [[WALKTHROUGH_CONTEXT_KEYS.viewOpened, true]]);
  });

  it('ignores the view closing', () => {
    start();
    fake.visibilityChanged.fire({ visible: false });
    assert.equal(service.hasRecorded('viewOpened'), false);
    assert.deepEqual(fake.contextUpdates, []);
  });

  it('records a coach panel restored before start', () => {
    fake.panelKataId = 'kata-a';
    start();
    assert.ok(service.hasRecorded('kataStarted'));
  });

  it('records a kata start only when the panel kata changes', () => {
    start();
    fake.openPanel('kata-a');
    fake.openPanel('kata-a');
    fake.openPanel(undefined);
    fake.openPanel('kata-a');
    fake.openPanel('kata-b');

    assert.deepEqual(
      occurrences.map((occurrence) => occurrence.kataId),
      ['kata-a', 'kata-a', 'kata-b'],
    );
  });

  it('counts done steps read at start', () => {
    start();
    fake.setStates('kata-a', { 'step-1': true, 'step-2': false });
    assert.deepEqual(occurrences, [{ event: 'stepChecked', kataId: 'kata-a' }]);
  });

  it('ignores progress without done steps', () => {
    start();
    fake.setStates('kata-a', { 'step-1': false });
    fake.setHintCounts('kata-a', { 'task-1': 0 });
    assert.deepEqual(occurrences, []);
    assert.deepEqual(fake.contextUpdates, []);
  });

  it('records only steps that became done', () => {
    start();
    fake.setStates('kata-a', { 'step-1': true, 'step-2': true });
    fake.setStates('kata-a', { 'step-1': true, 'step-2': false });
    fake.setStates('kata-a', { 'step-1': true, 'step-2': false });
    fake.setStates('kata-a', { 'step-1': true, 'step-2': true });

    assert.deepEqual(
      occurrences.map((occurrence) => occurrence.event),
      ['stepChecked', 'stepChecked'],
    );
  });

  it('keeps the done steps of each kata apart', () => {
    start();
    fake.setStates('kata-a', { 'step-1': true });
    fake.setStates('kata-b', { 'step-1': true });
    assert.deepEqual(
      occurrences.map((occurrence) => occurrence.kataId),
      ['kata-a', 'kata-b'],
    );
  });

  it('records only hint counts that grew', () => {
    start();
    fake.setHintCounts('kata-a', { 'task-1': 1 });
    fake.setHintCounts('kata-a', { 'task-1': 1 });
    fake.setHintCounts('kata-a', { 'task-1': 0 });
    fake.setHintCounts('kata-a', { 'task-1': 0, 'task-2': 1 });

    assert.deepEqual(occurrences, [
      { event: 'hintRevealed', kataId: 'kata-a' },
      { event: 'hintRevealed', kataId: 'kata-a' },
    ]);
  });

  it('stops listening when disposed', () => {
    start();
    service.dispose();
    fake.coachAsked.fire({ kataId: 'kata-a' });
    fake.setStates('kata-a', { 'step-1': true });
    assert.deepEqual(occurrences, []);
    assert.deepEqual(fake.contextUpdates, []);
  });
});
