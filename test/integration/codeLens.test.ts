// CodeLenses, the task hover and done-step decorations in kata files.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isStepDone } from '../../src/core/kataProgress';
import { getApi, waitFor } from './api';

const KATA_ID = 'fixture-100-second-root';

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  // The lens command reads the open document's model, so the file must be open.
  await vscode.workspace.openTextDocument(uri);
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
}

function titled(lenses: vscode.CodeLens[], pattern: RegExp): vscode.CodeLens[] {
  return lenses.filter((lens) => pattern.test(lens.command?.title ?? ''));
}

describe('Kata file lenses', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration().update('kataCoach.codeLens.steps', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('puts lenses on the front matter and each section', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);

    const lenses = await lensesOf(vscode.Uri.file(kata.filePath));
    const start = titled(lenses, /Start Kata|Continue:|Kata complete/);
    assert.equal(start.length, 1);
    assert.equal(start[0].range.start.line, 0);
    assert.equal(titled(lenses, /steps done$/).length, 1);

    const tasks = kata.sections.filter((section) => section.kind === 'task');
    assert.deepEqual(titled(lenses, /Start task/).map((lens) => lens.range.start.line), tasks.map((task) => task.line - 1));
    // The fixture's Completion Check has no reflection questions, so there is nothing to answer.
    assert.equal(kata.completion?.questions.length ?? 0, 0);
    assert.deepEqual(titled(lenses, /Answer in the coach panel/), []);

    const withQuestions = api.workspace.index.findById('git-fundamentals-100-first-commit-workflow');
    const completion = withQuestions?.sections.find((section) => section.kind === 'completion');
    assert.ok(withQuestions);
    assert.ok(completion);
    const answerLenses = titled(await lensesOf(vscode.Uri.file(withQuestions.filePath)), /Answer in the coach panel/);
    assert.deepEqual(answerLenses.map((lens) => lens.range.start.line), [completion.line - 1]);
    assert.equal(titled(lenses, /Mark (not )?done/).length, 0);
    const ask = titled(lenses, /Ask the coach/);
    assert.deepEqual(ask.map((lens) => lens.range.start.line), tasks.map((task) => task.line - 1));
    assert.deepEqual(ask[0].command?.arguments, [kata.id, tasks[0].id]);
  });

  it('toggles a step from its lens', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);
    await vscode.workspace.getConfiguration().update('kataCoach.codeLens.steps', true, vscode.ConfigurationTarget.Workspace);
    const step = kata.sections[0].steps[0];
    const before = isStepDone(step, api.progress.statesOf(kata.id));

    const lenses = await waitFor(() => lensesOf(vscode.Uri.file(kata.filePath)), (value) => titled(value, /Mark (not )?done/).length > 0);
    const lens = titled(lenses, /Mark (not )?done/).find((candidate) => candidate.range.start.line === step.line - 1);
    assert.ok(lens?.command, 'no step lens on the step line');
    assert.deepEqual(lens.command.arguments, [kata.id, step.id]);

    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await api.progress.flush();
    assert.equal(isStepDone(step, api.progress.statesOf(kata.id)), !before);

    const editor = await vscode.window.showTextDocument(vscode.Uri.file(kata.filePath));
    const decorated = await waitFor(() => api.editor.decorations.decoratedLines(editor), (lines) => lines.includes(step.line - 1) !== before);
    assert.equal(decorated.includes(step.line - 1), !before);

    await vscode.commands.executeCommand('kataCoach.toggleStep', kata.id, step.id);
    await api.progress.flush();
    assert.equal(isStepDone(step, api.progress.statesOf(kata.id)), before);
  });

  it('toggles the step under the cursor', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);
    const step = kata.sections[1].steps[0];
    const before = isStepDone(step, api.progress.statesOf(kata.id));
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(kata.filePath));
    editor.selection = new vscode.Selection(step.line - 1, 3, step.line - 1, 3);

    const result = await vscode.commands.executeCommand<boolean | undefined>('kataCoach.toggleStep');
    await api.progress.flush();
    assert.equal(result, !before);
    assert.equal(isStepDone(step, api.progress.statesOf(kata.id)), !before);
    await vscode.commands.executeCommand('kataCoach.toggleStep');
    await api.progress.flush();
  });

  it('reveals a hint from the task lens', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('git-fundamentals-100-first-commit-workflow');
    assert.ok(kata);
    const before = api.progress.coachDataOf(kata.id).revealedHintCounts['task-2'] ?? 0;

    const lenses = await lensesOf(vscode.Uri.file(kata.filePath));
    const task = kata.sections.find((section) => section.id === 'task-2');
    assert.ok(task);
    const hint = titled(lenses, /hint/i).find((lens) => lens.range.start.line === task.line - 1);
    assert.ok(hint?.command, 'no hint lens on Task 2');

    await vscode.commands.executeCommand(hint.command.command, ...(hint.command.arguments ?? []));
    await api.progress.flush();
    assert.equal(api.progress.coachDataOf(kata.id).revealedHintCounts['task-2'], before + 1);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', vscode.Uri.file(kata.filePath), new vscode.Position(task.line - 1, 5));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.ok(text.includes(`Hints revealed: ${before + 1} of`), text);
  });
});

describe('Kata file lenses on the shared corpus', () => {
  const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'katas', 'edge-ai');
  const file = path.join(corpus, 'katas', 'ai-assisted-engineering', '100-copilot-modes.md');

  before(function () {
    if (!fs.existsSync(file)) {
      console.log(`    The kata corpus next to the project is absent (${path.relative(process.cwd(), file)}): skipping.`);
      this.skip();
    }
  });

  after(async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const index = folders.findIndex((folder) => folder.uri.fsPath === corpus);
    if (index >= 0) {
      vscode.workspace.updateWorkspaceFolders(index, 1);
    }
  });

  it('matches the tasks of a real kata', async () => {
    const api = await getApi();
    vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri: vscode.Uri.file(corpus) });
    const kata = await waitFor(() => api.workspace.index.findByFile(file), (value) => value !== undefined);
    assert.ok(kata, 'the corpus kata was not indexed');

    const lenses = await lensesOf(vscode.Uri.file(file));
    const tasks = kata.sections.filter((section) => section.kind === 'task');
    assert.ok(tasks.length >= 3, `only ${tasks.length} tasks`);
    assert.deepEqual(titled(lenses, /Start task/).map((lens) => lens.range.start.line), tasks.map((task) => task.line - 1));
    assert.deepEqual(
      titled(lenses, /^\d+\/\d+ done$/).map((lens) => lens.range.start.line).sort((a, b) => a - b),
      kata.sections.map((section) => section.line - 1).sort((a, b) => a - b),
    );
  });
});
