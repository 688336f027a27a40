// The accessibility label of each row of the Katas view, and the tooltip
// it builds on hover, for every kind of row: group, kata, section, step and
// unmatched progress.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import type { KataTreeNode } from '../../src/tree/nodes';
import { folderNamed, getApi, waitFor } from './api';
import { addViewKatas, ALPHA, checkSteps, removeViewKatas, rowOf, VIEW_CATEGORY } from './viewKatas';

function labelOf(api: KataCoachApi, node: KataTreeNode): string | undefined {
  return api.tree.getTreeItem(node).accessibilityInformation?.label;
}

async function tooltipOf(api: KataCoachApi, node: KataTreeNode): Promise<string> {
  const item = await api.tree.resolveTreeItem(api.tree.getTreeItem(node), node);
  assert.ok(item.tooltip instanceof vscode.MarkdownString, `${node.id} has no markdown tooltip: ${String(item.tooltip)}`);
  return item.tooltip.value;
}

describe('Katas view rows', () => {
  let api: KataCoachApi;
  let alpha: Kata;

  before(async () => {
    api = await getApi();
    alpha = (await addViewKatas(api))[ALPHA];
  });

  after(async () => {
    await api.tree.options.setGrouping('category');
    await removeViewKatas(api);
  });

  async function alphaNodes(): Promise<{ group: KataTreeNode; row: KataTreeNode; sections: KataTreeNode[] }> {
    const { group, row } = await rowOf(api, ALPHA);
    return { group, row, sections: await api.tree.getChildren(row) };
  }

  it('reads out groups', async () => {
    const { group } = await alphaNodes();
    assert.equal(labelOf(api, group), `${VIEW_CATEGORY}, category, 3 katas`);

    await api.tree.options.setGrouping('difficulty');
    const foundation = (await rowOf(api, ALPHA)).group;
    assert.ok(foundation.kind === 'group', `${ALPHA} is under ${foundation.id}`);
    assert.equal(labelOf(api, foundation), `1 - Foundation, difficulty, ${foundation.katas.length} katas`);

    await api.tree.options.setGrouping('path');
    assert.equal(labelOf(api, (await rowOf(api, ALPHA)).group), 'Path from 100 - Alpha View Kata, learning path, 2 katas');
    await api.tree.options.setGrouping('category');
  });

  it('reads out kata, section and step', async () => {
    await checkSteps(api, alpha, false);
    let nodes = await alphaNodes();
    assert.equal(labelOf(api, nodes.row), '100 - Alpha View Kata, kata, 0 of 5 steps done, not started');
    assert.deepEqual(
      nodes.sections.map((node) => labelOf(api, node)),
      [
        'Essential Setup, section, 0 of 1 step done, not started',
        'Task 1: Group the Katas, task, 0 of 2 steps done, not started',
        'Task 2: Hide Done Katas, task, 0 of 1 step done, not started',
        'Completion Check, section, 0 of 1 step done, not started',
      ],
    );

    await checkSteps(api, alpha, true, 2);
    nodes = await alphaNodes();
    assert.equal(labelOf(api, nodes.row), '100 - Alpha View Kata, kata, 2 of 5 steps done, in progress');
    assert.equal(labelOf(api, nodes.sections[1]), 'Task 1: Group the Katas, task, 1 of 2 steps done, in progress');
    const steps = await api.tree.getChildren(nodes.sections[1]);
    assert.deepEqual(
      steps.map((node) => labelOf(api, node)),
      ['Group the katas by difficulty, step, done', 'Group the katas by learning path, step, not done'],
    );
  });

  it('labels checkboxes by their action', async () => {
    await checkSteps(api, alpha, false);
    await checkSteps(api, alpha, true, 2);
    const { sections } = await alphaNodes();
    const [setup, task] = sections;
    const [doneStep, openStep] = await api.tree.getChildren(task);

    const { Checked, Unchecked } = vscode.TreeItemCheckboxState;
    const expected: [KataTreeNode, vscode.TreeItemCheckboxState, string, string][] = [
      [setup, Checked, 'Mark every step of this section as not done', 'Mark every step of "Essential Setup" as not done'],
      [task, Unchecked, 'Mark every step of this section as done', 'Mark every step of "Task 1: Group the Katas" as done'],
      [doneStep, Checked, 'Mark this step as not done', 'Mark step "Group the katas by difficulty" as not done'],
      [openStep, Unchecked, 'Mark this step as done', 'Mark step "Group the katas by learning path" as done'],
    ];
    for (const [node, state, tooltip, label] of expected) {
      assert.deepEqual(api.tree.getTreeItem(node).checkboxState, { state, tooltip, accessibilityInformation: { label } }, node.id);
    }
  });

  it('reads out unmatched progress', async () => {
    const [first] = allSteps(alpha);
    const file = path.join(folderNamed('ws-second').uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${ALPHA}.json`);
    const document = {
      metadata: { version: '1.0.0', kataId: ALPHA, source: 'coach', fileType: 'kata-progress' },
      timestamp: new Date().toISOString(),
      progress: { checkboxStates: { [first.id]: true, 'removed-step-5e6f': true } },
    };
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(document, null, 2));

    const children = await waitFor(
      async () => api.tree.getChildren((await rowOf(api, ALPHA)).row),
      (nodes) => nodes.some((node) => node.kind === 'orphans'),
    );
    const orphans = children.find((node) => node.kind === 'orphans');
    assert.ok(orphans, `no unmatched progress under ${ALPHA}`);
    assert.equal(labelOf(api, orphans), 'Unmatched progress, 1 saved state without a matching step');
    const [orphan] = await api.tree.getChildren(orphans);
    assert.equal(labelOf(api, orphan), 'removed-step-5e6f, unmatched step, checked in the progress file');
  });

  it('builds group tooltips on hover', async () => {
    await checkSteps(api, alpha, false);
    await checkSteps(api, alpha, true, 1);
    const { group } = await alphaNodes();
    assert.equal(api.tree.getTreeItem(group).tooltip, undefined, 'the tooltip was built before hover');

    const tooltip = await tooltipOf(api, group);
    assert.match(tooltip, /^\*\*view\\-category\*\*\n\n/);
    assert.match(tooltip, /Category · 3 katas · \$\(clock\) 50 min estimated/);
    assert.match(tooltip, /0 done · 1 in progress · 2 not started/);
    assert.match(tooltip, /\*\*Group By\*\*/);
  });

  it('builds kata, section and step tooltips', async () => {
    const { row, sections } = await alphaNodes();

    const kataTooltip = await tooltipOf(api, row);
    assert.match(kataTooltip, /Kata · \$\(dashboard\) 1 - Foundation · \$\(clock\) 20 min/);
    assert.match(kataTooltip, /1 of 5 steps done \(20%\), in progress/);
    assert.match(kataTooltip, /- Read the Katas view/);
    assert.match(kataTooltip, /\*\*Reveal Current Step\*\*/);

    const task = sections[1];
    assert.equal(api.tree.getTreeItem(task).tooltip, undefined, 'the tooltip was built before hover');
    const sectionTooltip = await tooltipOf(api, task);
    assert.match(sectionTooltip, /^\*\*Task 1: Group the Katas \\\(5 minutes\\\)\*\*/);
    assert.match(sectionTooltip, /Task of 100 \\- Alpha View Kata · \$\(clock\) 5 minutes/);
    assert.match(sectionTooltip, /0 of 2 steps done \(0%\), not started/);
    assert.match(sectionTooltip, /Check the box to mark every step/);

    const [step] = await api.tree.getChildren(sections[0]);
    const stepTooltip = await tooltipOf(api, step);
    assert.match(stepTooltip, /^\*\*Step\*\* of Essential Setup, 100 \\- Alpha View Kata\n\n/);
    assert.match(stepTooltip, /Open the Katas view\n\n\*\*Done\*\*/);
    assert.match(stepTooltip, /Click the row to open the kata file at this line/);
  });
});
