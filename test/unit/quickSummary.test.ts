// The quick summary must never disagree with the full parser: whenever it
// returns a summary, that summary equals the one built from the full parse.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { readFlatYaml } from '../../src/core/indexing/flatYaml';
import { summarizeResult } from '../../src/core/indexing/kataSummary';
import { quickSummary } from '../../src/core/indexing/quickSummary';
import { parseKataBytes } from '../../src/core/parser';
import { findSharedKatas, listMarkdownFiles, PROJECT_ROOT } from './sharedCorpus';

const SEED = 20261205;
const encoder = new TextEncoder();

function fullSummary(bytes: Uint8Array, filePath: string) {
  return summarizeResult(parseKataBytes(bytes, filePath));
}

/** Asserts that the quick summary, when it decides, equals the full one; returns whether it decided. */
function assertAgrees(bytes: Uint8Array, filePath: string): boolean {
  const quick = quickSummary(bytes, filePath);
  if (quick === undefined) {
    return false;
  }
  const full = fullSummary(bytes, filePath);
  assert.deepStrictEqual(quick.kata, full.kata, `kata summary differs for ${filePath}`);
  assert.strictEqual(quick.notKataReason, full.notKataReason, `reason differs for ${filePath}`);
  assert.strictEqual(quick.broken, full.broken, `broken flag differs for ${filePath}`);
  return true;
}

