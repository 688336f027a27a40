// Keeps DIAGNOSTIC_RULES, the validator and docs/diagnostics.md in step.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParseResult } from '../../src/core/model';
import { parseKataBytes, parseKataFile } from '../../src/core/parser';
import { DIAGNOSTIC_RULES } from '../../src/core/validation';
import { kataFrontMatterSchema } from '../../src/core/validation/frontMatterSchema';
import { PROJECT_ROOT } from './sharedCorpus';
import { CLEAN_BODY, kataText, validate } from './validationTestSupport';

const DOCS_PATH = path.join(PROJECT_ROOT, 'docs', 'diagnostics.md');

/** Returns the cells of every table row whose first cell is a code span, keyed by that code. */
function readTableRows(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const code = /^`([^`]+)`$/.exec(cells[1] ?? '');
    if (line.startsWith('|') && code) {
      rows.set(code[1], cells.slice(2, -1));
    }
  }
  return rows;
}

/** Returns the text under a `## heading` of the docs, up to the next `## ` heading. */
function readSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/diagnostics.md has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Files that together trigger every rule except parse-failed. */
function filesForEveryRule(): ParseResult[] {
  const texts: Record<string, string> = {
    '/ws/yaml.md': '---\ntitle: Hub\n  bad: indentation\n---\n',
    '/ws/missing-id.md': '---\nkata_category: [testing]\n---\n',
    '/ws/bad-id.md': kataText({ fields: { kata_id: "'Bad Id'", kata_difficulty: '"3"' } }),
    '/ws/dup-1.md': kataText({ fields: { kata_id: 'dup', estimated_time_minutes: '23', hint_strategy: undefined } }),
    '/ws/dup-2.md': kataText({ fields: { kata_id: 'dup', scaffolding_level: 'medium', kata_difficulty: '9' } }),
    '/ws/cycle-a.md': kataText({ fields: { kata_id: 'cycle-a', prerequisite_katas: '[cycle-b, nowhere]' } }),
    '/ws/cycle-b.md': kataText({ fields: { kata_id: 'cycle-b', prerequisite_katas: '[cycle-a]' } }),
    '/ws/no-tasks.md': kataText({ fields: { kata_id: 'no-tasks' }, body: '- [ ] Stray step\n' }),
    '/ws/empty-task.md': kataText({
      fields: { kata_id: 'empty-task' },
      body: `${CLEAN_BODY}\n## Practice Tasks\n\n### Task 9: Nothing to do\n`,
    }),
  };
  const results = Object.entries(texts).map(([filePath, text]) => parseKataFile(text, filePath));
  results.push(parseKataBytes(Buffer.from('---\nkata_id: latin-1\n---\n\ncaf\xe9\n', 'latin1'), '/ws/latin-1.md'));
  results.push(parseKataFile('<!-- markdownlint-disable MD041 -->\n---\nkata_id: late\n---\n', '/ws/late.md'));
  return results;
}

describe('diagnostic rules', () => {
  const docs = fs.readFileSync(DOCS_PATH, 'utf8');
  const codeRows = readTableRows(readSection(docs, 'Codes'));
  const fieldRows = readTableRows(readSection(docs, 'Front matter schema'));

  it('have unique codes', () => {
    const codes = DIAGNOSTIC_RULES.map((rule) => rule.code);
    assert.strictEqual(new Set(codes).size, codes.length);
  });

  it('are all in the docs with their severity', () => {
    for (const rule of DIAGNOSTIC_RULES) {
      const row = codeRows.get(rule.code);
      assert.ok(row, `${rule.code} is missing from docs/diagnostics.md`);
      assert.ok(row[0].startsWith(rule.severity), `${rule.code}: docs say ${row[0]}, the rule says ${rule.severity}`);
    }
  });

  it('are the only codes in the docs table', () => {
    const known = new Set<string>(DIAGNOSTIC_RULES.map((rule) => rule.code));
    for (const code of codeRows.keys()) {
      assert.ok(known.has(code), `docs/diagnostics.md lists ${code}, which DIAGNOSTIC_RULES does not`);
    }
  });

  it('document every schema field', () => {
    const required = new Set<string>(kataFrontMatterSchema.required);

    for (const field of Object.keys(kataFrontMatterSchema.properties)) {
      const row = fieldRows.get(field);
      assert.ok(row, `${field} is missing from docs/diagnostics.md`);
      assert.strictEqual(row[0], required.has(field) ? 'yes' : 'no', field);
    }
  });

  it('are each emitted by some input', () => {
    const emitted = new Set(validate(filesForEveryRule()).flatMap((diagnostics) => diagnostics.map((d) => d.code)));
    const expected = DIAGNOSTIC_RULES.map((rule) => rule.code).filter((code) => code !== 'parse-failed');

    assert.deepStrictEqual(
      expected.filter((code) => !emitted.has(code)),
      [],
    );
  });
});
