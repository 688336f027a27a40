// "Kata Coach: New Kata" with its answers given as an argument.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { folderNamed, getApi, waitFor } from './api';

describe('New Kata', () => {
  it('creates a kata that validates', async () => {
    const api = await getApi();
    const folder = folderNamed('ws-second').uri.fsPath;

    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('kataCoach.newKata', {
      category: 'fixture-category',
      title: 'Write a Second Note',
      difficulty: 2,
      folder,
    });
    assert.ok(created, 'no file was created');

    try {
      assert.ok(created.fsPath.endsWith('200-write-a-second-note.md'), created.fsPath);
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, created.fsPath);
      const kata = await waitFor(() => api.workspace.index.findById('fixture-category-200-write-a-second-note'), (value) => value !== undefined);
      assert.equal(kata?.filePath, created.fsPath);
      await api.editor.diagnostics.update();
      assert.deepEqual(api.editor.diagnostics.diagnosticsOf(created).map((diagnostic) => diagnostic.code), []);

      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('kataCoach.newKata', { category: 'fixture-category', title: 'Write a Second Note', difficulty: 2, folder });
      assert.equal(again, undefined);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(created.fsPath, { force: true });
    }
  });
});
