// Registers every Kata Coach command. Each handler resolves its argument
// (a tree node, a kata id, or nothing for the palette) and calls a view.

import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { getLogChannel } from '../common/logger';
import { ProgressService } from '../progress/progressService';
import { KataTreeNode } from '../tree/nodes';
import { KataTreeProvider } from '../tree/kataTreeProvider';
import { CoachPanel } from '../webview/coachPanel';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { createSampleKata } from './createSampleKata';
import { resetProgress, ResetOptions } from './resetProgress';
import { newKata, readNewKataAnswers } from './newKata';
import { pickKata } from './startKata';
import { registerTreeCommands } from './treeCommands';
import { revealedHints } from '../core/hintReveal';
import { currentSection } from '../core/kataProgress';
import { TimeTracker } from '../time/timeTracker';
import { askCoach } from '../chat/askCoach';

export interface CommandContext {
  extensionUri: vscode.Uri;
  workspace: KataWorkspace;
  progress: ProgressService;
  tree: KataTreeProvider;
  log: Logger;
  time: TimeTracker;
}

/** Returns the kata a command argument names: a tree node, a kata, or a kata id. */
function kataFromArgument(workspace: KataWorkspace, argument: unknown): Kata | undefined {
  if (typeof argument === 'string') {
    return workspace.index.findById(argument);
  }
  const node = argument as Partial<KataTreeNode> | undefined;
  if (node?.kind === 'kata' && 'kata' in node && node.kata) {
    // A kata row keeps only the index's summary, and commands need the full model.
    return workspace.index.findById(node.kata.id);
  }
  return undefined;
}

/** Returns the kata and section of a tree section node, so the panel can open on that section. */
function sectionFromArgument(argument: unknown): { kata: Kata; sectionId: string } | undefined {
  const node = argument as Partial<KataTreeNode> | undefined;
  if (node?.kind === 'section' && 'section' in node && node.section && 'kata' in node && node.kata) {
    return { kata: node.kata, sectionId: node.section.id };
  }
  return undefined;
}

function sectionById(workspace: KataWorkspace, kataId: unknown, sectionId: unknown): { kata: Kata; sectionId: string } | undefined {
  const kata = typeof kataId === 'string' ? workspace.index.findById(kataId) : undefined;
  if (kata && typeof sectionId === 'string' && kata.sections.some((section) => section.id === sectionId)) {
    return { kata, sectionId };
  }
  return undefined;
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  const { workspace, progress, tree, log } = context;

  // Arguments: a tree node, or a kata id with an optional section id (from lenses and scripts).
  const openKata = async (argument: unknown, sectionArgument?: unknown): Promise<string | undefined> => {
    await workspace.listed;
    const section = sectionFromArgument(argument) ?? sectionById(workspace, argument, sectionArgument);
    const kata = section?.kata ?? kataFromArgument(workspace, argument) ?? (argument === undefined ? await pickKata(workspace, (id) => progress.statesOf(id)) : undefined);
    if (!kata) {
      if (typeof argument === 'string') {
        void vscode.window.showWarningMessage(vscode.l10n.t({ message: 'Kata Coach found no kata "{0}" in this workspace.', args: [argument], comment: ['{0} is a kata id'] }));
      } else if (argument !== undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Kata Coach found no kata for that item in this workspace.'));
      }
      return undefined;
    }

    log.info(`Starting kata ${kata.id} (${kata.filePath})`);
    // Keyboard users land in the panel, so Tab moves through its controls rather than editing the kata file.
    CoachPanel.show({ extensionUri: context.extensionUri, workspace, progress, log, time: context.time }, kata, section?.sectionId, true);
    await tree.revealKata(kata);
    return kata.id;
  };

  return [
    ...registerTreeCommands(workspace, tree),
    vscode.commands.registerCommand('kataCoach.startKata', openKata),
    vscode.commands.registerCommand('kataCoach.openCoachPanel', openKata),
    // Refresh reads every file again, for an index the user suspects is stale.
    vscode.commands.registerCommand('kataCoach.refresh', () => workspace.scan({ force: true })),
    vscode.commands.registerCommand('kataCoach.newKata', (answers?: unknown) => newKata(workspace, log, readNewKataAnswers(answers))),
    vscode.commands.registerCommand('kataCoach.toggleTimer', (kataId?: unknown) => {
      const id = typeof kataId === 'string' ? kataId : (CoachPanel.currentKataId ?? context.time.activeContext?.kataId);
      if (!id || !workspace.index.findById(id)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Kata Coach counts time only while a kata is open. Start a kata first.'));
        return undefined;
      }
      return context.time.togglePause(id);
    }),

    // Arguments (kata id, section id) come from the coach panel; from the palette it shows a kata picker.
    vscode.commands.registerCommand('kataCoach.askCoach', async (kataId?: unknown, sectionId?: unknown) => {
      await workspace.listed;
      const kata =
        typeof kataId === 'string'
          ? workspace.index.findById(kataId)
          : (CoachPanel.currentKataId && workspace.index.findById(CoachPanel.currentKataId)) || (await pickKata(workspace, (id) => progress.statesOf(id)));
      if (!kata) {
        return undefined;
      }
      const states = progress.statesOf(kata.id);
      const section = typeof sectionId === 'string' ? sectionId : currentSection(kata, states)?.id;
      const seen = section
        ? {
            revealedHints: revealedHints(kata, section, progress.coachDataOf(kata.id).revealedHintCounts[section] ?? 0),
            elapsedMinutes: context.time.minutesOf(kata.id).bySection[section],
          }
        : { revealedHints: [] };
      return askCoach(kata, states, section, log, seen);
    }),
    vscode.commands.registerCommand('kataCoach.showLog', () => getLogChannel().show()),

    // Scripts and tests call it as (kataId, sectionId?, { confirm: false }); see resetProgress.
    vscode.commands.registerCommand('kataCoach.resetProgress', (argument?: unknown, sectionId?: unknown, options?: ResetOptions) =>
      resetProgress(workspace, progress, log, argument, sectionId, options),
    ),

    vscode.commands.registerCommand('kataCoach.createSampleKata', async () => {
      const created = await createSampleKata(log);
      if (created) {
        await workspace.scan();
      }
      return created?.fsPath;
    }),

    vscode.commands.registerCommand('kataCoach.openKataFile', async (argument: unknown) => {
      const kata = kataFromArgument(workspace, argument);
      if (kata) {
        await vscode.window.showTextDocument(vscode.Uri.file(kata.filePath), { preview: false });
      }
    }),

    vscode.commands.registerCommand('kataCoach.revealStep', async (filePath: unknown, line: unknown) => {
      if (typeof filePath !== 'string' || typeof line !== 'number') {
        return;
      }
      // Open the file in a column the coach panel is not in, so it never replaces the panel.
      const coachColumn = CoachPanel.currentViewColumn;
      const viewColumn = coachColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      const position = new vscode.Position(Math.max(line - 1, 0), 0);
      await vscode.window.showTextDocument(vscode.Uri.file(filePath), {
        selection: new vscode.Range(position, position),
        preserveFocus: false,
        preview: false,
        viewColumn,
      });
    }),
  ];
}
