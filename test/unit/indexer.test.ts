import * as assert from 'assert';
import { parseIndexCache, serializeIndexCache } from '../../src/core/indexing/indexCache';
import { IndexCancelledError, Indexer, type IndexFileSystem } from '../../src/core/indexing/indexer';
import { KataIndex, type FileStamp } from '../../src/core/kataIndex';
import { MemoryLogger } from '../../src/core/log';
import { parseKataBytes } from '../../src/core/parser';

const FOLDER = '/ws';
const encoder = new TextEncoder();

/** A file system in memory that counts reads, with a clock for modification times. */
class MemoryIndexFileSystem implements IndexFileSystem {
  readonly files = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  readonly reads: string[] = [];
  private clock = 1000;

  write(filePath: string, text: string): void {
    this.files.set(filePath, { bytes: encoder.encode(text), mtimeMs: this.clock++ });
  }

  async readFile(filePath: string): Promise<Uint8Array> {
    const file = this.files.get(filePath);
    if (!file) {
      throw new Error(`ENOENT: ${filePath}`);
    }
    this.reads.push(filePath);
    return file.bytes;
  }

  async stat(filePath: string): Promise<FileStamp | undefined> {
    const file = this.files.get(filePath);
    return file && { size: file.bytes.length, mtimeMs: file.mtimeMs };
  }

  loadResult = (filePath: string) => {
    const file = this.files.get(filePath);
    return file && parseKataBytes(file.bytes, filePath);
  };
}

function kataText(id: string, title: string, steps: string[] = ['One']): string {
  return ['---', `kata_id: ${id}`, `title: ${title}`, 'kata_category: [alpha]', '---', '', '## Practice Tasks', '', '### Task 1: Go', '', ...steps.map((step) => `- [ ] ${step}`), ''].join('\n');
}

function setUp(count: number) {
  const fs = new MemoryIndexFileSystem();
  for (let number = 1; number <= count; number++) {
    fs.write(`${FOLDER}/k${number}.md`, kataText(`k-${number}`, `Kata ${number}`));
  }
  fs.write(`${FOLDER}/README.md`, '# Catalogue\n');
  const index = new KataIndex({ loadResult: fs.loadResult, maxModels: 2 });
  const log = new MemoryLogger();
  const indexer = new Indexer(index, fs, log);
  const candidates = [...fs.files.keys()].map((filePath) => ({ filePath, workspaceFolder: FOLDER }));
  return { fs, index, indexer, candidates, log };
}

/** Returns a new index filled from a cache of `index`, as a second start does. */
async function fromCache(index: KataIndex, fs: MemoryIndexFileSystem): Promise<KataIndex> {
  await new Indexer(index, fs, new MemoryLogger()).confirmStamps();
  const cache = parseIndexCache(serializeIndexCache(index.files()));
  assert.ok('files' in cache, 'the cache did not read back');
  const restored = new KataIndex({ loadResult: fs.loadResult, maxModels: 2 });
  restored.replaceAll(cache.files);
  return restored;
}

describe('Indexer', () => {
  it('indexes every file cold', async () => {
    const { fs, index, indexer, candidates } = setUp(3);

    const stats = await indexer.indexAll(candidates);

    assert.deepStrictEqual(stats, { files: 4, read: 4, failed: 0 });
    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['k-1', 'k-2', 'k-3']);
    assert.strictEqual(index.fileCount, 4);
    assert.strictEqual(fs.reads.length, 4);
  });

  it('reads only changed files warm', async () => {
    const { fs, index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates);
    const restored = await fromCache(index, fs);
    fs.write(`${FOLDER}/k2.md`, kataText('k-2', 'Kata Two Renamed'));
    fs.reads.length = 0;

    const known = new Map(restored.files().map((file) => [file.summary.filePath, file]));
    const stats = await new Indexer(restored, fs, new MemoryLogger()).indexAll(candidates, known);

    assert.deepStrictEqual(fs.reads, [`${FOLDER}/k2.md`]);
    assert.strictEqual(stats.read, 1);
    assert.strictEqual(restored.summaryOf('k-2')?.title, 'Kata Two Renamed');
    assert.strictEqual(restored.summaryOf('k-1')?.title, 'Kata 1');
  });

  it('drops deleted files on refresh', async () => {
    const { fs, index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates);
    fs.files.delete(`${FOLDER}/k3.md`);

    const known = new Map(index.files().map((file) => [file.summary.filePath, file]));
    await indexer.indexAll(candidates.filter((candidate) => candidate.filePath !== `${FOLDER}/k3.md`), known);

    assert.strictEqual(index.findById('k-3'), undefined);
    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['k-1', 'k-2']);
  });

  it('logs unreadable files and goes on', async () => {
    const { index, indexer, candidates, log } = setUp(2);

    const stats = await indexer.indexAll([...candidates, { filePath: `${FOLDER}/missing.md`, workspaceFolder: FOLDER }]);

    assert.strictEqual(stats.failed, 1);
    assert.strictEqual(index.katas.length, 2);
    assert.ok(log.entries.some((entry) => entry.level === 'error' && entry.message.includes('missing.md')));
  });

  it('leaves the index unchanged when cancelled', async () => {
    const { index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates.slice(0, 1));
    let polls = 0;

    await assert.rejects(
      indexer.indexAll(candidates, new Map(), { isCancelled: () => ++polls > 2 }),
      (error: unknown) => error instanceof IndexCancelledError,
    );

    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['k-1']);
  });

  it('updates one file', async () => {
    const { fs, index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates);
    const before = index.revisionOf(`${FOLDER}/k1.md`);
    fs.write(`${FOLDER}/k1.md`, kataText('k-1', 'Kata 1', ['One', 'Two']));
    fs.reads.length = 0;

    await indexer.updateFile({ filePath: `${FOLDER}/k1.md`, workspaceFolder: FOLDER });

    assert.deepStrictEqual(fs.reads, [`${FOLDER}/k1.md`]);
    assert.notStrictEqual(index.revisionOf(`${FOLDER}/k1.md`), before);
    assert.strictEqual(index.findById('k-1')?.sections[0].steps.length, 2);
  });

  it('removes a file that is gone on update', async () => {
    const { fs, index, indexer, candidates } = setUp(2);
    await indexer.indexAll(candidates);
    fs.files.delete(`${FOLDER}/k1.md`);

    await indexer.updateFile({ filePath: `${FOLDER}/k1.md`, workspaceFolder: FOLDER });

    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['k-2']);
  });
});

