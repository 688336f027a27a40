// Reads a file's summary from its bytes without the full parse, which is what
// makes a first scan of thousands of files cost little more than reading them.
//
// It decodes only the front matter and reads it with a small subset of YAML:
// top-level `key: value` lines whose values are plain or quoted scalars, flow
// sequences of scalars, or block sequences of scalars. Anything else (block
// scalars, anchors, nested mappings, a duplicate key, a misplaced block) makes
// it return undefined, and the caller parses the file fully. Whenever it does
// return a summary, that summary equals the full parser's; tests check this on
// every kata they can find.

import { NO_FRONT_MATTER_REASON, summarizeKata, type FileSummary, type KataSummary } from './kataSummary';
import { cleanKataTitle, readKataFields } from '../kataFields';
import { readFlatYaml, type FlatYaml } from './flatYaml';

const DELIMITER = /^---[ \t]*$/;
const CLOSING = Buffer.from('\n---');

const decoder = new TextDecoder('utf-8');

/** Returns the file's summary, or undefined when only the full parser can tell. */
export function quickSummary(bytes: Uint8Array, filePath: string): FileSummary | undefined {
  // UTF-16 files need the full decoder's handling.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return undefined;
  }

  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] !== 0x2d) {
    return startsLikeMisplacedFrontMatter(bytes, start) ? undefined : { filePath, notKataReason: NO_FRONT_MATTER_REASON };
  }

  const lines = frontMatterLines(bytes, start);
  if (lines === undefined) {
    return undefined;
  }

  const yaml = readFlatYaml(lines, 2);
  if (yaml === undefined) {
    return undefined;
  }

  const kataId = yaml.values.get('kata_id');
  if (!yaml.values.has('kata_id') || kataId === null) {
    return { filePath, notKataReason: 'front matter has no kata_id (a hub or reference page)' };
  }
  if (typeof kataId !== 'string' || kataId.trim() === '') {
    return undefined;
  }
  return kataSummaryOf(kataId.trim(), yaml, filePath);
}

function kataSummaryOf(id: string, yaml: FlatYaml, filePath: string): FileSummary | undefined {
  // Without a usable title the parser falls back to the first `#` heading of the body.
  const title = cleanKataTitle(yaml.values.get('title'));
  if (title === undefined) {
    return undefined;
  }

  const kata: KataSummary = { id, title, ...readKataFields(Object.fromEntries(yaml.values)), filePath };
  const idLine = yaml.keyLines.kata_id;
  if (idLine !== undefined) {
    kata.idLine = idLine;
  }
  kata.frontMatterLines = yaml.keyLines;
  return { filePath, kata: summarizeKata(kata) };
}

/**
 * Returns the lines between the opening and closing `---`, or undefined when
 * the first line is not a delimiter or no closing delimiter is found. Only the
 * block is decoded: searching the bytes is much cheaper than decoding the file.
 */
function frontMatterLines(bytes: Uint8Array, start: number): string[] | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firstLineEnd = buffer.indexOf(0x0a, start);
  if (firstLineEnd < 0 || !DELIMITER.test(decoder.decode(bytes.subarray(start, firstLineEnd)).replace(/\r$/, ''))) {
    return undefined;
  }

  // A closing delimiter starts a line; `---` inside a line does not count.
  for (let candidate = buffer.indexOf(CLOSING, firstLineEnd); candidate >= 0; candidate = buffer.indexOf(CLOSING, candidate + 1)) {
    const lineEnd = buffer.indexOf(0x0a, candidate + 1);
    const line = decoder.decode(bytes.subarray(candidate + 1, lineEnd < 0 ? bytes.length : lineEnd)).replace(/\r$/, '');
    if (DELIMITER.test(line)) {
      // A closing delimiter on the last line is rare, so the full parser handles it.
      if (lineEnd < 0) {
        return undefined;
      }
      const block = decoder.decode(bytes.subarray(firstLineEnd + 1, candidate + 1));
      // A lone `\r` line break is rare and counted differently, so such files take the full parse.
      if (/\r(?!\n)/.test(block)) {
        return undefined;
      }
      return block.split(/\r?\n/).slice(0, -1);
    }
  }
  return undefined;
}

/** Returns true when blank lines or an HTML comment come first, which the parser checks for a misplaced block. */
function startsLikeMisplacedFrontMatter(bytes: Uint8Array, start: number): boolean {
  let index = start;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)) {
    index++;
  }
  // `<` starts an HTML comment; `-` after blank lines may be a `---` block.
  return bytes[index] === 0x3c || (index > start && bytes[index] === 0x2d);
}
