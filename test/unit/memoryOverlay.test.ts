// The memory overlay that keeps progress off the disk in Restricted Mode: on
// its own, and under a real progress store, over a temporary folder on disk.

import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import { nodeFileSystem } from '../../src/core/progress/nodeFileSystem';
import { PROGRESS_FOLDER } from '../../src/core/progress/paths';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryOverlayFileSystem } from '../../src/progress/memoryOverlay';
import { sampleKata } from './progressTestSupport';

describe('Memory overlay file system', () => {
  let folder: string;
  let overlay: MemoryOverlayFileSystem;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'kata-coach-overlay-'));
    await writeFile(path.join(folder, 'on-disk.json'), 'disk text');
    overlay = new MemoryOverlayFileSystem(nodeFileSystem, () => 1000);
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads files from disk', async () => {
    assert.equal(await overlay.readFile(path.join(folder, 'on-disk.json')), 'disk text');
    assert.equal(await overlay.readFile(path.join(folder, 'missing.json')), undefined);
  });

  it('keeps writes in memory', async () => {
    await overlay.mkdir(path.join(folder, 'new-folder'));
    await overlay.writeFile(path.join(folder, 'new-folder', 'new.json'), 'memory text');
    await overlay.writeFile(path.join(folder, 'on-disk.json'), 'changed text');

    assert.equal(await overlay.readFile(path.join(folder, 'new-folder', 'new.json')), 'memory text');
    assert.equal(await overlay.readFile(path.join(folder, 'on-disk.json')), 'changed text');
    assert.equal(await overlay.modifiedTime(path.join(folder, 'on-disk.json')), 1000);
    assert.deepEqual(await readdir(folder), ['on-disk.json'], 'the overlay created something on disk');
    assert.equal(await readFile(path.join(folder, 'on-disk.json'), 'utf8'), 'disk text');
  });

  it('hides deleted and renamed files', async () => {
    await overlay.rename(path.join(folder, 'on-disk.json'), path.join(folder, 'renamed.json'));

    assert.equal(await overlay.readFile(path.join(folder, 'on-disk.json')), undefined);
    assert.equal(await overlay.modifiedTime(path.join(folder, 'on-disk.json')), undefined);
    assert.equal(await overlay.readFile(path.join(folder, 'renamed.json')), 'disk text');
    assert.deepEqual(await overlay.readDirectory(folder), ['renamed.json']);

    await overlay.delete(path.join(folder, 'renamed.json'));
    assert.deepEqual(await overlay.readDirectory(folder), []);
    assert.deepEqual(await readdir(folder), ['on-disk.json']);
  });

  it('rejects renaming a missing file', async () => {
    await assert.rejects(overlay.rename(path.join(folder, 'missing.json'), path.join(folder, 'other.json')), { code: 'ENOENT' });
  });

  it('creates exclusively over disk and memory', async () => {
    assert.equal(await overlay.createExclusive(path.join(folder, 'on-disk.json'), 'lock'), false);
    assert.equal(await overlay.createExclusive(path.join(folder, 'new.lock'), 'lock'), true);
    assert.equal(await overlay.createExclusive(path.join(folder, 'new.lock'), 'lock'), false);

    const [first, second] = await Promise.all([
      overlay.createExclusive(path.join(folder, 'raced.lock'), 'a'),
      overlay.createExclusive(path.join(folder, 'raced.lock'), 'b'),
    ]);
    assert.deepEqual([first, second].sort(), [false, true]);
  });
});

