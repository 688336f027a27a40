// Applies a ProblemFix to a file's lines. Editors turn the result into a text
// edit, and tests check that the fixed file validates.

import type { ProblemFix } from '../model';

/** Lines `start` to `end` (1-based, `end` exclusive) and the lines that replace them. */
export interface LineEdit {
  start: number;
  end: number;
  lines: string[];
}

/**
 * Returns the edit a fix makes to `lines` (the file split at line breaks), or
 * undefined when the text no longer contains what the fix expects.
 */
export function applyFix(lines: readonly string[], fix: ProblemFix): LineEdit | undefined {
  if (fix.action === 'insert') {
    if (fix.text === undefined || fix.line < 1 || fix.line > lines.length + 1) {
      return undefined;
    }
    return { start: fix.line, end: fix.line, lines: [fix.text] };
  }

  if (fix.find === undefined || fix.find === '') {
    return undefined;
  }
  const found = findLine(lines, fix);
  if (found === undefined) {
    return undefined;
  }

  const text = lines[found - 1];
  if (fix.action === 'replace') {
    if (fix.text === undefined) {
      return undefined;
    }
    const at = tokenIndex(text, fix.find);
    return { start: found, end: found + 1, lines: [text.slice(0, at) + fix.text + text.slice(at + fix.find.length)] };
  }
  return deleteEntry(text, found, fix.find);
}

/** Returns the 1-based line of the first `find` between fix.line and its end, or undefined. */
function findLine(lines: readonly string[], fix: ProblemFix): number | undefined {
  for (let line = fix.line; line <= lines.length; line++) {
    if (fix.endLine !== undefined && line > fix.endLine) {
      return undefined;
    }
    // Past the first line, the closing `---` of the front matter ends the search.
    if (fix.endLine === undefined && line > fix.line && lines[line - 1].trimEnd() === '---') {
      return undefined;
    }
    if (tokenIndex(lines[line - 1], fix.find ?? '') >= 0) {
      return line;
    }
  }
  return undefined;
}

/** Removes a list entry: a whole `- entry` line, or one item of a `[a, b]` flow list. */
function deleteEntry(text: string, line: number, entry: string): LineEdit | undefined {
  const escaped = escapeRegExp(entry);
  if (new RegExp(`^\\s*-\\s*(['"]?)${escaped}\\1\\s*$`).test(text)) {
    return { start: line, end: line + 1, lines: [] };
  }

  const item = new RegExp(`(['"]?)${escaped}\\1`);
  const match = item.exec(text);
  const open = text.indexOf('[');
  const close = text.lastIndexOf(']');
  if (!match || open < 0 || close < match.index) {
    return undefined;
  }

  const items = text
    .slice(open + 1, close)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.replace(/^['"]|['"]$/g, '') !== entry);
  return { start: line, end: line + 1, lines: [`${text.slice(0, open)}[${items.join(', ')}]${text.slice(close + 1)}`] };
}

/**
 * Returns the index of `token` in `text` where no word character or hyphen
 * touches it, or -1. So `hint` is not found inside the key `hint_strategy`.
 */
function tokenIndex(text: string, token: string): number {
  const match = new RegExp(`(?<![\\w-])${escapeRegExp(token)}(?![\\w-])`).exec(text);
  return match ? match.index : -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
