// The serializer's side of a window reload: a panel comes back for a kata
// that still exists and closes for one that is gone.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MemoryLogger } from '../../src/core/log';
import { CoachPanel, COACH_VIEW_TYPE, CoachPanelDeps } from '../../src/webview/coachPanel';
import { getApi } from './api';

async function depsOf(log: MemoryLogger): Promise<CoachPanelDeps> {
  const api = await getApi();
  const extension = vscode.extensions.getExtension('kata-coach.kata-coach');
  assert.ok(extension);
  return { extensionUri: extension.extensionUri, workspace: api.workspace, progress: api.progress, time: api.time, log };
}

function newPanel(): { panel: vscode.WebviewPanel; disposed: Promise<void> } {
  const panel = vscode.window.createWebviewPanel(COACH_VIEW_TYPE, 'Restored', vscode.ViewColumn.One, {});
  const disposed = new Promise<void>((resolve) => panel.onDidDispose(() => resolve()));
  return { panel, disposed };
}

describe('Coach panel restore', () => {
  afterEach(() => {
    CoachPanel.disposeCurrent();
  });

  it('closes a panel whose kata is gone', async () => {
    const log = new MemoryLogger();
    const { panel, disposed } = newPanel();

    await CoachPanel.restore(panel, { kataId: 'no-such-kata', sectionId: 'task-1' }, await depsOf(log));

    await disposed;
    assert.equal(CoachPanel.currentKataId, undefined);
    assert.ok(log.entries.some((entry) => entry.message.includes('kata no-such-kata not found')), JSON.stringify(log.entries));
  });

  it('closes a panel with unreadable state', async () => {
    const { panel, disposed } = newPanel();

    await CoachPanel.restore(panel, 'not an object', await depsOf(new MemoryLogger()));

    await disposed;
    assert.equal(CoachPanel.currentKataId, undefined);
  });

  it('restores a panel on its kata', async () => {
    const { panel } = newPanel();

    await CoachPanel.restore(panel, { kataId: 'fixture-100-second-root', sectionId: 'task-1' }, await depsOf(new MemoryLogger()));

    assert.equal(CoachPanel.currentKataId, 'fixture-100-second-root');
    assert.ok(panel.webview.html.includes('Content-Security-Policy'));
    assert.ok(panel.webview.html.includes("default-src 'none'"));
  });
});
