// Reset Progress through the command with arguments (no prompt), then Undo
// through the service, on a kata of its own in the second workspace folder.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import type { ResetResult } from '../../src/commands/resetProgress';
import { allSteps, Kata } from '../../src/core/model';
import { folderNamed, getApi, waitFor } from './api';

const KATA_ID = 'reset-100-undo';
const ORPHAN_ID = 'step-removed-from-the-kata';

const KATA_TEXT = [
  '---',
  "title: 'Kata: 100 - Reset and Undo'",
  `kata_id: ${KATA_ID}`,
  'kata_category:',
  '  - reset-category',
  'kata_difficulty: 1',
  'estimated_time_minutes: 10',
  '---',
  '',
  '## Essential Setup',
  '',
  '- [ ] Open a terminal',
  '',
  '## Practice Tasks',
  '',
  '### Task 1: Practice (5 minutes)',
  '',
  '- [ ] Run the first command',
  '- [ ] Run the second command',
  '',
  '## Completion Check',
  '',
  '- [ ] Both commands ran',
  '',
].join('\n');

async function readStates(file: string): Promise<Record<string, boolean>> {
  return JSON.parse(await fs.readFile(file, 'utf8')).progress.checkboxStates;
}

describe('Reset progress', () => {
  let api: KataCoachApi;
  let folder: string;
  let progressFile: string;
  let kata: Kata;
  let setupId: string;
  let firstTaskId: string;
  let secondTaskId: string;
  let completionId: string;

  before(async () => {
    api = await getApi();
    const root = folderNamed('ws-second').uri.fsPath;
    folder = path.join(root, 'reset-katas');
    progressFile = path.join(root, '.copilot-tracking', 'learning', `kata-progress-${KATA_ID}.json`);
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, '100-reset.md'), KATA_TEXT);

    const found = await waitFor(() => api.workspace.index.findById(KATA_ID), (value) => value !== undefined);
    assert.ok(found, `kata ${KATA_ID} was not indexed`);
    kata = found;
    [setupId, firstTaskId, secondTaskId, completionId] = allSteps(kata).map((step) => step.id);
    assert.equal(allSteps(kata).length, 4);

    // An orphan, as the coach leaves it after a step's text was edited, must survive every reset.
    await api.progress.setSteps(kata, { [setupId]: true, [firstTaskId]: true, [completionId]: true });
    const document = JSON.parse(await fs.readFile(progressFile, 'utf8'));
    document.progress.checkboxStates[ORPHAN_ID] = true;
    document.metadata.source = 'coach';
    await fs.writeFile(progressFile, JSON.stringify(document, null, 2));
    await waitFor(() => api.progress.statesOf(KATA_ID), (states) => states[ORPHAN_ID] === true);
  });

  after(async () => {
    await fs.rm(folder, { recursive: true, force: true });
    await fs.rm(progressFile, { force: true });
  });

  it('resets one section', async () => {
    const result = await vscode.commands.executeCommand<ResetResult | undefined>('kataCoach.resetProgress', KATA_ID, 'task-1', { confirm: false });

    assert.ok(result, 'the command returned no result');
    assert.equal(result.kataId, KATA_ID);
    assert.equal(result.sectionId, 'task-1');
    assert.deepEqual(result.previous, { [firstTaskId]: true, [secondTaskId]: false });

    const states = await readStates(progressFile);
    assert.equal(states[firstTaskId], false);
    assert.equal(states[secondTaskId], false);
    assert.equal(states[setupId], true, 'a step outside the section was reset');
    assert.equal(states[completionId], true, 'a step outside the section was reset');
    assert.equal(states[ORPHAN_ID], true, 'the orphan was touched');
  });

  it('undoes a section reset', async () => {
    await api.progress.setSteps(kata, { [firstTaskId]: true });
    const result = await vscode.commands.executeCommand<ResetResult | undefined>('kataCoach.resetProgress', KATA_ID, 'task-1', { confirm: false });
    assert.ok(result, 'the command returned no result');
    assert.equal((await readStates(progressFile))[firstTaskId], false);

    assert.equal(await api.progress.restoreSteps(kata, result.previous), true);

    const states = await readStates(progressFile);
    assert.equal(states[firstTaskId], true);
    assert.equal(states[secondTaskId], false, 'undo checked a step that was unchecked before');
    assert.equal(states[setupId], true);
    assert.equal(states[ORPHAN_ID], true);
  });

  it('resets the whole kata', async () => {
    const result = await vscode.commands.executeCommand<ResetResult | undefined>('kataCoach.resetProgress', KATA_ID, undefined, { confirm: false });

    assert.ok(result, 'the command returned no result');
    assert.equal(result.sectionId, undefined);
    assert.deepEqual(result.previous, { [setupId]: true, [firstTaskId]: true, [secondTaskId]: false, [completionId]: true });

    const states = await readStates(progressFile);
    for (const id of [setupId, firstTaskId, secondTaskId, completionId]) {
      assert.equal(states[id], false, `step ${id} still checked`);
    }
    assert.equal(states[ORPHAN_ID], true, 'the orphan was touched');

    const kataNode = await findKataNode(api, KATA_ID);
    assert.equal(api.tree.getTreeItem(kataNode).description, '0/4');

    await api.progress.restoreSteps(kata, result.previous);
    const restored = await readStates(progressFile);
    assert.deepEqual(restored, { [setupId]: true, [firstTaskId]: true, [secondTaskId]: false, [completionId]: true, [ORPHAN_ID]: true });
    assert.equal(api.tree.getTreeItem(kataNode).description, '3/4');
  });

  it('rejects an unknown section', async () => {
    const result = await vscode.commands.executeCommand<ResetResult | undefined>('kataCoach.resetProgress', KATA_ID, 'task-9', { confirm: false });

    assert.equal(result, undefined);
    assert.equal((await readStates(progressFile))[firstTaskId], true, 'a failed reset changed the file');
  });
});

async function findKataNode(api: KataCoachApi, kataId: string) {
  for (const category of (await api.tree.getChildren())) {
    const node = (await api.tree.getChildren(category)).find((child) => child.kind === 'kata' && child.kata.id === kataId);
    if (node) {
      return node;
    }
  }
  assert.fail(`kata ${kataId} is not in the tree`);
}
