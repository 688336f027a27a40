// Helpers that place diagnostics and phrase values in their messages.

import * as l10n from '@vscode/l10n';
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

/**
 * Describes a YAML value with its type, for example `the string "3"` or `a
 * list`, in the display language. Messages put it after "but it is".
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return l10n.t({ message: 'empty', comment: ['Describes a missing YAML value in "... but it is empty".'] });
  }
  if (typeof value === 'string') {
    return l10n.t({ message: 'the string {0}', args: [quote(value)], comment: ['Describes a text value in "... but it is the string {0}", where {0} is the value in quotes.'] });
  }
  if (typeof value === 'number') {
    return l10n.t({ message: 'the number {0}', args: [value], comment: ['Describes a YAML value in "... but it is the number 3".'] });
  }
  if (typeof value === 'boolean') {
    return l10n.t({ message: 'the boolean {0}', args: [String(value)], comment: ['Describes a YAML value in "... but it is the boolean true". Keep true and false as written.'] });
  }
  if (Array.isArray(value)) {
    return l10n.t({ message: 'a list', comment: ['Describes a YAML value in "... but it is a list".'] });
  }
  return typeof value === 'object'
    ? l10n.t({ message: 'a mapping', comment: ['Describes a YAML value in "... but it is a mapping" of keys to values.'] })
    : l10n.t({ message: 'a {0}', args: [typeof value], comment: ['Describes a YAML value in "... but it is a bigint", with the JavaScript type name in {0}.'] });
}

/** Joins items as `a, b, c`, in the display language. */
export function joinWithCommas(items: readonly string[]): string {
  if (items.length === 0) {
    return '';
  }
  return items.reduce((joined, item) =>
    l10n.t({ message: '{0}, {1}', args: [joined, item], comment: ['Joins an item to the list before it, as in "a, b and c", except the last item.'] }),
  );
}

/** Joins items as `a`, `a and b` or `a, b and c`, in the display language. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  const head = joinWithCommas(items.slice(0, -1));
  return l10n.t({ message: '{0} and {1}', args: [head, items[items.length - 1]], comment: ['Joins the last item of a list to the items before it, as in "a, b and c".'] });
}
