// The persisted index: a second workspace instance lists the katas from the
// cache before reading them, then re-reads only what changed.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryLogger } from '../../src/core/log';
import { KataWorkspace } from '../../src/workspace/kataWorkspace';
import { folderNamed, getApi } from './api';

function logged(log: MemoryLogger, pattern: RegExp): string | undefined {
  return log.entries.map((entry) => entry.message).find((message) => pattern.test(message));
}

describe('Index cache', () => {
  let storage: string;
  const workspaces: KataWorkspace[] = [];

  before(async () => {
    await getApi();
    storage = await fs.mkdtemp(path.join(os.tmpdir(), 'kata-coach-cache-'));
  });

  afterEach(() => {
    workspaces.splice(0).forEach((workspace) => workspace.dispose());
  });

  after(async () => {
    await fs.rm(storage, { recursive: true, force: true });
  });

  function createWorkspace(log: MemoryLogger): KataWorkspace {
    const workspace = new KataWorkspace(log, { storageFolder: storage });
    workspaces.push(workspace);
    return workspace;
  }

  it('lists katas from the cache, then reads only changed files', async () => {
    const first = createWorkspace(new MemoryLogger());
    await first.start();
    await first.writeCache();
    const ids = first.index.katas.map((kata) => kata.id);
    assert.ok(ids.length >= 3, `only ${ids.length} katas were indexed`);

    const changed = first.index.katas[0].filePath;
    const original = await fs.readFile(changed, 'utf8');
    await fs.writeFile(changed, original.replace(/^title: .*$/m, "title: 'Kata: Renamed While Closed'"));
    try {
      const log = new MemoryLogger();
      const second = createWorkspace(log);
      await second.start();

      assert.ok(logged(log, new RegExp(`Listed ${ids.length} katas from the index cache`)), JSON.stringify(log.entries.slice(0, 5)));
      assert.deepEqual(second.index.katas.map((kata) => kata.id), ids);
      assert.equal(second.index.summaryOf(first.index.katas[0].id)?.title, 'Renamed While Closed');
      const scanned = logged(log, /^Scanned /);
      assert.match(scanned ?? "", / 1 file read, \d+ unchanged since the index cache/);
    } finally {
      await fs.writeFile(changed, original);
    }
  });

  it('rebuilds a corrupt cache', async () => {
    await fs.writeFile(path.join(storage, 'index-cache.json'), '{"version":2,"folders":[{"trunc');
    const log = new MemoryLogger();
    const workspace = createWorkspace(log);

    await workspace.start();

    assert.ok(logged(log, /Ignored the index cache .* because it is not valid JSON/), JSON.stringify(log.entries.slice(0, 5)));
    assert.ok(workspace.index.katas.length >= 3);
    assert.equal(logged(log, /^Listed /), undefined);
    await workspace.writeCache();
    const rewritten = JSON.parse(await fs.readFile(path.join(storage, 'index-cache.json'), 'utf8')) as { folders: { files: unknown[] }[] };
    const cachedFiles = rewritten.folders.reduce((sum, folder) => sum + folder.files.length, 0);
    assert.equal(cachedFiles, workspace.index.fileCount);
  });

  it('drops a file deleted while closed', async () => {
    const folder = folderNamed('ws-second').uri.fsPath;
    const extra = path.join(folder, 'cache-extra.md');
    await fs.writeFile(extra, "---\nkata_id: cache-extra-100\ntitle: 'Kata: Cache Extra'\n---\n\n### Task 1: Go\n\n- [ ] Step\n");
    const first = createWorkspace(new MemoryLogger());
    await first.start();
    await first.writeCache();
    assert.ok(first.index.summaryOf('cache-extra-100'), 'the extra kata was not indexed');

    await fs.rm(extra);
    const second = createWorkspace(new MemoryLogger());
    await second.start();

    assert.equal(second.index.summaryOf('cache-extra-100'), undefined);
    assert.equal(second.index.fileOf(extra), undefined);
  });
});