describe('KataIndex models', () => {
  it('parses a summarized kata on demand', async () => {
    const { fs, index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates);
    fs.reads.length = 0;

    const kata = index.findById('k-2');

    assert.strictEqual(kata?.sections[0].steps[0].text, 'One');
    assert.strictEqual(index.findByFile(`${FOLDER}/k2.md`), kata, 'the second lookup is served from the cache');
  });

  it('parses again after eviction', async () => {
    const { fs, index, indexer, candidates } = setUp(3);
    await indexer.indexAll(candidates);
    const first = index.findById('k-1');
    index.findById('k-2');
    index.findById('k-3');
    fs.write(`${FOLDER}/k1.md`, kataText('k-1', 'Kata 1', ['Changed']));

    const again = index.findById('k-1');

    assert.notStrictEqual(again, first);
    assert.strictEqual(again?.sections[0].steps[0].text, 'Changed');
  });

  it('returns undefined when the file names another id', async () => {
    const { fs, index, indexer, candidates } = setUp(1);
    await indexer.indexAll(candidates);
    fs.write(`${FOLDER}/k1.md`, kataText('other-id', 'Kata 1'));
    const restored = await fromCache(index, fs);

    assert.strictEqual(restored.findById('k-1'), undefined);
  });

  it('loads a model without blocking', async () => {
    const { fs, candidates } = setUp(2);
    let asyncReads = 0;
    const index = new KataIndex({
      loadResult: () => assert.fail('the blocking loader was used'),
      readResult: async (filePath) => {
        asyncReads++;
        return fs.loadResult(filePath);
      },
    });
    await new Indexer(index, fs, new MemoryLogger()).indexAll(candidates);

    const kata = await index.loadById('k-1');

    assert.strictEqual(kata?.sections[0].steps.length, 1);
    assert.strictEqual(asyncReads, 1);
    assert.strictEqual(await index.loadById('k-1'), kata, 'the second load is served from the cache');
    assert.strictEqual(await index.loadById('missing'), undefined);
  });

  it('notifies once per batch', () => {
    const index = new KataIndex();
    let notifications = 0;
    index.onDidChange(() => notifications++);

    index.batch(() => {
      index.set(parseKataBytes(encoder.encode(kataText('a', 'A')), '/ws/a.md'), FOLDER);
      index.set(parseKataBytes(encoder.encode(kataText('b', 'B')), '/ws/b.md'), FOLDER);
      index.delete('/ws/a.md');
    });

    assert.strictEqual(notifications, 1);
    assert.deepStrictEqual(index.katas.map((kata) => kata.id), ['b']);
  });
});

