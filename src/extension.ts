import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Kata Coach', { log: true });
  context.subscriptions.push(log);
  log.info('Kata Coach activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
