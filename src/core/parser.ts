// Turns one markdown file into a ParseResult: its front matter, every checkbox,
// and, when the front matter has a `kata_id`, the kata with its sections.

import * as l10n from '@vscode/l10n';
import { buildBodySections, findBodySection } from './bodySections';
import { readCompletionCheck } from './completion';
import { findTopLevelKeyLines, parseFrontMatter, type FrontMatterError } from './frontMatter';
import { decodeKataBytes } from './encoding';
import { collectHints } from './hints';
import { scanMarkdown, type MarkdownScan } from './markdown';
import type { Kata, ParseResult, Problem } from './model';
import { findTaskNotes } from './notes';
import { readQuickContext } from './quickContext';
import { buildSections } from './sections';
import { NO_FRONT_MATTER_REASON } from './indexing/kataSummary';
import { cleanKataTitle, readKataFields, toStringList } from './kataFields';

/** Parses a kata file. Never throws: a failure comes back as a `parse-failed` problem. */
export function parseKataFile(text: string, filePath: string): ParseResult {
  try {
    return parseOrThrow(text, filePath);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      filePath,
      frontMatter: null,
      checkboxes: [],
      notKataReason: `the parser failed: ${message}`,
      problems: [
        {
          code: 'parse-failed',
          severity: 'error',
          line: 1,
          column: 1,
          message: l10n.t({
            message: 'Kata Coach could not parse this file: {0}. Report this with the file attached.',
            args: [message],
            comment: ['{0} is the English error of the parser.'],
          }),
        },
      ],
    };
  }
}

/** Decodes a file's bytes and parses them; an encoding problem is added to the result's problems. */
export function parseKataBytes(bytes: Uint8Array, filePath: string): ParseResult {
  const decoded = decodeKataBytes(bytes);
  const result = parseKataFile(decoded.text, filePath);
  if (decoded.problem) {
    result.problems.unshift(decoded.problem);
  }
  return result;
}

function parseOrThrow(text: string, filePath: string): ParseResult {
  const frontMatter = parseFrontMatter(text);
  const scan = scanMarkdown(text);
  const result: ParseResult = {
    filePath,
    frontMatter: frontMatter.data,
    checkboxes: scan.checkboxes,
    problems: [],
  };

  if (frontMatter.error) {
    const { line, column, message } = frontMatter.error;
    result.notKataReason = `invalid YAML in front matter at line ${line}, column ${column}: ${message}`;
    result.problems.push(invalidYamlProblem(frontMatter.error));
    return result;
  }

  const data = frontMatter.data;
  if (data === null) {
    const misplaced = findMisplacedFrontMatter(text);
    if (misplaced !== undefined) {
      result.notKataReason = `its front matter starts on line ${misplaced} instead of line 1`;
      result.problems.push({
        code: 'front-matter-not-first',
        severity: 'error',
        line: misplaced,
        column: 1,
        message: l10n.t({
          message:
            'The front matter with kata_id starts on line {0}, but front matter must start on line 1, so this file is not read as a kata. Move the lines above the opening --- (such as a comment) below the closing ---.',
          args: [misplaced],
          comment: ['{0} is a line number. Keep kata_id and --- as written.'],
        }),
      });
    } else {
      result.notKataReason = NO_FRONT_MATTER_REASON;
    }
    return result;
  }

  const kataId = data.kata_id;
  if (kataId === undefined || kataId === null) {
    result.notKataReason = 'front matter has no kata_id (a hub or reference page)';
    return result;
  }

  const frontMatterLines = findTopLevelKeyLines(text);
  const idLine = frontMatterLines.kata_id;
  if (typeof kataId !== 'string' || kataId.trim() === '') {
    result.notKataReason = 'kata_id in front matter is not a non-empty string';
    result.problems.push({
      code: 'invalid-kata-id',
      severity: 'warning',
      line: idLine ?? 1,
      column: 1,
      message: l10n.t({
        message: 'kata_id must be a non-empty string such as "my-category-100-first-kata", but it is {0}.',
        args: [JSON.stringify(kataId)],
        comment: ['{0} is the value found, written as JSON, such as "" or 3. Keep kata_id and the example id as written.'],
      }),
    });
    return result;
  }

  result.kata = buildKata(kataId.trim(), data, scan, filePath, idLine);
  result.kata.frontMatterLines = frontMatterLines;
  addBodyModel(result.kata, scan);
  return result;
}

