// Tells the learner that an unreadable progress file was kept aside, and
// offers to open the kept copy, so nothing they wrote seems lost.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import type { RecoveredFile } from '../core/progress/store';
import { showFailureMessage } from '../common/failureMessage';

export function reportRecovered(log: Logger, kata: Kata, recovered: RecoveredFile): void {
  const { movedTo, reason, displayReason } = recovered;
  log.warn(`Progress file of ${kata.id} was unreadable (${reason}); kept it as ${movedTo}`);
  const open = vscode.l10n.t('Open Kept File');
  const message = vscode.l10n.t({
    message: 'Kata Coach could not use the progress file of "{0}", because it is {1}. Kata Coach kept it as {2} and saves the progress of this kata in a new file.',
    args: [kata.title, displayReason, path.basename(movedTo)],
    comment: ['{0} is a kata title; {1} is the reason, such as "not valid JSON (...)"; {2} is a file name'],
  });
  void showFailureMessage(message, { severity: 'warning', actions: [open] }).then((choice) => {
    if (choice === open) {
      void vscode.window.showTextDocument(vscode.Uri.file(movedTo));
    }
  });
}
