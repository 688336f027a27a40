import * as assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import type { ProgressFileSystem } from '../../src/core/progress/fileSystem';
import { nodeFileSystem } from '../../src/core/progress/nodeFileSystem';
import { PROGRESS_FOLDER } from '../../src/core/progress/paths';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem } from './memoryFileSystem';
import { RecordingFileSystem, referenceSchemaCheck, sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');

interface Backend {
  name: string;
  /** Returns a file system and an empty workspace folder on it, and how to remove that folder. */
  create(): Promise<{ fs: ProgressFileSystem; workspace: string; dispose(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'memory',
    async create() {
      const fs = new MemoryFileSystem();
      const workspace = path.join(path.sep, 'workspace');
      await fs.mkdir(workspace);
      return { fs, workspace, dispose: async () => undefined };
    },
  },
  {
    name: 'node',
    async create() {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'kata-coach-progress-'));
      return { fs: nodeFileSystem, workspace, dispose: () => rm(workspace, { recursive: true, force: true }) };
    },
  },
];

for (const backend of backends) {
  describe(`ProgressStore on ${backend.name} file system`, () => {
    // Every document the stores of this suite wrote, for the reference schema test at the end.
    const written: string[] = [];

    let rawFs: ProgressFileSystem;
    let folder: string;
    let log: MemoryLogger;
    let store: ProgressStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      const created = await backend.create();
      rawFs = created.fs;
      dispose = created.dispose;
      folder = path.join(created.workspace, PROGRESS_FOLDER);
      log = new MemoryLogger();
      store = newStore();
    });

    afterEach(async () => {
      await dispose();
    });

    function newStore(): ProgressStore {
      return new ProgressStore(new RecordingFileSystem(rawFs, written), folder, log, () => NOW);
    }

    function fileOf(kataId: string): string {
      return path.join(folder, `kata-progress-${kataId}.json`);
    }

    /** Writes a file as another program would, creating the folder. */
    async function writeRaw(filePath: string, text: string): Promise<void> {
      await rawFs.mkdir(path.dirname(filePath));
      await rawFs.writeFile(filePath, text);
    }

    function warnings(): string[] {
      return log.entries.filter((entry) => entry.level === 'warn').map((entry) => entry.message);
    }

    it('missing file loads empty', async () => {
      const stored = await store.load('sample-kata');

      assert.deepEqual(stored, { states: {}, filePath: fileOf('sample-kata'), orphans: [] });
      assert.deepEqual(await rawFs.readDirectory(folder), []);
    });

    it('save and load round trip', async () => {
      const saved = await store.save(sampleKata(), { 'setup-a': true }, 'ui');

      const expectedStates = { 'setup-a': true, 'task-b': false, 'task-c': false, 'done-d': false };
      assert.deepEqual(saved.states, expectedStates);
      assert.equal(saved.filePath, fileOf('sample-kata'));
      assert.equal(saved.recovered, undefined);

      const text = await rawFs.readFile(fileOf('sample-kata'));
      assert.equal(text, JSON.stringify(saved.document, null, 2) + '\n');

      const loaded = await newStore().load('sample-kata');
      assert.deepEqual(loaded.states, expectedStates);
      assert.deepEqual(loaded.document, saved.document);
      assert.equal(loaded.document?.progress.completedTasks, 1);
      assert.equal(loaded.document?.metadata.source, 'ui');
      assert.equal(loaded.document?.timestamp, '2026-12-04T10:15:00.000Z');
    });

    it('save merges another writer\'s change', async () => {
      await store.save(sampleKata(), { 'setup-a': true }, 'ui');
      const loaded = await store.load('sample-kata');

      const byCoach = structuredClone(loaded.document!);
      byCoach.progress.checkboxStates['task-c'] = true;
      byCoach.metadata.source = 'coach';
      byCoach.coaching = { nextSteps: ['Finish task 2'] };
      await writeRaw(fileOf('sample-kata'), JSON.stringify(byCoach, null, 2));

      const saved = await store.save(sampleKata(), { 'task-b': true }, 'ui');

      assert.deepEqual(saved.states, { 'setup-a': true, 'task-b': true, 'task-c': true, 'done-d': false });
      assert.deepEqual(saved.document?.coaching, { nextSteps: ['Finish task 2'] });
      assert.equal(saved.document?.metadata.source, 'ui');
      assert.equal(saved.document?.progress.completedTasks, 3);
    });

    it('corrupt JSON is moved aside', async () => {
      const bytes = '{ "metadata": { "version": "1.0.0",\n';
      await writeRaw(fileOf('sample-kata'), bytes);

      const loaded = await store.load('sample-kata');

      const movedTo = path.join(folder, 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
      assert.deepEqual(loaded.states, {});
      assert.equal(loaded.document, undefined);
      assert.equal(loaded.recovered?.movedTo, movedTo);
      assert.match(loaded.recovered?.reason ?? '', /^not valid JSON \(.+\)$/);
      assert.equal(await rawFs.readFile(movedTo), bytes);
      assert.equal(await rawFs.readFile(fileOf('sample-kata')), undefined);

      assert.equal(warnings().length, 1);
      assert.ok(warnings()[0].includes(fileOf('sample-kata')), warnings()[0]);
      assert.ok(warnings()[0].includes(movedTo), warnings()[0]);
      assert.ok(warnings()[0].includes('not valid JSON'), warnings()[0]);

      await store.save(sampleKata(), { 'task-b': true }, 'ui');
      assert.equal(await rawFs.readFile(movedTo), bytes, 'a save must not touch the moved file');
    });

    it('save over corrupt file reports it', async () => {
      await writeRaw(fileOf('sample-kata'), 'not json at all');

      const saved = await store.save(sampleKata(), { 'task-b': true }, 'ui');

      const movedTo = path.join(folder, 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
      assert.equal(saved.recovered?.movedTo, movedTo);
      assert.equal(await rawFs.readFile(movedTo), 'not json at all');
      assert.deepEqual(saved.states, { 'setup-a': false, 'task-b': true, 'task-c': false, 'done-d': false });
      assert.deepEqual((await newStore().load('sample-kata')).states, saved.states);
    });

    it('schema-invalid file is moved aside', async () => {
      const invalid = {
        metadata: { version: '1.0.0', kataId: 'sample-kata', source: 'coach', fileType: 'kata-progress' },
        timestamp: '2026-12-01T08:00:00.000Z',
        progress: { checkboxStates: { 'setup-a': true, x: 'yes' } },
      };
      const bytes = JSON.stringify(invalid, null, 2);
      await writeRaw(fileOf('sample-kata'), bytes);

      const loaded = await store.load('sample-kata');

      const movedTo = path.join(folder, 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
      assert.deepEqual(loaded.states, {});
      assert.equal(loaded.recovered?.movedTo, movedTo);
      assert.equal(
        loaded.recovered?.reason,
        'not a valid kata progress document (/progress/checkboxStates/x: must be boolean)',
      );
      assert.equal(await rawFs.readFile(movedTo), bytes);
      assert.equal(warnings().length, 1);
      assert.ok(warnings()[0].includes('/progress/checkboxStates/x: must be boolean'), warnings()[0]);
    });

    it('second corrupt file gets a new name', async () => {
      await writeRaw(fileOf('sample-kata'), 'first');
      const first = await store.load('sample-kata');
      await writeRaw(fileOf('sample-kata'), 'second');
      const second = await store.load('sample-kata');

      assert.equal(path.basename(first.recovered!.movedTo), 'kata-progress-sample-kata.corrupt-20261204T101500Z.json');
      assert.equal(path.basename(second.recovered!.movedTo), 'kata-progress-sample-kata.corrupt-20261204T101500Z-2.json');
      assert.equal(await rawFs.readFile(first.recovered!.movedTo), 'first');
      assert.equal(await rawFs.readFile(second.recovered!.movedTo), 'second');
    });

    it('leftover temporary file is ignored', async () => {
      await store.save(sampleKata(), { 'setup-a': true }, 'ui');
      const leftover = `${fileOf('sample-kata')}.tmp-999-${NOW.getTime()}-abcdef`;
      await writeRaw(leftover, '{ "half": ');

      const loaded = await newStore().load('sample-kata');
      assert.equal(loaded.states['setup-a'], true);
      assert.equal(loaded.recovered, undefined);
      assert.deepEqual(await store.listKataIds(), ['sample-kata']);

      await store.save(sampleKata(), { 'task-b': true }, 'ui');
      assert.equal(await rawFs.readFile(leftover), '{ "half": ', 'a temporary file younger than a minute stays');
      assert.deepEqual(warnings(), []);
    });

    it('atomic write leaves no temporary files', async () => {
      await store.save(sampleKata(), { 'setup-a': true }, 'ui');
      await store.save(sampleKata(), { 'task-b': true }, 'coach');

      assert.deepEqual(await rawFs.readDirectory(folder), ['kata-progress-sample-kata.json']);
    });

    it('concurrent saves all land', async () => {
      const kata = sampleKata();
      const results = await Promise.all([
        store.save(kata, { 'setup-a': true }, 'ui'),
        store.save(kata, { 'task-b': true }, 'ui'),
        store.save(kata, { 'task-c': true }, 'ui'),
        store.save(kata, { 'setup-a': false }, 'ui'),
      ]);

      const expected = { 'setup-a': false, 'task-b': true, 'task-c': true, 'done-d': false };
      assert.deepEqual(results[3].states, expected);
      assert.deepEqual((await newStore().load('sample-kata')).states, expected);
      assert.deepEqual(await rawFs.readDirectory(folder), ['kata-progress-sample-kata.json']);
    });

    it('isOwnWrite matches the last write only', async () => {
      const filePath = fileOf('sample-kata');
      await store.save(sampleKata(), { 'setup-a': true }, 'ui');
      const firstText = (await rawFs.readFile(filePath))!;
      assert.equal(store.isOwnWrite(filePath, firstText), true);

      await store.save(sampleKata(), { 'task-b': true }, 'ui');
      const secondText = (await rawFs.readFile(filePath))!;
      assert.equal(store.isOwnWrite(filePath, secondText), true);
      assert.equal(store.isOwnWrite(filePath, firstText), false);
      assert.equal(store.isOwnWrite(filePath, secondText.replace('"task-b": true', '"task-b": false')), false);
      assert.equal(store.isOwnWrite(fileOf('other-kata'), secondText), false);
      assert.equal(newStore().isOwnWrite(filePath, secondText), false);
    });

    it('listKataIds lists progress files only', async () => {
      assert.deepEqual(await store.listKataIds(), [], 'missing folder');

      await store.save(sampleKata('zeta-kata'), {}, 'ui');
      await store.save(sampleKata('alpha-kata'), {}, 'ui');
      await writeRaw(path.join(folder, 'kata-progress-beta.corrupt-20261204T101500Z.json'), '{}');
      await writeRaw(path.join(folder, 'lab-progress-gamma.json'), '{}');
      await writeRaw(path.join(folder, 'notes.md'), '# notes');

      assert.deepEqual(await store.listKataIds(), ['alpha-kata', 'zeta-kata']);
    });

    it('kata id is mapped for the file', async () => {
      const saved = await store.save(sampleKata('Edge_Deploy.1'), { 'setup-a': true }, 'ui');

      assert.equal(saved.filePath, fileOf('edge-deploy-1'));
      assert.equal(saved.document?.metadata.kataId, 'edge-deploy-1');
      assert.deepEqual((await store.load('Edge_Deploy.1')).states, saved.states);
    });

    it('byte order mark is accepted', async () => {
      const saved = await store.save(sampleKata(), { 'task-c': true }, 'ui');
      await writeRaw(saved.filePath, '\uFEFF' + JSON.stringify(saved.document));

      const loaded = await newStore().load('sample-kata');
      assert.equal(loaded.recovered, undefined);
      assert.equal(loaded.states['task-c'], true);
    });

    it('mismatched kataId is corrected', async () => {
      const saved = await store.save(sampleKata(), {}, 'ui');
      const copied = structuredClone(saved.document!);
      copied.metadata.kataId = 'another-kata';
      await writeRaw(saved.filePath, JSON.stringify(copied));

      await store.load('sample-kata');
      assert.equal(warnings().length, 1);
      assert.ok(warnings()[0].includes('"another-kata"'), warnings()[0]);

      const resaved = await store.save(sampleKata(), {}, 'ui');
      assert.equal(resaved.document?.metadata.kataId, 'sample-kata');
    });

    it('written documents pass the reference schema', function () {
      const check = referenceSchemaCheck(this);
      assert.ok(written.length >= 15, `expected the tests above to write documents, got ${written.length}`);

      for (const text of written) {
        const document = JSON.parse(text) as { metadata: { kataId: string } };
        assert.deepEqual(check(document), [], `document of ${document.metadata.kataId}`);
      }
    });
  });
}
