// "Kata Coach: Reset Progress": unchecks every step of a kata or of one of its
// sections after a modal confirmation, then offers Undo, which writes back the
// state each step had. Stored states of ids that match no step stay as they are.

import * as vscode from 'vscode';
import { isStepDone } from '../core/kataProgress';
import { Logger } from '../core/log';
import { allSteps, Kata, KataSection, KataStep } from '../core/model';
import { describeError } from '../common/logger';
import { ProgressService } from '../progress/progressService';
import { KataTreeNode } from '../tree/nodes';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { buildKataPickItems } from './startKata';

export interface ResetOptions {
  /** False skips the modal confirmation, for tests and scripts. Defaults to true. */
  confirm?: boolean;
}

/** Result of a reset: the state each reset step had before, which `Undo` writes back. */
export interface ResetResult {
  kataId: string;
  /** Absent when the whole kata was reset. */
  sectionId?: string;
  previous: Record<string, boolean>;
}

interface Target {
  kata: Kata;
  section?: KataSection;
}

/**
 * Runs the command. Every argument is optional. The first is a kata id or a
 * tree node (kata or section). The second is a section id, used when the first
 * is a kata id. The third, `{ confirm: false }`, skips the confirmation.
 * Without arguments the command shows quick picks for the kata and the
 * section. Returns what was reset, or undefined when the user cancelled, nothing
 * matched or the write failed.
 */
export async function resetProgress(
  workspace: KataWorkspace,
  progress: ProgressService,
  log: Logger,
  argument?: unknown,
  sectionId?: unknown,
  options: ResetOptions = {},
): Promise<ResetResult | undefined> {
  await workspace.listed;
  const target = argument === undefined ? await pickTarget(workspace, progress) : resolveTarget(workspace, argument, sectionId);
  if (!target) {
    if (argument !== undefined) {
      void vscode.window.showWarningMessage(notFoundMessage(argument, sectionId));
    }
    return undefined;
  }

  const { kata, section } = target;
  const steps = section ? section.steps : allSteps(kata);
  const states = progress.statesOf(kata.id);
  const checked = steps.filter((step) => isStepDone(step, states)).length;

  if (options.confirm !== false && !(await confirmReset(target, checked, steps.length, log))) {
    return undefined;
  }

  const previous = await progress.resetSteps(kata, steps.map((step) => step.id));
  if (!previous) {
    return undefined;
  }
  log.info(`Reset progress of ${kata.id}${section ? ` section ${section.id}` : ''}: ${checked} of ${steps.length} steps were checked`);

  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(resetDoneMessage(target, checked), undo).then(async (choice) => {
    if (choice !== undo) {
      return;
    }
    if (await progress.restoreSteps(kata, previous)) {
      log.info(`Undid the reset of ${kata.id}${section ? ` section ${section.id}` : ''}: restored ${steps.length} step states`);
    }
  });

  return section ? { kataId: kata.id, sectionId: section.id, previous } : { kataId: kata.id, previous };
}

async function confirmReset({ kata, section }: Target, checked: number, total: number, log: Logger): Promise<boolean> {
  const reset = vscode.l10n.t({ message: 'Reset', comment: ['Button that confirms resetting progress'] });
  const question = section
    ? vscode.l10n.t({ message: 'Reset progress of "{0}" of "{1}"?', args: [section.label, kata.title], comment: ['{0} is a section name; {1} is a kata title'] })
    : vscode.l10n.t({ message: 'Reset progress of "{0}"?', args: [kata.title], comment: ['{0} is a kata title'] });
  const detail =
    total === 1
      ? vscode.l10n.t('{0} of {1} step is checked now. Resetting unchecks it. Checks of other katas, and unmatched progress of this kata, stay as they are.', checked, total)
      : vscode.l10n.t('{0} of {1} steps are checked now. Resetting unchecks all of them. Checks of other katas, and unmatched progress of this kata, stay as they are.', checked, total);
  try {
    const choice = await vscode.window.showWarningMessage(question, { modal: true, detail }, reset);
    return choice === reset;
  } catch (error) {
    // VS Code rejects modal dialogs in some automated runs; that counts as a cancel.
    log.warn(`The reset confirmation for ${kata.id}${section ? ` section ${section.id}` : ''} could not be shown, so nothing was reset: ${describeError(error)}`);
    return false;
  }
}

