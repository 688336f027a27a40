// Tells the learner that an unreadable progress file was kept aside, and
// offers to open the kept copy, so nothing they wrote seems lost.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { showFailureMessage } from '../common/failureMessage';

export function reportRecovered(log: Logger, kata: Kata, movedTo: string, reason: string): void {
  log.warn(`Progress file of ${kata.id} was unreadable (${reason}); kept it as ${movedTo}`);
  const open = 'Open Kept File';
  void showFailureMessage(
    `The progress file of "${kata.title}" was unreadable (${reason}). Kata Coach kept it as ${path.basename(movedTo)} and started fresh progress.`,
    { severity: 'warning', actions: [open] },
  ).then((choice) => {
    if (choice === open) {
      void vscode.window.showTextDocument(vscode.Uri.file(movedTo));
    }
  });
}
