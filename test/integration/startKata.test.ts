// "Kata Coach: Start Kata" with a kata id opens the coach panel.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { folderNamed, getApi, waitFor } from './api';

function coachTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kataCoach.coach'));
}

describe('Start Kata', () => {
  it('opens one coach panel per window', async () => {
    const api = await getApi();
    const [first, second] = api.workspace.index.katas.map((summary) => api.workspace.index.findById(summary.id)!);

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

  it('keeps the panel when a step opens', async () => {
    const api = await getApi();
    const [first, second] = api.workspace.index.katas.map((summary) => api.workspace.index.findById(summary.id)!);
    await vscode.commands.executeCommand('kataCoach.startKata', first.id);
    await vscode.commands.executeCommand('kataCoach.startKata', second.id);
    await waitFor(coachTabs, (value) => value.length === 1 && value[0].label === second.title);

    const step = second.sections.flatMap((section) => section.steps)[0];
    await vscode.commands.executeCommand('kataCoach.revealStep', second.filePath, step.line);

    const tabs = coachTabs();
    assert.equal(tabs.length, 1, 'the coach panel was closed by opening the kata file');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, second.filePath);
    assert.notEqual(editor?.viewColumn, tabs[0].group.viewColumn, 'the file opened in the coach panel column');
  });

  it('asks the coach about a task', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata);
    const task = kata.sections.find((section) => section.kind === 'task');
    assert.ok(task);

    const result = await vscode.commands.executeCommand<{ route: string; prompt: string }>('kataCoach.askCoach', kata.id, task.id);
    assert.ok(result, 'the command returned nothing');
    assert.ok(result.prompt.includes(kata.title), result.prompt);
    assert.ok(result.prompt.includes(task.label), result.prompt);
    if (result.route === 'clipboard') {
      assert.equal(await vscode.env.clipboard.readText(), result.prompt);
    } else {
      assert.equal(result.route, 'chat');
    }
  });

  it('selects the kata coach agent', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata);
    const agents = vscode.Uri.joinPath(folderNamed('ws-second').uri, '.github', 'agents');
    const agentFile = vscode.Uri.joinPath(agents, 'learning-kata-coach.agent.md');
    await vscode.workspace.fs.writeFile(agentFile, new TextEncoder().encode('---\nname: Learning Kata Coach\ndescription: Coaches katas\n---\nCoach the learner.\n'));

    try {
      const result = await vscode.commands.executeCommand<{ route: string; agent?: string }>('kataCoach.askCoach', kata.id);
      assert.ok(result, 'the command returned nothing');
      if (result.route === 'chat') {
        assert.equal(result.agent, 'Learning Kata Coach');
      } else {
        assert.equal(result.agent, undefined);
      }
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folderNamed('ws-second').uri, '.github'), { recursive: true });
    }
  });

  it('selects the agent the setting names', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata);
    const settings = vscode.workspace.getConfiguration();

    try {
      for (const [choice, expected] of [['kataCoach', 'Kata Coach'], ['none', undefined], ['workspace', undefined], ['auto', 'Kata Coach']] as const) {
        await settings.update('kataCoach.askCoach.agent', choice, vscode.ConfigurationTarget.Workspace);
        const result: { route: string; agent?: string } | undefined = await vscode.commands.executeCommand('kataCoach.askCoach', kata.id);
        assert.ok(result, 'the command returned nothing');
        assert.equal(result.agent, result.route === 'chat' ? expected : undefined, choice);
      }
    } finally {
      await settings.update('kataCoach.askCoach.agent', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('rejects an unknown kata id', async () => {
    const started = await vscode.commands.executeCommand<string | undefined>('kataCoach.startKata', 'no-such-kata');
    assert.equal(started, undefined);
  });
});
