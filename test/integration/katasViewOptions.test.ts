// The Katas view's badge, its groupings and completed filter from the view
// title's commands, and Reveal Current Step, in a real extension host.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { kataCompletion } from '../../src/core/kataProgress';
import { Kata } from '../../src/core/model';
import type { KataTreeNode } from '../../src/tree/nodes';
import { KatasViewOptions } from '../../src/tree/viewOptions';
import { getApi, waitFor } from './api';
import { addViewKatas, ALPHA, BETA, checkSteps, GAMMA, removeViewKatas, rowOf, VIEW_CATEGORY } from './viewKatas';

/** Counts the katas in progress by parsing every kata, as the badge avoids doing. */
function countInProgress(api: KataCoachApi): number {
  return api.workspace.index.katas.filter((summary) => {
    const kata = api.workspace.index.findById(summary.id);
    const completion = kata && kataCompletion(kata, api.progress.statesOf(kata.id));
    return completion !== undefined && completion.done > 0 && completion.done < completion.total;
  }).length;
}

function expectedBadge(count: number): vscode.ViewBadge | undefined {
  if (count === 0) {
    return undefined;
  }
  return { value: count, tooltip: count === 1 ? '1 kata in progress' : `${count} katas in progress` };
}

function idsOf(nodes: readonly KataTreeNode[]): string[] {
  return nodes.map((node) => node.id);
}

/** An in-memory `vscode.Memento`, for a second set of view options. */
class MemoryState implements vscode.Memento {
  readonly values = new Map<string, unknown>();

  keys(): readonly string[] {
    return [...this.values.keys()];
  }

  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }

  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

