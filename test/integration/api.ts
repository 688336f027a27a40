// Shared helpers for the in-host tests: the extension's API and polling for
// state that other processes (file watchers) update.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';

export const EXTENSION_ID = 'kata-coach.kata-coach';

/** Activates the extension and waits for its first scan. */
export async function getApi(): Promise<KataCoachApi> {
  const extension = vscode.extensions.getExtension<KataCoachApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.workspace.ready;
  if (api.workspace.index.katas.length === 0) {
    await api.workspace.scan();
  }
  return api;
}

/** Polls `read` until `accept` returns true or 10 seconds pass, then returns the last value read. */
export async function waitFor<T>(read: () => T | Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Returns the workspace folder whose path ends with the given folder name. */
export function folderNamed(name: string): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name || candidate.uri.fsPath.endsWith(name));
  assert.ok(folder, `workspace folder ${name} is missing; folders: ${vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath).join(', ')}`);
  return folder;
}

/** Returns the state of a tree item's checkbox, which the item may give bare or with its tooltip and label. */
export function checkboxStateOf(item: vscode.TreeItem): vscode.TreeItemCheckboxState | undefined {
  const checkbox = item.checkboxState;
  return typeof checkbox === 'object' ? checkbox.state : checkbox;
}
