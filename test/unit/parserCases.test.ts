// Runs every tricky input of the shared parser cases against its expected result.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseKataFile } from '../../src/core/parser';
import { findSharedKatas } from './sharedCorpus';

interface ExpectedCase {
  checkboxes: { line: number; checked: boolean; text: string }[];
  frontmatter: Record<string, unknown> | null;
  error?: string;
}

const casesFolder = (() => {
  const shared = findSharedKatas();
  return shared === undefined ? undefined : path.join(shared, 'parser-cases');
})();

function listCases(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort();
}

describe('parser cases', function () {
  if (casesFolder === undefined || !fs.existsSync(casesFolder)) {
    it('skipped without the shared parser cases', function () {
      console.log(`    skipped: no parser cases folder next to the project (looked for ${casesFolder ?? '../shared/katas'})`);
      this.skip();
    });
    return;
  }

  const folder = casesFolder;

  it('has case files to run', () => {
    assert.ok(listCases(folder).length >= 10, 'expected at least 10 parser cases');
  });

  for (const name of listCases(folder)) {
    describe(name, () => {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const expectedPath = path.join(folder, name.replace(/\.md$/, '.expected.json'));
      const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8')) as ExpectedCase;
      const result = parseKataFile(text, path.join(folder, name));

      it('finds the expected checkboxes', () => {
        const found = result.checkboxes.map(({ line, checked, text: checkboxText }) => ({
          line,
          checked,
          text: checkboxText,
        }));
        assert.deepStrictEqual(found, expected.checkboxes);
      });

      it('reads the expected front matter', () => {
        assert.deepStrictEqual(result.frontMatter, expected.frontmatter);
      });

      it(expected.error ? 'reports a problem' : 'reports no problem', () => {
        if (expected.error) {
          assert.ok(result.problems.length > 0, `expected a problem like: ${expected.error}`);
          assert.strictEqual(result.problems[0].code, 'invalid-yaml');
        } else {
          assert.deepStrictEqual(result.problems, []);
        }
      });

      it('puts every checkbox in one section', () => {
        if (!result.kata) {
          return;
        }
        const stepLines = result.kata.sections.flatMap((section) => section.steps.map((step) => step.line));
        assert.deepStrictEqual(
          stepLines,
          expected.checkboxes.map((checkbox) => checkbox.line),
        );
      });
    });
  }
});
