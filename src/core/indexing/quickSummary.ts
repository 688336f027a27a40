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

import { summarizeKata, type FileSummary, type KataSummary } from './kataSummary';
import { toStringList } from '../frontMatterTypes';
import { readFlatYaml, type FlatYaml } from './flatYaml';

const DELIMITER = /^---[ \t]*$/;
const CLOSING = Buffer.from('\n---');
const KATA_TITLE_PREFIX = /^\s*kata\s*:\s*/i;

const decoder = new TextDecoder('utf-8');

/** Returns the file's summary, or undefined when only the full parser can tell. */
export function quickSummary(bytes: Uint8Array, filePath: string): FileSummary | undefined {
  // UTF-16 files need the full decoder's handling.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return undefined;
  }

  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] !== 0x2d) {
    return startsLikeMisplacedFrontMatter(bytes, start) ? undefined : { filePath, notKataReason: 'no YAML front matter' };
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
  const title = yaml.values.get('title');
  const cleanTitle = typeof title === 'string' ? title.replace(KATA_TITLE_PREFIX, '').trim() : '';
  // Without a usable title the parser falls back to the first `#` heading of the body.
  if (cleanTitle === '') {
    return undefined;
  }

  const categories = toStringList(yaml.values.get('kata_category'))
    .map((category) => category.trim())
    .filter((category) => category !== '');

  const kata: KataSummary = {
    id,
    title: cleanTitle,
    category: categories[0] ?? 'uncategorized',
    categories,
    prerequisites: toStringList(yaml.values.get('prerequisite_katas')),
    tags: toStringList(yaml.values.get('tags')),
    technologies: toStringList(yaml.values.get('technologies')),
    searchKeywords: toStringList(yaml.values.get('search_keywords')),
    filePath,
  };

  const difficulty = yaml.values.get('kata_difficulty');
  if (typeof difficulty === 'number' && Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5) {
    kata.difficulty = difficulty;
  }

  const minutes = yaml.values.get('estimated_time_minutes');
  if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) {
    kata.estimatedMinutes = minutes;
  }

  const description = yaml.values.get('description');
  if (typeof description === 'string') {
    kata.description = description;
  }

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
