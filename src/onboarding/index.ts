// Creates the onboarding services with VS Code's real APIs: the walkthrough
// events and the first-run notification.

import * as vscode from 'vscode';
import { onDidAskCoach } from '../chat/askCoach';
import { Logger } from '../core/log';
import { CoachPanel } from '../webview/coachPanel';
import { OnboardingService, OnboardingSources, WALKTHROUGH_ID } from './onboardingService';
import { SHOW_WELCOME_SETTING, WELCOME_DISMISSED_KEY, WelcomeNotice } from './welcomeNotice';

export interface Onboarding {
  events: OnboardingService;
  welcome: WelcomeNotice;
}

export function createOnboarding(
  context: vscode.ExtensionContext,
  sources: Pick<OnboardingSources, 'progress' | 'katasView'>,
  log: Logger,
): Onboarding {
  const events = new OnboardingService({
    ...sources,
    onPanelChange: CoachPanel.onDidChangeCurrent,
    panelKataId: () => CoachPanel.currentKataId,
    onDidAskCoach,
    setContext: (key, value) => vscode.commands.executeCommand('setContext', key, value),
    log,
  });

  // Settings Sync carries "Don't Show Again" to the user's other machines.
  context.globalState.setKeysForSync([WELCOME_DISMISSED_KEY]);
  const welcome = new WelcomeNotice({
    globalState: context.globalState,
    workspaceState: context.workspaceState,
    isEnabled: () => vscode.workspace.getConfiguration().get<boolean>(SHOW_WELCOME_SETTING, true),
    showInformationMessage: (message, ...items) => vscode.window.showInformationMessage(message, ...items),
    executeCommand: (command, ...args) => vscode.commands.executeCommand(command, ...args),
    walkthroughId: `${context.extension.id}#${WALKTHROUGH_ID}`,
    log,
  });
  return { events, welcome };
}
