// The `kataCoach.progress.storage` setting: where Kata Coach keeps the
// learner's checks.

import * as vscode from 'vscode';

/**
 * `workspace` keeps checks in JSON progress files under the workspace folder,
 * shared with the Copilot coach. `markdown` writes `[x]` into the kata files.
 */
export type StorageMode = 'workspace' | 'markdown';

export const STORAGE_SETTING = 'kataCoach.progress.storage';

/** Returns the configured storage mode; any value other than `markdown` means `workspace`. */
export function readStorageMode(): StorageMode {
  const value = vscode.workspace.getConfiguration('kataCoach.progress').get<string>('storage');
  return value === 'markdown' ? 'markdown' : 'workspace';
}
