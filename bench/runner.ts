// Runs every subject on one generated repository: an optional untimed warm-up
// round, then timed rounds in rotated order, then the heap of a cold index.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { KataIndex } from '../src/core/kataIndex';
import type { Logger } from '../src/core/log';
import { CheckFailure, checkChangedKata, checkDetails, checkIndex, checkLimit, checkModels, checkNaive, expectedCounts, type ExpectedCounts } from './checks';
import { generateRepository, type GeneratedRepository } from './generate';
import { allSteps } from '../src/core/model';
import { parseKataBytes } from '../src/core/parser';
import { change, cold, limit, naive, refresh, saveCache, validateAll, warm, type ApplyChange } from './subjects';

const SUBJECTS = ['limit', 'naive', 'cold', 'warm', 'refresh', 'change'] as const;
type SubjectName = (typeof SUBJECTS)[number];

// Appended to the edited kata before `change` runs. It adds one step, which
// the check of the changed index counts.
const ADDED_STEP = '\n- [ ] Step added by the benchmark\n';

const BYTES_PER_MB = 1024 * 1024;

export interface RunSettings {
  /** Timed rounds; each subject's time is the median of these. */
  runs: number;
  /** Whether to run one untimed round first, so JIT compilation and the file system cache settle. */
  warmUp: boolean;
  seed: number;
  log: Logger;
}

/** Median times of one repository size. `null` marks a subject without an implementation. */
export interface SizeResult {
  n: number;
  /** Candidate markdown files: katas and other files, excluded folders left out. */
  files: number;
  katas: number;
  limitMs: number;
  naiveMs: number;
  coldMs: number;
  warmMs: number | null;
  /** Listing and comparing every file's size and modification time with a warm index, nothing changed. */
  refreshMs: number | null;
  changeMs: number | null;
  /** Heap used by a cold index, in MB of 2^20 bytes. */
  heapMB: number;
  /** Heap used by an index from the cache, with every kata's step counts and every file's problems, in MB. */
  warmHeapMB: number;
}

/** Generates or reuses the repository of `n` katas, times each subject on it and returns the medians. Needs node's --expose-gc. */
export async function benchmarkSize(n: number, settings: RunSettings): Promise<SizeResult> {
  const { log } = settings;
  const repository = generateRepository({ n, seed: settings.seed, log });
  const expected = expectedCounts(repository);

  // The cache sits beside the repository, so no listing ever finds it.
  const cacheFile = `${repository.root}.index-cache`;
  fs.rmSync(cacheFile, { force: true });

  // warm, refresh and change start from the cache, and the rotation may run them before cold.
  const first = await cold(repository.root);
  checkModels('cold', first, expected);
  log.info(`n=${n}: validating every file (untimed) to add step counts and problems to the cache`);
  validateAll(first);
  checkDetails(first, expected);
  await saveCache(first, cacheFile);

  const measure = createMeasures(repository, expected, cacheFile);
  if (settings.warmUp) {
    log.info(`n=${n}: warm-up round`);
    for (const subject of SUBJECTS) {
      await measure[subject]();
    }
  }

  const times: Record<SubjectName, (number | null)[]> = { limit: [], naive: [], cold: [], warm: [], refresh: [], change: [] };
  for (let run = 0; run < settings.runs; run++) {
    // Rotating the order spreads the effect of running after a given subject (caches, GC debt) over all of them.
    const order = SUBJECTS.map((_, index) => SUBJECTS[(index + run) % SUBJECTS.length]);
    const timings: string[] = [];
    for (const subject of order) {
      const ms = await measure[subject]();
      times[subject].push(ms);
      timings.push(`${subject} ${ms === null ? 'n/a' : `${ms.toFixed(1)} ms`}`);
    }
    log.info(`n=${n}: round ${run + 1} of ${settings.runs}: ${timings.join(', ')}`);
  }

  const result: SizeResult = {
    n,
    files: expected.files,
    katas: expected.katas,
    limitMs: requireTime('limit', median(times.limit)),
    naiveMs: requireTime('naive', median(times.naive)),
    coldMs: requireTime('cold', median(times.cold)),
    warmMs: median(times.warm),
    refreshMs: median(times.refresh),
    changeMs: median(times.change),
    heapMB: await measureHeap('cold', () => cold(repository.root), expected),
    warmHeapMB: await measureHeap('warm', () => warm(repository.root, cacheFile), expected),
  };
  log.info(`n=${n}: medians of ${settings.runs}: limit ${result.limitMs.toFixed(1)} ms, naive ${result.naiveMs.toFixed(1)} ms, cold ${result.coldMs.toFixed(1)} ms`);
  return result;
}

