// The persisted index: every file's summary with the size and modification
// time it had when read, so the next start shows the katas without reading
// a single kata file. A cache that fails any check is ignored and rebuilt.

import type { FileStamp, IndexedFile } from '../kataIndex';
import type { FileSummary, KataSummary } from './kataSummary';

/**
 * Changes whenever the summary's fields or the parser's reading of them
 * change, so a cache written by another version is rebuilt instead of trusted.
 */
export const INDEX_CACHE_VERSION = 1;

interface CacheFile {
  version: number;
  files: CachedFile[];
}

interface CachedFile {
  folder: string;
  size: number;
  mtimeMs: number;
  summary: FileSummary;
}

/** Serializes the files that have a stamp. A file indexed without one cannot be checked for changes, so it is left out. */
export function serializeIndexCache(files: readonly IndexedFile[]): string {
  const cached: CachedFile[] = files.flatMap((file) =>
    file.stamp ? [{ folder: file.workspaceFolder, size: file.stamp.size, mtimeMs: file.stamp.mtimeMs, summary: file.summary }] : [],
  );
  const cache: CacheFile = { version: INDEX_CACHE_VERSION, files: cached };
  return JSON.stringify(cache);
}

export type CacheReadResult = { files: IndexedFile[] } | { error: string };

/** Reads a cache written by `serializeIndexCache`; returns an error text for a cache that must be rebuilt. */
export function parseIndexCache(text: string): CacheReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }

  if (!isRecord(data) || !Array.isArray(data.files)) {
    return { error: 'it has no list of files' };
  }
  if (data.version !== INDEX_CACHE_VERSION) {
    return { error: `it was written by another version (cache version ${String(data.version)}, expected ${INDEX_CACHE_VERSION})` };
  }

  const files: IndexedFile[] = [];
  for (const [position, item] of data.files.entries()) {
    const file = readCachedFile(item);
    if (!file) {
      return { error: `entry ${position + 1} is malformed` };
    }
    files.push(file);
  }
  return { files };
}

/** Returns true when a file's stamp equals the cached one, so its cached summary is still valid. */
export function isSameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function readCachedFile(item: unknown): IndexedFile | undefined {
  if (!isRecord(item) || typeof item.folder !== 'string' || !isFiniteNumber(item.size) || !isFiniteNumber(item.mtimeMs)) {
    return undefined;
  }
  const summary = item.summary;
  if (!isRecord(summary) || typeof summary.filePath !== 'string') {
    return undefined;
  }
  if (summary.kata !== undefined && !isKataSummary(summary.kata, summary.filePath)) {
    return undefined;
  }
  if (summary.kata === undefined && typeof summary.notKataReason !== 'string') {
    return undefined;
  }

  return {
    summary: summary as unknown as FileSummary,
    workspaceFolder: item.folder,
    stamp: { size: item.size, mtimeMs: item.mtimeMs },
  };
}

function isKataSummary(value: unknown, filePath: string): value is KataSummary {
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
    value.filePath === filePath &&
    (value.difficulty === undefined || isFiniteNumber(value.difficulty)) &&
    (value.estimatedMinutes === undefined || isFiniteNumber(value.estimatedMinutes)) &&
    (value.description === undefined || typeof value.description === 'string') &&
    (value.idLine === undefined || isFiniteNumber(value.idLine)) &&
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
