import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import type { ProgressDocument } from '../../src/core/progress/document';
import { PROGRESS_FOLDER } from '../../src/core/progress/paths';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem, randomScheduler } from './memoryFileSystem';
import { makeKata, referenceSchemaCheck } from './progressTestSupport';

/** Number of seeded interleavings per writer count. */
const INTERLEAVINGS = 500;
const SEED = 20261204;
const SAVES_PER_WRITER = 4;
const NOW = new Date('2026-12-04T10:15:00.000Z');
const FOLDER = path.join(path.sep, 'workspace', PROGRESS_FOLDER);
const STEP_IDS = ['s1', 's2', 's3', 's4', 's5', 's6'];

/** Mulberry32: a small seeded generator, so that every run replays the same interleavings. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  document: ProgressDocument;
  expected: Record<string, boolean>;
  saves: number;
}

/** Runs `writers` stores that each save random changes one after another, on one file system. */
async function runInterleaving(writers: number, random: () => number): Promise<Outcome> {
  const fs = new MemoryFileSystem(randomScheduler(random));
  // Each save also checks a step of its own, so every save changes a state and adds one history entry.
  const ownStepId = (writer: number, save: number) => `writer-${writer}-save-${save}`;
  const ownStepIds = Array.from({ length: writers }, (_, writer) => Array.from({ length: SAVES_PER_WRITER }, (_, save) => ownStepId(writer, save))).flat();
  const kata = makeKata('shared-kata', 'troubleshooting', [{ kind: 'task', stepIds: [...STEP_IDS, ...ownStepIds] }]);
  const completed: Record<string, boolean>[] = [];

  const runWriter = async (writer: number) => {
    const store = new ProgressStore(fs, FOLDER, new MemoryLogger(), () => NOW, { sleep: () => new Promise((resolve) => setImmediate(resolve)), random });
    for (let save = 0; save < SAVES_PER_WRITER; save++) {
      const changes: Record<string, boolean> = { [ownStepId(writer, save)]: true };
      const count = 1 + Math.floor(random() * 2);
      for (let change = 0; change < count; change++) {
        changes[STEP_IDS[Math.floor(random() * STEP_IDS.length)]] = random() < 0.5;
      }
      await store.save(kata, changes, 'ui');
      completed.push(changes);
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, writer) => runWriter(writer)));

  const expected: Record<string, boolean> = Object.fromEntries([...STEP_IDS, ...ownStepIds].map((id) => [id, false]));
  for (const changes of completed) {
    Object.assign(expected, changes);
  }
  const text = fs.files.get(path.join(FOLDER, 'kata-progress-shared-kata.json'))!;
  return { document: JSON.parse(text) as ProgressDocument, expected, saves: completed.length };
}

for (const writers of [2, 3]) {
  describe(`ProgressStore with ${writers} writers`, () => {
    it(`${INTERLEAVINGS} random interleavings lose nothing`, async function () {
      this.timeout(120_000);
      const check = referenceSchemaCheck(this);
      const random = seededRandom(SEED + writers);

      for (let run = 0; run < INTERLEAVINGS; run++) {
        const outcome = await runInterleaving(writers, random);
        const label = `interleaving ${run} of seed ${SEED + writers}`;

        assert.deepEqual(outcome.document.progress.checkboxStates, outcome.expected, label);
        assert.equal((outcome.document.history as unknown[]).length, outcome.saves, `${label}: history entries`);
        assert.deepEqual(check(outcome.document), [], label);
      }
    });
  });
}
