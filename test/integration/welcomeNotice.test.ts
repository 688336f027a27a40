// The first-run notification, driven with a fake showInformationMessage and
// fake mementos, and the setting that turns it off.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MemoryLogger } from '../../src/core/log';
import { WALKTHROUGH_ID } from '../../src/onboarding/onboardingService';
import {
  DONT_SHOW_AGAIN_CHOICE,
  OPEN_WALKTHROUGH_CHOICE,
  SHOW_WELCOME_SETTING,
  START_KATA_CHOICE,
  WELCOME_DISMISSED_KEY,
  WELCOME_MESSAGE,
  WELCOME_SHOWN_KEY,
  WelcomeNotice,
} from '../../src/onboarding/welcomeNotice';
import { EXTENSION_ID } from './api';

/** A memento kept in memory, standing in for globalState or workspaceState. */
class FakeMemento {
  readonly values = new Map<string, unknown>();

  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }

  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

/** The fakes of one window: what the user clicks, and what the notice showed and ran. */
class FakeWindow {
  readonly shown: { message: string; items: string[] }[] = [];
  readonly commands: unknown[][] = [];
  enabled = true;

  constructor(
    readonly globalState: FakeMemento,
    readonly workspaceState: FakeMemento,
    private readonly answer: string | undefined,
  ) {}

  notice(): WelcomeNotice {
    return new WelcomeNotice({
      globalState: this.globalState,
      workspaceState: this.workspaceState,
      isEnabled: () => this.enabled,
      showInformationMessage: async (message, ...items) => {
        this.shown.push({ message, items });
        return this.answer;
      },
      executeCommand: async (...command) => {
        this.commands.push(command);
        return undefined;
      },
      walkthroughId: `${EXTENSION_ID}#${WALKTHROUGH_ID}`,
      log: new MemoryLogger(),
    });
  }
}

describe('Welcome notification', () => {
  it('offers the three choices', async () => {
    const window = new FakeWindow(new FakeMemento(), new FakeMemento(), undefined);
    const result = await window.notice().offer();

    assert.deepEqual(result, { shown: true, choice: undefined });
    assert.deepEqual(window.shown, [{ message: WELCOME_MESSAGE, items: [START_KATA_CHOICE, OPEN_WALKTHROUGH_CHOICE, DONT_SHOW_AGAIN_CHOICE] }]);
    assert.deepEqual(window.commands, []);
  });

  it('shows once per workspace', async () => {
    const globalState = new FakeMemento();
    const workspaceState = new FakeMemento();
    const first = new FakeWindow(globalState, workspaceState, undefined);
    assert.deepEqual(await first.notice().offer(), { shown: true, choice: undefined });
    assert.equal(workspaceState.get(WELCOME_SHOWN_KEY), true);

    // A second window on the same workspace, and a second offer in the first one.
    const second = new FakeWindow(globalState, workspaceState, undefined);
    assert.deepEqual(await second.notice().offer(), { shown: false, reason: 'shownBefore' });
    assert.deepEqual(await first.notice().offer(), { shown: false, reason: 'shownBefore' });
    assert.equal(first.shown.length, 1);
    assert.equal(second.shown.length, 0);

    const otherWorkspace = new FakeWindow(globalState, new FakeMemento(), undefined);
    assert.deepEqual(await otherWorkspace.notice().offer(), { shown: true, choice: undefined });
  });

  it("honours Don't Show Again in every workspace", async () => {
    const globalState = new FakeMemento();
    const first = new FakeWindow(globalState, new FakeMemento(), DONT_SHOW_AGAIN_CHOICE);
    assert.deepEqual(await first.notice().offer(), { shown: true, choice: DONT_SHOW_AGAIN_CHOICE });
    assert.equal(globalState.get(WELCOME_DISMISSED_KEY), true);
    assert.deepEqual(first.commands, []);

    const otherWorkspace = new FakeWindow(globalState, new FakeMemento(), undefined);
    assert.deepEqual(await otherWorkspace.notice().offer(), { shown: false, reason: 'dismissed' });
    assert.deepEqual(otherWorkspace.shown, []);
    assert.equal(otherWorkspace.workspaceState.get(WELCOME_SHOWN_KEY), undefined);
  });

  it('stays hidden when the setting is off', async () => {
    const window = new FakeWindow(new FakeMemento(), new FakeMemento(), undefined);
    window.enabled = false;

    assert.deepEqual(await window.notice().offer(), { shown: false, reason: 'turnedOff' });
    assert.deepEqual(window.shown, []);
    assert.deepEqual([...window.workspaceState.values.keys()], [], 'a notification never shown was marked as shown');
  });

  it('starts a kata', async () => {
    const window = new FakeWindow(new FakeMemento(), new FakeMemento(), START_KATA_CHOICE);
    assert.deepEqual(await window.notice().offer(), { shown: true, choice: START_KATA_CHOICE });
    assert.deepEqual(window.commands, [['kataCoach.startKata']]);
    assert.equal(window.globalState.get(WELCOME_DISMISSED_KEY), undefined);
  });

  it('opens the walkthrough', async () => {
    const window = new FakeWindow(new FakeMemento(), new FakeMemento(), OPEN_WALKTHROUGH_CHOICE);
    assert.deepEqual(await window.notice().offer(), { shown: true, choice: OPEN_WALKTHROUGH_CHOICE });
    assert.deepEqual(window.commands, [['workbench.action.openWalkthrough', 'kata-coach.kata-coach#gettingStarted', false]]);
  });

  it('waits for a listing with katas', async () => {
    const empty = new FakeWindow(new FakeMemento(), new FakeMemento(), undefined);
    assert.deepEqual(await empty.notice().offerOnceListed(Promise.resolve(), () => 0), { shown: false, reason: 'noKatas' });
    assert.deepEqual(empty.shown, []);

    const withKatas = new FakeWindow(new FakeMemento(), new FakeMemento(), undefined);
    let katas = 0;
    let finishListing: () => void = () => undefined;
    const listed = new Promise<void>((resolve) => {
      finishListing = resolve;
    });
    const offered = withKatas.notice().offerOnceListed(listed, () => katas);
    katas = 4;
    finishListing();
    assert.deepEqual(await offered, { shown: true, choice: undefined });
    assert.equal(withKatas.shown.length, 1);
  });

  it('counts katas after a failed listing', async () => {
    const window = new FakeWindow(new FakeMemento(), new FakeMemento(), undefined);
    const result = await window.notice().offerOnceListed(Promise.reject(new Error('scan failed')), () => 2);
    assert.deepEqual(result, { shown: true, choice: undefined });
  });

  it('is a setting that defaults to on', () => {
    const inspected = vscode.workspace.getConfiguration().inspect<boolean>(SHOW_WELCOME_SETTING);
    assert.equal(inspected?.defaultValue, true);
    // The test workspace turns it off, so the real notification stays out of the other tests.
    assert.equal(vscode.workspace.getConfiguration().get(SHOW_WELCOME_SETTING), false);
  });
});
