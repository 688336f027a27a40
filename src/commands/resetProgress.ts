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
      void vscode.window.showWarningMessage(`Kata Coach found no kata or section to reset for ${describeArgument(argument, sectionId)}.`);
    }
    return undefined;
  }

  const { kata, section } = target;
  const steps = section ? section.steps : allSteps(kata);
  const states = progress.statesOf(kata.id);
  const checked = steps.filter((step) => isStepDone(step, states)).length;
  const scope = section ? `"${section.label}" of "${kata.title}"` : `"${kata.title}"`;

  if (options.confirm !== false && !(await confirmReset(scope, checked, steps.length, log))) {
    return undefined;
  }

  const previous = await progress.resetSteps(kata, steps.map((step) => step.id));
  if (!previous) {
    return undefined;
  }
  log.info(`Reset progress of ${kata.id}${section ? ` section ${section.id}` : ''}: ${checked} of ${steps.length} steps were checked`);

  const undo = 'Undo';
  void vscode.window.showInformationMessage(`Reset progress of ${scope}: ${checked} checked steps cleared.`, undo).then(async (choice) => {
    if (choice !== undo) {
      return;
    }
    if (await progress.restoreSteps(kata, previous)) {
      log.info(`Undid the reset of ${kata.id}${section ? ` section ${section.id}` : ''}: restored ${steps.length} step states`);
    }
  });

  return section ? { kataId: kata.id, sectionId: section.id, previous } : { kataId: kata.id, previous };
}

async function confirmReset(scope: string, checked: number, total: number, log: Logger): Promise<boolean> {
  const reset = 'Reset';
  const detail =
    `${checked} of ${total} steps are checked now. Resetting unchecks all of them. ` +
    'Checks of other katas, and unmatched progress of this kata, stay as they are.';
  try {
    const choice = await vscode.window.showWarningMessage(`Reset progress of ${scope}?`, { modal: true, detail }, reset);
    return choice === reset;
  } catch (error) {
    // VS Code rejects modal dialogs in some automated runs; that counts as a cancel.
    log.warn(`The reset confirmation for ${scope} could not be shown, so nothing was reset: ${describeError(error)}`);
    return false;
  }
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

function describeArgument(argument: unknown, sectionId: unknown): string {
  if (typeof argument !== 'string') {
    return 'that item';
  }
  return sectionId === undefined ? `"${argument}"` : `"${argument}" section "${String(sectionId)}"`;
}

interface SectionPickItem extends vscode.QuickPickItem {
  section?: KataSection;
}

async function pickTarget(workspace: KataWorkspace, progress: ProgressService): Promise<Target | undefined> {
  const items = buildKataPickItems(workspace, (id) => progress.statesOf(id));
  if (items.every((item) => !item.kata)) {
    void vscode.window.showInformationMessage('No katas found in this workspace, so there is no progress to reset.');
    return undefined;
  }

  const picked = await vscode.window.showQuickPick(items, {
    title: 'Reset Progress',
    placeHolder: 'Kata whose progress to reset',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  const kata = picked?.kata && workspace.index.findById(picked.kata.id);
  if (!kata) {
    return undefined;
  }

  const states = progress.statesOf(kata.id);
  const count = (steps: KataStep[]) => steps.filter((step) => isStepDone(step, states)).length;
  const scopes: SectionPickItem[] = [
    { label: 'Whole kata', description: `${count(allSteps(kata))} of ${allSteps(kata).length} steps checked` },
    ...kata.sections
      .filter((section) => section.steps.length > 0)
      .map((section) => ({ label: section.label, description: `${count(section.steps)} of ${section.steps.length} steps checked`, section })),
  ];

  const scope = await vscode.window.showQuickPick(scopes, { title: `Reset Progress: ${kata.title}`, placeHolder: 'What to reset' });
  if (!scope) {
    return undefined;
  }
  return scope.section ? { kata, section: scope.section } : { kata };
}
