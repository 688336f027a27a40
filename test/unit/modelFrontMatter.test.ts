// Front matter key lines and the typed front matter interface.

import * as assert from 'assert';
import { findTopLevelKeyLines } from '../../src/core/frontMatter';
import type { KataFrontMatter } from '../../src/core/frontMatterTypes';
import { parseKataFile } from '../../src/core/parser';

describe('kata model front matter', () => {
  describe('findTopLevelKeyLines', () => {
    it('finds each top-level key', () => {
      const text = [
        '---', // 1
        'title: "Kata: Demo"', // 2
        'kata_id: demo-100', // 3
        'learning_objectives:', // 4
        '  - first', // 5
        '  - nested: not a key', // 6
        'description: >', // 7
        '  folded text', // 8
        '# comment: not a key', // 9
        'ms.date: 2025-01-24', // 10
        '"quoted_key": 1', // 11
        '---', // 12
        'after: not front matter', // 13
      ].join('\n');

      assert.deepStrictEqual(findTopLevelKeyLines(text), {
        title: 2,
        kata_id: 3,
        learning_objectives: 4,
        description: 7,
        'ms.date': 10,
        quoted_key: 11,
      });
    });

    it('keeps the first line of a repeated key', () => {
      assert.deepStrictEqual(findTopLevelKeyLines('---\na: 1\nb: 2\na: 3\n---\n'), { a: 2, b: 3 });
    });

    it('counts lines after a BOM and with CRLF', () => {
      assert.deepStrictEqual(findTopLevelKeyLines('\uFEFF---\r\nkata_id: x\r\ntags: []\r\n---\r\n'), {
        kata_id: 2,
        tags: 3,
      });
    });

    it('returns nothing without a closed block', () => {
      assert.deepStrictEqual(findTopLevelKeyLines('kata_id: x\n'), {});
      assert.deepStrictEqual(findTopLevelKeyLines('---\nkata_id: x\n'), {});
      assert.deepStrictEqual(findTopLevelKeyLines(''), {});
    });

    it('keeps __proto__ as a plain key', () => {
      const lines = findTopLevelKeyLines('---\n__proto__: 1\n---\n');

      assert.strictEqual(Object.getPrototypeOf(lines), Object.prototype);
      assert.deepStrictEqual(Object.keys(lines), ['__proto__']);
    });
  });

  describe('parsed kata', () => {
    it('sets frontMatterLines and idLine', () => {
      const result = parseKataFile('---\ntitle: T\ncommon_pitfalls:\n  - one\n\nkata_id: demo-100\n---\n', '/k.md');

      assert.ok(result.kata);
      assert.deepStrictEqual(result.kata.frontMatterLines, { title: 2, common_pitfalls: 3, kata_id: 6 });
      assert.strictEqual(result.kata.idLine, 6);
    });

    it('keeps scalars as written', () => {
      const result = parseKataFile('---\nkata_id: demo-100\nms.date: 2025-01-24\nkata_difficulty: 2\nextra_field: yes\n---\n', '/k.md');

      assert.ok(result.kata);
      const frontMatter: KataFrontMatter = result.kata.frontMatter;
      assert.strictEqual(frontMatter['ms.date'], '2025-01-24');
      assert.strictEqual(frontMatter.kata_difficulty, 2);
      assert.strictEqual(frontMatter.extra_field, 'yes');
    });
  });
});
