// Helpers that place diagnostics and phrase values in their messages.

import * as path from 'node:path';
import type { Kata } from '../model';

/**
 * Returns the line of a top-level front matter key. Falls back to the kata_id
 * line, then to line 1, when the parser did not record the key's line.
 */
export function frontMatterKeyLine(kata: Pick<Kata, 'frontMatterLines' | 'idLine'>, key: string): number {
  return kata.frontMatterLines?.[key] ?? kata.idLine ?? 1;
}

/**
 * Returns `target` relative to the folder of `from`, as a reader of `from`
 * would follow it. Returns `target` unchanged when no relative path exists,
 * such as for files on different Windows drives.
 */
export function relativeFilePath(from: string, target: string): string {
  const relative = path.relative(path.dirname(from), target);
  return relative === '' || path.isAbsolute(relative) ? target : relative;
}

const MAX_QUOTED_LENGTH = 60;

/** Returns a string in double quotes, cut to at most 60 characters that end in `...` when longer. */
export function quote(text: string): string {
  const shortened = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 3)}...` : text;
  return JSON.stringify(shortened);
}

/** Describes a YAML value with its type, for example `the string "3"` or `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'empty';
  }
  if (typeof value === 'string') {
    return `the string ${quote(value)}`;
  }
  if (typeof value === 'number') {
    return `the number ${value}`;
  }
  if (typeof value === 'boolean') {
    return `the boolean ${value}`;
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** Joins items as `a`, `a and b` or `a, b and c`. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
