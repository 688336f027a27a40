// Validates the real kata corpus that sits next to the project in some checkouts.

import * as assert from 'assert';
import * as path from 'node:path';
import type { ParseResult, Problem } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { readCorpusFiles } from './sharedCorpus';
import { validate, withCode } from './validationTestSupport';

describe('validateKataFiles on the kata corpus', function () {

  let texts = new Map<string, string>();
  let results: ParseResult[] = [];
  let diagnostics: Problem[][] = [];

  before(function () {
    ({ texts, results } = readCorpusFiles(this));
    diagnostics = validate(results);
  });

  /** Returns each file's diagnostics with the given code, keyed by file path. */
  const byFile = (code: string): Map<string, Problem[]> =>
    new Map(
      results
        .map((result, index): [string, Problem[]] => [result.filePath, withCode(diagnostics[index], code)])
        .filter(([, found]) => found.length > 0),
    );

  it('validates every file', () => {
    assert.ok(results.length > 42, `only ${results.length} markdown files found`);
    assert.strictEqual(diagnostics.length, results.length);
  });

  it('reports nothing on hub pages', () => {
    results.forEach((result, index) => {
      if (result.kata === undefined) {
        assert.deepStrictEqual(diagnostics[index], [], result.filePath);
      }
    });
  });

  it('reports scaffolding_level medium', () => {
    const medium = [...texts]
      .filter(([, text]) => /^scaffolding_level:\s*medium\s*$/m.test(text))
      .map(([file]) => file);
    const reported = [...byFile('value-not-allowed')]
      .filter(([, found]) => found.some((diagnostic) => diagnostic.message.startsWith('scaffolding_level is "medium"')))
      .map(([file]) => file);

    assert.ok(medium.length > 0, 'no kata uses scaffolding_level: medium');
    assert.deepStrictEqual(reported, medium);
    for (const file of reported) {
      const diagnostic = byFile('value-not-allowed').get(file)?.find((found) => found.message.includes('scaffolding_level'));
      assert.ok(diagnostic, file);
      assert.strictEqual(diagnostic.severity, 'warning', file);
      assert.match(diagnostic.message, /Use one of: heavy, medium-heavy, light, minimal\./);

      // Until the parser records key lines, the diagnostic falls back to the kata_id line.
      const kata = results.find((result) => result.filePath === file)?.kata;
      const expectedKey = kata?.frontMatterLines ? 'scaffolding_level:' : 'kata_id:';
      const line = (texts.get(file) ?? '').split(/\r\n?|\n/)[diagnostic.line - 1];
      assert.ok(line.startsWith(expectedKey), `${file}:${diagnostic.line} is "${line}"`);
    }
  });

  it('reports prerequisites missing from the corpus', () => {
    const ids = new Set(results.flatMap((result) => (result.kata ? [result.kata.id] : [])));
    const missing = results.flatMap((result) =>
      (result.kata?.prerequisites ?? [])
        .filter((prerequisite) => !ids.has(prerequisite))
        .map((prerequisite) => `${result.filePath}: ${prerequisite}`),
    );
    const reported = [...byFile('unknown-prerequisite')].flatMap(([file, found]) =>
      found.map((diagnostic) => `${file}: ${/"([^"]+)" names no kata/.exec(diagnostic.message)?.[1]}`),
    );

    assert.ok(missing.length > 0, 'every prerequisite names a kata in the corpus');
    assert.deepStrictEqual(reported, missing);
  });

  it('suggests the kata a prerequisite misspells', () => {
    const suggestions = [...byFile('unknown-prerequisite').values()]
      .flat()
      .filter((diagnostic) =>
        diagnostic.message.includes('Did you mean "task-planning-500-learning-platform-extraction"?'),
      );
    assert.strictEqual(suggestions.length, 2);
  });

  it('reports only schema and prerequisite codes', () => {
    const codes = new Set(diagnostics.flat().map((diagnostic) => diagnostic.code));
    assert.deepStrictEqual(
      [...codes].sort(),
      ['missing-field', 'unknown-prerequisite', 'value-not-allowed', 'value-off-guideline'],
    );
  });

  it('reports every diagnostic inside its file', () => {
    results.forEach((result, index) => {
      const lineCount = (texts.get(result.filePath) ?? '').split(/\r\n?|\n/).length;
      for (const diagnostic of diagnostics[index]) {
        assert.ok(diagnostic.line >= 1, `${result.filePath}:${diagnostic.line}`);
        assert.ok(diagnostic.line <= lineCount, `${result.filePath}:${diagnostic.line} is past line ${lineCount}`);
        assert.ok(diagnostic.column >= 1, `${result.filePath}:${diagnostic.line}:${diagnostic.column}`);
      }
    });
  });
});
