// "Ask the Coach": opens Copilot Chat with a prompt about the kata and the
// task in progress. Where the chat command is missing (VS Code without
// Copilot Chat, or a host without chat), the prompt goes to the clipboard.

import * as vscode from 'vscode';
import { buildCoachPrompt, CoachPromptOptions } from '../core/coachPrompt';
import { StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { describeError } from '../common/logger';

const CHAT_OPEN_COMMAND = 'workbench.action.chat.open';

/** The destination of the prompt: the chat view, or the clipboard. */
export type AskCoachRoute = 'chat' | 'clipboard';

export interface AskCoachResult {
  route: AskCoachRoute;
  prompt: string;
}

/** Builds the prompt for a kata's section and hands it to Copilot Chat or the clipboard. */
export async function askCoach(
  kata: Kata,
  states: StepStates,
  sectionId: string | undefined,
  log: Logger,
  seen: Pick<CoachPromptOptions, 'revealedHints' | 'elapsedMinutes'> = { revealedHints: [] },
): Promise<AskCoachResult> {
  const prompt = buildCoachPrompt(kata, states, { sectionId, ...seen });

  const commands = await vscode.commands.getCommands(true);
  if (commands.includes(CHAT_OPEN_COMMAND)) {
    try {
      // `query` fills the chat input and `isPartialQuery` leaves it unsent, so the learner can edit it.
      await vscode.commands.executeCommand(CHAT_OPEN_COMMAND, { query: prompt, isPartialQuery: true });
      log.info(`Opened Copilot Chat with a coach prompt for ${kata.id} (${prompt.length} characters)`);
      return { route: 'chat', prompt };
    } catch (error) {
      log.warn(`Opening Copilot Chat failed (${describeError(error)}); copying the prompt to the clipboard instead`);
    }
  }

  await vscode.env.clipboard.writeText(prompt);
  void vscode.window.showInformationMessage(
    'Copilot Chat is not available here, so Kata Coach copied the coach prompt to the clipboard. Paste it into your AI assistant.',
  );
  log.info(`Copied a coach prompt for ${kata.id} to the clipboard (${prompt.length} characters)`);
  return { route: 'clipboard', prompt };
}
