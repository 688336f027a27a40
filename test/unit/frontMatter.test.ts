import * as assert from 'assert';
import { findFrontMatterBlock, parseFrontMatter, splitLines } from '../../src/core/frontMatter';

describe('parseFrontMatter', () => {
  it('parses a mapping and finds the body start', () => {
    const result = parseFrontMatter('---\nkata_id: demo-100\nkata_difficulty: 2\n---\n# Title\n');

    assert.deepStrictEqual(result.data, { kata_id: 'demo-100', kata_difficulty: 2 });
    assert.strictEqual(result.contentStartLine, 5);
    assert.strictEqual(result.error, undefined);
  });

  it('keeps dates as strings and booleans typed', () => {
    const result = parseFrontMatter('---\nms.date: 2025-09-18\nreview: 12/15/2024\nlocal: true\nminutes: 30\n---\n');

    assert.deepStrictEqual(result.data, {
      'ms.date': '2025-09-18',
      review: '12/15/2024',
      local: true,
      minutes: 30,
    });
  });

  it('returns null without a block', () => {
    const result = parseFrontMatter('# Just a page\n\n- [ ] item\n');

    assert.strictEqual(result.data, null);
    assert.strictEqual(result.contentStartLine, 1);
    assert.strictEqual(result.error, undefined);
  });

  it('returns an empty mapping for an empty block', () => {
    assert.deepStrictEqual(parseFrontMatter('---\n---\nbody\n').data, {});
    assert.deepStrictEqual(parseFrontMatter('---\n# only a comment\n---\nbody\n').data, {});
  });

  it('reports invalid YAML on every parse', () => {
    const text = '---\nkata_id: [category]-[100]-[short-name]\nkata_difficulty: 1\n---\n\n- [ ] item\n';

    // gray-matter caches parses made without options; a cached failure would
    // come back as `{}` without an error on the second call.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const result = parseFrontMatter(text);
      assert.strictEqual(result.data, null, `attempt ${attempt}: data`);
      assert.ok(result.error, `attempt ${attempt}: error expected`);
      assert.strictEqual(result.error.kind, 'syntax');
      assert.strictEqual(result.error.line, 2, `attempt ${attempt}: line`);
      assert.strictEqual(result.error.column, 20, `attempt ${attempt}: column`);
      assert.strictEqual(result.contentStartLine, 5);
    }
  });

  it('reports YAML errors with file lines', () => {
    const result = parseFrontMatter('---\ntitle: ok\nlist:\n  - a\n bad: [\n---\n');

    assert.ok(result.error);
    assert.strictEqual(result.error.line, 5);
    assert.strictEqual(result.error.column, 2);
  });

  it('reports CRLF YAML errors with file lines', () => {
    const result = parseFrontMatter('---\r\ntitle: ok\r\nother: a: b\r\n---\r\n');

    assert.ok(result.error);
    assert.strictEqual(result.error.line, 3);
    assert.strictEqual(result.error.column, 9);
  });

  it('rejects a list as front matter', () => {
    const result = parseFrontMatter('---\n- a\n- b\n---\n');

    assert.strictEqual(result.data, null);
    assert.ok(result.error);
    assert.strictEqual(result.error.kind, 'not-mapping');
  });

  it('reports an unclosed block', () => {
    const result = parseFrontMatter('---\nkata_id: demo\n\n# Title\n');

    assert.strictEqual(result.data, null);
    assert.ok(result.error);
    assert.strictEqual(result.error.kind, 'unclosed');
    assert.strictEqual(result.error.line, 1);
  });

  it('strips a byte order mark', () => {
    const result = parseFrontMatter('\uFEFF---\nkata_id: demo\n---\nbody\n');

    assert.deepStrictEqual(result.data, { kata_id: 'demo' });
    assert.strictEqual(result.contentStartLine, 4);
  });

  it('parses CRLF line endings', () => {
    const result = parseFrontMatter('---\r\nkata_id: demo\r\ntags:\r\n  - a\r\n---\r\nbody\r\n');

    assert.deepStrictEqual(result.data, { kata_id: 'demo', tags: ['a'] });
    assert.strictEqual(result.contentStartLine, 6);
  });

  it('ends at the first closing delimiter', () => {
    const result = parseFrontMatter('---\nkata_id: demo\n---\n\n---\n\ntitle: not front matter\n');

    assert.deepStrictEqual(result.data, { kata_id: 'demo' });
    assert.strictEqual(result.contentStartLine, 4);
  });

  it('never evaluates code blocks', () => {
    const result = parseFrontMatter('---js\n{ kata_id: "x" }\n---\n');

    assert.strictEqual(result.data, null);
    assert.strictEqual(result.error, undefined);
  });
});

describe('findFrontMatterBlock', () => {
  it('accepts trailing spaces on delimiters', () => {
    assert.deepStrictEqual(findFrontMatterBlock(splitLines('--- \na: 1\n---\t\n')), { openingLine: 1, closingLine: 3 });
  });

  it('ignores a later delimiter-like line', () => {
    assert.strictEqual(findFrontMatterBlock(splitLines('# Title\n---\na: 1\n---\n')), undefined);
  });
});
