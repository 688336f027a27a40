// The `kataCoach.hasKatas` context key. The Command Palette entries of
// commands that need a kata read it, so a workspace without katas does not
// list commands that would only show a notification that no kata was found.

import * as vscode from 'vscode';
import type { KataIndex } from '../core/kataIndex';
import { Logger } from '../core/log';
import { describeError } from '../common/logger';

/** Context key that is true while the index lists at least one kata. */
export const HAS_KATAS_CONTEXT_KEY = 'kataCoach.hasKatas';

/** Sets the context key after every index change that adds the first kata or removes the last one. */
export class HasKatasContext implements vscode.Disposable {
  // An unset context key reads as false, so nothing is sent until the first
  // kata arrives. A second workspace object that a test creates thus does not
  // turn the key off while its index is still empty.
  private published = false;
  private readonly removeListener: () => void;

  constructor(
    private readonly index: Pick<KataIndex, 'kataCount' | 'onDidChange'>,
    private readonly log: Logger,
  ) {
    this.removeListener = index.onDidChange(() => this.update());
    this.update();
  }

  /** The value last sent to VS Code. */
  get value(): boolean {
    return this.published;
  }

  dispose(): void {
    this.removeListener();
  }

  private update(): void {
    const hasKatas = this.index.kataCount > 0;
    if (hasKatas === this.published) {
      return;
    }
    this.published = hasKatas;
    vscode.commands.executeCommand('setContext', HAS_KATAS_CONTEXT_KEY, hasKatas).then(undefined, (error: unknown) => {
      this.log.warn(`Setting context key ${HAS_KATAS_CONTEXT_KEY} to ${hasKatas} failed: ${describeError(error)}`);
    });
  }
}
