// The Katas view and the index in a real extension host, on a multi-root
// workspace: the project's sample katas and a second folder with one kata.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import type { KataTreeNode } from '../../src/tree/nodes';
import { checkboxStateOf, getApi } from './api';

describe('Katas view', () => {
  let api: KataCoachApi;

  before(async () => {
    api = await getApi();
  });

  it('indexes katas from both workspace folders', () => {
    const ids = api.workspace.index.katas.map((kata) => kata.id);
    assert.ok(ids.includes('fixture-100-second-root'), `fixture kata missing from ${ids.join(', ')}`);
    assert.ok(ids.includes('git-fundamentals-100-first-commit-workflow'), `sample kata missing from ${ids.join(', ')}`);
  });

  it('skips hub pages without kata_id', () => {
    const hub = api.workspace.index.files().find((file) => file.summary.filePath.endsWith(`katas${require('node:path').sep}README.md`));
    assert.ok(hub, 'the samples hub page README.md was not scanned');
    assert.equal(hub.summary.kata, undefined);
  });

  it('lists categories sorted by name', async () => {
    const roots = (await api.tree.getChildren());
    const labels = roots.map((node) => api.tree.getTreeItem(node).label);
    assert.deepEqual(labels, [...labels].sort());
    assert.ok(labels.includes('fixture-category'));
  });

  it('shows kata sections and step checkboxes', async () => {
    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === 'fixture-category');
    assert.ok(category);
    const [kataNode] = (await api.tree.getChildren(category));
    assert.equal(kataNode.kind, 'kata');

    const kataItem = api.tree.getTreeItem(kataNode);
    assert.equal(kataItem.description, '0/4');

    const sections = (await api.tree.getChildren(kataNode));
    const sectionLabels = sections.map((node) => api.tree.getTreeItem(node).label);
    assert.deepEqual(sectionLabels.slice(0, 1), ['Essential Setup']);
    assert.equal(sectionLabels[sectionLabels.length - 1], 'Completion Check');

    const task = sections.find((node): node is Extract<KataTreeNode, { kind: 'section' }> => node.kind === 'section' && node.section.kind === 'task');
    assert.ok(task, 'fixture kata has no task section');
    const steps = (await api.tree.getChildren(task));
    assert.equal(steps.length, 2);
    assert.equal(checkboxStateOf(api.tree.getTreeItem(steps[0])), vscode.TreeItemCheckboxState.Unchecked);
  });

  it('orders katas by difficulty', () => {
    for (const category of api.workspace.index.categories()) {
      const difficulties = category.katas.map((kata) => kata.difficulty ?? 99);
      assert.deepEqual(difficulties, [...difficulties].sort((a, b) => a - b), `category ${category.name}`);
    }
  });
});
