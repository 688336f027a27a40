// The `markdown` storage mode: checks become `[x]` marks in the kata file,
// written as one-character editor edits, and switching modes copies checks
// between the progress file and the kata file.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import { COPY_TO_KATA_FILES, COPY_TO_PROGRESS_FILES, NOT_NOW } from '../../src/progress/carryOver';
import { folderNamed, getApi, waitFor } from './api';

const KATA_ID = 'mode-100-markdown';

// CRLF line endings, so the test also shows that an edit keeps them.
const KATA_TEXT = [
  '---',
  "title: 'Kata: 100 - Checks in the File'",
  `kata_id: ${KATA_ID}`,
  'kata_category:',
  '  - mode-category',
  'kata_difficulty: 1',
  'estimated_time_minutes: 10',
  '---',
  '',
  '## Practice Tasks',
  '',
  '### Task 1: Practice (5 minutes)',
  '',
  '- [ ] Run the `first` command',
  '> - [ ] Run the second command',
  '',
].join('\r\n');

const FIRST_CHECKED = KATA_TEXT.replace('- [ ] Run the `first`', '- [x] Run the `first`');
const BOTH_CHECKED = FIRST_CHECKED.replace('> - [ ] Run the second', '> - [x] Run the second');

async function setStorageMode(api: KataCoachApi, mode: 'workspace' | 'markdown' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('kataCoach.progress').update('storage', mode, vscode.ConfigurationTarget.Workspace);
  const expected = mode ?? 'workspace';
  await waitFor(() => api.progress.mode, (value) => value === expected);
  assert.equal(api.progress.mode, expected);
}

describe('Markdown storage mode', () => {
  let api: KataCoachApi;
  let folder: string;
  let kataFile: string;
  let progressFile: string;
  let kata: Kata;
  let firstId: string;
  let secondId: string;

  before(async () => {
    api = await getApi();
    const root = folderNamed('ws-second').uri.fsPath;
    folder = path.join(root, 'mode-katas');
    kataFile = path.join(folder, '100-mode.md');
    progressFile = path.join(root, '.copilot-tracking', 'learning', `kata-progress-${KATA_ID}.json`);
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(kataFile, KATA_TEXT);

    const found = await waitFor(() => api.workspace.index.findById(KATA_ID), (value) => value !== undefined);
    assert.ok(found, `kata ${KATA_ID} was not indexed`);
    kata = found;
    [firstId, secondId] = allSteps(kata).map((step) => step.id);
    await setStorageMode(api, 'markdown');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await setStorageMode(api, undefined);
    await fs.rm(folder, { recursive: true, force: true });
    await fs.rm(progressFile, { force: true });
  });

  it('writes [x] into the file', async () => {
    assert.equal(await api.progress.setSteps(kata, { [firstId]: true }), true);

    assert.equal(await fs.readFile(kataFile, 'utf8'), FIRST_CHECKED);
    assert.equal(api.progress.statesOf(KATA_ID)[firstId], true);
    assert.equal(api.progress.statesOf(KATA_ID)[secondId], false);
    await assert.rejects(fs.stat(progressFile), 'a progress file was written in markdown mode');
  });

  it('clears [x] back to the same bytes', async () => {
    assert.equal(await api.progress.setSteps(kata, { [firstId]: false }), true);

    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT);
    assert.equal(api.progress.statesOf(KATA_ID)[firstId], false);
  });

  it('reverts with editor undo', async () => {
    const document = await vscode.workspace.openTextDocument(kataFile);
    await vscode.window.showTextDocument(document);
    await api.progress.setSteps(kata, { [secondId]: true });
    assert.equal(document.getText(), KATA_TEXT.replace('> - [ ]', '> - [x]'));

    await vscode.commands.executeCommand('undo');

    assert.equal(api.progress.statesOf(KATA_ID)[secondId], false, 'the tree state did not follow the undo');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT);
  });

  it('keeps unsaved edits unsaved', async () => {
    const document = await vscode.workspace.openTextDocument(kataFile);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((builder) => builder.insert(new vscode.Position(document.lineCount - 1, 0), 'A note.\n'));
    assert.equal(document.isDirty, true);

    assert.equal(await api.progress.setSteps(kata, { [firstId]: true }), true);

    assert.equal(document.isDirty, true, 'the document was saved with the user\'s edits');
    assert.match(document.getText(), /- \[x\] Run the `first` command/);
    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT, 'the file on disk changed');
    assert.equal(api.progress.statesOf(KATA_ID)[firstId], true);

    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false);
  });

  it('rejects a step whose line changed', async () => {
    const document = await vscode.workspace.openTextDocument(kataFile);
    const editor = await vscode.window.showTextDocument(document);
    const line = allSteps(kata)[0].line - 1;
    await editor.edit((builder) => builder.replace(document.lineAt(line).range, '- [ ] Run a different command'));

    assert.equal(await api.progress.setSteps(kata, { [firstId]: true }), false);

    assert.equal(document.lineAt(line).text, '- [ ] Run a different command');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT);
  });

  it('copies progress files into kata files', async () => {
    await setStorageMode(api, 'workspace');
    assert.equal(await api.progress.setSteps(kata, { [firstId]: true, [secondId]: true }), true);
    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT, 'workspace mode changed the kata file');
    await setStorageMode(api, 'markdown');

    assert.equal(await api.carryProgressOver('markdown', NOT_NOW), undefined);
    assert.equal(await fs.readFile(kataFile, 'utf8'), KATA_TEXT, '"Not now" changed the kata file');

    const result = await api.carryProgressOver('markdown', COPY_TO_KATA_FILES);

    assert.deepEqual(result, { copied: 1, failed: 0 });
    assert.equal(await fs.readFile(kataFile, 'utf8'), BOTH_CHECKED);
  });

  it('copies kata files into progress files', async () => {
    // The kata file has both steps checked from the test before, so the progress file gets them unchecked first.
    await api.progress.setStoredSteps(kata, { [firstId]: false, [secondId]: false });
    await setStorageMode(api, 'workspace');

    const result = await api.carryProgressOver('workspace', COPY_TO_PROGRESS_FILES);

    assert.deepEqual(result, { copied: 1, failed: 0 });
    const states = JSON.parse(await fs.readFile(progressFile, 'utf8')).progress.checkboxStates;
    assert.equal(states[firstId], true);
    assert.equal(states[secondId], true);
    assert.equal(await fs.readFile(kataFile, 'utf8'), BOTH_CHECKED, 'copying into progress files changed the kata file');
  });
});
