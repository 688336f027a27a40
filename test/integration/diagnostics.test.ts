// Authoring diagnostics in the Problems panel: they appear for a broken kata,
// follow unsaved edits, and disappear when the file is fixed or deleted.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { folderNamed, getApi, waitFor } from './api';

const FIXTURE = ['katas', 'fixture-category', '100-second-root.md'];

function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

describe('Authoring diagnostics', () => {
  let brokenFile: vscode.Uri;

  beforeEach(() => {
    const folder = folderNamed('ws-second').uri;
    const text = fs.readFileSync(vscode.Uri.joinPath(folder, ...FIXTURE).fsPath, 'utf8');
    brokenFile = vscode.Uri.joinPath(folder, 'katas', 'fixture-category', '150-broken.md');
    const broken = text.replace('kata_id: fixture-100-second-root', 'kata_id: fixture-150-broken').replace('kata_difficulty: 1', 'kata_difficulty: 7');
    fs.writeFileSync(brokenFile.fsPath, broken);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(brokenFile.fsPath, { force: true });
  });

  it('reports a broken kata at its line', async () => {
    const api = await getApi();

    const diagnostics = await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => codesOf(value).includes('value-out-of-range'));
    const range = diagnostics.find((diagnostic) => diagnostic.code === 'value-out-of-range');
    assert.ok(range, JSON.stringify(codesOf(diagnostics)));
    assert.equal(range.range.start.line, 6);
    assert.equal(range.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(range.source, 'Kata Coach');
    assert.ok(range.message.includes('7'), range.message);
    assert.deepEqual(vscode.languages.getDiagnostics(brokenFile).map((diagnostic) => diagnostic.code), codesOf(diagnostics));
  });

  it('follows unsaved edits', async () => {
    const api = await getApi();
    await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => codesOf(value).includes('value-out-of-range'));

    const editor = await vscode.window.showTextDocument(brokenFile);
    const line = editor.document.lineAt(6);
    await editor.edit((edit) => edit.replace(line.range, 'kata_difficulty: 2'));

    const fixed = await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => !codesOf(value).includes('value-out-of-range'));
    assert.deepEqual(codesOf(fixed).filter((code) => code === 'value-out-of-range'), []);
    assert.equal(editor.document.isDirty, true);
  });

  it('clears a deleted file', async () => {
    const api = await getApi();
    await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => value.length > 0);

    fs.rmSync(brokenFile.fsPath);
    const cleared = await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => value.length === 0);
    assert.deepEqual(codesOf(cleared), []);
  });

  it('checks a hand-edited progress file against the schema', async () => {
    const folder = folderNamed('ws-second').uri;
    // The contributed schema applies to progress files by folder and name.
    const progressFile = vscode.Uri.joinPath(folder, '.copilot-tracking', 'learning', 'kata-progress-hand-edited.json');
    const text = JSON.stringify({ metadata: { version: '1.0.0', kataId: 'hand-edited', source: 'robot', fileType: 'kata-progress' }, timestamp: 'now', progress: { checkboxStates: { a: 'yes' } } }, null, 2);
    fs.mkdirSync(vscode.Uri.joinPath(progressFile, '..').fsPath, { recursive: true });
    fs.writeFileSync(progressFile.fsPath, text);

    try {
      await vscode.window.showTextDocument(progressFile);
      const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(progressFile), (value) => value.length >= 2);
      const messages = diagnostics.map((diagnostic) => diagnostic.message).join('\n');
      assert.ok(diagnostics.length >= 2, messages);
      assert.ok(/robot|not accepted|Value is not/i.test(messages), messages);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(progressFile.fsPath, { force: true });
    }
  });

  it('adds a missing kata_id with a quick fix', async () => {
    const api = await getApi();
    const text = fs.readFileSync(brokenFile.fsPath, 'utf8').replace('kata_id: fixture-150-broken\n', '').replace('kata_difficulty: 7', 'kata_difficulty: 1');
    fs.writeFileSync(brokenFile.fsPath, text);
    const diagnostics = await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => codesOf(value).includes('missing-kata-id'));
    const missing = diagnostics.find((diagnostic) => diagnostic.code === 'missing-kata-id');
    assert.ok(missing, JSON.stringify(codesOf(diagnostics)));

    const document = await vscode.workspace.openTextDocument(brokenFile);
    await waitFor(() => document.getText(), (value) => !value.includes('kata_id:'));
    // VS Code cancels the request when the document changes meanwhile (the file was just rewritten), so it is asked again.
    const actions = await waitFor(
      () =>
        Promise.resolve(
          vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', brokenFile, missing.range, vscode.CodeActionKind.QuickFix.value),
        ).catch(() => [] as vscode.CodeAction[]),
      (value) => value.some((action) => action.title.startsWith('Add kata_id')),
    );
    const add = actions.find((action) => action.title.startsWith('Add kata_id'));
    assert.ok(add?.edit, JSON.stringify(actions.map((action) => action.title)));
    assert.equal(await vscode.workspace.applyEdit(add.edit), true);
    await document.save();

    const kata = await waitFor(() => api.workspace.index.findByFile(brokenFile.fsPath), (value) => value !== undefined);
    assert.ok(kata, 'the fixed file is not a kata');
    assert.equal(kata.id, add.title.replace('Add kata_id: ', ''));
    const after = await waitFor(() => api.editor.diagnostics.diagnosticsOf(brokenFile), (value) => !codesOf(value).includes('missing-kata-id'));
    assert.deepEqual(codesOf(after).filter((code) => code === 'missing-kata-id' || code === 'invalid-kata-id'), []);
  });
});
