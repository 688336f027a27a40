// Decides whether a progress write goes to disk. In a trusted workspace it
// always does. In Restricted Mode the first write of a window shows the user
// a question, and the answer applies until the window closes. Once the
// workspace is trusted, writes go to disk without a question. The trust state
// and the question are injected, so tests can stand in for Restricted Mode.

import type { Event } from 'vscode';
import { Logger } from '../core/log';
import type { UnusableFile } from '../core/progress/store';
import { describeError } from '../common/logger';

/** Destination of a write: the disk, or this window's memory only. */
export type WriteTarget = 'disk' | 'memory';

/** The answer to the Restricted Mode question; undefined when the user closed it. */
export type ConsentAnswer = 'save' | 'dontSave' | 'manageTrust' | undefined;

export interface WriteConsentOptions {
  /** Returns whether the workspace is trusted now, such as `vscode.workspace.isTrusted`. */
  isTrusted: () => boolean;
  /** Asks whether to save progress to `target`, a path as the user reads it. */
  ask: (target: string) => Promise<ConsentAnswer>;
  /** Fires when the user trusts the workspace, such as `vscode.workspace.onDidGrantWorkspaceTrust`. */
  onDidGrantTrust: Event<void>;
  /** Tells the user that progress stays in memory. Called once, after "Don't Save". */
  notifyKeptInMemory?: () => void;
  /** Opens the Workspace Trust editor, after "Manage Workspace Trust". */
  manageTrust?: () => void;
  /** Tells the user that an unusable progress file stays untouched on disk. Called once per file. */
  notifyUnusableFile?: (kataTitle: string, file: UnusableFile) => void;
  log?: Logger;
}

export class WriteConsent {
  /** The user's answer, which applies for the rest of the window's session. */
  private answer: 'save' | 'dontSave' | undefined;

  /** The open question, which every write that arrives while it is open waits for. */
  private pendingQuestion: Promise<WriteTarget> | undefined;

  /** Paths of the unusable progress files that the user was notified of. */
  private readonly reportedUnusableFiles = new Set<string>();

  constructor(private readonly options: WriteConsentOptions) {}

  /** Fires when the user trusts the workspace; writes kept in memory can be saved then. */
  get onDidGrantTrust(): Event<void> {
    return this.options.onDidGrantTrust;
  }

  /** True while writes stay in memory: in Restricted Mode, unless the user chose "Save". */
  get keepsInMemory(): boolean {
    return !this.options.isTrusted() && this.answer !== 'save';
  }

  /**
   * Tells the user, once per file and window, that an unusable progress file
   * stays untouched on disk. The memory stores read it as absent until the
   * user allows saving (see ProgressStores.memoryStoreFor).
   */
  reportUnusableFile(kataTitle: string, file: UnusableFile): void {
    if (this.reportedUnusableFiles.has(file.filePath)) {
      return;
    }
    this.reportedUnusableFiles.add(file.filePath);
    this.options.log?.warn(`Restricted Mode: progress file ${file.filePath} of "${kataTitle}" is ${file.reason}. It stays untouched on disk until the user allows saving.`);
    this.options.notifyUnusableFile?.(kataTitle, file);
  }

  /**
   * Returns the destination of a write to `target`. In Restricted Mode without
   * an answer yet, it shows the question first. With `mayAsk` false the write
   * stays in memory without a question, for writes the user did not start.
   */
  async targetOf(target: string, mayAsk = true): Promise<WriteTarget> {
    if (!this.keepsInMemory) {
      return 'disk';
    }
    if (this.answer === 'dontSave' || !mayAsk) {
      return 'memory';
    }
    this.pendingQuestion ??= this.ask(target).finally(() => {
      this.pendingQuestion = undefined;
    });
    return this.pendingQuestion;
  }

  private async ask(target: string): Promise<WriteTarget> {
    let answer: ConsentAnswer;
    try {
      answer = await this.options.ask(target);
    } catch (error) {
      // VS Code rejects modal dialogs while extension tests run. Nothing is written then, and the next write shows the question again.
      this.options.log?.warn(`The Restricted Mode question about saving to ${target} could not be shown: ${describeError(error)}`);
      return 'memory';
    }

    this.options.log?.info(`Restricted Mode: the answer to saving progress to ${target} is ${answer ?? 'none (closed)'}`);
    if (answer === 'save') {
      this.answer = 'save';
      return 'disk';
    }
    if (answer === 'dontSave') {
      this.answer = 'dontSave';
      this.options.notifyKeptInMemory?.();
    } else if (answer === 'manageTrust') {
      this.options.manageTrust?.();
    }
    // Without an answer for the session, this write stays in memory and the next write shows the question again.
    return 'memory';
  }
}
