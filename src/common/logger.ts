// The one "Kata Coach" log channel, shared by every component. Each component
// gets a view of it that tags its lines, so a reader can filter the log.

import * as vscode from 'vscode';
import { Logger } from '../core/log';

let channel: vscode.LogOutputChannel | undefined;

/** Creates the channel once per activation; later calls return the same one. */
export function getLogChannel(): vscode.LogOutputChannel {
  if (!channel) {
    channel = vscode.window.createOutputChannel('Kata Coach', { log: true });
  }
  return channel;
}

/** Disposes the channel on deactivation, so a reactivation creates a fresh one. */
export function disposeLogChannel(): void {
  channel?.dispose();
  channel = undefined;
}

/** Returns a core `Logger` that writes to the channel with a `[component]` tag. */
export function createLogger(component: string): Logger {
  const tag = `[${component}]`;
  return {
    trace: (message) => getLogChannel().trace(`${tag} ${message}`),
    debug: (message) => getLogChannel().debug(`${tag} ${message}`),
    info: (message) => getLogChannel().info(`${tag} ${message}`),
    warn: (message) => getLogChannel().warn(`${tag} ${message}`),
    error: (message) => getLogChannel().error(message instanceof Error ? `${tag} ${message.stack ?? message.message}` : `${tag} ${message}`),
  };
}

/** Returns a short message for anything thrown, for logs and notifications. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
