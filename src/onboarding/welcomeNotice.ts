// The first-run notification: the first time a workspace with katas opens,
// one information message offers to start a kata or to open the walkthrough.

import type * as vscode from 'vscode';
import { l10n } from 'vscode';
import { describeError } from '../common/logger';
import { Logger } from '../core/log';

/** `globalState` key set by "Don't Show Again", which applies to every workspace. */
export const WELCOME_DISMISSED_KEY = 'kataCoach.welcome.dismissed';
/** `workspaceState` key set when the notification was shown in that workspace. */
export const WELCOME_SHOWN_KEY = 'kataCoach.welcome.shown';
/** The setting that turns the notification off. */
export const SHOW_WELCOME_SETTING = 'kataCoach.showWelcome';

// The extension host loads the l10n bundle before this module (ExtHostExtensionService._doLoadModule in VS Code 1.139), so these texts are translated.
export const WELCOME_MESSAGE = l10n.t('This workspace has katas. Start one in the coach panel, or take a short walkthrough of Kata Coach first.');
export const START_KATA_CHOICE = l10n.t('Start a Kata');
export const OPEN_WALKTHROUGH_CHOICE = l10n.t('Open Walkthrough');
export const DONT_SHOW_AGAIN_CHOICE = l10n.t("Don't Show Again");

/** The outcome of an offer: the reason the notification was not shown, or the button the user clicked (undefined when they closed it). */
export type WelcomeResult =
  | { shown: false; reason: 'noKatas' | 'turnedOff' | 'dismissed' | 'shownBefore' }
  | { shown: true; choice: string | undefined };

export interface WelcomeNoticeDeps {
  globalState: Pick<vscode.Memento, 'get' | 'update'>;
  workspaceState: Pick<vscode.Memento, 'get' | 'update'>;
  /** Returns the value of `kataCoach.showWelcome`. */
  isEnabled(): boolean;
  showInformationMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  executeCommand(command: string, ...args: unknown[]): Thenable<unknown>;
  /** The walkthrough as `workbench.action.openWalkthrough` names it: `<extension id>#<walkthrough id>`. */
  walkthroughId: string;
  log: Logger;
}

export class WelcomeNotice {
  constructor(private readonly deps: WelcomeNoticeDeps) {}

  /**
   * Waits for the first listing of the index, then offers to start when it
   * has at least one kata. A failed listing is logged where it fails, so
   * here it only leaves fewer katas to count.
   */
  async offerOnceListed(listed: PromiseLike<unknown>, kataCount: () => number): Promise<WelcomeResult> {
    await Promise.resolve(listed).catch(() => undefined);
    if (kataCount() === 0) {
      return { shown: false, reason: 'noKatas' };
    }
    return this.offer();
  }

  /**
   * Shows the notification unless the setting turns it off, the user chose
   * "Don't Show Again", or it was shown in this workspace before. Resolves
   * once the user has clicked a button or closed it, and its action has run.
   */
  async offer(): Promise<WelcomeResult> {
    const { globalState, workspaceState, log } = this.deps;
    if (!this.deps.isEnabled()) {
      return { shown: false, reason: 'turnedOff' };
    }
    if (globalState.get<boolean>(WELCOME_DISMISSED_KEY, false)) {
      return { shown: false, reason: 'dismissed' };
    }
    if (workspaceState.get<boolean>(WELCOME_SHOWN_KEY, false)) {
      return { shown: false, reason: 'shownBefore' };
    }

    // Marked before the user clicks, because a notification can stay open in the notification centre indefinitely.
    await workspaceState.update(WELCOME_SHOWN_KEY, true);
    log.info('Showing the welcome notification for this workspace');
    const choice = await this.deps.showInformationMessage(WELCOME_MESSAGE, START_KATA_CHOICE, OPEN_WALKTHROUGH_CHOICE, DONT_SHOW_AGAIN_CHOICE);
    log.info(`Welcome notification closed with ${choice === undefined ? 'no choice' : `"${choice}"`}`);

    try {
      await this.runChoice(choice);
    } catch (error) {
      log.error(`The welcome notification's "${choice}" action failed: ${describeError(error)}`);
    }
    return { shown: true, choice };
  }

  private async runChoice(choice: string | undefined): Promise<void> {
    switch (choice) {
      case START_KATA_CHOICE:
        await this.deps.executeCommand('kataCoach.startKata');
        break;
      case OPEN_WALKTHROUGH_CHOICE:
        // The second argument, false, opens the walkthrough in the active editor group rather than to the side.
        await this.deps.executeCommand('workbench.action.openWalkthrough', this.deps.walkthroughId, false);
        break;
      case DONT_SHOW_AGAIN_CHOICE:
        await this.deps.globalState.update(WELCOME_DISMISSED_KEY, true);
        break;
    }
  }
}
