// Progress in a real extension host: checking steps writes the progress file
// of the kata's own workspace folder, and a file written by another writer
// (the Copilot coach) shows in the views.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import { folderNamed, getApi, waitFor } from './api';

function progressFile(folder: vscode.WorkspaceFolder, kataId: string): string {
  return path.join(folder.uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${kataId}.json`);
}

async function readJson(file: string): Promise<any> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

describe('Progress', () => {
  let api: KataCoachApi;
  let fixture: Kata;

  before(async () => {
    api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata, 'fixture kata not indexed');
    fixture = kata;
  });

  it('writes checked steps to the second folder', async () => {
    const [first] = allSteps(fixture);
    const markdownBefore = await fs.readFile(fixture.filePath, 'utf8');

    await api.progress.setSteps(fixture, { [first.id]: true });

    const file = progressFile(folderNamed('ws-second'), fixture.id);
    const document = await readJson(file);
    assert.equal(document.metadata.kataId, fixture.id);
    assert.equal(document.metadata.source, 'ui');
    assert.equal(document.metadata.fileType, 'kata-progress');
    assert.equal(document.progress.checkboxStates[first.id], true);
    assert.equal(document.progress.completedTasks, 1);
    assert.equal(document.progress.totalTasks, 4);
    assert.equal(await fs.readFile(fixture.filePath, 'utf8'), markdownBefore, 'the kata markdown changed');
  });

  it('keeps the samples folder free of it', async () => {
    const stray = progressFile(folderNamed('ws-samples'), fixture.id);
    await assert.rejects(fs.stat(stray));
  });

  it('picks up a file written by the coach', async () => {
    const steps = allSteps(fixture);
    const file = progressFile(folderNamed('ws-second'), fixture.id);
    const document = await readJson(file);
    document.metadata.source = 'coach';
    for (const step of steps) {
      document.progress.checkboxStates[step.id] = true;
    }
    await fs.writeFile(file, JSON.stringify(document, null, 2));

    const states = await waitFor(
      () => api.progress.statesOf(fixture.id),
      (value) => steps.every((step) => value[step.id] === true),
    );
    for (const step of steps) {
      assert.equal(states[step.id], true, `step ${step.id} not checked after the coach's write`);
    }
  });

  it('derives the section checkbox from steps', async () => {
    const kataNode = api.tree
      .getChildren(api.tree.getChildren().find((node) => node.kind === 'category' && node.name === 'fixture-category'))
      .find((node) => node.kind === 'kata');
    assert.ok(kataNode);
    const sections = api.tree.getChildren(kataNode);
    const checked = sections.map((node) => api.tree.getTreeItem(node).checkboxState);
    for (const state of checked) {
      const value = typeof state === 'object' ? state.state : state;
      assert.equal(value, vscode.TreeItemCheckboxState.Checked);
    }
    assert.equal(api.tree.getTreeItem(kataNode).description, '4/4');
  });
});
