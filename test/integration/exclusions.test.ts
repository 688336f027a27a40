// The scan skips what `.gitignore`, `kataCoach.exclude` and the default
// folders exclude, on a full scan and for files that appear later.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { folderNamed, getApi, waitFor } from './api';

function kataText(id: string): string {
  return `---\nkata_id: ${id}\ntitle: 'Kata: ${id}'\n---\n\n### Task 1: Go\n\n- [ ] Step\n`;
}

describe('Scan exclusions', () => {
  let api: KataCoachApi;
  let root: string;
  const created: string[] = [];

  async function write(relativePath: string, text: string): Promise<void> {
    const file = path.join(root, relativePath);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    created.push(file);
  }

  before(async () => {
    api = await getApi();
    root = folderNamed('ws-second').uri.fsPath;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('kataCoach').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    for (const file of created.reverse()) {
      await fs.rm(file, { force: true });
    }
    await fs.rm(path.join(root, 'ignored-by-git'), { recursive: true, force: true });
    await fs.rm(path.join(root, 'node_modules'), { recursive: true, force: true });
    await fs.rm(path.join(root, 'drafts'), { recursive: true, force: true });
    await fs.rm(path.join(root, '.git'), { recursive: true, force: true });
    await fs.rm(path.join(root, 'local-notes'), { recursive: true, force: true });
    await api.workspace.scan();
  });

  it('skips gitignored and default folders', async () => {
    await write('.gitignore', 'ignored-by-git/\n');
    await write('ignored-by-git/100-secret.md', kataText('exclusion-100-gitignored'));
    await write('node_modules/pkg/100-package.md', kataText('exclusion-100-node-modules'));
    await write('kept/100-kept.md', kataText('exclusion-100-kept'));

    await api.workspace.scan();

    assert.ok(api.workspace.index.summaryOf('exclusion-100-kept'), 'the control kata was not indexed');
    assert.equal(api.workspace.index.summaryOf('exclusion-100-gitignored'), undefined);
    assert.equal(api.workspace.index.summaryOf('exclusion-100-node-modules'), undefined);
  });

  it('skips a new file in an ignored folder', async () => {
    await write('ignored-by-git/200-later.md', kataText('exclusion-200-gitignored-later'));
    await write('kept/200-later.md', kataText('exclusion-200-kept-later'));

    await waitFor(() => api.workspace.index.summaryOf('exclusion-200-kept-later'), (value) => value !== undefined);

    assert.ok(api.workspace.index.summaryOf('exclusion-200-kept-later'), 'the control kata was not indexed');
    assert.equal(api.workspace.index.summaryOf('exclusion-200-gitignored-later'), undefined);
  });

  it('skips what .git/info/exclude ignores', async () => {
    await write('.git/info/exclude', 'local-notes/\n');
    await write('local-notes/100-note.md', kataText('exclusion-100-info-exclude'));
    await write('kept/300-kept.md', kataText('exclusion-300-kept'));

    await api.workspace.scan({ force: true });

    assert.ok(api.workspace.index.summaryOf('exclusion-300-kept'), 'the control kata was not indexed');
    assert.equal(api.workspace.index.summaryOf('exclusion-100-info-exclude'), undefined);
  });

  it('follows the kataCoach.exclude setting', async () => {
    await write('drafts/100-draft.md', kataText('exclusion-100-draft'));
    await api.workspace.scan();
    assert.ok(api.workspace.index.summaryOf('exclusion-100-draft'), 'the draft was not indexed before the setting');

    await vscode.workspace.getConfiguration('kataCoach').update('exclude', { '**/drafts': true }, vscode.ConfigurationTarget.Workspace);

    const gone = await waitFor(() => api.workspace.index.summaryOf('exclusion-100-draft'), (value) => value === undefined);
    assert.equal(gone, undefined);
  });
});
