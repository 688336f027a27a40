// A progress file that the user corrupts, Kata Coach moves aside, and the
// user then puts back with the text Kata Coach last wrote. The restored
// text equals the extension's own last write, yet it must show in the views.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { allSteps } from '../../src/core/model';
import { getApi, waitFor } from './api';
import { addTestKata, TestKata } from './testKata';
import { rowOf } from './viewKatas';

const KATA_ID = 'restore-100-progress';
const CORRUPT_TEXT = '{\n  "metadata": { "kataId": "restore-100-progress" },\n  "progress": { "checkboxStates": { "x": tru';

describe('Progress restored by hand', () => {
  let api: KataCoachApi;
  let testKata: TestKata;

  before(async () => {
    api = await getApi();
    testKata = await addTestKata(api, { id: KATA_ID, title: 'Kata: Restore Progress', category: 'restore-category', steps: ['First step', 'Second step', 'Third step'] });
  });

  after(async () => {
    for (const name of await corruptCopies()) {
      await fs.rm(path.join(learningFolder(), name), { force: true });
    }
    await testKata.remove();
  });

  function learningFolder(): string {
    return path.dirname(testKata.progressFile);
  }

  async function corruptCopies(): Promise<string[]> {
    const names = await fs.readdir(learningFolder()).catch(() => []);
    return names.filter((name) => name.startsWith(`kata-progress-${KATA_ID}.corrupt-`));
  }

  /** Checks the steps at `checkedIndexes` only and returns the text the extension wrote. */
  async function saveSteps(checkedIndexes: number[]): Promise<string> {
    const states = Object.fromEntries(allSteps(testKata.kata).map((step, index) => [step.id, checkedIndexes.includes(index)]));
    assert.ok(await api.progress.setSteps(testKata.kata, states), 'saving the steps failed');
    return fs.readFile(testKata.progressFile, 'utf8');
  }

  /** Writes invalid JSON over the progress file, waits until it is moved aside and returns the kept copy. */
  async function corruptAndWait(): Promise<string> {
    const before = await corruptCopies();
    await fs.writeFile(testKata.progressFile, CORRUPT_TEXT);

    const added = await waitFor(
      async () => (await corruptCopies()).filter((name) => !before.includes(name)),
      (names) => names.length === 1,
    );
    assert.equal(added.length, 1, 'the corrupt file was not moved aside');
    const states = await waitFor(
      () => api.progress.statesOf(KATA_ID),
      (value) => Object.keys(value).length === 0,
    );
    assert.deepEqual(states, {}, 'the progress of the corrupt file still shows');
    return path.join(learningFolder(), added[0]);
  }

  /** Waits until exactly the steps at `checkedIndexes` are checked, then asserts each step's state and tree row. */
  async function assertShown(checkedIndexes: number[]): Promise<void> {
    const steps = allSteps(testKata.kata);
    const expected = Object.fromEntries(steps.map((step, index) => [step.id, checkedIndexes.includes(index)]));
    const states = await waitFor(
      () => api.progress.statesOf(KATA_ID),
      (value) => steps.every((step) => value[step.id] === expected[step.id]),
    );
    for (const step of steps) {
      assert.equal(states[step.id], expected[step.id], `state of step ${step.id} after the restore`);
    }

    const { row } = await rowOf(api, KATA_ID);
    const sections = await api.tree.getChildren(row);
    const stepNodes = (await Promise.all(sections.map((section) => api.tree.getChildren(section)))).flat();
    assert.equal(stepNodes.length, steps.length);
    for (const [index, node] of stepNodes.entries()) {
      const checkbox = api.tree.getTreeItem(node).checkboxState;
      const state = typeof checkbox === 'object' ? checkbox.state : checkbox;
      const expectedState = checkedIndexes.includes(index) ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
      assert.equal(state, expectedState, `tree row ${node.id}`);
    }
  }

  it('shows a copy put back', async () => {
    const written = await saveSteps([0, 1]);
    await assertShown([0, 1]);
    await corruptAndWait();

    await fs.writeFile(testKata.progressFile, written);

    await assertShown([0, 1]);
    assert.equal(await fs.readFile(testKata.progressFile, 'utf8'), written, 'the restored file was rewritten');
  });

  it('shows a kept file renamed back', async () => {
    const written = await saveSteps([2]);
    await assertShown([2]);
    const keptPath = await corruptAndWait();

    // As the README advises: fix the kept copy, then rename it to its old name.
    await fs.writeFile(keptPath, written);
    await fs.rename(keptPath, testKata.progressFile);

    await assertShown([2]);
    assert.equal(await fs.readFile(testKata.progressFile, 'utf8'), written, 'the restored file was rewritten');
  });
});
