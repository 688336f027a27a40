// Time on task with a fake clock: minutes count while the learner works on a
// kata, stop while paused or unfocused, and reach the progress file.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { MemoryLogger } from '../../src/core/log';
import { TimeTracker, WorkContext } from '../../src/time/timeTracker';
import { folderNamed, getApi, waitFor } from './api';

const KATA_ID = 'fixture-100-second-root';
const MINUTE = 60 * 1000;

describe('Time on task', () => {
  let tracker: TimeTracker;
  let now: number;
  let focused: boolean;
  let context: WorkContext | undefined;
  const panelChange = new vscode.EventEmitter<void>();

  beforeEach(async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);
    await api.progress.load(kata);

    now = Date.parse('2026-12-04T09:00:00Z');
    focused = true;
    context = undefined;
    tracker = new TimeTracker(api.workspace, api.progress, new MemoryLogger(), {
      panelContext: () => context,
      onPanelChange: panelChange.event,
      clock: () => now,
      isFocused: () => focused,
    });
  });

  afterEach(() => {
    tracker.dispose();
  });

  function workOn(sectionId: string): void {
    context = { kataId: KATA_ID, sectionId };
    panelChange.fire();
  }

  it('counts minutes per section', async () => {
    const api = await getApi();
    const before = tracker.minutesOf(KATA_ID).bySection['task-1'] ?? 0;
    workOn('task-1');

    now += 3 * MINUTE;
    tracker.tick();

    assert.equal(tracker.minutesOf(KATA_ID).bySection['task-1'], before + 3);
    assert.deepEqual(tracker.activeContext, { kataId: KATA_ID, sectionId: 'task-1' });
    await api.progress.flush();
    const file = path.join(folderNamed('ws-second').uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${KATA_ID}.json`);
    const document = await waitFor(
      () => JSON.parse(fs.readFileSync(file, 'utf8')),
      (value) => value.progress?.kataCoach?.minutesBySection?.['task-1'] === before + 3,
    );
    assert.equal(document.progress.kataCoach.minutesBySection['task-1'], before + 3);
    assert.ok(document.progress.timeSpent >= before + 3);
  });

  it('stops while paused', () => {
    workOn('task-1');
    const start = tracker.minutesOf(KATA_ID).total;

    assert.equal(tracker.togglePause(KATA_ID), true);
    now += 5 * MINUTE;
    tracker.tick();
    assert.equal(tracker.minutesOf(KATA_ID).total, start);
    assert.equal(tracker.activeContext, undefined);

    assert.equal(tracker.togglePause(KATA_ID), false);
    now += 2 * MINUTE;
    tracker.tick();
    assert.equal(tracker.minutesOf(KATA_ID).total, start + 2);
  });

  it('stops while the window is unfocused', () => {
    workOn('task-1');
    const start = tracker.minutesOf(KATA_ID).total;

    focused = false;
    tracker.refresh();
    now += 4 * MINUTE;
    tracker.tick();

    assert.equal(tracker.minutesOf(KATA_ID).total, start);
    assert.equal(tracker.activeContext, undefined);
  });

  it('follows the kata file in the editor', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);
    const setup = kata.sections[0];
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(kata.filePath));
    editor.selection = new vscode.Selection(setup.line - 1, 0, setup.line - 1, 0);

    const active = await waitFor(() => tracker.activeContext, (value) => value?.sectionId === setup.id);
    assert.deepEqual(active, { kataId: KATA_ID, sectionId: setup.id });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('toggles through the command', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('kataCoach.startKata', KATA_ID);

    const paused = await vscode.commands.executeCommand<boolean>('kataCoach.toggleTimer', KATA_ID);
    assert.equal(paused, true);
    assert.equal(api.time.isPaused(KATA_ID), true);
    const resumed = await vscode.commands.executeCommand<boolean>('kataCoach.toggleTimer', KATA_ID);
    assert.equal(resumed, false);
    assert.equal(api.time.isPaused(KATA_ID), false);
  });
});
