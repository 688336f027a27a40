import * as assert from 'assert';
import { summarizeResult } from '../../src/core/indexing/kataSummary';
import { KataIndex } from '../../src/core/kataIndex';
import type { ParseResult } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

const WORKSPACE = '/workspace';

interface KataSpec {
  id: string;
  category?: string;
  difficulty?: number;
}

function kataFile(filePath: string, spec: KataSpec): ParseResult {
  const lines = ['---', `kata_id: ${spec.id}`];
  if (spec.category !== undefined) {
    lines.push(`kata_category: [${spec.category}]`);
  }
  if (spec.difficulty !== undefined) {
    lines.push(`kata_difficulty: ${spec.difficulty}`);
  }
  lines.push('---', '## Practice Tasks', '', '### Task 1: Go', '', '- [ ] Step', '');
  return parseKataFile(lines.join('\n'), filePath);
}

/** Returns the full result of every file, sorted by path. */
function resultsOf(index: KataIndex): ParseResult[] {
  return index
    .files()
    .map((file) => file.summary.filePath)
    .sort()
    .map((filePath) => index.resultOf(filePath) as ParseResult);
}

function hubFile(filePath: string): ParseResult {
  return parseKataFile('---\ntitle: Hub\n---\n# Hub\n', filePath);
}

describe('KataIndex', () => {
  it('stores katas and other files', () => {
    const index = new KataIndex();
    index.set(kataFile('/workspace/b/200-b.md', { id: 'b-200', category: 'beta' }), WORKSPACE);
    index.set(hubFile('/workspace/b/README.md'), WORKSPACE);

    assert.deepStrictEqual(
      index.katas.map((kata) => kata.id),
      ['b-200'],
    );
    assert.strictEqual(resultsOf(index).length, 2);
    assert.strictEqual(index.findById('b-200')?.filePath, '/workspace/b/200-b.md');
    assert.strictEqual(index.findByFile('/workspace/b/200-b.md')?.id, 'b-200');
    assert.strictEqual(index.findByFile('/workspace/b/README.md'), undefined);
    assert.strictEqual(index.findById('missing'), undefined);
  });

  it('sorts categories and katas', () => {
    const index = new KataIndex();
    index.set(kataFile('/workspace/z/300-c.md', { id: 'c', category: 'zeta', difficulty: 3 }), WORKSPACE);
    index.set(kataFile('/workspace/z/100-unset.md', { id: 'unset', category: 'zeta' }), WORKSPACE);
    index.set(kataFile('/workspace/z/200-b.md', { id: 'b', category: 'zeta', difficulty: 1 }), WORKSPACE);
    index.set(kataFile('/workspace/z/100-a.md', { id: 'a', category: 'zeta', difficulty: 1 }), WORKSPACE);
    index.set(kataFile('/workspace/a/100-x.md', { id: 'x', category: 'alpha', difficulty: 2 }), WORKSPACE);
    index.set(kataFile('/workspace/none.md', { id: 'none' }), WORKSPACE);

    const categories = index.categories();

    assert.deepStrictEqual(
      categories.map((category) => category.name),
      ['alpha', 'uncategorized', 'zeta'],
    );
    assert.deepStrictEqual(
      categories[2].katas.map((kata) => kata.id),
      ['a', 'b', 'c', 'unset'],
    );
  });

  it('keeps the first of duplicate ids', () => {
    const index = new KataIndex();
    index.set(kataFile('/workspace/b/dup.md', { id: 'same' }), WORKSPACE);
    index.set(kataFile('/workspace/a/dup.md', { id: 'same' }), WORKSPACE);

    assert.strictEqual(index.findById('same')?.filePath, '/workspace/a/dup.md');
    assert.strictEqual(index.katas.length, 1);
    assert.strictEqual(index.kataCount, 1);
    assert.strictEqual(index.findByFile('/workspace/b/dup.md'), undefined);

    const second = resultsOf(index).find((result) => result.filePath === '/workspace/b/dup.md');
    assert.ok(second);
    assert.strictEqual(second.problems.length, 1);
    assert.strictEqual(second.problems[0].code, 'duplicate-kata-id');
    assert.strictEqual(second.problems[0].severity, 'error');
    assert.strictEqual(second.problems[0].line, 2);
    assert.match(second.problems[0].message, /a\/dup\.md/);

    const first = resultsOf(index).find((result) => result.filePath === '/workspace/a/dup.md');
    assert.deepStrictEqual(first?.problems, []);
  });

  it('clears duplicate problems on delete', () => {
    const index = new KataIndex();
    const original = kataFile('/workspace/b/dup.md', { id: 'same' });
    index.set(kataFile('/workspace/a/dup.md', { id: 'same' }), WORKSPACE);
    index.set(original, WORKSPACE);

    index.delete('/workspace/a/dup.md');

    assert.strictEqual(index.findById('same')?.filePath, '/workspace/b/dup.md');
    assert.deepStrictEqual(resultsOf(index)[0].problems, []);
    assert.deepStrictEqual(original.problems, [], 'the stored result is not changed');
  });

  it('deletes and replaces entries', () => {
    const index = new KataIndex();
    index.set(kataFile('/workspace/k.md', { id: 'old-id', category: 'one' }), WORKSPACE);
    index.set(kataFile('/workspace/k.md', { id: 'new-id', category: 'two' }), WORKSPACE);

    assert.strictEqual(index.findById('old-id'), undefined);
    assert.strictEqual(index.findById('new-id')?.category, 'two');
    assert.strictEqual(resultsOf(index).length, 1);

    index.delete('/workspace/k.md');

    assert.strictEqual(index.katas.length, 0);
    assert.strictEqual(index.kataCount, 0);
    assert.strictEqual(resultsOf(index).length, 0);
    assert.deepStrictEqual(index.categories(), []);
  });

  it('replaces all entries at once', () => {
    const index = new KataIndex();
    index.set(kataFile('/workspace/gone.md', { id: 'gone' }), WORKSPACE);
    let notifications = 0;
    index.onDidChange(() => notifications++);

    index.replaceAll([
      { summary: summarizeResult(kataFile('/workspace/a.md', { id: 'a-id' })), workspaceFolder: WORKSPACE },
      { summary: summarizeResult(hubFile('/workspace/README.md')), workspaceFolder: WORKSPACE },
    ]);

    assert.strictEqual(notifications, 1);
    assert.strictEqual(index.findById('gone'), undefined);
    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['a-id']);
    assert.strictEqual(resultsOf(index).length, 2);
  });

  it('records workspace folders', () => {
    const index = new KataIndex();
    index.set(kataFile('/one/k.md', { id: 'k1' }), '/one');
    index.set(kataFile('/two/k.md', { id: 'k2' }), '/two');

    assert.strictEqual(index.workspaceFolderOf('k1'), '/one');
    assert.strictEqual(index.workspaceFolderOf('k2'), '/two');
    assert.strictEqual(index.workspaceFolderOf('k3'), undefined);
  });

  it('notifies listeners after changes', () => {
    const index = new KataIndex();
    const seen: number[] = [];
    const dispose = index.onDidChange(() => seen.push(index.katas.length));

    index.set(kataFile('/workspace/a.md', { id: 'a' }), WORKSPACE);
    index.set(kataFile('/workspace/b.md', { id: 'b' }), WORKSPACE);
    index.delete('/workspace/missing.md');
    index.delete('/workspace/a.md');
    index.clear();
    index.clear();
    dispose();
    index.set(kataFile('/workspace/c.md', { id: 'c' }), WORKSPACE);

    assert.deepStrictEqual(seen, [1, 2, 1, 0]);
  });
});
