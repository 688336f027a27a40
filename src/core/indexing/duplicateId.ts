// The problem of a file whose kata_id an earlier file already declares.

import * as l10n from '@vscode/l10n';
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
    message: l10n.t({
      message: 'The kata_id "{0}" is already used by {1}, so Kata Coach ignores this file. Give this kata a unique kata_id.',
      args: [kata.id, firstFilePath],
      comment: ['{0} is a kata id, {1} the path of the file that uses it first. Keep kata_id as written.'],
    }),
  };
}
