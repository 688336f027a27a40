// The poller that backs up the file watcher on progress folders.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryLogger } from '../../src/core/log';
import { ProgressPoller } from '../../src/progress/progressPoller';

describe('Progress poller', () => {
  it('reports added, changed and deleted files', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kata-coach-poll-'));
    const changed: string[] = [];
    const poller = new ProgressPoller(() => [folder], (filePath) => changed.push(filePath), new MemoryLogger());

    try {
      const existing = path.join(folder, 'kata-progress-before.json');
      await fs.writeFile(existing, '{}');
      await poller.poll();
      assert.deepEqual(changed, [], 'the first poll reported files that were already there');

      const added = path.join(folder, 'kata-progress-added.json');
      await fs.writeFile(added, '{}');
      await fs.writeFile(path.join(folder, 'kata-progress-added.corrupt-20261204T101500Z.json'), '{');
      await poller.poll();
      assert.deepEqual(changed, [added]);

      changed.length = 0;
      await fs.utimes(existing, new Date(), new Date(Date.now() + 5000));
      await fs.rm(added);
      await poller.poll();
      assert.deepEqual(changed.sort(), [added, existing].sort());
    } finally {
      poller.dispose();
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
