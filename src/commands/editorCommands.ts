// Commands that act on a kata file in the editor: toggle the step under the
// cursor, and reveal the next hint of a task from its CodeLens.

import * as vscode from 'vscode';
import { isStepDone } from '../core/kataProgress';
import { Logger } from '../core/log';
import { allSteps, Kata } from '../core/model';
import { KataDocuments } from '../editor/kataDocuments';
import { describeHintProblem, revealNextHint } from '../progress/hintActions';
import { ProgressService } from '../progress/progressService';
import { TimeTracker } from '../time/timeTracker';
import { KataWorkspace } from '../workspace/kataWorkspace';

export interface EditorCommandContext {
  workspace: KataWorkspace;
  progress: ProgressService;
  documents: KataDocuments;
  time: TimeTracker;
  log: Logger;
}

/**
 * Toggles a step: the one named by the arguments (from a lens), else the one
 * on the cursor's line in the active kata file. Returns the new state, or
 * undefined when there is no such step.
 */
export async function toggleStep(context: EditorCommandContext, kataId?: unknown, stepId?: unknown): Promise<boolean | undefined> {
  const target = typeof kataId === 'string' && typeof stepId === 'string' ? fromArguments(context, kataId, stepId) : fromCursor(context);
  if (!target) {
    return undefined;
  }

  const { kata, id } = target;
  const step = allSteps(kata).find((candidate) => candidate.id === id);
  if (!step) {
    context.log.warn(`Toggle Step named step ${id}, which kata ${kata.id} does not have`);
    return undefined;
  }
  const checked = !isStepDone(step, context.progress.statesOf(kata.id));
  const saved = await context.progress.setSteps(kata, { [step.id]: checked });
  return saved ? checked : undefined;
}

function fromArguments(context: EditorCommandContext, kataId: string, stepId: string): { kata: Kata; id: string } | undefined {
  const kata = context.workspace.index.findById(kataId);
  if (!kata) {
    void vscode.window.showWarningMessage(vscode.l10n.t({ message: 'Kata Coach found no kata "{0}" in this workspace.', args: [kataId], comment: ['{0} is a kata id'] }));
    return undefined;
  }
  return { kata, id: stepId };
}

function fromCursor(context: EditorCommandContext): { kata: Kata; id: string } | undefined {
  const editor = vscode.window.activeTextEditor;
  const current = editor && context.documents.kataOf(editor.document);
  const indexed = editor && context.workspace.index.findByFile(editor.document.uri.fsPath);
  if (!editor || !current || !indexed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Toggle Step works in a kata file: put the cursor on a step line (a "- [ ]" checkbox).'));
    return undefined;
  }

  const line = editor.selection.active.line + 1;
  const step = allSteps(current).find((candidate) => candidate.line === line);
  if (!step) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Line {0} is not a step. Put the cursor on a "- [ ]" checkbox line of a task.', line));
    return undefined;
  }
  // Ids come from the step text, so the saved file's kata has the same id for an unchanged step.
  return { kata: indexed, id: step.id };
}

/** Reveals the next hint of a task and shows it in the coach panel. Returns why no hint was revealed, or undefined. */
export async function revealHintCommand(context: EditorCommandContext, kataId: unknown, sectionId: unknown): Promise<string | undefined> {
  const kata = typeof kataId === 'string' ? context.workspace.index.findById(kataId) : undefined;
  if (!kata || typeof sectionId !== 'string') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Kata Coach needs a kata and a task to show a hint. Use the lens above a task heading.'));
    return 'No such kata or task.';
  }

  const problem = await revealNextHint(context.progress, context.time, context.log, kata, sectionId);
  await vscode.commands.executeCommand('kataCoach.openCoachPanel', kata.id, sectionId);
  if (!problem) {
    return undefined;
  }
  const message = describeHintProblem(problem);
  void vscode.window.showInformationMessage(message);
  return message;
}
