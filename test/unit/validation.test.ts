// Per-file validation: parser problems, kata ids, and files that are not katas.

import * as assert from 'assert';
import type { ParseResult } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { SAMPLE_KATA_FILE_NAME, SAMPLE_KATA_TEXT } from '../../src/core/sampleKata';
import { kataText, keyLine, single, validate, validateText } from './validationTestSupport';

describe('validateKataFiles per file', () => {
  it('reports nothing for a clean kata', () => {
    assert.deepStrictEqual(validateText(kataText()), []);
  });

  it('reports nothing for the sample kata', () => {
    assert.deepStrictEqual(validateText(SAMPLE_KATA_TEXT, `/workspace/${SAMPLE_KATA_FILE_NAME}`), []);
  });

  it('reports nothing for a hub page', () => {
    const hub = '---\ntitle: Deployment Katas\ndescription: Every deployment kata\n---\n# Katas\n\n- [ ] Read me\n';
    assert.deepStrictEqual(validateText(hub, '/virtual/README.md'), []);
  });

  it('reports nothing without front matter', () => {
    assert.deepStrictEqual(validateText('# Notes\n\n- [ ] A todo\n', '/virtual/notes.md'), []);
  });

  it('reports invalid YAML at its position', () => {
    const text = '---\ntitle: Fine\nkata_id: [category]-100-name\n---\n# Broken\n';
    const diagnostics = validateText(text);

    const invalid = single(diagnostics, 'invalid-yaml');
    assert.strictEqual(invalid.severity, 'error');
    assert.strictEqual(invalid.line, 3);
    assert.strictEqual(invalid.column, 20);
    assert.match(invalid.message, /Invalid YAML/);
    assert.match(invalid.message, /in quotes/);
    assert.strictEqual(diagnostics.length, 1);
  });

  it('reports invalid YAML in a hub page', () => {
    const text = '---\ntitle: Hub\n  bad: indentation\n---\n';
    const invalid = single(validateText(text, '/virtual/README.md'), 'invalid-yaml');

    assert.strictEqual(invalid.severity, 'error');
    assert.strictEqual(invalid.line, 3);
  });

  it('reports unclosed front matter', () => {
    const invalid = single(validateText('---\nkata_id: open-100\n# No closing line\n'), 'invalid-yaml');

    assert.strictEqual(invalid.line, 1);
    assert.match(invalid.message, /closing "---"/);
  });

  it('passes parse-failed through', () => {
    const failed: ParseResult = {
      filePath: '/virtual/failed.md',
      frontMatter: null,
      checkboxes: [],
      problems: [{ code: 'parse-failed', severity: 'error', line: 1, column: 1, message: 'The parser failed.' }],
    };

    assert.deepStrictEqual(validate([failed])[0], failed.problems);
  });

  describe('missing-kata-id', () => {
    it('reports kata fields without kata_id', () => {
      const text = kataText({ fields: { kata_id: undefined } });
      const missing = single(validateText(text, '/ws/katas/testing/100-first.md'), 'missing-kata-id');

      assert.strictEqual(missing.severity, 'error');
      assert.strictEqual(missing.line, 1);
      assert.strictEqual(missing.column, 1);
      assert.match(missing.message, /kata_category, kata_difficulty and a "Kata:" title/);
      assert.match(missing.message, /Add kata_id: testing-100-first/);
    });

    it('reports a Kata: title alone', () => {
      const text = "---\ntitle: 'Kata: Deploy'\n---\n# Deploy\n";
      const missing = single(validateText(text, '/ws/deploy.md'), 'missing-kata-id');

      assert.match(missing.message, /a "Kata:" title/);
      assert.match(missing.message, /Add kata_id: deploy/);
    });

    it('reports an empty kata_id', () => {
      const text = '---\nkata_id:\ntitle: Plain\n---\n';
      const missing = single(validateText(text, '/ws/empty-id.md'), 'missing-kata-id');

      assert.match(missing.message, /an empty kata_id/);
      assert.match(missing.message, /kata_id: empty-id/);
    });

    it('ignores a title without the Kata: prefix', () => {
      assert.deepStrictEqual(validateText('---\ntitle: Katas overview\n---\n'), []);
    });
  });

  describe('invalid-kata-id', () => {
    it('reports uppercase and spaces with a fixed id', () => {
      const text = kataText({ fields: { kata_id: "'Testing 100 Baseline'" } });
      const invalid = single(validateText(text), 'invalid-kata-id');

      assert.strictEqual(invalid.severity, 'error');
      assert.strictEqual(invalid.line, keyLine(text, 'kata_id'));
      assert.match(invalid.message, /"Testing 100 Baseline"/);
      assert.match(invalid.message, /Change it to kata_id: testing-100-baseline/);
    });

    it('reports a doubled hyphen', () => {
      const invalid = single(validateText(kataText({ fields: { kata_id: 'testing--100' } })), 'invalid-kata-id');
      assert.match(invalid.message, /kata_id: testing-100,/);
    });

    it('replaces the parser warning for a number', () => {
      const text = kataText({ fields: { kata_id: '100' } });
      const diagnostics = validateText(text, '/ws/katas/testing/100-numbers.md');
      const invalid = single(diagnostics, 'invalid-kata-id');

      assert.strictEqual(invalid.severity, 'error');
      assert.strictEqual(invalid.line, keyLine(text, 'kata_id'));
      assert.match(invalid.message, /the number 100/);
      assert.match(invalid.message, /kata_id: testing-100-numbers/);
      assert.strictEqual(diagnostics.length, 1);
    });

    it('suggests an id from the file for a blank id', () => {
      const invalid = single(validateText(kataText({ fields: { kata_id: "'  '" } }), '/ws/200-blank.md'), 'invalid-kata-id');
      assert.match(invalid.message, /kata_id: testing-200-blank/);
    });
  });

  it('sorts diagnostics by line and column', () => {
    const text = kataText({
      fields: { kata_difficulty: '9', tags: '[Bad Tag]' },
      body: '- [ ] Loose step\n\n## Practice Tasks\n\n### Task 1: Empty (5 minutes)\n',
    });
    const diagnostics = validateText(text);
    const positions = diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column]);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

    assert.ok(diagnostics.length >= 4, JSON.stringify(diagnostics));
    assert.deepStrictEqual(positions, sorted);
  });

  it('keeps the order of the input', () => {
    const results = [
      parseKataFile(kataText({ fields: { kata_id: 'b', kata_difficulty: '9' } }), '/virtual/b.md'),
      parseKataFile(kataText({ fields: { kata_id: 'a' } }), '/virtual/a.md'),
      parseKataFile('---\ntitle: Hub\n  bad: indentation\n---\n', '/virtual/c.md'),
    ];

    assert.deepStrictEqual(
      validate(results).map((diagnostics) => diagnostics.map((diagnostic) => diagnostic.code)),
      [['value-out-of-range'], [], ['invalid-yaml']],
    );
  });
});
