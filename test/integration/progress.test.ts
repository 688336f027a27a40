// Progress in a real extension host. Checking steps writes the progress file
// of the kata's own workspace folder, and a file written by another writer
// (the Copilot coach) shows in the views. Unmatched states get their own
// tree item, and an unreadable file is kept aside.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import type { KataTreeNode } from '../../src/tree/nodes';
import { folderNamed, getApi, waitFor } from './api';

function progressFile(folder: vscode.WorkspaceFolder, kataId: string): string {
  return path.join(folder.uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${kataId}.json`);
}

async function readJson(file: string): Promise<any> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

function kataText(id: string, steps: string[]): string {
  return [
    '---',
    `title: 'Kata: ${id}'`,
    `kata_id: ${id}`,
    'kata_category:',
    '  - progress-category',
    'kata_difficulty: 1',
    '---',
    '',
    '## Practice Tasks',
    '',
    '### Task 1: Practice (5 minutes)',
    '',
    ...steps.map((step) => `- [ ] ${step}`),
    '',
  ].join('\n');
}

async function kataNodeOf(api: KataCoachApi, kataId: string): Promise<KataTreeNode> {
  for (const category of (await api.tree.getChildren())) {
    const node = (await api.tree.getChildren(category)).find((child) => child.kind === 'kata' && child.kata.id === kataId);
    if (node) {
      return node;
    }
  }
  assert.fail(`kata ${kataId} is not in the tree`);
}

function checkboxValue(item: vscode.TreeItem): vscode.TreeItemCheckboxState | undefined {
  const state = item.checkboxState;
  return typeof state === 'object' ? state.state : state;
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
    const written = JSON.stringify(document, null, 2);
    await fs.writeFile(file, written);

    const states = await waitFor(
      () => api.progress.statesOf(fixture.id),
      (value) => steps.every((step) => value[step.id] === true),
    );
    for (const step of steps) {
      assert.equal(states[step.id], true, `step ${step.id} not checked after the coach's write`);
    }

    const sectionNodes = await api.tree.getChildren(await kataNodeOf(api, fixture.id));
    const stepNodes = (await Promise.all(sectionNodes.map((section) => api.tree.getChildren(section)))).flat();
    assert.equal(stepNodes.length, steps.length);
    for (const node of stepNodes) {
      assert.equal(checkboxValue(api.tree.getTreeItem(node)), vscode.TreeItemCheckboxState.Checked, `tree row ${node.id} not checked`);
    }

    // A reload must never write the file back, or two writers would echo each other.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await fs.readFile(file, 'utf8'), written, 'the extension rewrote the file it read');
  });

  it('derives the section checkbox from steps', async () => {
    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === 'fixture-category');
    const kataNode = (await api.tree.getChildren(category)).find((node) => node.kind === 'kata');
    assert.ok(kataNode);
    const sections = (await api.tree.getChildren(kataNode));
    const checked = sections.map((node) => api.tree.getTreeItem(node).checkboxState);
    for (const state of checked) {
      const value = typeof state === 'object' ? state.state : state;
      assert.equal(value, vscode.TreeItemCheckboxState.Checked);
    }
    assert.equal(api.tree.getTreeItem(kataNode).description, '4/4');
  });
});

describe('Progress edge cases', () => {
  let api: KataCoachApi;
  let root: string;
  let folder: string;

  before(async () => {
    api = await getApi();
    root = folderNamed('ws-second').uri.fsPath;
    folder = path.join(root, 'progress-katas');
    await fs.mkdir(folder, { recursive: true });
  });

  after(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function addKata(id: string, steps: string[]): Promise<Kata> {
    await fs.writeFile(path.join(folder, `${id}.md`), kataText(id, steps));
    const kata = await waitFor(() => api.workspace.index.findById(id), (value) => value !== undefined);
    assert.ok(kata, `kata ${id} was not indexed`);
    return kata;
  }

  it('shows unmatched states under the kata', async () => {
    const kata = await addKata('progress-100-orphans', ['Keep this step']);
    const [step] = allSteps(kata);
    const file = path.join(root, '.copilot-tracking', 'learning', 'kata-progress-progress-100-orphans.json');
    const document = {
      metadata: { version: '1.0.0', kataId: 'progress-100-orphans', source: 'coach', fileType: 'kata-progress' },
      timestamp: new Date().toISOString(),
      progress: { checkboxStates: { [step.id]: true, 'edited-step-1a2b': true, 'removed-step-3c4d': false } },
    };
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(document, null, 2));

    const children = await waitFor(
      async () => api.tree.getChildren(await kataNodeOf(api, kata.id)),
      (nodes) => nodes.some((node) => node.kind === 'orphans'),
    );
    const orphansNode = children.find((node) => node.kind === 'orphans');
    assert.ok(orphansNode, `no unmatched progress under the kata; children: ${children.map((node) => node.id).join(', ')}`);
    const item = api.tree.getTreeItem(orphansNode);
    assert.equal(item.label, 'Unmatched progress (2)');
    assert.match(String(item.tooltip), /steps that were edited or removed/);

    const rows = (await api.tree.getChildren(orphansNode)).map((node) => api.tree.getTreeItem(node));
    assert.deepEqual(rows.map((row) => row.label), ['edited-step-1a2b', 'removed-step-3c4d']);
    assert.deepEqual(rows.map((row) => row.description), ['checked', 'not checked']);
    assert.deepEqual(rows.map((row) => row.checkboxState), [undefined, undefined]);
    assert.equal(api.tree.getTreeItem(await kataNodeOf(api, kata.id)).description, '1/1', 'an orphan was counted as a step');
    await fs.rm(file, { force: true });
  });

  it('keeps an unreadable file aside', async () => {
    const kata = await addKata('progress-200-corrupt', ['First step', 'Second step']);
    const learning = path.join(root, '.copilot-tracking', 'learning');
    const file = path.join(learning, 'kata-progress-progress-200-corrupt.json');
    const invalid = '{\n  "metadata": { "kataId": "progress-200-corrupt", "source": "coach" },\n  "progress": { "checkboxStates": { "x": tru';
    await fs.mkdir(learning, { recursive: true });
    await fs.writeFile(file, invalid);

    const keptName = await waitFor(
      async () => (await fs.readdir(learning)).find((name) => name.startsWith('kata-progress-progress-200-corrupt.corrupt-')),
      (name) => name !== undefined,
    );
    assert.ok(keptName, 'the unreadable file was not kept aside');
    assert.match(keptName, /^kata-progress-progress-200-corrupt\.corrupt-\d{8}T\d{6}Z(-\d+)?\.json$/);
    assert.equal(await fs.readFile(path.join(learning, keptName), 'utf8'), invalid);
    await assert.rejects(fs.stat(file), 'the unreadable file is still in place');
    assert.deepEqual(api.progress.statesOf(kata.id), {});
    assert.equal(api.tree.getTreeItem(await kataNodeOf(api, kata.id)).description, '0/2');
    await fs.rm(path.join(learning, keptName), { force: true });
  });
});
