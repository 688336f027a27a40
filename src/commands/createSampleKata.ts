// "Kata Coach: Create a Sample Kata": writes a short kata that teaches the
// extension itself into a workspace folder, never over an existing file.

import * as vscode from 'vscode';
import { SAMPLE_KATA_FILE_NAME, SAMPLE_KATA_TEXT } from '../core/sampleKata';
import { Logger } from '../core/log';
import { describeError } from '../common/logger';
import { showFailureMessage } from '../common/failureMessage';

export async function createSampleKata(log: Logger): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Kata Coach writes the sample kata into a workspace folder.'));
    return undefined;
  }

  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder to write the sample kata into') });
  if (!folder) {
    return undefined;
  }

  const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_KATA_FILE_NAME.split('/'));
  try {
    await vscode.workspace.fs.stat(target);
    log.info(`Sample kata already exists at ${target.fsPath}; opening it`);
  } catch {
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(SAMPLE_KATA_TEXT));
      log.info(`Created the sample kata at ${target.fsPath}`);
    } catch (error) {
      log.error(`Could not create the sample kata at ${target.fsPath}: ${describeError(error)}`);
      void showFailureMessage(
        vscode.l10n.t({ message: 'Kata Coach could not create {0}: {1}', args: [target.fsPath, describeError(error)], comment: ['{0} is a file path; {1} is the error message'] }),
      );
      return undefined;
    }
  }

  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
