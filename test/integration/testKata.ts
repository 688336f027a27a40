// A kata of a test's own, written into the second workspace folder, so the
// test can change its progress without touching the katas of other tests.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { KataCoachApi } from '../../src/extension';
import type { Kata } from '../../src/core/model';
import { folderNamed, waitFor } from './api';

export interface TestKataSpec {
  id: string;
  title: string;
  category: string;
  /** Texts of the steps of its one task. */
  steps: string[];
}

export interface TestKata {
  kata: Kata;
  /** The folder that holds only this kata file, which `remove` deletes. */
  folder: string;
  kataFile: string;
  /** Where the kata's progress file is, whether or not it exists. */
  progressFile: string;
  /** The text written into `kataFile`. */
  text: string;
  /** Deletes the kata's folder and its progress file. */
  remove(): Promise<void>;
}

/** Returns the markdown of a kata with one task whose steps are `spec.steps`. */
export function testKataText(spec: TestKataSpec): string {
  const frontMatter = ['---', `title: '${spec.title}'`, `kata_id: ${spec.id}`, 'kata_category:', `  - ${spec.category}`, 'kata_difficulty: 1', 'estimated_time_minutes: 10', '---'];
  const task = ['## Practice Tasks', '', '### Task 1: Practice (5 minutes)', '', ...spec.steps.map((step) => `- [ ] ${step}`)];
  return [...frontMatter, '', ...task, ''].join('\n');
}

/** Writes the kata into `ws-second/<id>/` and waits until the extension has indexed it. */
export async function addTestKata(api: KataCoachApi, spec: TestKataSpec): Promise<TestKata> {
  const root = folderNamed('ws-second').uri.fsPath;
  const folder = path.join(root, spec.id);
  const kataFile = path.join(folder, `${spec.id}.md`);
  const progressFile = path.join(root, '.copilot-tracking', 'learning', `kata-progress-${spec.id}.json`);
  const text = testKataText(spec);
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(kataFile, text);

  const kata = await waitFor(() => api.workspace.index.findById(spec.id), (value) => value !== undefined);
  assert.ok(kata, `kata ${spec.id} was not indexed`);
  return {
    kata,
    folder,
    kataFile,
    progressFile,
    text,
    remove: async () => {
      await fs.rm(folder, { recursive: true, force: true });
      await fs.rm(progressFile, { force: true });
    },
  };
}
