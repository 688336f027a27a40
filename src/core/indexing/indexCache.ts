// The persisted index: every file's summary with the size and modification
// time it had when read, so the next start shows the katas without reading a
// single kata file. A cache that fails any check is ignored and rebuilt.
//
// Files are grouped by workspace folder with paths relative to it, and a
// kata's path is not repeated, which keeps a cache of 20,000 files small
// enough to parse in a few tens of milliseconds.

import * as path from 'node:path';
import type { FileStamp, IndexedFile } from '../kataIndex';
import type { Problem } from '../model';
import type { CheckedProblems } from '../validation';
import type { FileSummary, KataSummary } from './kataSummary';

/**
 * Changes whenever the summary's fields or the parser's reading of them
 * change, so a cache written by another version is rebuilt instead of trusted.
 */
export const INDEX_CACHE_VERSION = 3;

interface CacheFile {
  version: number;
  /** The release that wrote the cache. Validation rules change between releases, and the cache keeps their problems. */
  release: string;
  /** The display language of the problems' messages and fix titles, such as `de`; empty outside VS Code. */
  language: string;
  folders: CachedFolder[];
}

interface CachedFolder {
  folder: string;
  files: CachedFile[];
}

interface CachedFile {
  /** Path relative to the folder. */
  path: string;
  size: number;
  mtimeMs: number;
  kata?: Omit<KataSummary, 'filePath'>;
  notKataReason?: string;
  broken?: boolean;
  checked?: CheckedProblems;
}

/**
 * Serializes the files that have a stamp. A file indexed without one cannot be
 * checked for changes, so it is left out. `release` names the product release
 * and `language` the display language of the problems' text. Only a reader with
 * the same release and language trusts the cache.
 */
export function serializeIndexCache(files: readonly IndexedFile[], release = '', language = ''): string {
  const folders = new Map<string, CachedFile[]>();
  for (const file of files) {
    if (!file.stamp) {
      continue;
    }
    const cached: CachedFile = { path: path.relative(file.workspaceFolder, file.summary.filePath), size: file.stamp.size, mtimeMs: file.stamp.mtimeMs };
    if (file.summary.kata) {
      const { filePath: _filePath, ...kata } = file.summary.kata;
      cached.kata = kata;
    }
    if (file.summary.notKataReason !== undefined) {
      cached.notKataReason = file.summary.notKataReason;
    }
    if (file.summary.broken) {
      cached.broken = true;
    }
    if (file.checked) {
      cached.checked = file.checked;
    }
    const list = folders.get(file.workspaceFolder) ?? [];
    list.push(cached);
    folders.set(file.workspaceFolder, list);
  }

  const cache: CacheFile = { version: INDEX_CACHE_VERSION, release, language, folders: [...folders].map(([folder, list]) => ({ folder, files: list })) };
  return JSON.stringify(cache);
}

export type CacheReadResult = { files: IndexedFile[] } | { error: string };

/**
 * Reads a cache written by `serializeIndexCache` for the same release and
 * display language; returns an error text for a cache that must be rebuilt.
 */
export function parseIndexCache(text: string, release = '', language = ''): CacheReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }

  if (!isRecord(data) || (data.version === INDEX_CACHE_VERSION && !Array.isArray(data.folders))) {
    return { error: 'it has no list of folders' };
  }
  if (data.version !== INDEX_CACHE_VERSION) {
    return { error: `it was written by another version (cache version ${String(data.version)}, expected ${INDEX_CACHE_VERSION})` };
  }
  if (data.release !== release) {
    return { error: `it was written by another release of Kata Coach (${JSON.stringify(data.release)}, expected ${JSON.stringify(release)})` };
  }
  // A cache without the field predates it. It matches only the default language '', and VS Code never reports an empty one.
  const cachedLanguage = data.language ?? '';
  if (cachedLanguage !== language) {
    return { error: `its messages are in another display language (${JSON.stringify(cachedLanguage)}, expected ${JSON.stringify(language)})` };
  }

  const files: IndexedFile[] = [];
  for (const [folderPosition, folder] of (data.folders as unknown[]).entries()) {
    if (!isRecord(folder) || typeof folder.folder !== 'string' || !Array.isArray(folder.files)) {
      return { error: `folder ${folderPosition + 1} is malformed` };
    }
    for (const [position, item] of folder.files.entries()) {
      const file = readCachedFile(item, folder.folder);
      if (!file) {
        return { error: `entry ${position + 1} of folder ${folderPosition + 1} is malformed` };
      }
      files.push(file);
    }
  }
  return { files };
}

