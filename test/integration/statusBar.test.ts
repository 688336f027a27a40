// The status bar item follows the kata in the coach panel, else the kata
// open in the editor.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, waitFor } from './api';

describe('Status bar', () => {
  it('follows the coach panel kata', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata);

    await vscode.commands.executeCommand('kataCoach.startKata', kata.id);
    const active = await waitFor(() => api.statusBar.activeKata, (value) => value?.id === kata.id);
    assert.equal(active?.id, kata.id);
  });

  it('follows the kata file without a panel', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const kata = api.workspace.index.findById('git-fundamentals-100-first-commit-workflow');
    assert.ok(kata);

    await vscode.window.showTextDocument(vscode.Uri.file(kata.filePath));
    const active = await waitFor(() => api.statusBar.activeKata, (value) => value?.id === kata.id);
    assert.equal(active?.id, kata.id);

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const none = await waitFor(() => api.statusBar.activeKata, (value) => value === undefined);
    assert.equal(none, undefined);
  });
});