function invalidYamlProblem(error: FrontMatterError): Problem {
  return { code: 'invalid-yaml', severity: 'error', line: error.line, column: error.column, message: describeYamlError(error) };
}

/** Returns the message of an `invalid-yaml` problem in the display language. The YAML parser's own error text stays English. */
function describeYamlError(error: FrontMatterError): string {
  if (error.kind === 'unclosed') {
    return l10n.t({
      message: 'Invalid YAML in front matter: the front matter that starts on line 1 has no closing "---" line; add one after the last YAML line.',
      comment: ['Keep "---" as written.'],
    });
  }
  if (error.kind === 'not-mapping') {
    return error.found === 'list'
      ? l10n.t('Invalid YAML in front matter: front matter must be a mapping of keys to values, but it is a list.')
      : l10n.t({
          message: 'Invalid YAML in front matter: front matter must be a mapping of keys to values, but it is a {0}.',
          args: [error.found ?? 'value'],
          comment: ['{0} is a JavaScript type name, such as string, number or boolean.'],
        });
  }
  return l10n.t({
    message: 'Invalid YAML in front matter: {0}. Put values that contain "[", ":" or "#" in quotes, for example kata_id: "[category]-100-name", and check the indentation.',
    args: [error.message],
    comment: ['{0} is the English error of the YAML parser. Keep the YAML example kata_id: "[category]-100-name" as written.'],
  });
}

function buildKata(
  id: string,
  data: Record<string, unknown>,
  scan: MarkdownScan,
  filePath: string,
  idLine: number | undefined,
): Kata {
  const kata: Kata = {
    id,
    title: findTitle(data, scan) ?? id,
    ...readKataFields(data),
    learningObjectives: toStringList(data.learning_objectives),
    successCriteria: toStringList(data.success_criteria),
    commonPitfalls: toStringList(data.common_pitfalls),
    filePath,
    frontMatter: data,
    sections: buildSections(scan),
  };

  if (idLine !== undefined) {
    kata.idLine = idLine;
  }

  return kata;
}

/** Adds the body's sections, task notes, Quick Context, Completion Check and hints to the kata. */
function addBodyModel(kata: Kata, scan: MarkdownScan): void {
  kata.bodySections = buildBodySections(scan.headings, scan.lastLine);

  for (const section of kata.sections) {
    const endLine = section.endLine ?? section.line;
    if (section.kind === 'task') {
      section.notes = findTaskNotes({ line: section.line, endLine }, scan.blocks);
    }
    if (section.kind === 'task' || section.kind === 'setup') {
      section.codeBlocks = scan.codeBlocks
        .filter((block) => block.line > section.line && block.line <= endLine)
        .map((block) => ({ line: block.line, endLine: block.endLine, language: block.language, text: block.text.replace(/\n$/, '') }));
    }
  }

  const quickContextSection = findBodySection(kata.bodySections, 'quick-context');
  const quickContext = quickContextSection && readQuickContext(quickContextSection, scan.blocks);
  if (quickContext !== undefined) {
    kata.quickContext = quickContext;
  }

  const completionSection = findBodySection(kata.bodySections, 'completion-check');
  if (completionSection !== undefined) {
    kata.completion = readCompletionCheck(completionSection, scan.headings, scan.blocks);
  }

  kata.hints = collectHints(kata, scan);
}

/** Returns the front matter `title`, else the first `#` heading, without a `Kata:` prefix. */
function findTitle(data: Record<string, unknown>, scan: MarkdownScan): string | undefined {
  return cleanKataTitle(data.title) ?? cleanKataTitle(scan.headings.find((heading) => heading.level === 1)?.text);
}

/**
 * Returns the line of a `---` block with a `kata_id` key that only blank lines
 * and HTML comments precede, which authors mean as front matter (a lint
 * comment on line 1 is common). Returns undefined for any other file.
 */
function findMisplacedFrontMatter(text: string): number | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let inComment = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (inComment || line.startsWith('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    if (line === '') {
      continue;
    }
    if (line !== '---' || index === 0) {
      return undefined;
    }

    const end = lines.findIndex((candidate, position) => position > index && candidate.trim() === '---');
    const block = lines.slice(index + 1, end < 0 ? undefined : end);
    return block.some((candidate) => /^kata_id\s*:/.test(candidate)) ? index + 1 : undefined;
  }
  return undefined;
}

