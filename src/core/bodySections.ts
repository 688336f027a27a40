// The `##` sections of a kata body with their line ranges, and the `###`
// subsections inside them. Headings come from markdown-it, so a `## ` line in
// a code block, a list or a blockquote starts no section.

import type { Heading } from './markdown';
import type { BodySection } from './model';

/** A heading with the lines it covers, itself included. */
export interface LineRange {
  line: number;
  /** Last line covered (inclusive). */
  endLine: number;
}

export interface Subsection extends LineRange {
  title: string;
}

const KINDS_BY_TITLE: Readonly<Record<string, BodySection['kind']>> = {
  'quick context': 'quick-context',
  'essential setup': 'essential-setup',
  'practice tasks': 'practice-tasks',
  'completion check': 'completion-check',
  'reference appendix': 'reference-appendix',
};

/**
 * Builds one body section per `##` heading, in file order. A section ends on
 * the line before the next `##` heading, or on the file's last line, so `#`
 * and deeper headings stay inside it. Unknown titles give `other` sections.
 */
export function buildBodySections(headings: readonly Heading[], lastLine: number): BodySection[] {
  const sectionHeadings = headings.filter((heading) => heading.level === 2);

  return sectionHeadings.map((heading, index) => {
    const next = sectionHeadings[index + 1];
    const title = heading.text.trim();
    return {
      kind: KINDS_BY_TITLE[normaliseTitle(title)] ?? 'other',
      title,
      line: heading.line,
      endLine: next === undefined ? Math.max(lastLine, heading.line) : next.line - 1,
    };
  });
}

/** Returns the first body section of a kind, if the kata has one. */
export function findBodySection(sections: readonly BodySection[], kind: BodySection['kind']): BodySection | undefined {
  return sections.find((section) => section.kind === kind);
}

/**
 * Returns the `###` subsections whose normalised title is `title`, anywhere in
 * the body. Each ends before the next heading of level 3 or less or the next
 * thematic break, whichever comes first, or on `lastLine`. Kata files put a
 * `---` between the appendix and their closing credits.
 */
export function findSubsections(
  headings: readonly Heading[],
  title: string,
  lastLine: number,
  thematicBreaks: readonly number[] = [],
): Subsection[] {
  const normalisedTitle = normaliseTitle(title);
  const subsections: Subsection[] = [];

  headings.forEach((heading, index) => {
    if (heading.level !== 3 || normaliseTitle(heading.text) !== normalisedTitle) {
      return;
    }

    // The search stops at the next heading of level 3 or less, so each heading is passed once.
    let endLine = Math.max(lastLine, heading.line);
    for (let next = index + 1; next < headings.length; next++) {
      if (headings[next].level <= 3) {
        endLine = headings[next].line - 1;
        break;
      }
    }

    const nextBreak = thematicBreaks[firstIndexAfter(thematicBreaks, heading.line)];
    if (nextBreak !== undefined) {
      endLine = Math.min(endLine, nextBreak - 1);
    }
    subsections.push({ title: heading.text.trim(), line: heading.line, endLine });
  });

  return subsections;
}

/** Returns true when `line` lies in `range`, ends included. */
export function containsLine(range: LineRange, line: number): boolean {
  return line >= range.line && line <= range.endLine;
}

/** Returns the items whose line lies in `range`, ends included. `items` must be sorted by line. */
export function itemsInRange<T extends { line: number }>(items: readonly T[], range: LineRange): T[] {
  const start = firstIndexAfter(items, range.line - 1);
  const end = firstIndexAfter(items, range.endLine);
  return items.slice(start, end);
}

/**
 * Returns the index of the range that contains `line`, or -1. `ranges` must be
 * sorted by line and must not overlap. A binary search keeps hint placement
 * linear in the file size however many tasks a kata has.
 */
export function findRangeIndex(ranges: readonly LineRange[], line: number): number {
  const index = firstIndexAfter(ranges, line) - 1;
  return index >= 0 && containsLine(ranges[index], line) ? index : -1;
}

/** Returns the index of the first entry whose line is greater than `line`, by binary search on entries sorted by line. */
export function firstIndexAfter(entries: readonly (number | { line: number })[], line: number): number {
  let low = 0;
  let high = entries.length;

  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = entries[middle];
    const entryLine = typeof entry === 'number' ? entry : entry.line;
    if (entryLine <= line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Lowercases a title and collapses its whitespace, as section headings are matched. */
export function normaliseTitle(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
