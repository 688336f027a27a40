// Katas that the Katas view tests add to the second workspace folder and
// remove again: two linked by a prerequisite and one standalone. They have a
// category of their own, so other tests' katas and progress do not change
// the values these tests assert.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import type { KataTreeNode } from '../../src/tree/nodes';
import { folderNamed, waitFor } from './api';

export const ALPHA = 'view-100-alpha';
export const BETA = 'view-200-beta';
export const GAMMA = 'view-200-gamma';
export const VIEW_CATEGORY = 'view-category';

const FILES: Record<string, string[]> = {
  [ALPHA]: [
    '---',
    "title: 'Kata: 100 - Alpha View Kata'",
    `kata_id: ${ALPHA}`,
    'kata_category:',
    `  - ${VIEW_CATEGORY}`,
    'kata_difficulty: 1',
    'estimated_time_minutes: 20',
    'learning_objectives:',
    '  - Read the Katas view',
    'prerequisite_katas: []',
    '---',
    '',
    '## Essential Setup',
    '',
    '- [ ] Open the Katas view',
    '',
    '## Practice Tasks',
    '',
    '### Task 1: Group the Katas (5 minutes)',
    '',
    '- [ ] Group the katas by difficulty',
    '- [ ] Group the katas by learning path',
    '',
    '### Task 2: Hide Done Katas (5 minutes)',
    '',
    '- [ ] Hide the completed katas',
    '',
    '## Completion Check',
    '',
    '- [ ] You can find the current step',
    '',
  ],
  [BETA]: kataLines(BETA, 'Beta View Kata', 2, [ALPHA]),
  [GAMMA]: kataLines(GAMMA, 'Gamma View Kata', 2, []),
};

function kataLines(id: string, title: string, difficulty: number, prerequisites: string[]): string[] {
  return [
    '---',
    `title: 'Kata: ${difficulty}00 - ${title}'`,
    `kata_id: ${id}`,
    'kata_category:',
    `  - ${VIEW_CATEGORY}`,
    `kata_difficulty: ${difficulty}`,
    'estimated_time_minutes: 15',
    `prerequisite_katas: [${prerequisites.join(', ')}]`,
    '---',
    '',
    '## Practice Tasks',
    '',
    '### Task 1: Practice',
    '',
    '- [ ] Do the practice step',
    '',
  ];
}

function folderPath(): string {
  return path.join(folderNamed('ws-second').uri.fsPath, 'katas', VIEW_CATEGORY);
}

/** Writes the three katas and waits until the index has all of them. */
export async function addViewKatas(api: KataCoachApi): Promise<Record<string, Kata>> {
  await fs.mkdir(folderPath(), { recursive: true });
  const katas: Record<string, Kata> = {};
  for (const [id, lines] of Object.entries(FILES)) {
    await fs.writeFile(path.join(folderPath(), `${id}.md`), lines.join('\n'));
  }
  for (const id of Object.keys(FILES)) {
    const kata = await waitFor(() => api.workspace.index.findById(id), (value) => value !== undefined);
    assert.ok(kata, `kata ${id} was not indexed`);
    katas[id] = kata;
  }
  return katas;
}

/** Removes the katas and their progress files, and waits until the index has none of them. */
export async function removeViewKatas(api: KataCoachApi): Promise<void> {
  await fs.rm(folderPath(), { recursive: true, force: true });
  const learning = path.join(folderNamed('ws-second').uri.fsPath, '.copilot-tracking', 'learning');
  for (const id of Object.keys(FILES)) {
    await fs.rm(path.join(learning, `kata-progress-${id}.json`), { force: true });
  }
  await waitFor(
    () => Object.keys(FILES).filter((id) => api.workspace.index.summaryOf(id) !== undefined),
    (left) => left.length === 0,
  );
}

/** Sets every step of a kata to `checked`, or only the first `count` steps in file order. */
export async function checkSteps(api: KataCoachApi, kata: Kata, checked: boolean, count = allSteps(kata).length): Promise<void> {
  const steps = allSteps(kata).slice(0, count);
  assert.ok(await api.progress.setSteps(kata, Object.fromEntries(steps.map((step) => [step.id, checked]))), `saving steps of ${kata.id} failed`);
}

/** Returns the top-level node that contains a kata, and the kata's row under it. */
export async function rowOf(api: KataCoachApi, kataId: string): Promise<{ group: KataTreeNode; row: KataTreeNode }> {
  for (const group of await api.tree.getChildren()) {
    const row = (await api.tree.getChildren(group)).find((node) => node.kind === 'kata' && node.kata.id === kataId);
    if (row) {
      return { group, row };
    }
  }
  assert.fail(`kata ${kataId} is not in the Katas view`);
}
