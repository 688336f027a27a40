// The Restricted Mode dialogs of Kata Coach: the modal question before the
// first progress write of a window, and the notice after "Don't Save". Builds
// the WriteConsent that reads VS Code's workspace trust.

import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { readStorageMode, StorageMode } from './storageMode';
import { ConsentAnswer, WriteConsent } from './writeConsent';

export const SAVE = 'Save';
export const DONT_SAVE = "Don't Save";
export const MANAGE_TRUST = 'Manage Workspace Trust';
export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** Asks, in a modal dialog, whether to save progress to `target` in Restricted Mode. */
export async function askToSaveInRestrictedMode(target: string): Promise<ConsentAnswer> {
  const choice = await vscode.window.showWarningMessage(
    `This workspace is in Restricted Mode. Save your progress to ${target}?`,
    {
      modal: true,
      detail:
        "Kata Coach asks once per window. Don't Save keeps your progress in this window only. " +
        'Once you trust the workspace, Kata Coach saves without asking.',
    },
    SAVE,
    DONT_SAVE,
    MANAGE_TRUST,
  );
  const answers: Record<string, ConsentAnswer> = { [SAVE]: 'save', [DONT_SAVE]: 'dontSave', [MANAGE_TRUST]: 'manageTrust' };
  return choice === undefined ? undefined : answers[choice];
}

/** Returns the notice shown once after "Don't Save", naming where the progress of this window stays. */
export function keptInMemoryNotice(mode: StorageMode): string {
  return mode === 'markdown'
    ? 'Kata Coach leaves your checks as unsaved edits in the kata files and keeps hints and answers in this window only. Save the kata files yourself to keep the checks.'
    : 'Kata Coach keeps your progress in this window only and writes nothing to the workspace. Trusting the workspace saves it.';
}

function manageTrust(): void {
  void vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
}

/** Returns the WriteConsent of the window: VS Code's trust state, and the real question and notice. */
export function createWriteConsent(log: Logger): WriteConsent {
  if (!vscode.workspace.isTrusted) {
    log.info('The workspace is in Restricted Mode: Kata Coach asks before it first saves progress');
  }
  return new WriteConsent({
    isTrusted: () => vscode.workspace.isTrusted,
    ask: askToSaveInRestrictedMode,
    onDidGrantTrust: vscode.workspace.onDidGrantWorkspaceTrust,
    notifyKeptInMemory: () => {
      void vscode.window.showInformationMessage(keptInMemoryNotice(readStorageMode()), MANAGE_TRUST).then((choice) => {
        if (choice === MANAGE_TRUST) {
          manageTrust();
        }
      });
    },
    manageTrust,
    log,
  });
}
