// Checks or unchecks one task-list checkbox in a kata file's text.
//
// Only the marker character between the brackets changes (`[ ]` to `[x]`, or
// `[x]` and `[X]` to `[ ]`). Every other character stays as saved: `> `
// blockquote prefixes, CRLF line endings, a UTF-8 BOM, tabs and code spans in
// the step text. The markdown-it scan in `markdown.ts` decides which lines are
// task-list items, so a `[ ]` in a code block, an HTML comment or a table cell
// is never touched.

import * as l10n from '@vscode/l10n';
import { splitLines, stripByteOrderMark } from './frontMatter';
import { findCheckboxes } from './markdown';
import type { KataStep } from './model';

/** Checkbox values the caller read earlier, compared with the file before the edit. */
export interface ExpectedCheckbox {
  /** The checkbox text as `Checkbox.text` reports it: what follows `] ` on the line, trimmed. */
  text?: string;
}

/** Reason a toggle was rejected. */
export type ToggleFailure = 'line-out-of-range' | 'not-a-task-item' | 'text-changed';

/** A rejected toggle, with its message in the display language. The text is unchanged, and the caller should reload the kata. */
export class CheckboxToggleError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly reason: ToggleFailure,
  ) {
    super(message);
    this.name = 'CheckboxToggleError';
  }
}

/** The marker character of one checkbox: the ` `, `x` or `X` between its brackets. */
export interface CheckboxMarker {
  /** 1-based line in the file as saved. */
  line: number;
  /** 0-based UTF-16 index of the marker in its line, as VS Code's `Position.character` counts. */
  character: number;
  /** 0-based UTF-16 index of the marker in the whole text, a BOM included. */
  offset: number;
  checked: boolean;
}

// Only container markers can precede a task marker on its line: blockquote
// `>`, bullets `-`, `*` and `+`, ordered-list numbers with `.` or `)`, and
// spaces or tabs. None of them contains `[`, so the first `[` is the marker.
const CONTAINER_PREFIX = /^[ \t>*+\-0-9.)]*$/;
const MARKER = /^\[([ xX])\]$/;

/**
 * Sets the checkbox on `line` (1-based, front matter lines counted, a BOM adds
 * no line) to `checked` and returns the new text. Only the marker character
 * changes. Checking writes `x`, unchecking writes a space, and a checkbox that
 * is already in the requested state leaves the text unchanged.
 *
 * Throws `CheckboxToggleError` when the line does not exist, is not a
 * task-list item, or its checkbox text differs from `expected.text`.
 */
export function toggleCheckbox(text: string, line: number, expected: ExpectedCheckbox, checked: boolean): string {
  const marker = locateCheckboxMarker(text, line, expected);
  if (marker.checked === checked) {
    return text;
  }

  const replacement = checked ? 'x' : ' ';
  return text.slice(0, marker.offset) + replacement + text.slice(marker.offset + 1);
}

/**
 * Sets a parsed step's checkbox to `checked`. The step's line and text must
 * still match the file, so a step read from an older version is rejected.
 */
export function toggleStep(text: string, step: Pick<KataStep, 'line' | 'text'>, checked: boolean): string {
  return toggleCheckbox(text, step.line, { text: step.text }, checked);
}

/**
 * Finds the marker character of the checkbox on `line`, after confirming with
 * the markdown-it scan that the line is a task-list item. Editors use it to
 * apply a one-character edit instead of replacing the whole document.
 *
 * Throws `CheckboxToggleError` for the same cases as `toggleCheckbox`.
 */
export function locateCheckboxMarker(text: string, line: number, expected: ExpectedCheckbox = {}): CheckboxMarker {
  const body = stripByteOrderMark(text);
  const lineCount = splitLines(body).length;

  if (!Number.isInteger(line) || line < 1 || line > lineCount) {
    const message =
      lineCount === 1
        ? l10n.t('Line {0} does not exist: the file has {1} line. Reload the kata and try again.', line, lineCount)
        : l10n.t('Line {0} does not exist: the file has {1} lines. Reload the kata and try again.', line, lineCount);
    throw new CheckboxToggleError(
      message,
      line,
      'line-out-of-range',
    );
  }

  const checkbox = findCheckboxes(text).find((candidate) => candidate.line === line);
  if (checkbox === undefined) {
    throw new CheckboxToggleError(
      l10n.t({ message: 'Line {0} is not a task-list item. Reload the kata and try again.', args: [line], comment: ['A task-list item is a markdown "- [ ]" checkbox line.'] }),
      line,
      'not-a-task-item',
    );
  }

  // A step's text is the item's whole content, which differs from the line's
  // text when the step wraps, so either one confirms the step.
  if (expected.text !== undefined && checkbox.text !== expected.text && checkbox.content !== expected.text) {
    throw new CheckboxToggleError(
      l10n.t({
        message: 'Line {0} no longer contains the step {1}. It now reads {2}. Reload the kata and try again.',
        args: [line, JSON.stringify(expected.text), JSON.stringify(checkbox.text)],
        comment: ['{1} and {2} are the old and the new text of a checkbox line, in quotes.'],
      }),
      line,
      'text-changed',
    );
  }

  const lineStart = findLineStart(body, line);
  const lineEnd = findLineEnd(body, lineStart);
  const sourceLine = body.slice(lineStart, lineEnd);
  const bracket = sourceLine.indexOf('[');

  // The scan and this search read the same line, so a mismatch is a bug here,
  // not a problem with the file.
  if (
    bracket < 0 ||
    !CONTAINER_PREFIX.test(sourceLine.slice(0, bracket)) ||
    !MARKER.test(sourceLine.slice(bracket, bracket + 3))
  ) {
    throw new Error(
      l10n.t({
        message: 'Kata Coach found a task-list item on line {0} but no "[ ]" marker at the start of the line ({1}). Report this with the file attached.',
        args: [line, JSON.stringify(sourceLine)],
        comment: ['{1} is the text of the line, in quotes.'],
      }),
    );
  }

  const bomLength = text.length - body.length;
  return {
    line,
    character: bracket + 1,
    offset: bomLength + lineStart + bracket + 1,
    checked: sourceLine[bracket + 1] !== ' ',
  };
}

/** Returns the index in `body` where 1-based `line` starts. The line must exist. */
function findLineStart(body: string, line: number): number {
  const lineBreak = /\r\n?|\n/g;
  let start = 0;

  for (let current = 1; current < line; current++) {
    const match = lineBreak.exec(body);
    if (match === null) {
      break;
    }
    start = match.index + match[0].length;
  }

  return start;
}

function findLineEnd(body: string, lineStart: number): number {
  const lineBreak = /\r\n?|\n/g;
  lineBreak.lastIndex = lineStart;
  const match = lineBreak.exec(body);
  return match === null ? body.length : match.index;
}
