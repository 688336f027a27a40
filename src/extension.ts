// Entry point: builds the workspace index, the progress service, the tree,
// the coach panel and the commands, and ties their lifetimes to the
// extension context.

import * as vscode from 'vscode';
import { createLogger, describeError, disposeLogChannel, getLogChannel } from './common/logger';
import { registerCommands } from './commands';
import { ProgressService } from './progress/progressService';
import { KataTreeProvider } from './tree/kataTreeProvider';
import { COACH_VIEW_TYPE, CoachPanel } from './webview/coachPanel';
import { KataWorkspace } from './workspace/kataWorkspace';

/** What `activate` returns, for the in-host tests. */
export interface KataCoachApi {
  workspace: KataWorkspace;
  progress: ProgressService;
  tree: KataTreeProvider;
}

export function activate(context: vscode.ExtensionContext): KataCoachApi {
  context.subscriptions.push(getLogChannel());
  const log = createLogger('Extension');
  log.info(`Kata Coach ${String(context.extension.packageJSON.version)} activating`);

  const workspace = new KataWorkspace(createLogger('Index'));
  const progress = new ProgressService(workspace, createLogger('Progress'));
  const tree = new KataTreeProvider(workspace, progress, createLogger('Tree'));
  context.subscriptions.push(workspace, progress, tree);

  const panelLog = createLogger('Coach');
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(COACH_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => CoachPanel.restore(panel, state, context.extensionUri, workspace, progress, panelLog),
    }),
    ...registerCommands({ extensionUri: context.extensionUri, workspace, progress, tree, log: panelLog }),
    { dispose: () => CoachPanel.disposeCurrent() },
  );

  void workspace.scan().catch((error: unknown) => log.error(`Initial scan failed: ${describeError(error)}`));
  return { workspace, progress, tree };
}

export function deactivate(): void {
  disposeLogChannel();
}
