// Rules for kata_id in one file: missing on a file that looks like a kata, or
// not lowercase words and digits joined by hyphens.

import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import type { ParseResult, Problem, ProblemFix } from '../model';
import { slugify } from '../stepIds';
import { KATA_ID_PATTERN } from './frontMatterSchema';
import { createDiagnostic } from './rules';
import { describeValue, joinWithAnd, quote } from './text';

const KATA_ID = new RegExp(KATA_ID_PATTERN);
const KATA_TITLE = /^\s*kata\s*:/i;

// Fields that only kata front matter uses. A file with any of them is meant to be a kata.
const KATA_ONLY_FIELDS = ['kata_id', 'kata_category', 'kata_difficulty'];

/** Reports `missing-kata-id` and `invalid-kata-id` for one parsed file. */
export function checkKataId(result: ParseResult): Problem[] {
  const frontMatter = result.frontMatter;
  if (frontMatter === null) {
    return [];
  }

  const kataId = frontMatter.kata_id;
  if (kataId === undefined || kataId === null) {
    return checkMissingKataId(result, frontMatter);
  }

  if (typeof kataId === 'string' && KATA_ID.test(kataId)) {
    return [];
  }

  const suggestion = suggestKataId(result.filePath, frontMatter, kataId);
  const found = typeof kataId === 'string' ? quote(kataId) : describeValue(kataId);
  const line = kataIdLine(result);
  const fixes: ProblemFix[] = [];
  if (typeof kataId === 'string' && kataId.trim() !== '') {
    const title = l10n.t({ message: 'Change kata_id to {0}', args: [suggestion], comment: ['A quick fix; {0} is the new kata id.'] });
    fixes.push({ title, action: 'replace', line, endLine: line, find: kataId, text: suggestion });
  }
  const message = l10n.t({
    message: 'kata_id must be lowercase words and digits joined by hyphens, but it is {0}. Change it to kata_id: {1}, and update prerequisite_katas entries that name the old id.',
    args: [found, suggestion],
    comment: ['{0} is the kata id found in quotes, or a description such as "a list"; {1} is the suggested id. Keep kata_id and prerequisite_katas as written.'],
  });
  return [createDiagnostic('invalid-kata-id', line, message, { fixes })];
}

function checkMissingKataId(result: ParseResult, frontMatter: Record<string, unknown>): Problem[] {
  const clues = KATA_ONLY_FIELDS.filter((key) => key in frontMatter);
  const title = frontMatter.title;
  if (typeof title === 'string' && KATA_TITLE.test(title)) {
    clues.push(l10n.t({ message: 'a "Kata:" title', comment: ['Completes "This file has ... but no kata_id value". Keep "Kata:" as written.'] }));
  }
  if (clues.length === 0) {
    return [];
  }

  const suggestion = suggestKataId(result.filePath, frontMatter, undefined);
  const message =
    clues[0] === 'kata_id'
      ? l10n.t({
          message: 'This file has an empty kata_id but no kata_id value, so Kata Coach does not show it as a kata. Add kata_id: {0} to the front matter.',
          args: [suggestion],
          comment: ['{0} is a suggested kata id. Keep kata_id as written.'],
        })
      : l10n.t({
          message: 'This file has {0} but no kata_id value, so Kata Coach does not show it as a kata. Add kata_id: {1} to the front matter.',
          args: [joinWithAnd(clues), suggestion],
          comment: ['{0} lists what makes the file look like a kata, such as "kata_category and a "Kata:" title"; {1} is a suggested kata id. Keep kata_id as written.'],
        });

  // The new line goes right after the opening `---`; an empty kata_id line is left for the author.
  const fixes: ProblemFix[] = [];
  if (!('kata_id' in frontMatter)) {
    const title = l10n.t({ message: 'Add kata_id: {0}', args: [suggestion], comment: ['A quick fix that adds the front matter line "kata_id: {0}". Keep kata_id as written.'] });
    fixes.push({ title, action: 'insert', line: 2, text: `kata_id: ${suggestion}` });
  }
  return [createDiagnostic('missing-kata-id', kataIdLine(result), message, { fixes })];
}

/**
 * Returns the line to report id problems on: the kata's id line, else the line
 * of the parser's own id problem, else line 1 (the opening `---`).
 */
function kataIdLine(result: ParseResult): number {
  const parserProblem = result.problems.find((problem) => problem.code === 'invalid-kata-id');
  return result.kata?.idLine ?? parserProblem?.line ?? 1;
}

/**
 * Suggests an id: the written id made lowercase and hyphenated, else the
 * category and file name, as in `my-category-100-first-kata`.
 */
function suggestKataId(filePath: string, frontMatter: Record<string, unknown>, written: unknown): string {
  const unlimited = Number.MAX_SAFE_INTEGER;
  const fromWritten = typeof written === 'string' ? slugify(written, unlimited) : '';
  if (fromWritten !== '') {
    return fromWritten;
  }

  const categories = frontMatter.kata_category;
  const category = Array.isArray(categories) ? categories[0] : categories;
  const fileName = path.basename(filePath, path.extname(filePath));
  const parts = typeof category === 'string' ? [category, fileName] : [fileName];
  return slugify(parts.join('-'), unlimited) || 'my-kata';
}
