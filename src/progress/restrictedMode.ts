// The Restricted Mode dialogs of Kata Coach: the modal question before the
// first progress write of a window, the notice after "Don't Save", and the
// notice about an unreadable progress file left on disk. Builds the
// WriteConsent that reads VS Code's workspace trust.

import * as vscode from 'vscode';
import { Logger } from '../core/log';
import type { UnusableFile } from '../core/progress/store';
import { readStorageMode, StorageMode } from './storageMode';
import { ConsentAnswer, WriteConsent } from './writeConsent';

export const SAVE = vscode.l10n.t({ message: 'Save', comment: ['Button that saves progress in Restricted Mode'] });
export const DONT_SAVE = vscode.l10n.t("Don't Save");
export const MANAGE_TRUST = vscode.l10n.t('Manage Workspace Trust');
export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** Asks, in a modal dialog, whether to save progress to `target` in Restricted Mode. */
export async function askToSaveInRestrictedMode(target: string): Promise<ConsentAnswer> {
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t({ message: 'This workspace is in Restricted Mode. Save your progress to {0}?', args: [target], comment: ['{0} is a folder path'] }),
    {
      modal: true,
      detail: vscode.l10n.t({
        message: "Kata Coach asks once per window. Don't Save keeps your progress in this window only. Once you trust the workspace, Kata Coach saves without asking.",
        comment: ["Don't Save is a button of the same dialog"],
      }),
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
    ? vscode.l10n.t('Kata Coach leaves your checks as unsaved edits in the kata files and keeps hints and answers in this window only. Save the kata files yourself to keep the checks.')
    : vscode.l10n.t('Kata Coach keeps your progress in this window only and writes nothing to the workspace. Trusting the workspace saves it.');
}

/** Tells the user that an unusable progress file stays untouched on disk, and offers to open it. */
export function notifyUnusableFile(kataTitle: string, file: UnusableFile): void {
  const openFile = vscode.l10n.t('Open File');
  const message = vscode.l10n.t({
    message:
      'The progress file {0} of "{1}" is {2}. In Restricted Mode, Kata Coach leaves it untouched on disk and keeps the progress of this kata in this window only. Once you allow saving, Kata Coach renames the file to a .corrupt copy before it saves progress of this kata.',
    args: [vscode.workspace.asRelativePath(file.filePath, true), kataTitle, file.displayReason],
    comment: ['{0} is a file path; {1} is a kata title; {2} is the reason, such as "not valid JSON (...)"'],
  });
  void vscode.window.showWarningMessage(message, openFile).then((choice) => {
    if (choice === openFile) {
      void vscode.window.showTextDocument(vscode.Uri.file(file.filePath));
    }
  });
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
    notifyUnusableFile,
    log,
  });
}
