import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem } from './memoryFileSystem';
import { sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');

describe('ProgressStore isOwnWrite', () => {
  const folder = path.join(path.sep, 'workspace', '.copilot-tracking', 'learning');
  const ownPath = path.join(folder, 'kata-progress-sample-kata.json');
  const movedTo = path.join(folder, 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
  const timestampedPath = path.join(folder, 'kata-progress-sample-kata-20250709-164310.json');

  let fs: MemoryFileSystem;
  let store: ProgressStore;

  beforeEach(() => {
    fs = new MemoryFileSystem();
    store = newStore();
  });

  function newStore(options: { leaveUnusableFiles?: boolean } = {}): ProgressStore {
    return new ProgressStore(fs, folder, new MemoryLogger(), () => NOW, { ...options, sleep: async () => {} });
  }

  /** Saves one change and returns the text the store wrote. */
  async function saveText(target = store): Promise<string> {
    await target.save(sampleKata(), { 'setup-a': true }, 'ui');
    const text = fs.files.get(ownPath);
    assert.ok(text !== undefined, 'the save wrote the own file');
    return text;
  }

  it('holds after reading the same text', async () => {
    const written = await saveText();

    const loaded = await store.load('sample-kata', { kata: sampleKata() });

    assert.equal(loaded.states['setup-a'], true);
    assert.equal(store.isOwnWrite(ownPath, written), true);
  });

  it('holds after a save of no changes', async () => {
    await saveText();

    await store.save(sampleKata(), {}, 'ui');

    assert.equal(store.isOwnWrite(ownPath, fs.files.get(ownPath)!), true);
  });

  it('ends when a corrupt file is moved aside', async () => {
    const written = await saveText();
    fs.files.set(ownPath, '{ "metadata": ');

    const loaded = await store.load('sample-kata');
    assert.equal(loaded.recovered?.movedTo, movedTo);
    assert.equal(fs.files.get(ownPath), undefined);

    fs.files.set(ownPath, written);
    assert.equal(store.isOwnWrite(ownPath, written), false);
  });

  it('ends when a read finds another text', async () => {
    const written = await saveText();
    await newStore().save(sampleKata(), { 'task-b': true }, 'coach');

    await store.load('sample-kata');

    fs.files.set(ownPath, written);
    assert.equal(store.isOwnWrite(ownPath, written), false);
  });

  it('ends when a read finds no file', async () => {
    const written = await saveText();
    fs.files.delete(ownPath);

    await store.load('sample-kata');

    fs.files.set(ownPath, written);
    assert.equal(store.isOwnWrite(ownPath, written), false);
  });

  it('ends when the file is left unusable', async () => {
    const leaving = newStore({ leaveUnusableFiles: true });
    const written = await saveText(leaving);
    fs.files.set(ownPath, '{"progress": 3}');

    const loaded = await leaving.load('sample-kata');
    assert.equal(loaded.unusable?.filePath, ownPath);

    fs.files.set(ownPath, written);
    assert.equal(leaving.isOwnWrite(ownPath, written), false);
  });

  it('holds beside a corrupt timestamped file', async () => {
    const written = await saveText();
    fs.files.set(timestampedPath, '{ "metadata": ');

    const loaded = await store.load('sample-kata');

    assert.ok(loaded.recovered !== undefined, 'the timestamped file is moved aside');
    assert.equal(fs.files.get(timestampedPath), undefined);
    assert.equal(store.isOwnWrite(ownPath, written), true);
  });

  it('starts again with the next write', async () => {
    await saveText();
    fs.files.delete(ownPath);
    await store.load('sample-kata');

    await store.save(sampleKata(), { 'task-b': true }, 'ui');

    assert.equal(store.isOwnWrite(ownPath, fs.files.get(ownPath)!), true);
  });
});
