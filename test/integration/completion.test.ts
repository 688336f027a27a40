// Completion in kata front matter, through VS Code's completion command.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi } from './api';

async function labelsAt(uri: vscode.Uri, line: number, character: number): Promise<string[]> {
  await vscode.workspace.openTextDocument(uri);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('Front matter completion', () => {
  it('offers the values of hint_strategy', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('git-fundamentals-100-first-commit-workflow');
    assert.ok(kata?.frontMatterLines);
    const line = kata.frontMatterLines.hint_strategy - 1;

    const labels = await labelsAt(vscode.Uri.file(kata.filePath), line, 'hint_strategy: '.length);
    for (const value of ['progressive', 'direct', 'minimal']) {
      assert.ok(labels.includes(value), `${value} missing from ${labels.join(', ')}`);
    }
  });

  it('offers kata ids for prerequisites', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('debugging-300-bisect-a-regression');
    assert.ok(kata?.frontMatterLines);
    const line = kata.frontMatterLines.prerequisite_katas;

    const labels = await labelsAt(vscode.Uri.file(kata.filePath), line, '  - '.length);
    assert.ok(labels.includes('fixture-100-second-root'), labels.join(', '));
    assert.ok(!labels.includes(kata.id), 'the kata offers itself');
  });
});
