// "Ask the Coach": opens Copilot Chat with a prompt about the kata and the
// task in progress. Where the chat command is missing (VS Code without
// Copilot Chat, or a host without chat), the prompt goes to the clipboard.

import * as vscode from 'vscode';
import { AgentFile, pickCoachAgent } from '../core/coachAgent';
import { buildCoachPrompt, CoachPromptOptions } from '../core/coachPrompt';
import { StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { describeError } from '../common/logger';

const CHAT_OPEN_COMMAND = 'workbench.action.chat.open';

/** The destination of the prompt: the chat view, or the clipboard. */
export type AskCoachRoute = 'chat' | 'clipboard';

const askCoachEmitter = new vscode.EventEmitter<{ kataId: string; route: AskCoachRoute }>();
/** Fires after a coach prompt was handed to chat or copied to the clipboard. */
export const onDidAskCoach = askCoachEmitter.event;

export interface AskCoachResult {
  route: AskCoachRoute;
  prompt: string;
  /** The custom chat agent selected for the prompt, when the workspace has a kata coach agent. */
  agent?: string;
}

// Folders that hold custom agent files, relative to a workspace folder. They
// are read directly rather than searched, because search needs ripgrep, which
// some VS Code builds ship without.
const AGENT_FOLDERS = [['.github', 'agents'], ['.github', 'chatmodes']];

/** Returns the name of the workspace's kata coach agent, if it has one (see pickCoachAgent). */
async function findCoachAgent(log: Logger): Promise<string | undefined> {
  const files: AgentFile[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const segments of AGENT_FOLDERS) {
      const directory = vscode.Uri.joinPath(folder.uri, ...segments);
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(directory);
      } catch {
        // Most workspaces have no agent folder.
        continue;
      }

      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File || !/\.(agent|chatmode)\.md$/i.test(name)) {
          continue;
        }
        try {
          const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, name));
          files.push({ fileName: name, text: new TextDecoder().decode(bytes) });
        } catch (error) {
          log.warn(`Reading agent file ${vscode.Uri.joinPath(directory, name).fsPath} failed: ${describeError(error)}`);
        }
      }
    }
  }
  return pickCoachAgent(files);
}

/** Name of the agent that ships with the extension, from the `name` of agents/kata-coach.agent.md. */
export const BUILT_IN_AGENT = 'Kata Coach';

/** Returns the agent to select, as the `kataCoach.askCoach.agent` setting chooses. */
async function chosenAgent(log: Logger): Promise<string | undefined> {
  const choice = vscode.workspace.getConfiguration().get<string>('kataCoach.askCoach.agent', 'auto');
  switch (choice) {
    case 'none':
      return undefined;
    case 'kataCoach':
      return BUILT_IN_AGENT;
    case 'workspace':
      return findCoachAgent(log);
    default:
      return (await findCoachAgent(log)) ?? BUILT_IN_AGENT;
  }
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
    const agent = await chosenAgent(log);
    // `query` fills the chat input and `isPartialQuery` leaves it unsent, so the learner can edit it.
    const attempts = agent ? [{ query: prompt, isPartialQuery: true, mode: agent }, { query: prompt, isPartialQuery: true }] : [{ query: prompt, isPartialQuery: true }];
    // The first open after a window load creates the chat view, and a query
    // passed to that call can arrive before its input exists. Opening the view
    // first lets the call with the query fill a ready input.
    await vscode.commands.executeCommand(CHAT_OPEN_COMMAND).then(undefined, (error: unknown) => log.warn(`Opening the chat view failed: ${describeError(error)}`));
    for (const options of attempts) {
      try {
        await vscode.commands.executeCommand(CHAT_OPEN_COMMAND, options);
        const mode = 'mode' in options ? `, requesting the ${options.mode} agent` : '';
        log.info(`Opened Copilot Chat with a coach prompt for ${kata.id}${mode} (${prompt.length} characters)`);
        askCoachEmitter.fire({ kataId: kata.id, route: 'chat' });
        return { route: 'chat', prompt, agent: 'mode' in options ? options.mode : undefined };
      } catch (error) {
        log.warn(`Opening Copilot Chat with ${JSON.stringify(Object.keys(options))} failed: ${describeError(error)}`);
      }
    }
    log.warn('Copying the coach prompt to the clipboard instead');
  }

  await vscode.env.clipboard.writeText(prompt);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Copilot Chat is not available here, so Kata Coach copied the coach prompt to the clipboard. Paste it into your AI assistant.'),
  );
  log.info(`Copied a coach prompt for ${kata.id} to the clipboard (${prompt.length} characters)`);
  askCoachEmitter.fire({ kataId: kata.id, route: 'clipboard' });
  return { route: 'clipboard', prompt };
}