/** Returns true when a file's stamp equals the cached one, so its cached summary is still valid. */
export function isSameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function readCachedFile(item: unknown, folder: string): IndexedFile | undefined {
  if (!isRecord(item) || typeof item.path !== 'string' || !isFiniteNumber(item.size) || !isFiniteNumber(item.mtimeMs)) {
    return undefined;
  }
  // The writer stored `path.relative` of a file inside the folder, so joining needs no normalizing.
  const filePath = folder + path.sep + item.path;
  const summary: FileSummary = { filePath };

  if (item.kata !== undefined) {
    if (!isKataSummary(item.kata)) {
      return undefined;
    }
    // The parsed object belongs to this call, so it becomes the summary without a copy.
    const kata = item.kata as KataSummary;
    kata.filePath = filePath;
    summary.kata = kata;
  } else if (typeof item.notKataReason === 'string') {
    summary.notKataReason = item.notKataReason;
  } else {
    return undefined;
  }
  if (item.broken === true) {
    summary.broken = true;
  }

  const file: IndexedFile = { summary, workspaceFolder: folder, stamp: { size: item.size, mtimeMs: item.mtimeMs } };
  if (item.checked !== undefined) {
    if (!isCheckedProblems(item.checked)) {
      return undefined;
    }
    file.checked = item.checked;
  }
  return file;
}

function isCheckedProblems(value: unknown): value is CheckedProblems {
  return isRecord(value) && isProblemList(value.parserProblems) && isProblemList(value.ownProblems);
}

function isProblemList(value: unknown): value is Problem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (problem) =>
        isRecord(problem) &&
        typeof problem.code === 'string' &&
        (problem.severity === 'error' || problem.severity === 'warning' || problem.severity === 'info') &&
        isFiniteNumber(problem.line) &&
        isFiniteNumber(problem.column) &&
        typeof problem.message === 'string' &&
        (problem.fixes === undefined || (Array.isArray(problem.fixes) && problem.fixes.every(isProblemFix))),
    )
  );
}

function isProblemFix(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    (value.action === 'replace' || value.action === 'insert' || value.action === 'delete-entry') &&
    isFiniteNumber(value.line) &&
    (value.endLine === undefined || isFiniteNumber(value.endLine)) &&
    (value.find === undefined || typeof value.find === 'string') &&
    (value.text === undefined || typeof value.text === 'string')
  );
}

function isStepCounts(value: unknown): boolean {
  return isRecord(value) && isFiniteNumber(value.total) && isFiniteNumber(value.checkedInFile);
}

function isKataSummary(value: unknown): boolean {
  if (!isRecord(value)) {
    return false;
  }
  return (
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.title === 'string' &&
    typeof value.category === 'string' &&
    isStringArray(value.categories) &&
    isStringArray(value.prerequisites) &&
    isStringArray(value.tags) &&
    isStringArray(value.technologies) &&
    isStringArray(value.searchKeywords) &&
    (value.difficulty === undefined || isFiniteNumber(value.difficulty)) &&
    (value.estimatedMinutes === undefined || isFiniteNumber(value.estimatedMinutes)) &&
    (value.description === undefined || typeof value.description === 'string') &&
    (value.idLine === undefined || isFiniteNumber(value.idLine)) &&
    (value.steps === undefined || isStepCounts(value.steps)) &&
    (value.frontMatterLines === undefined || (isRecord(value.frontMatterLines) && Object.values(value.frontMatterLines).every(isFiniteNumber)))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
