import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';

const EXTENSION_ID = 'kata-coach.kata-coach';

describe('Extension activation', () => {
  it('finds the extension by its id', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);

    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    assert.strictEqual(extension.packageJSON.name, 'kata-coach');
  });

  it('activates without error', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);

    await extension.activate();

    assert.strictEqual(extension.isActive, true);
  });

  it('loads no parsing library while activating', async () => {
    const extension = vscode.extensions.getExtension<KataCoachApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);

    const api = await extension.activate();

    assert.deepStrictEqual(api.activation.librariesLoaded, []);
    assert.ok(api.activation.ms >= 0);
    await api.workspace.ready;
    // Printed for BENCHMARKS.md; speed is not asserted in tests.
    console.log(`      activation ${api.activation.ms.toFixed(1)} ms, first index ${api.activation.firstIndexMs?.toFixed(0) ?? 'not ready'} ms later`);
  });

  it('opens the two-folder test workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];

    assert.strictEqual(folders.length, 2);
    assert.strictEqual(path.basename(folders[0].uri.fsPath), 'ws-samples');
    assert.strictEqual(path.basename(folders[1].uri.fsPath), 'ws-second');
  });
});