describe('Katas view options', () => {
  let api: KataCoachApi;
  let alpha: Kata;
  let beta: Kata;
  let gamma: Kata;

  before(async () => {
    api = await getApi();
    ({ [ALPHA]: alpha, [BETA]: beta, [GAMMA]: gamma } = await addViewKatas(api));
  });

  beforeEach(async () => {
    for (const kata of [alpha, beta, gamma]) {
      await checkSteps(api, kata, false);
    }
  });

  afterEach(async () => {
    await api.tree.options.setGrouping('category');
    await api.tree.options.setHideCompleted(false);
  });

  after(async () => {
    await removeViewKatas(api);
  });

  it('counts katas in progress in the badge', async () => {
    await api.tree.updateBadge();
    const baseline = countInProgress(api);
    assert.deepEqual(api.tree.view.badge, expectedBadge(baseline));

    await checkSteps(api, alpha, true, 1);
    await api.tree.updateBadge();
    assert.deepEqual(api.tree.view.badge, expectedBadge(baseline + 1));

    // A kata with every step done is no longer in progress.
    await checkSteps(api, gamma, true);
    await checkSteps(api, alpha, true);
    await api.tree.updateBadge();
    assert.deepEqual(api.tree.view.badge, expectedBadge(baseline));
  });

  it('updates the badge on progress changes', async () => {
    await api.tree.updateBadge();
    const baseline = countInProgress(api);

    await checkSteps(api, alpha, true, 2);

    const badge = await waitFor(
      () => api.tree.view.badge,
      (value) => value?.value === baseline + 1,
    );
    assert.deepEqual(badge, expectedBadge(baseline + 1));
  });

  it('groups by difficulty', async () => {
    await vscode.commands.executeCommand('kataCoach.groupByDifficulty');
    assert.equal(api.tree.options.grouping, 'difficulty');

    const roots = await api.tree.getChildren();
    assert.ok(
      roots.every((node) => node.kind === 'group'),
      idsOf(roots).join(', '),
    );
    const labels = roots.map((node) => api.tree.getTreeItem(node).label);
    assert.deepEqual(labels.slice(0, 3), ['1 - Foundation', '2 - Skill', '3 - Advanced']);

    const skill = roots.find((node) => node.id === 'group:difficulty:2');
    assert.ok(skill, `no Skill group in ${idsOf(roots).join(', ')}`);
    const rows = idsOf(await api.tree.getChildren(skill));
    assert.ok(rows.includes(`kata:${BETA}`), rows.join(', '));
    assert.ok(rows.includes(`kata:${GAMMA}`), rows.join(', '));
    assert.ok(!rows.includes(`kata:${ALPHA}`), rows.join(', '));
    const katasInGroups = roots.reduce((sum, node) => sum + (node.kind === 'group' ? node.katas.length : 0), 0);
    assert.equal(katasInGroups, api.workspace.index.katas.length);
  });

  it('groups by learning path', async () => {
    await vscode.commands.executeCommand('kataCoach.groupByLearningPath');
    assert.equal(api.tree.options.grouping, 'path');

    const roots = await api.tree.getChildren();
    const git = roots.find((node) => node.id === 'group:path:git-fundamentals-100-first-commit-workflow');
    assert.ok(git, `no path of the git samples in ${idsOf(roots).join(', ')}`);
    // The bisect kata builds on both 100-level katas, so one path links the three categories.
    assert.deepEqual(idsOf(await api.tree.getChildren(git)), [
      'kata:git-fundamentals-100-first-commit-workflow',
      'kata:testing-practices-100-first-unit-test',
      'kata:git-fundamentals-200-interactive-rebase-cleanup',
      'kata:debugging-300-bisect-a-regression',
    ]);

    const viewPath = roots.find((node) => node.id === `group:path:${ALPHA}`);
    assert.ok(viewPath, `no path of ${ALPHA} in ${idsOf(roots).join(', ')}`);
    assert.equal(api.tree.getTreeItem(viewPath).label, 'Path from 100 - Alpha View Kata');
    assert.deepEqual(idsOf(await api.tree.getChildren(viewPath)), [`kata:${ALPHA}`, `kata:${BETA}`]);

    const standalone = roots[roots.length - 1];
    assert.equal(standalone.id, 'group:standalone');
    assert.equal(api.tree.getTreeItem(standalone).label, 'Standalone katas');
    const rows = idsOf(await api.tree.getChildren(standalone));
    assert.ok(rows.includes(`kata:${GAMMA}`), rows.join(', '));
    assert.ok(rows.includes('kata:fixture-100-second-root'), rows.join(', '));
  });

  it('groups by category again', async () => {
    await vscode.commands.executeCommand('kataCoach.groupByDifficulty');
    await vscode.commands.executeCommand('kataCoach.groupByCategory.selected');
    assert.equal(api.tree.options.grouping, 'category');

    const roots = await api.tree.getChildren();
    assert.ok(
      roots.every((node) => node.kind === 'category'),
      idsOf(roots).join(', '),
    );
    const category = roots.find((node) => node.kind === 'category' && node.name === VIEW_CATEGORY);
    assert.ok(category, `no ${VIEW_CATEGORY} in ${idsOf(roots).join(', ')}`);
    assert.deepEqual(idsOf(await api.tree.getChildren(category)), [`kata:${ALPHA}`, `kata:${BETA}`, `kata:${GAMMA}`]);
  });

  it('hides completed katas', async () => {
    await checkSteps(api, alpha, true);
    await vscode.commands.executeCommand('kataCoach.hideCompletedKatas');
    assert.equal(api.tree.options.hideCompleted, true);
    const kataCount = api.workspace.index.katas.length;
    assert.equal(api.tree.view.description, `${kataCount} katas · completed hidden`);

    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === VIEW_CATEGORY);
    assert.ok(category?.kind === 'category', `no ${VIEW_CATEGORY} while its katas are not all done`);
    assert.equal(api.tree.getTreeItem(category).description, '2 katas');
    assert.deepEqual(idsOf(await api.tree.getChildren(category)), [`kata:${BETA}`, `kata:${GAMMA}`]);

    await api.tree.options.setGrouping('path');
    const viewPath = (await api.tree.getChildren()).find((node) => node.id === `group:path:${ALPHA}`);
    assert.ok(viewPath, `the path of ${ALPHA} is missing while ${BETA} is not done`);
    assert.deepEqual(idsOf(await api.tree.getChildren(viewPath)), [`kata:${BETA}`]);
  });

  it('hides a group once its katas are done', async () => {
    await api.tree.options.setHideCompleted(true);
    for (const kata of [alpha, beta, gamma]) {
      await checkSteps(api, kata, true);
    }

    const roots = await api.tree.getChildren();
    assert.deepEqual(
      roots.filter((node) => node.kind === 'category' && node.name === VIEW_CATEGORY),
      [],
    );

    assert.equal(api.tree.view.description, `${api.workspace.index.katas.length} katas · completed hidden`);

    await vscode.commands.executeCommand('kataCoach.showCompletedKatas');
    assert.equal(api.tree.options.hideCompleted, false);
    assert.equal(api.tree.view.description, `${api.workspace.index.katas.length} katas`);
    const { row } = await rowOf(api, ALPHA);
    assert.equal(api.tree.getTreeItem(row).description, '5/5');
  });

  it('keeps the choices in workspace state', async () => {
    const state = new MemoryState();
    const first = new KatasViewOptions(state);
    await first.setGrouping('path');
    await first.setHideCompleted(true);
    const second = new KatasViewOptions(state);
    const values = Object.fromEntries(state.values);
    const read = { grouping: second.grouping, hideCompleted: second.hideCompleted };
    first.dispose();
    second.dispose();

    // The extra options set the context keys too, so the view's own options set them back.
    await api.tree.options.setGrouping('difficulty');
    await api.tree.options.setHideCompleted(true);

    assert.deepEqual(values, { 'kataCoach.katasView.groupBy': 'path', 'kataCoach.katasView.hideCompleted': true });
    assert.deepEqual(read, { grouping: 'path', hideCompleted: true });
    state.values.set('kataCoach.katasView.groupBy', 'tags');
    const third = new KatasViewOptions(state);
    assert.equal(third.grouping, 'category', 'an unknown stored grouping was kept');
    third.dispose();
  });

  it('reveals the current step', async () => {
    await checkSteps(api, alpha, true, 2);
    const step = alpha.sections.find((section) => section.id === 'task-1')?.steps[1];
    assert.ok(step, `${ALPHA} has no second step in Task 1`);
    const expected = `step:${ALPHA}/task-1/${step.id}`;

    const revealed = await vscode.commands.executeCommand<string>('kataCoach.revealCurrentStep', ALPHA);

    assert.equal(revealed, expected);
    const selection = await waitFor(
      () => idsOf(api.tree.view.selection),
      (ids) => ids[0] === expected,
    );
    assert.deepEqual(selection, [expected]);
  });

  it('reveals from a row in another grouping', async () => {
    await checkSteps(api, alpha, true, 4);
    await api.tree.options.setGrouping('path');
    const { row } = await rowOf(api, ALPHA);

    const revealed = await vscode.commands.executeCommand<string>('kataCoach.revealCurrentStep', row);

    const completionStep = alpha.sections.find((section) => section.id === 'completion')?.steps[0];
    assert.ok(completionStep, `${ALPHA} has no Completion Check step`);
    assert.equal(revealed, `step:${ALPHA}/completion/${completionStep.id}`);
    const selected = await waitFor(
      () => api.tree.view.selection[0],
      (node) => node?.id === revealed,
    );
    assert.ok(selected, 'nothing was selected');
    const section = api.tree.getParent(selected);
    const kata = section && api.tree.getParent(section);
    const group = kata && api.tree.getParent(kata);
    assert.deepEqual([section?.id, kata?.id, group?.id], [`section:${ALPHA}/completion`, `kata:${ALPHA}`, `group:path:${ALPHA}`]);
  });

  it('selects the last section of a done kata', async () => {
    await checkSteps(api, alpha, true);
    assert.equal(await vscode.commands.executeCommand<string>('kataCoach.revealCurrentStep', ALPHA), `section:${ALPHA}/completion`);

    await api.tree.options.setHideCompleted(true);
    assert.equal(await api.tree.revealCurrentStep(ALPHA), undefined);
  });
});
