// What the index learns about a file after its summary: step counts from a
// full model and the file's own problems. Both survive in the persisted cache,
// so kata rows and diagnostics need no read in the next window.

import * as assert from 'assert';
import { parseIndexCache, serializeIndexCache } from '../../src/core/indexing/indexCache';
import { quickSummary } from '../../src/core/indexing/quickSummary';
import { KataIndex } from '../../src/core/kataIndex';
import type { ParseResult } from '../../src/core/model';
import { parseKataBytes } from '../../src/core/parser';
import type { CheckedProblems } from '../../src/core/validation';

const FOLDER = '/ws';
const encoder = new TextEncoder();
const STAMP = { size: 10, mtimeMs: 1 };

function kataBytes(id: string, steps: string[]): Uint8Array {
  return encoder.encode(['---', `kata_id: ${id}`, `title: Kata ${id}`, 'kata_category: [alpha]', '---', '', '## Practice Tasks', '', '### Task 1: Go', '', ...steps, ''].join('\n'));
}

/** Builds an index of files in memory that counts its reads. */
function setUp(files: Record<string, Uint8Array>) {
  const reads: string[] = [];
  const load = (filePath: string): ParseResult | undefined => {
    reads.push(filePath);
    const bytes = files[filePath];
    return bytes && parseKataBytes(bytes, filePath);
  };
  const index = new KataIndex({ loadResult: load, readResult: async (filePath) => load(filePath), maxModels: 1 });
  for (const [filePath, bytes] of Object.entries(files)) {
    index.setSummary(quickSummary(bytes, filePath)!, FOLDER, STAMP);
  }
  return { index, reads };
}

const problems: CheckedProblems = {
  parserProblems: [],
  ownProblems: [
    {
      code: 'missing-field',
      severity: 'warning',
      line: 2,
      column: 1,
      message: 'The kata has no kata_difficulty.',
      fixes: [{ title: 'Add kata_difficulty', action: 'insert', line: 3, text: 'kata_difficulty: 1' }],
    },
  ],
};

describe('index details', () => {
  it('counts steps when a model is first parsed, not from the quick summary', async () => {
    const { index } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One', '- [x] Two', '- [x] Three']) });
    assert.strictEqual(index.summaryOf('a')?.steps, undefined);

    await index.loadById('a');

    assert.deepStrictEqual(index.summaryOf('a')?.steps, { total: 3, checkedInFile: 2 });
  });

  it('counts steps of a file indexed from a full parse', () => {
    const index = new KataIndex();

    index.set(parseKataBytes(kataBytes('b', ['- [ ] One']), '/ws/b.md'), FOLDER);

    assert.deepStrictEqual(index.summaryOf('b')?.steps, { total: 1, checkedInFile: 0 });
  });

  it('returns a cached model without reading, and nothing for an uncached one', async () => {
    const { index, reads } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One']), '/ws/b.md': kataBytes('b', ['- [ ] One']) });

    assert.strictEqual(index.cachedById('a'), undefined);
    const kata = await index.loadById('a');
    assert.strictEqual(index.cachedById('a'), kata);
    await index.loadById('b');

    assert.strictEqual(index.cachedById('a'), undefined, 'with room for one model, loading b evicts a');
    assert.deepStrictEqual(reads, ['/ws/a.md', '/ws/b.md']);
  });

  it('keeps problems until the file is indexed again', () => {
    const { index } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One']) });
    let details = 0;
    let views = 0;
    index.onDidChangeDetails(() => details++);
    index.onDidChange(() => views++);

    index.setChecked('/ws/a.md', problems);
    assert.deepStrictEqual(index.checkedOf('/ws/a.md'), problems);
    assert.deepStrictEqual([details, views], [1, 0], 'problems concern the cache, not the views');

    index.setSummary(quickSummary(kataBytes('a', ['- [ ] Changed']), '/ws/a.md')!, FOLDER, { size: 11, mtimeMs: 2 });

    assert.strictEqual(index.checkedOf('/ws/a.md'), undefined);
  });

  it('ignores problems of a file it does not index', () => {
    const { index } = setUp({});

    index.setChecked('/ws/gone.md', problems);

    assert.strictEqual(index.checkedOf('/ws/gone.md'), undefined);
  });

  it('persists step counts and problems', async () => {
    const { index, reads } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One', '- [x] Two']), '/ws/README.md': encoder.encode('# Hub\n') });
    await index.loadById('a');
    index.setChecked('/ws/a.md', problems);

    const cache = parseIndexCache(serializeIndexCache(index.files(), '1.2.3'), '1.2.3');
    assert.ok('files' in cache, 'the cache did not read back');
    const restored = new KataIndex({ loadResult: () => assert.fail('the restored index read a file') });
    restored.replaceAll(cache.files);

    assert.deepStrictEqual(restored.summaryOf('a')?.steps, { total: 2, checkedInFile: 1 });
    assert.deepStrictEqual(restored.checkedOf('/ws/a.md'), problems);
    assert.strictEqual(restored.checkedOf('/ws/README.md'), undefined);
    assert.deepStrictEqual(reads, ['/ws/a.md']);
  });

  it('rebuilds a cache written by another release', () => {
    const { index } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One']) });

    const cache = parseIndexCache(serializeIndexCache(index.files(), '1.2.3'), '1.3.0');

    assert.deepStrictEqual(cache, { error: 'it was written by another release of Kata Coach ("1.2.3", expected "1.3.0")' });
  });

  it('reads a cache of the same language', () => {
    const { index } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One']) });
    index.setChecked('/ws/a.md', problems);

    const cache = parseIndexCache(serializeIndexCache(index.files(), '1.2.3', 'de'), '1.2.3', 'de');

    assert.ok('files' in cache, 'the cache did not read back');
    assert.deepStrictEqual(cache.files[0].checked, problems);
  });

  it('rebuilds a cache written in another display language', () => {
    const { index } = setUp({ '/ws/a.md': kataBytes('a', ['- [ ] One']) });

    const cache = parseIndexCache(serializeIndexCache(index.files(), '1.2.3', 'de'), '1.2.3', 'fr');

    assert.deepStrictEqual(cache, { error: 'its messages are in another display language ("de", expected "fr")' });
  });

  it('rebuilds a cache without a language for VS Code', () => {
    const written = JSON.parse(serializeIndexCache([], '1.2.3')) as Record<string, unknown>;
    delete written.language;

    const cache = parseIndexCache(JSON.stringify(written), '1.2.3', 'en');

    assert.deepStrictEqual(cache, { error: 'its messages are in another display language ("", expected "en")' });
  });

  it('checks the release before the language', () => {
    const cache = parseIndexCache(serializeIndexCache([], '1.2.3', 'de'), '1.3.0', 'fr');

    assert.deepStrictEqual(cache, { error: 'it was written by another release of Kata Coach ("1.2.3", expected "1.3.0")' });
  });
});
