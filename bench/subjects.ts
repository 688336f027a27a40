// The measured subjects. Each one scans a generated repository on disk and
// returns what it built, so the runner can check the result after timing it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseIndexCache, serializeIndexCache } from '../src/core/indexing/indexCache';
import { Indexer, READ_CONCURRENCY as PRODUCT_READ_CONCURRENCY, type Candidate } from '../src/core/indexing/indexer';
import { nodeIndexFileSystem } from '../src/core/indexing/nodeIndexFileSystem';
import { needsNoCheck, ownProblemsOf } from '../src/core/indexing/ownProblems';
import { KataIndex } from '../src/core/kataIndex';
import { silentLogger } from '../src/core/log';
import { parseKataBytes } from '../src/core/parser';
import { DEFAULT_EXCLUDE_SETTING, ExclusionRules, excludeGlobsFromSettings, findMarkdownCandidates, nodeScanFileSystem } from '../src/core/scan';
import { mapLimited } from '../src/core/concurrency';
import { listCandidateFiles } from './files';
import { parseNaiveKata, type NaiveKata } from './naiveIndex';

// ---------------------------------------------------------------------------
// Product index: cold, warm, refresh and change, through the same core
// classes the extension uses (walker, Indexer, KataIndex, index cache).
// ---------------------------------------------------------------------------

/** Maximum parallel file reads in `limit` and `naive`; the product uses its own READ_CONCURRENCY. */
export const READ_CONCURRENCY = PRODUCT_READ_CONCURRENCY;

/** Applies one file, which the runner has just edited on disk, to a warm-started index and returns the index. */
export type ApplyChange = (editedFile: string) => Promise<KataIndex>;

/** Lists the candidates as the extension does, with the default exclusion settings and `.gitignore`. */
async function productCandidates(root: string): Promise<Candidate[]> {
  const rules = new ExclusionRules({ excludeGlobs: excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING), useGitignore: true });
  const found = await findMarkdownCandidates(root, nodeScanFileSystem, rules);
  return found.files.map((relativePath) => ({ filePath: path.join(root, relativePath), workspaceFolder: root }));
}

function newIndex(): KataIndex {
  return new KataIndex({ loadResult: (filePath) => parseKataBytes(fs.readFileSync(filePath), filePath) });
}

/** Builds the index from nothing: lists, reads and summarizes every candidate file. */
export async function cold(root: string): Promise<KataIndex> {
  const index = newIndex();
  await new Indexer(index, nodeIndexFileSystem, silentLogger).indexAll(await productCandidates(root));
  return index;
}

/**
 * Validates every file that can carry a diagnostic, as a window's Problems
 * panel does in the background after a scan. It adds each kata's step counts
 * and each file's problems to the index, so the cache written next is the one
 * a second window finds. The runner does not time it.
 */
export function validateAll(index: KataIndex): void {
  for (const file of index.files()) {
    if (!needsNoCheck(index, file.summary.filePath)) {
      ownProblemsOf(index, file.summary.filePath);
    }
  }
}

/** Writes the index cache, as the extension does a moment after a scan; the runner does not time it. */
export async function saveCache(index: KataIndex, cacheFile: string): Promise<void> {
  await new Indexer(index, nodeIndexFileSystem, silentLogger).confirmStamps();
  await fs.promises.writeFile(cacheFile, serializeIndexCache(index.files()));
}

/** Lists the katas from the cache that `saveCache` wrote, as a second window does before it checks for changes. */
export async function warm(root: string, cacheFile: string): Promise<KataIndex> {
  const cache = parseIndexCache(await fs.promises.readFile(cacheFile, 'utf8'));
  if ('error' in cache) {
    throw new Error(`The index cache ${cacheFile} is unusable: ${cache.error}`);
  }
  const index = newIndex();
  index.replaceAll(cache.files.filter((file) => file.workspaceFolder === root));
  return index;
}

/**
 * Checks a warm index against the disk, as the extension does in the
 * background after `warm`: lists the files and compares each one's size and
 * modification time with the cache, reading only files that changed.
 */
export async function refresh(root: string, index: KataIndex): Promise<{ index: KataIndex; read: number }> {
  const known = new Map(index.files().map((file) => [file.summary.filePath, file]));
  const stats = await new Indexer(index, nodeIndexFileSystem, silentLogger).indexAll(await productCandidates(root), known);
  return { index, read: stats.read };
}

/** Warm-starts from `cacheFile`, untimed, and returns the function that applies one edited file, which the runner times. */
export async function change(root: string, cacheFile: string): Promise<ApplyChange> {
  const index = await warm(root, cacheFile);
  const indexer = new Indexer(index, nodeIndexFileSystem, silentLogger);
  return async (editedFile) => {
    await indexer.updateFile({ filePath: editedFile, workspaceFolder: root });
    return index;
  };
}

// ---------------------------------------------------------------------------
// End of the product index block.
// ---------------------------------------------------------------------------

export interface LimitResult {
  files: number;
  bytes: number;
}

/**
 * Lists and reads every candidate file with READ_CONCURRENCY parallel reads,
 * through the fastest read the product uses (the callback `fs.readFile`),
 * and does nothing else, so its time is the floor for any scan.
 */
export async function limit(root: string): Promise<LimitResult> {
  const files = await listCandidateFiles(root);
  const sizes = await mapLimited(files, READ_CONCURRENCY, async (file) => (await nodeIndexFileSystem.readFile(file)).length);
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

export interface NaiveResult {
  files: number;
  katas: NaiveKata[];
}

/** Lists and reads every candidate file, then runs gray-matter and a full markdown-it parse on each, as a first implementation would. */
export async function naive(root: string): Promise<NaiveResult> {
  const files = await listCandidateFiles(root);
  const markdown = new MarkdownIt();
  const katas = await mapLimited(files, READ_CONCURRENCY, async (file) =>
    parseNaiveKata(new TextDecoder().decode(await nodeIndexFileSystem.readFile(file)), file, markdown),
  );
  return { files: files.length, katas: katas.filter((kata): kata is NaiveKata => kata !== undefined) };
}
