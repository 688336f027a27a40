import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem } from './memoryFileSystem';
import { sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');

describe('ProgressStore failures', () => {
  const folder = path.join(path.sep, 'workspace', '.copilot-tracking', 'learning');
  const filePath = path.join(folder, 'kata-progress-sample-kata.json');

  let fs: MemoryFileSystem;
  let log: MemoryLogger;
  let store: ProgressStore;

  beforeEach(() => {
    fs = new MemoryFileSystem();
    log = new MemoryLogger();
    store = new ProgressStore(fs, folder, log, () => NOW);
  });

  function errors(): string[] {
    return log.entries.filter((entry) => entry.level === 'error').map((entry) => entry.message);
  }

  it('failed rename keeps the old file', async () => {
    const saved = await store.save(sampleKata(), { 'setup-a': true }, 'ui');
    const before = fs.files.get(filePath);

    fs.failures.set('rename', new Error('EPERM: operation not permitted'));
    await assert.rejects(store.save(sampleKata(), { 'task-b': true }, 'ui'), (error: Error) => {
      assert.equal(error.message, `Failed to write progress file ${filePath}: EPERM: operation not permitted`);
      return true;
    });

    assert.equal(fs.files.get(filePath), before);
    assert.deepEqual([...fs.files.keys()], [filePath], 'the temporary file is deleted');
    assert.deepEqual(errors(), [`Failed to write progress file ${filePath}: EPERM: operation not permitted`]);
    assert.equal(store.isOwnWrite(filePath, before!), true);
    assert.deepEqual((await store.load('sample-kata')).states, saved.states);
  });

  it('failed write is logged and rejected', async () => {
    fs.failures.set('writeFile', new Error('ENOSPC: no space left on device'));

    await assert.rejects(store.save(sampleKata(), { 'setup-a': true }, 'ui'), /ENOSPC/);

    assert.deepEqual([...fs.files.keys()], []);
    assert.deepEqual(errors(), [`Failed to write progress file ${filePath}: ENOSPC: no space left on device`]);
  });

  it('failed read rejects without moving', async () => {
    await fs.mkdir(folder);
    fs.files.set(filePath, '{}');
    fs.failures.set('readFile', new Error('EACCES: permission denied'));

    await assert.rejects(store.load('sample-kata'), /^Error: Failed to read progress file .*EACCES/);

    assert.deepEqual([...fs.files.keys()], [filePath]);
    assert.deepEqual(errors(), [`Failed to read progress file ${filePath}: EACCES: permission denied`]);
  });

  it('failed move aside blocks the save', async () => {
    await fs.mkdir(folder);
    fs.files.set(filePath, 'not json');
    fs.failures.set('rename', new Error('EBUSY: resource busy or locked'));

    await assert.rejects(store.save(sampleKata(), { 'setup-a': true }, 'ui'), /Failed to move aside unusable progress file/);

    assert.equal(fs.files.get(filePath), 'not json', 'the file must not be overwritten');
    assert.deepEqual([...fs.files.keys()], [filePath]);
    assert.equal(errors().length, 1);
    assert.ok(errors()[0].includes(filePath), errors()[0]);
    assert.ok(errors()[0].includes('EBUSY'), errors()[0]);
  });

  it('failed write rejects coalesced saves', async () => {
    fs.failures.set('writeFile', new Error('EIO: i/o error'));

    const [first, second] = await Promise.allSettled([
      store.save(sampleKata(), { 'setup-a': true }, 'ui'),
      store.save(sampleKata(), { 'setup-a': false }, 'ui'),
    ]);

    assert.equal(first.status, 'rejected');
    assert.equal(second.status, 'rejected');
    assert.deepEqual([...fs.files.keys()], [], 'the lock is released');
  });

  it('next save runs after a failed one', async () => {
    fs.failures.set('writeFile', new Error('EIO: i/o error'));

    const first = store.save(sampleKata(), { 'setup-a': true }, 'ui');
    await assert.rejects(first, /EIO/);
    const second = await store.save(sampleKata(), { 'task-b': true }, 'ui');

    assert.equal(second.states['task-b'], true);
    assert.deepEqual((await store.load('sample-kata')).states, {
      'setup-a': false,
      'task-b': true,
      'task-c': false,
      'done-d': false,
    });
  });

  it('invalid step id is not written', async () => {
    await assert.rejects(
      store.save(sampleKata(), { 'bad key': true }, 'ui'),
      /^Error: Internal error: the progress document built for kata sample-kata is invalid.*\(bad key\)/,
    );

    assert.deepEqual([...fs.files.keys()], []);
    assert.equal(errors().length, 1);
  });
});

describe('ProgressStore leaving unusable files', () => {
  const folder = path.join(path.sep, 'workspace', '.copilot-tracking', 'learning');
  const ownPath = path.join(folder, 'kata-progress-sample-kata.json');
  const timestampedPath = path.join(folder, 'kata-progress-sample-kata-20250709-164310.json');

  let fs: MemoryFileSystem;
  let store: ProgressStore;

  beforeEach(async () => {
    fs = new MemoryFileSystem();
    store = new ProgressStore(fs, folder, new MemoryLogger(), () => NOW, { leaveUnusableFiles: true, sleep: async () => {} });
    await fs.mkdir(folder);
  });

  it('reads a usable file beside it', async () => {
    const other = new ProgressStore(fs, folder, new MemoryLogger(), () => NOW);
    await other.save(sampleKata(), { 'setup-a': true }, 'ui');
    fs.files.set(timestampedPath, '{ "metadata": ');

    const loaded = await store.load('sample-kata', { kata: sampleKata() });

    assert.equal(loaded.filePath, ownPath);
    assert.equal(loaded.states['setup-a'], true);
    assert.equal(loaded.unusable?.filePath, timestampedPath);
    assert.match(loaded.unusable?.reason ?? '', /^not valid JSON/);
    assert.equal(loaded.recovered, undefined);
    assert.deepEqual([...fs.files.keys()].sort(), [timestampedPath, ownPath]);
  });

  it('reports a schema-invalid file', async () => {
    fs.files.set(ownPath, '{"progress": 3}');

    const loaded = await store.load('sample-kata');

    assert.equal(loaded.unusable?.filePath, ownPath);
    assert.match(loaded.unusable?.reason ?? '', /^not a valid kata progress document/);
    assert.equal(loaded.document, undefined);
    assert.deepEqual(loaded.states, {});
    assert.equal(fs.files.get(ownPath), '{"progress": 3}');
    assert.deepEqual([...fs.files.keys()], [ownPath]);
  });

  it('reports nothing for usable files', async () => {
    await store.save(sampleKata(), { 'task-b': true }, 'ui');

    const loaded = await store.load('sample-kata', { kata: sampleKata() });

    assert.equal(loaded.unusable, undefined);
    assert.equal(loaded.states['task-b'], true);
  });
});
