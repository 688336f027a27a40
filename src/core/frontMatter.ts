// Reads the YAML front matter block at the top of a markdown file.
//
// gray-matter extracts the block and js-yaml 4 parses it with the core schema,
// so `ms.date: 2025-09-18` stays the string written instead of becoming a Date,
// while booleans and numbers keep their types.

import type * as yaml from 'js-yaml';
import { grayMatter, jsYaml } from './libraries';

/** A YAML error with a 1-based position in the file (front matter lines included). */
export interface FrontMatterError {
  /** `syntax` for YAML the parser rejects, `unclosed` for a block without its closing `---`. */
  kind: 'syntax' | 'unclosed' | 'not-mapping';
  /** The error in English, for logs and the command-line tool. */
  message: string;
  /** For `not-mapping`: what the block holds instead, `list` or a `typeof` name such as `string`. */
  found?: string;
  line: number;
  column: number;
}

export interface FrontMatterResult {
  /** The mapping; `{}` for an empty block; null when absent, unparsable or not a mapping. */
  data: Record<string, unknown> | null;
  /** 1-based line where the markdown body starts: 1 when there is no block. */
  contentStartLine: number;
  error?: FrontMatterError;
}

/** The block found by `findFrontMatterBlock`, as 1-based line numbers. */
export interface FrontMatterBlock {
  openingLine: 1;
  closingLine: number;
}

const BYTE_ORDER_MARK = '\uFEFF';
const DELIMITER = /^---[ \t]*$/;

/** Splits text into lines the way markdown-it and VS Code count them (`\r\n`, `\r` or `\n`). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * Finds the front matter block: a first line of `---` and the next line of `---`.
 * Returns `unclosed` when the first line opens a block that never closes.
 */
export function findFrontMatterBlock(lines: readonly string[]): FrontMatterBlock | 'unclosed' | undefined {
  if (lines.length === 0 || !DELIMITER.test(lines[0])) {
    return undefined;
  }

  for (let index = 1; index < lines.length; index++) {
    if (DELIMITER.test(lines[index])) {
      return { openingLine: 1, closingLine: index + 1 };
    }
  }
  return 'unclosed';
}

// A top-level key: a plain or quoted name at column 0, then a colon.
const TOP_LEVEL_KEY = /^(["']?)([A-Za-z_][\w.-]*)\1\s*:/;

/**
 * Returns the 1-based line of each top-level key of the front matter block, by
 * scanning the block's lines: YAML indents everything below the top level, so a
 * name at column 0 followed by a colon is a key. A repeated key keeps its first
 * line. Returns `{}` when there is no closed block.
 */
export function findTopLevelKeyLines(text: string): Record<string, number> {
  const lines = splitLines(stripByteOrderMark(text));
  const block = findFrontMatterBlock(lines);
  const keyLines = new Map<string, number>();
  if (block === undefined || block === 'unclosed') {
    return {};
  }

  // Lines 2 to closingLine - 1 (1-based) hold the YAML.
  for (let index = 1; index < block.closingLine - 1; index++) {
    const match = TOP_LEVEL_KEY.exec(lines[index]);
    if (match && !keyLines.has(match[2])) {
      keyLines.set(match[2], index + 1);
    }
  }

  // fromEntries defines own properties, so a key named `__proto__` stays a plain key.
  return Object.fromEntries(keyLines);
}

/**
 * Parses with js-yaml's core schema. Front matter is data, so the engines that
 * gray-matter offers for `---js` or `---coffee` blocks (which evaluate code)
 * are replaced by ones that reject the block.
 */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: (source: string): object => jsYaml().load(source, { schema: jsYaml().CORE_SCHEMA }) as object,
    javascript: rejectCodeEngine,
    js: rejectCodeEngine,
    coffee: rejectCodeEngine,
  },
};

function rejectCodeEngine(): object {
  throw new Error('front matter must be YAML, not code');
}

/**
 * Parses the front matter of `text`. Never throws: YAML errors come back in
 * `error` with their position in the file.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = splitLines(stripByteOrderMark(text));
  const block = findFrontMatterBlock(lines);

  if (block === undefined) {
    return { data: null, contentStartLine: 1 };
  }

  if (block === 'unclosed') {
    return {
      data: null,
      contentStartLine: 1,
      error: {
        kind: 'unclosed',
        message: 'the front matter that starts on line 1 has no closing "---" line; add one after the last YAML line',
        line: 1,
        column: 1,
      },
    };
  }

  const contentStartLine = block.closingLine + 1;
  const blockText = lines.slice(0, block.closingLine).join('\n') + '\n';

  let parsed: unknown;
  try {
    // Options are always passed: without them gray-matter caches the result per
    // input text, and a cached failed parse comes back later as `{}` with no error.
    parsed = grayMatter()(blockText, MATTER_OPTIONS).data;
  } catch (error) {
    return { data: null, contentStartLine, error: toFrontMatterError(error) };
  }

  if (parsed === null || parsed === undefined) {
    // A block of only `~` or `null` parses to null, which is an empty mapping in practice.
    return { data: {}, contentStartLine };
  }

  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    const found = Array.isArray(parsed) ? 'list' : typeof parsed;
    return {
      data: null,
      contentStartLine,
      error: {
        kind: 'not-mapping',
        message: `front matter must be a mapping of keys to values, but it is a ${found}`,
        found,
        line: 2,
        column: 1,
      },
    };
  }

  return { data: parsed as Record<string, unknown>, contentStartLine };
}

function toFrontMatterError(error: unknown): FrontMatterError {
  if (error instanceof jsYaml().YAMLException) {
    // gray-matter hands js-yaml the text after the opening `---`, starting with
    // that line's line break, so js-yaml's 0-based line is the file's line minus one.
    const mark = error.mark as yaml.Mark | undefined;
    return {
      kind: 'syntax',
      message: error.reason || error.message,
      line: mark ? mark.line + 1 : 2,
      column: mark ? mark.column + 1 : 1,
    };
  }

  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'syntax', message, line: 1, column: 1 };
}
