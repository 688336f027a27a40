// Error and warning messages that follow a caught error. Each one offers an
// "Open Log" button, because the log has the details that a notification
// leaves out: the file paths, the error and what Kata Coach did about it.

import * as vscode from 'vscode';

// The extension host loads the l10n bundle before this module (ExtHostExtensionService._doLoadModule in VS Code 1.139), so the label is translated.
export const OPEN_LOG = vscode.l10n.t({ message: 'Open Log', comment: ['Button that opens the Kata Coach log'] });
export const SHOW_LOG_COMMAND = 'kataCoach.showLog';

/** A message function such as `vscode.window.showErrorMessage`, without its options. */
export type ShowMessage = (message: string, ...items: string[]) => Thenable<string | undefined>;

export interface FailureMessageOptions {
  /** `warning` for a failure that Kata Coach worked around; `error` by default. */
  severity?: 'error' | 'warning';
  /** Buttons shown before "Open Log". */
  actions?: string[];
  /** Replaces the `vscode.window` message function, for tests. */
  show?: ShowMessage;
  /** Replaces `vscode.commands.executeCommand`, for tests. */
  runCommand?: (command: string) => Thenable<unknown>;
}

/**
 * Shows `message` with the buttons of `actions` and "Open Log", which runs
 * `kataCoach.showLog`. Resolves to the chosen button of `actions`, or to
 * undefined when the user chose "Open Log" or closed the message.
 */
export async function showFailureMessage(message: string, options: FailureMessageOptions = {}): Promise<string | undefined> {
  const show: ShowMessage =
    options.show ??
    (options.severity === 'warning'
      ? (text, ...items) => vscode.window.showWarningMessage(text, ...items)
      : (text, ...items) => vscode.window.showErrorMessage(text, ...items));
  const choice = await show(message, ...(options.actions ?? []), OPEN_LOG);
  if (choice !== OPEN_LOG) {
    return choice;
  }

  const runCommand = options.runCommand ?? ((command: string) => vscode.commands.executeCommand(command));
  await runCommand(SHOW_LOG_COMMAND);
  return undefined;
}
