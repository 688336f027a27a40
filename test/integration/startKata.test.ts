// "Kata Coach: Start Kata" with a kata id opens the coach panel.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, waitFor } from './api';

function coachTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kataCoach.coach'));
}

describe('Start Kata', () => {
  it('opens one coach panel per window', async () => {
    const api = await getApi();
    const [first, second] = api.workspace.index.katas;

    const started = await vscode.commands.executeCommand<string>('kataCoach.startKata', first.id);
    assert.equal(started, first.id);
    const tabs = await waitFor(coachTabs, (value) => value.length === 1);
    assert.equal(tabs.length, 1);
    assert.equal(tabs[0].label, first.title);

    await vscode.commands.executeCommand('kataCoach.startKata', second.id);
    const after = await waitFor(coachTabs, (value) => value.length === 1 && value[0].label === second.title);
    assert.equal(after.length, 1);
    assert.equal(after[0].label, second.title);
  });

  it('rejects an unknown kata id', async () => {
    const started = await vscode.commands.executeCommand<string | undefined>('kataCoach.startKata', 'no-such-kata');
    assert.equal(started, undefined);
  });
});