describe('Indexer stamps', () => {
  it('confirms stamps after a cold scan', async () => {
    const { fs, index, indexer, candidates } = setUp(2);
    await indexer.indexAll(candidates);
    assert.strictEqual(index.fileOf(`${FOLDER}/k1.md`)?.stamp, undefined, 'a first read takes no stamp');

    await indexer.confirmStamps();

    const file = fs.files.get(`${FOLDER}/k1.md`)!;
    assert.deepStrictEqual(index.fileOf(`${FOLDER}/k1.md`)?.stamp, { size: file.bytes.length, mtimeMs: file.mtimeMs });
  });

  it('leaves a file changed since the read unstamped', async () => {
    const { fs, index, indexer, candidates } = setUp(2);
    await indexer.indexAll(candidates);
    fs.write(`${FOLDER}/k1.md`, kataText('k-1', 'Kata 1 with a longer title'));

    await indexer.confirmStamps();

    assert.strictEqual(index.fileOf(`${FOLDER}/k1.md`)?.stamp, undefined);
    assert.ok(index.fileOf(`${FOLDER}/k2.md`)?.stamp, 'the unchanged file has no stamp');
    const cache = parseIndexCache(serializeIndexCache(index.files()));
    assert.deepStrictEqual('files' in cache ? cache.files.map((file) => file.summary.filePath).sort() : cache, [`${FOLDER}/README.md`, `${FOLDER}/k2.md`]);
  });

  it('keeps the stamp taken before a refresh read', async () => {
    const { fs, index, indexer, candidates } = setUp(2);
    await indexer.indexAll(candidates);
    await indexer.confirmStamps();
    fs.write(`${FOLDER}/k1.md`, kataText('k-1', 'Kata 1 renamed'));

    await indexer.indexAll(candidates, new Map(index.files().map((file) => [file.summary.filePath, file])));

    const file = fs.files.get(`${FOLDER}/k1.md`)!;
    assert.deepStrictEqual(index.fileOf(`${FOLDER}/k1.md`)?.stamp, { size: file.bytes.length, mtimeMs: file.mtimeMs });
  });
});

describe('index cache', () => {
  it('round-trips summaries and stamps', async () => {
    const { fs, index, indexer, candidates } = setUp(2);
    await indexer.indexAll(candidates);
    await indexer.confirmStamps();

    const restored = await fromCache(index, fs);

    assert.deepStrictEqual(
      restored.files().map((file) => file.summary).sort((a, b) => a.filePath.localeCompare(b.filePath)),
      index.files().map((file) => file.summary).sort((a, b) => a.filePath.localeCompare(b.filePath)),
    );
    assert.deepStrictEqual(restored.fileOf(`${FOLDER}/k1.md`)?.stamp, index.fileOf(`${FOLDER}/k1.md`)?.stamp);
  });

  const corrupt: [string, string, RegExp][] = [
    ['truncated JSON', '{"version":3,"release":"","folders":[{"fol', /not valid JSON/],
    ['another version', '{"version":1,"files":[]}', /another version \(cache version 1, expected 3\)/],
    ['another release', '{"version":3,"release":"0.0.1","folders":[]}', /another release of Kata Coach \("0.0.1", expected ""\)/],
    ['no folder list', '{"version":3,"release":""}', /no list of folders/],
    ['malformed folder', '{"version":3,"release":"","folders":[{"folder":3,"files":[]}]}', /folder 1 is malformed/],
    ['malformed entry', '{"version":3,"release":"","folders":[{"folder":"/ws","files":[{"path":"a.md","size":"3","mtimeMs":1,"notKataReason":"x"}]}]}', /entry 1 of folder 1/],
    ['kata without id', '{"version":3,"release":"","folders":[{"folder":"/ws","files":[{"path":"a.md","size":3,"mtimeMs":1,"kata":{"title":"A"}}]}]}', /entry 1 of folder 1/],
    [
      'malformed step counts',
      '{"version":3,"release":"","folders":[{"folder":"/ws","files":[{"path":"a.md","size":3,"mtimeMs":1,"kata":{"id":"a","title":"A","category":"c","categories":[],"prerequisites":[],"tags":[],"technologies":[],"searchKeywords":[],"steps":{"total":"2"}}}]}]}',
      /entry 1 of folder 1/,
    ],
    [
      'malformed problems',
      '{"version":3,"release":"","folders":[{"folder":"/ws","files":[{"path":"a.md","size":3,"mtimeMs":1,"notKataReason":"x","checked":{"parserProblems":[],"ownProblems":[{"code":"x","severity":"fatal","line":1,"column":1,"message":"m"}]}}]}]}',
      /entry 1 of folder 1/,
    ],
    [
      'malformed fix',
      '{"version":3,"release":"","folders":[{"folder":"/ws","files":[{"path":"a.md","size":3,"mtimeMs":1,"notKataReason":"x","checked":{"parserProblems":[{"code":"x","severity":"error","line":1,"column":1,"message":"m","fixes":[{"title":"t","action":"explode","line":1}]}],"ownProblems":[]}}]}]}',
      /entry 1 of folder 1/,
    ],
  ];
  for (const [name, text, reason] of corrupt) {
    it(`rejects ${name}`, () => {
      const cache = parseIndexCache(text);

      assert.ok('error' in cache, 'a corrupt cache was accepted');
      assert.match(cache.error, reason);
    });
  }

  it('leaves out files without a stamp', () => {
    const index = new KataIndex();
    index.set(parseKataBytes(encoder.encode(kataText('a', 'A')), '/ws/a.md'), FOLDER);

    const cache = parseIndexCache(serializeIndexCache(index.files()));

    assert.deepStrictEqual('files' in cache ? cache.files : cache, []);
  });
});
