// The problem of a file whose kata_id an earlier file already declares.

import * as path from 'node:path';
import type { Problem } from '../model';
import type { KataSummary } from './kataSummary';

/** Returns `filePath` relative to `folder` when it lies inside it, else unchanged. */
export function displayPath(filePath: string, folder: string): string {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

export function duplicateIdProblem(kata: KataSummary, firstFilePath: string): Problem {
  return {
    code: 'duplicate-kata-id',
    severity: 'error',
    line: kata.idLine ?? 1,
    column: 1,
    message:
      `The kata_id "${kata.id}" is already used by ${firstFilePath}, so Kata Coach ignores this file. ` +
      'Give this kata a unique kata_id.',
  };
}
