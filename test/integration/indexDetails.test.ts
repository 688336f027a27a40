// Kata rows and diagnostics from what the index learned earlier. The rows of
// a category are built from the summaries' step counts without reading kata
// files. A second workspace instance shows the first one's diagnostics from
// the persisted cache, without parsing.

import * as assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { kataCompletion } from '../../src/core/kataProgress';
import type { KataIndex } from '../../src/core/kataIndex';
import { MemoryLogger } from '../../src/core/log';
import { KataDiagnostics } from '../../src/editor/kataDiagnostics';
import { KataDocuments } from '../../src/editor/kataDocuments';
import { KataWorkspace } from '../../src/workspace/kataWorkspace';
import { getApi } from './api';

/**
 * Records the model loads that `work` causes, also after its awaits, and
 * returns them. Other parts of the extension, such as the status bar, may load
 * models meanwhile, and the async context separates their calls from these.
 */
async function recordLoads(index: KataIndex, work: () => Promise<void>): Promise<string[]> {
  const context = new AsyncLocalStorage<true>();
  const loads: string[] = [];
  const record = (call: string) => {
    if (context.getStore()) {
      loads.push(call);
    }
  };
  const originals = { findById: index.findById, loadById: index.loadById, resultOf: index.resultOf };
  index.findById = (id) => {
    record(`findById ${id}`);
    return originals.findById.call(index, id);
  };
  index.loadById = (id) => {
    record(`loadById ${id}`);
    return originals.loadById.call(index, id);
  };
  index.resultOf = (filePath) => {
    record(`resultOf ${filePath}`);
    return originals.resultOf.call(index, filePath);
  };

  try {
    await context.run(true, work);
  } finally {
    Object.assign(index, originals);
  }
  return loads;
}

/** Returns the diagnostics a window shows, by file, as code and message. */
function shownDiagnostics(window: { workspace: KataWorkspace; diagnostics: KataDiagnostics }): Map<string, string[]> {
  const shown = new Map<string, string[]>();
  for (const file of window.workspace.index.files()) {
    const diagnostics = window.diagnostics.diagnosticsOf(vscode.Uri.file(file.summary.filePath));
    shown.set(file.summary.filePath, diagnostics.map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.message}`));
  }
  return shown;
}

describe('Index details', () => {
  it('builds the kata rows of a category from the summaries', async () => {
    const api = await getApi();
    await api.editor.diagnostics.update();
    const index = api.workspace.index;
    const categories = await api.tree.getChildren();
    const category = categories.find((node) => node.kind === 'category' && node.katas.length > 1);
    assert.ok(category?.kind === 'category', 'no category has two katas');
    assert.ok(category.katas.every((kata) => kata.steps), 'the validation left a kata without step counts');
    const withStates = category.katas.filter((kata) => Object.keys(api.progress.storedStatesOf(kata.id)).length > 0).map((kata) => kata.id);

    let rows: vscode.TreeItem[] = [];
    const loads = await recordLoads(index, async () => {
      const nodes = await api.tree.getChildren(category);
      rows = await Promise.all(nodes.map((node) => api.tree.getTreeItem(node)));
    });

    // Only katas with a learner's states need their model; the rest come from the summary.
    const loaded = new Set(loads.map((load) => load.split(' ')[1]));
    assert.deepEqual([...loaded].sort(), [...withStates].sort(), loads.join(', '));
    for (const [position, summary] of category.katas.entries()) {
      const kata = index.findById(summary.id);
      assert.ok(kata, `${summary.id} has no model`);
      const completion = kataCompletion(kata, api.progress.statesOf(kata.id));
      assert.equal(rows[position].description, `${completion.done}/${completion.total}`, summary.id);
    }
  });

  describe('in a second window', () => {
    let storage: string;
    const disposables: vscode.Disposable[] = [];

    before(async () => {
      await getApi();
      storage = await fs.mkdtemp(path.join(os.tmpdir(), 'kata-coach-details-'));
    });

    after(async () => {
      disposables.splice(0).forEach((disposable) => disposable.dispose());
      await fs.rm(storage, { recursive: true, force: true });
    });

    async function openWindow(): Promise<{ workspace: KataWorkspace; diagnostics: KataDiagnostics }> {
      const workspace = new KataWorkspace(new MemoryLogger(), { storageFolder: storage, release: 'test' });
      const diagnostics = new KataDiagnostics(workspace, new KataDocuments(workspace), new MemoryLogger());
      disposables.push(diagnostics, workspace);
      await workspace.start();
      return { workspace, diagnostics };
    }

    it('shows the diagnostics of the cache without parsing', async () => {
      const first = await openWindow();
      await first.diagnostics.update();
      await first.workspace.writeCache();
      const shown = shownDiagnostics(first);
      assert.ok([...shown.values()].some((messages) => messages.length > 0), 'the test workspace has no diagnostic at all');

      const second = await openWindow();
      const loads = await recordLoads(second.workspace.index, () => second.diagnostics.update());

      assert.deepEqual(loads, []);
      assert.deepEqual(shownDiagnostics(second), shown);
    });
  });
});
