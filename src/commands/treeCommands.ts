// Commands of the Katas view: its grouping and completed filter (the view
// title's "..." menu) and Reveal Current Step (a kata row's context menu and
// the Command Palette).

import * as vscode from 'vscode';
import type { KataGrouping } from '../core/kataGroups';
import { KataTreeProvider } from '../tree/kataTreeProvider';
import type { KataTreeNode } from '../tree/nodes';
import { CoachPanel } from '../webview/coachPanel';
import { KataWorkspace } from '../workspace/kataWorkspace';

const GROUPING_COMMANDS: Record<KataGrouping, string> = {
  category: 'kataCoach.groupByCategory',
  difficulty: 'kataCoach.groupByDifficulty',
  path: 'kataCoach.groupByLearningPath',
};

/**
 * Suffix of the command that the "Group By" menu shows, with a check mark,
 * for the current grouping. Menus of extensions cannot show a checked state,
 * so each grouping has a second command whose title carries the mark.
 */
const SELECTED_SUFFIX = '.selected';

export function registerTreeCommands(workspace: KataWorkspace, tree: KataTreeProvider): vscode.Disposable[] {
  const groupingCommands = Object.entries(GROUPING_COMMANDS).flatMap(([grouping, command]) => {
    const select = () => tree.options.setGrouping(grouping as KataGrouping);
    return [vscode.commands.registerCommand(command, select), vscode.commands.registerCommand(`${command}${SELECTED_SUFFIX}`, select)];
  });

  return [
    ...groupingCommands,
    vscode.commands.registerCommand('kataCoach.hideCompletedKatas', () => tree.options.setHideCompleted(true)),
    vscode.commands.registerCommand('kataCoach.showCompletedKatas', () => tree.options.setHideCompleted(false)),
    // Argument: a kata row, or a kata id from scripts and tests. Returns the id of the selected row.
    vscode.commands.registerCommand('kataCoach.revealCurrentStep', async (argument?: unknown) => {
      await workspace.listed;
      const kataId = kataIdOf(argument) ?? currentKataId(workspace) ?? (await pickKataId(workspace));
      return kataId === undefined ? undefined : revealCurrentStep(workspace, tree, kataId);
    }),
  ];
}

async function revealCurrentStep(workspace: KataWorkspace, tree: KataTreeProvider, kataId: string): Promise<string | undefined> {
  const summary = workspace.index.summaryOf(kataId);
  if (!summary) {
    void vscode.window.showWarningMessage(vscode.l10n.t({ message: 'Kata Coach found no kata "{0}" in this workspace.', args: [kataId], comment: ['{0} is a kata id'] }));
    return undefined;
  }

  const target = await tree.revealCurrentStep(kataId);
  if (!target && tree.options.hideCompleted) {
    const showCompleted = vscode.l10n.t('Show Completed Katas');
    const message = vscode.l10n.t({ message: '"{0}" is done, and the Katas view hides completed katas.', args: [summary.title], comment: ['{0} is a kata title'] });
    // Not awaited, so the command returns while the notification waits for the learner.
    void vscode.window.showInformationMessage(message, showCompleted).then(async (choice) => {
      if (choice === showCompleted) {
        await tree.options.setHideCompleted(false);
        await tree.revealCurrentStep(kataId);
      }
    });
    return undefined;
  }
  if (target?.kind === 'section') {
    void vscode.window.showInformationMessage(vscode.l10n.t({ message: 'Every step of "{0}" is done.', args: [summary.title], comment: ['{0} is a kata title'] }));
  }
  return target?.id;
}

function kataIdOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') {
    return argument;
  }
  const node = argument as Partial<KataTreeNode> | undefined;
  return node?.kind === 'kata' && 'kata' in node && node.kata ? node.kata.id : undefined;
}

/** Returns the kata the learner works on: the coach panel's, else the one open in the active editor. */
function currentKataId(workspace: KataWorkspace): string | undefined {
  if (CoachPanel.currentKataId !== undefined) {
    return CoachPanel.currentKataId;
  }
  const document = vscode.window.activeTextEditor?.document;
  if (document?.uri.scheme !== 'file' || !workspace.index.isKataFile(document.uri.fsPath)) {
    return undefined;
  }
  return workspace.index.fileOf(document.uri.fsPath)?.summary.kata?.id;
}

async function pickKataId(workspace: KataWorkspace): Promise<string | undefined> {
  const items = workspace.index.katas.map((kata) => ({ label: kata.title, description: kata.category, id: kata.id }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No katas found in this workspace.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Reveal Current Step'),
    placeHolder: vscode.l10n.t('Select the kata whose next step to show in the Katas view'),
    matchOnDescription: true,
  });
  return picked?.id;
}