/** Returns one function per subject that runs it once, checks its result and returns the time in ms, or null without an implementation. */
function createMeasures(
  repository: GeneratedRepository,
  expected: ExpectedCounts,
  cacheFile: string,
): Record<SubjectName, () => Promise<number | null>> {
  const root = repository.root;
  const editedFile = path.join(root, repository.kataFiles[Math.floor(repository.n / 2)]);

  return {
    limit: async () => {
      const { value, ms } = await time(() => limit(root));
      checkLimit(value, expected);
      return ms;
    },
    naive: async () => {
      const { value, ms } = await time(() => naive(root));
      checkNaive(value, expected);
      return ms;
    },
    cold: async () => {
      const { value, ms } = await time(() => cold(root));
      checkIndex('cold', value, expected);
      return ms;
    },
    warm: async () => {
      const { value, ms } = await time(() => warm(root, cacheFile));
      checkIndex('warm', value, expected);
      return ms;
    },
    refresh: async () => {
      const index = await warm(root, cacheFile);
      const { value, ms } = await time(() => refresh(root, index));
      checkIndex('refresh', value.index, expected);
      if (value.read !== 0) {
        throw new CheckFailure(`refresh: read ${value.read} files, but none changed since the cache was written.`);
      }
      return ms;
    },
    change: async () => {
      const apply = await change(root, cacheFile);
      const ms = await timeChange(editedFile, apply, expected);
      // The restored file's modification time may differ from the cached one below a millisecond, so the cache takes it again.
      const restored = await change(root, cacheFile);
      await saveCache(await restored(editedFile), cacheFile);
      return ms;
    },
  };
}

/** Edits `editedFile`, times `apply` on it, checks the index, and restores the file's bytes and times. */
async function timeChange(editedFile: string, apply: ApplyChange, expected: ExpectedCounts): Promise<number> {
  const original = await fs.promises.readFile(editedFile);
  const stats = await fs.promises.stat(editedFile);
  // NOTE: when the process dies before the restore below, the file keeps the
  // added step and later runs fail their step check. Delete the folder to regenerate it.
  await fs.promises.appendFile(editedFile, ADDED_STEP);

  try {
    const { value, ms } = await time(() => apply(editedFile));
    checkIndex('change', value, expected);
    checkChangedKata(value, editedFile, allSteps(parseKataBytes(original, editedFile).kata!).length + 1);
    return ms;
  } finally {
    // Restoring the modification time too lets a cache that compares times see the file as unchanged.
    await fs.promises.writeFile(editedFile, original);
    await fs.promises.utimes(editedFile, stats.atime, stats.mtime);
  }
}

/**
 * Runs `work` after a major garbage collection, so garbage left by the
 * previous subject is not collected on this one's time. A plain gc() here made
 * the following cold scan of n=100 about twice as slow on Node 20, while
 * `type: 'major'` left it as fast as no collection.
 */
async function time<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  global.gc?.({ type: 'major' });
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Returns the heap that a live index adds, in MB: heapUsed after a full GC, minus heapUsed after a full GC before indexing. */
async function measureHeap(subject: 'cold' | 'warm', build: () => Promise<KataIndex>, expected: ExpectedCounts): Promise<number> {
  await collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const index = await build();
  await collectGarbage();
  const after = process.memoryUsage().heapUsed;

  // Checking after the second measurement also keeps the index alive until then.
  checkIndex(subject, index, expected);
  return (after - before) / BYTES_PER_MB;
}

/**
 * Runs full collections until the heap stops shrinking. One collection right
 * after the timed rounds left about 20 MB of their garbage behind at n=10,000,
 * which hid the heap of the index measured next.
 */
async function collectGarbage(): Promise<void> {
  let used = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 10; round++) {
    global.gc?.();
    // Finalization callbacks run as separate tasks, so each collection waits one turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    const now = process.memoryUsage().heapUsed;
    if (now >= used) {
      return;
    }
    used = now;
  }
}

function requireTime(subject: SubjectName, ms: number | null): number {
  if (ms === null) {
    throw new Error(`${subject} returned no result, but it has an implementation and must return one.`);
  }
  return ms;
}

/** Returns the median, or null when any value is null (a subject without an implementation). */
function median(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null)) {
    return null;
  }
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