describe('quickSummary', () => {
  it('agrees with the parser on the samples', () => {
    const files = listMarkdownFiles(path.join(PROJECT_ROOT, 'samples'));
    assert.ok(files.length >= 4, `only ${files.length} sample files`);

    const decided = files.filter((file) => assertAgrees(fs.readFileSync(file), file));

    assert.strictEqual(decided.length, files.length, 'the samples use only flat front matter');
  });

  it('agrees with the parser on the corpus', function () {
    const folder = findSharedKatas();
    if (folder === undefined) {
      console.log('    skipped: the shared kata corpus is not next to the project');
      this.skip();
    }
    const files = listMarkdownFiles(folder);

    const decided = files.filter((file) => assertAgrees(fs.readFileSync(file), file));
    // Katas without a front matter title take their title from the body, which needs the full parse.
    const katas = files.filter((file) => {
      const result = parseKataBytes(fs.readFileSync(file), file);
      return result.kata !== undefined && typeof result.frontMatter?.title === 'string';
    });
    const quickKatas = decided.filter((file) => quickSummary(fs.readFileSync(file), file)?.kata !== undefined);

    // Most real katas must take the quick path, or a cold scan costs a full parse per kata.
    assert.ok(quickKatas.length >= katas.length * 0.9, `only ${quickKatas.length} of ${katas.length} katas took the quick path`);
  });

  const cases: [string, string, 'kata' | 'other' | 'undecided'][] = [
    ['plain kata', '---\nkata_id: a-100\ntitle: "Kata: First"\nkata_category:\n  - alpha\nkata_difficulty: 2\n---\n# X\n', 'kata'],
    ['flow lists', "---\nkata_id: 'a-100'\ntitle: First\nkata_category: [alpha, 'beta']\nprerequisite_katas: []\n---\n", 'kata'],
    ['CRLF and BOM', '\uFEFF---\r\nkata_id: a-100\r\ntitle: First\r\n---\r\nBody\r\n', 'kata'],
    ['comments', '---\n# identity\nkata_id: a-100 # the id\ntitle: First\n---\n', 'kata'],
    ['hub page', '---\ntitle: Hub\n---\n# Hub\n', 'other'],
    ['no front matter', '# Just a page\n', 'other'],
    ['block scalar', '---\nkata_id: a-100\ntitle: First\ndescription: |\n  Long text\n---\n', 'undecided'],
    ['no title', '---\nkata_id: a-100\n---\n# Heading title\n', 'undecided'],
    ['numeric id', '---\nkata_id: 100\ntitle: First\n---\n', 'undecided'],
    ['duplicate key', '---\nkata_id: a\nkata_id: b\ntitle: First\n---\n', 'undecided'],
    ['unclosed block', '---\nkata_id: a-100\ntitle: First\n', 'undecided'],
    ['comment before block', '<!-- lint -->\n---\nkata_id: a-100\n---\n', 'undecided'],
    ['nested mapping', '---\nkata_id: a-100\ntitle: First\nmeta:\n  owner: me\n---\n', 'undecided'],
    ['invalid YAML', '---\nkata_id: [a]-[100]\ntitle: First\n---\n', 'undecided'],
    ['UTF-16', '\uFFFE', 'undecided'],
  ];
  for (const [name, text, expected] of cases) {
    it(`handles ${name}`, () => {
      const bytes = name === 'UTF-16' ? new Uint8Array([0xff, 0xfe, 0x2d, 0x00]) : encoder.encode(text);
      const quick = quickSummary(bytes, '/ws/k.md');
      const decided = assertAgrees(bytes, '/ws/k.md');

      assert.strictEqual(decided, expected !== 'undecided');
      if (expected !== 'undecided') {
        assert.strictEqual(quick?.kata !== undefined, expected === 'kata');
      }
    });
  }

  it('agrees on generated front matter', () => {
    const scalar = fc.oneof(
      fc.constantFrom('alpha', 'a-100', '2025-09-18', '3', '007', '1.5', 'true', 'null', '~', '', '-x', 'a: b', 'a #b', "it's", '.inf', '0x1F', '[x]', '&a', '*a', '!t'),
      fc.string({ maxLength: 12 }),
    );
    const quoted = fc.oneof(scalar, scalar.map((text) => JSON.stringify(text)), scalar.map((text) => `'${text.replace(/'/g, "''")}'`));
    const value = fc.oneof(
      quoted,
      fc.array(quoted, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      fc.array(quoted, { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((item) => `  - ${item}`).join('\n')}`),
    );
    const key = fc.constantFrom('kata_id', 'title', 'kata_category', 'kata_difficulty', 'estimated_time_minutes', 'prerequisite_katas', 'tags', 'description');
    const block = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((entries) => entries.map(([name, text]) => `${name}:${text.startsWith('\n') ? '' : ' '}${text}`).join('\n'));

    let decided = 0;
    fc.assert(
      fc.property(block, (text) => {
        if (assertAgrees(encoder.encode(`---\n${text}\n---\n# Title\n`), '/ws/generated.md')) {
          decided++;
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
    assert.ok(decided > 300, `only ${decided} of 1500 generated blocks were decided`);
  });
});

describe('readFlatYaml', () => {
  it('reads scalars as js-yaml does', () => {
    const scalar = fc.oneof(
      fc.constantFrom('0', '12', '012', '1_000', '-3', '+4', '1e3', '.5', '.NaN', 'True', 'FALSE', 'Null', '2025-01-01', 'a b', 'é', '"x\\ty"', "'a''b'", '"\\u00e9"'),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(scalar, (text) => {
        const flat = readFlatYaml([`key: ${text}`], 2);
        if (flat === undefined) {
          return;
        }
        let expected: unknown;
        try {
          expected = (yaml.load(`key: ${text}`, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>).key;
        } catch {
          assert.fail(`js-yaml rejects "key: ${text}", which readFlatYaml read as ${JSON.stringify(flat.values.get('key'))}`);
        }
        assert.deepStrictEqual(flat.values.get('key'), expected, `value of "key: ${text}"`);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('records key lines', () => {
    const flat = readFlatYaml(['# c', 'a: 1', 'b:', '  - x', '', 'c: y'], 2);

    assert.deepStrictEqual(flat?.keyLines, { a: 3, b: 4, c: 7 });
    assert.deepStrictEqual(flat?.values.get('b'), ['x']);
  });
});
