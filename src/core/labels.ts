// Bold labels that open a line of inline markdown: `**Pro tip**: text`,
// `**Pro tip:** text`, `**Expected result** — text`. Kata files mark notes,
// Quick Context parts and troubleshooting pairs this way.

import type { TextBlock } from './textBlocks';

/** A bold label at the start of a line and the text after it. */
export interface BoldLabel {
  /** The label as written between the `**` marks. */
  label: string;
  /** `normaliseLabel` of `label`, for comparisons. */
  key: string;
  /** Text after the label and one separator (`:`, `-`, `–`, `—`, `→`), trimmed. */
  rest: string;
}

/** A run of lines of one paragraph that starts at a recognised label, or at the paragraph's start. */
export interface LabelledSegment {
  label?: BoldLabel;
  /** The segment's text after its label, source lines folded into one line. */
  text: string;
  line: number;
}

const LEADING_BOLD = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1(.*)$/;
const SEPARATOR = /^\s*(?:->|[:\-–—→])?\s*/;

/** Reads the bold label that opens `source`'s first line, if any. */
export function readBoldLabel(source: string): BoldLabel | undefined {
  const firstLine = source.split('\n', 1)[0].trimStart();
  const match = LEADING_BOLD.exec(firstLine);
  if (!match) {
    return undefined;
  }

  const label = match[2].trim();
  return { label, key: normaliseLabel(label), rest: match[3].replace(SEPARATOR, '').trim() };
}

/**
 * Returns a label in comparable form: lowercase, typographic apostrophes made
 * plain, leading emoji or punctuation and a trailing colon removed, spaces collapsed.
 * `**💡 Pro Tip:**` and `**pro tip**` both give `pro tip`.
 */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Splits a paragraph at each source line that opens with a label that
 * `isLabel` accepts, so `**Real Challenge**: ...` and `**Your Task**: ...`
 * written on consecutive lines become two segments. Lines that open with any
 * other bold text continue the segment before them.
 */
export function splitAtLabels(block: TextBlock, isLabel: (label: BoldLabel) => boolean): LabelledSegment[] {
  const segments: { label?: BoldLabel; parts: string[]; line: number }[] = [];
  const lines = block.content.split('\n');

  lines.forEach((sourceLine, offset) => {
    const text = sourceLine.trim();
    const label = readBoldLabel(text);

    if (label !== undefined && isLabel(label)) {
      segments.push({ label, parts: [label.rest], line: block.line + offset });
    } else if (segments.length === 0) {
      segments.push({ parts: [text], line: block.line + offset });
    } else {
      segments[segments.length - 1].parts.push(text);
    }
  });

  return segments.map(({ label, parts, line }) => {
    const segment: LabelledSegment = { text: foldText(parts.join(' ')), line };
    if (label !== undefined) {
      segment.label = label;
    }
    return segment;
  });
}

/** Returns inline markdown on one line: line breaks and the spaces around them become one space. */
export function foldText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Returns a list item's text without its task marker, folded onto one line. */
export function itemText(block: TextBlock): string {
  const content = block.listItem?.checkbox ? block.content.replace(/^\[[ xX]\]/, '') : block.content;
  return foldText(content);
}
