// "Kata Coach: Start Kata": a quick pick of every kata, searchable by title,
// id, tags and technologies, that opens the chosen kata in the coach panel.

import * as vscode from 'vscode';
import { completionPercent, kataCompletion, kataSearchText, StepStates } from '../core/kataProgress';
import type { KataSummary } from '../core/indexing/kataSummary';
import { describeDifficulty, Kata } from '../core/model';
import { KataWorkspace } from '../workspace/kataWorkspace';

interface KataPickItem extends vscode.QuickPickItem {
  kata?: KataSummary;
}

/** Builds the quick pick rows: one separator per category, katas in index order. */
export function buildKataPickItems(workspace: KataWorkspace, statesOf: (kataId: string) => StepStates): KataPickItem[] {
  const items: KataPickItem[] = [];

  for (const category of workspace.index.categories()) {
    items.push({ label: category.name, kind: vscode.QuickPickItemKind.Separator });

    for (const kata of category.katas) {
      // Only katas with checked steps are parsed, so the list opens fast in a large catalogue.
      const states = statesOf(kata.id);
      const full = Object.values(states).some(Boolean) ? workspace.index.findById(kata.id) : undefined;
      const completion = full ? kataCompletion(full, states) : undefined;
      const progress =
        !completion || completion.done === 0
          ? vscode.l10n.t({ message: 'not started', comment: ['Progress of a kata in the Start Kata picker'] })
          : vscode.l10n.t({ message: '{0}/{1} steps ({2}%)', args: [completion.done, completion.total, completionPercent(completion)], comment: ['Progress of a kata: {0} of {1} steps are done; {2} is the percent done'] });
      const minutes =
        kata.estimatedMinutes !== undefined
          ? vscode.l10n.t({ message: '{0} min', args: [kata.estimatedMinutes], comment: ['Estimated time of a kata in minutes'] })
          : vscode.l10n.t({ message: 'time not set', comment: ['Shown in place of the estimated time of a kata that has none'] });
      items.push({
        label: kata.title,
        description: `${describeDifficulty(kata.difficulty)} · ${minutes} · ${kata.category}`,
        detail: `${progress} · ${kataSearchText(kata)}`,
        kata,
      });
    }
  }
  return items;
}

/** Asks the learner for a kata; returns undefined when they cancel or there is none. */
export async function pickKata(workspace: KataWorkspace, statesOf: (kataId: string) => StepStates): Promise<Kata | undefined> {
  await workspace.listed;

  if (workspace.index.katas.length === 0) {
    const create = vscode.l10n.t('Create a Sample Kata');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('No katas found in this workspace. A kata is a markdown file whose front matter has a kata_id.'),
      create,
    );
    if (choice === create) {
      await vscode.commands.executeCommand('kataCoach.createSampleKata');
    }
    return undefined;
  }

  const picked = await vscode.window.showQuickPick(buildKataPickItems(workspace, statesOf), {
    title: vscode.l10n.t({ message: 'Start Kata', comment: ['Title of the kata picker'] }),
    placeHolder: vscode.l10n.t('Search katas by title, id, category, tag or technology'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.kata && workspace.index.findById(picked.kata.id);
}
