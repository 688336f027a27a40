// The orders the index keeps: files of one kata id by path, katas by
// difficulty then file name. Code-unit comparison keeps them the same on
// every machine and locale.

import * as path from 'node:path';
import type { KataSummary } from './kataSummary';

export function insertSorted(filesById: Map<string, string[]>, id: string, filePath: string): void {
  const files = filesById.get(id) ?? [];
  const position = files.findIndex((file) => compareStrings(filePath, file) < 0);
  files.splice(position < 0 ? files.length : position, 0, filePath);
  filesById.set(id, files);
}

export function compareKatas(a: KataSummary, b: KataSummary): number {
  const difficultyA = a.difficulty ?? Number.POSITIVE_INFINITY;
  const difficultyB = b.difficulty ?? Number.POSITIVE_INFINITY;
  if (difficultyA !== difficultyB) {
    return difficultyA < difficultyB ? -1 : 1;
  }
  return compareStrings(path.basename(a.filePath), path.basename(b.filePath)) || compareStrings(a.filePath, b.filePath);
}

/** Code-unit order: stable across machines and locales, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