describe('Progress store on a memory overlay', () => {
  let workspace: string;
  let progressFolder: string;

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'kata-coach-overlay-store-'));
    progressFolder = path.join(workspace, PROGRESS_FOLDER);
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('saves without touching the disk', async () => {
    const kata = sampleKata();
    const store = new ProgressStore(new MemoryOverlayFileSystem(nodeFileSystem), progressFolder, new MemoryLogger());

    await store.save(kata, { 'task-b': true }, 'ui');
    const loaded = await store.load(kata.id, { kata });

    assert.equal(loaded.states['task-b'], true);
    assert.deepEqual(await store.listFileNames(), ['kata-progress-sample-kata.json']);
    assert.deepEqual(await readdir(workspace), [], 'the store wrote to disk');
  });

  it('merges with the file on disk', async () => {
    const kata = sampleKata();
    const diskStore = new ProgressStore(nodeFileSystem, progressFolder, new MemoryLogger());
    await diskStore.save(kata, { 'setup-a': true }, 'ui');
    const onDisk = await readFile(diskStore.filePathOf(kata.id), 'utf8');

    const store = new ProgressStore(new MemoryOverlayFileSystem(nodeFileSystem), progressFolder, new MemoryLogger());
    const reset = await store.reset(kata, ['setup-a'], 'ui');
    await store.save(kata, { 'task-c': true }, 'ui');

    assert.equal(reset.previousStates['setup-a'], true);
    const loaded = await store.load(kata.id, { kata });
    assert.equal(loaded.states['setup-a'], false);
    assert.equal(loaded.states['task-c'], true);
    assert.equal(await readFile(diskStore.filePathOf(kata.id), 'utf8'), onDisk, 'the file on disk changed');
    assert.deepEqual(await readdir(progressFolder), ['kata-progress-sample-kata.json']);
  });

  describe('with an unreadable file', () => {
    const NOW = new Date('2026-12-04T10:15:00.000Z');
    const noWait = async () => {};
    let file: string;

    beforeEach(async () => {
      await mkdir(progressFolder, { recursive: true });
      file = path.join(progressFolder, 'kata-progress-sample-kata.json');
      await writeFile(file, '{ not json');
    });

    function overlayStore(): ProgressStore {
      return new ProgressStore(new MemoryOverlayFileSystem(nodeFileSystem), progressFolder, new MemoryLogger(), () => NOW, {
        leaveUnusableFiles: true,
        sleep: noWait,
      });
    }

    it('leaves the file on disk', async () => {
      const loaded = await overlayStore().load('sample-kata', { kata: sampleKata() });

      assert.equal(loaded.recovered, undefined);
      assert.equal(loaded.unusable?.filePath, file);
      assert.match(loaded.unusable?.reason ?? '', /^not valid JSON \(.+\)$/);
      assert.deepEqual(loaded.states, {});
      assert.deepEqual(await readdir(progressFolder), ['kata-progress-sample-kata.json'], 'the file was moved on disk');
      assert.equal(await readFile(file, 'utf8'), '{ not json');
    });

    it('saves in memory as if absent', async () => {
      const kata = sampleKata();
      const store = overlayStore();

      const saved = await store.save(kata, { 'task-b': true }, 'ui');
      const loaded = await store.load(kata.id, { kata });

      assert.equal(saved.unusable?.filePath, file);
      assert.equal(saved.recovered, undefined);
      assert.equal(saved.states['task-b'], true);
      assert.equal(loaded.states['task-b'], true);
      assert.equal(loaded.unusable, undefined, 'the memory copy still reads as unusable');
      assert.deepEqual(await readdir(progressFolder), ['kata-progress-sample-kata.json']);
      assert.equal(await readFile(file, 'utf8'), '{ not json');
    });

    it('is moved aside at the first save on disk', async () => {
      const kata = sampleKata();
      await overlayStore().save(kata, { 'task-b': true }, 'ui');

      // What the extension does once the user allows saving: the same change, on the disk store.
      const diskStore = new ProgressStore(nodeFileSystem, progressFolder, new MemoryLogger(), () => NOW, { sleep: noWait });
      const saved = await diskStore.save(kata, { 'task-b': true }, 'ui');

      const keptCopy = path.join(progressFolder, 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
      assert.equal(saved.recovered?.movedTo, keptCopy);
      assert.equal(await readFile(keptCopy, 'utf8'), '{ not json');
      assert.deepEqual(await readdir(progressFolder), ['kata-progress-sample-kata.corrupt-20261204T101500Z.json', 'kata-progress-sample-kata.json']);
      const written = JSON.parse(await readFile(file, 'utf8'));
      assert.equal(written.progress.checkboxStates['task-b'], true);
      assert.equal(written.progress.checkboxStates['setup-a'], false);
    });
  });
});