function resetDoneMessage({ kata, section }: Target, checked: number): string {
  if (section) {
    return checked === 1
      ? vscode.l10n.t({ message: 'Reset progress of "{0}" of "{1}": {2} checked step cleared.', args: [section.label, kata.title, checked], comment: ['{0} is a section name; {1} is a kata title'] })
      : vscode.l10n.t({ message: 'Reset progress of "{0}" of "{1}": {2} checked steps cleared.', args: [section.label, kata.title, checked], comment: ['{0} is a section name; {1} is a kata title'] });
  }
  return checked === 1
    ? vscode.l10n.t({ message: 'Reset progress of "{0}": {1} checked step cleared.', args: [kata.title, checked], comment: ['{0} is a kata title'] })
    : vscode.l10n.t({ message: 'Reset progress of "{0}": {1} checked steps cleared.', args: [kata.title, checked], comment: ['{0} is a kata title'] });
}

function resolveTarget(workspace: KataWorkspace, argument: unknown, sectionId: unknown): Target | undefined {
  if (typeof argument === 'string') {
    const kata = workspace.index.findById(argument);
    if (!kata || sectionId === undefined) {
      return kata && { kata };
    }
    const section = kata.sections.find((candidate) => candidate.id === sectionId);
    return section && { kata, section };
  }

  const node = argument as Partial<KataTreeNode> | undefined;
  if (node?.kind === 'kata' && 'kata' in node && node.kata) {
    // A kata row keeps only the index's summary, and resetting needs the full model.
    const kata = workspace.index.findById(node.kata.id);
    return kata && { kata };
  }
  if (node?.kind === 'section' && 'section' in node && node.section && 'kata' in node && node.kata) {
    return { kata: node.kata, section: node.section };
  }
  return undefined;
}

function notFoundMessage(argument: unknown, sectionId: unknown): string {
  if (typeof argument !== 'string') {
    return vscode.l10n.t('Kata Coach found no kata or section to reset for that item.');
  }
  if (sectionId === undefined) {
    return vscode.l10n.t({ message: 'Kata Coach found no kata or section to reset for "{0}".', args: [argument], comment: ['{0} is a kata id'] });
  }
  return vscode.l10n.t({
    message: 'Kata Coach found no kata or section to reset for "{0}" section "{1}".',
    args: [argument, String(sectionId)],
    comment: ['{0} is a kata id; {1} is a section id'],
  });
}

interface SectionPickItem extends vscode.QuickPickItem {
  section?: KataSection;
}

async function pickTarget(workspace: KataWorkspace, progress: ProgressService): Promise<Target | undefined> {
  const items = buildKataPickItems(workspace, (id) => progress.statesOf(id));
  if (items.every((item) => !item.kata)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No katas found in this workspace, so there is no progress to reset.'));
    return undefined;
  }

  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Reset Progress'),
    placeHolder: vscode.l10n.t('Kata whose progress to reset'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  const kata = picked?.kata && workspace.index.findById(picked.kata.id);
  if (!kata) {
    return undefined;
  }

  const states = progress.statesOf(kata.id);
  const describe = (steps: KataStep[]) => {
    const checked = steps.filter((step) => isStepDone(step, states)).length;
    return steps.length === 1 ? vscode.l10n.t('{0} of {1} step checked', checked, steps.length) : vscode.l10n.t('{0} of {1} steps checked', checked, steps.length);
  };
  const scopes: SectionPickItem[] = [
    { label: vscode.l10n.t('Whole kata'), description: describe(allSteps(kata)) },
    ...kata.sections.filter((section) => section.steps.length > 0).map((section) => ({ label: section.label, description: describe(section.steps), section })),
  ];

  const title = vscode.l10n.t({ message: 'Reset Progress: {0}', args: [kata.title], comment: ['{0} is a kata title'] });
  const scope = await vscode.window.showQuickPick(scopes, { title, placeHolder: vscode.l10n.t('What to reset') });
  if (!scope) {
    return undefined;
  }
  return scope.section ? { kata, section: scope.section } : { kata };
}
