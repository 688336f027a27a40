// Carries checks over when the user switches `kataCoach.progress.storage`:
// from the progress files into the kata files' `[x]` marks, or back.

import * as vscode from 'vscode';
import { isStepDone } from '../core/kataProgress';
import { Logger } from '../core/log';
import { allSteps, Kata } from '../core/model';
import { describeError } from '../common/logger';
import { showFailureMessage } from '../common/failureMessage';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { ProgressService } from './progressService';
import { StorageMode } from './storageMode';

export const COPY_TO_KATA_FILES = vscode.l10n.t('Copy checks into the kata files');
export const COPY_TO_PROGRESS_FILES = vscode.l10n.t('Copy checks into progress files');
export const NOT_NOW = vscode.l10n.t('Not now');

/** Number of katas whose checks were copied, and of katas whose copy failed. */
export interface CarryOverResult {
  copied: number;
  failed: number;
}

/** Offers to carry checks over each time the storage mode changes. */
export function registerCarryOverOffer(workspace: KataWorkspace, progress: ProgressService, log: Logger): vscode.Disposable {
  return progress.onDidChangeStorageMode((mode) => {
    void offerCarryOver(workspace, progress, log, mode).catch((error: unknown) => {
      log.error(`Copying checks after the switch to ${mode} storage failed: ${describeError(error)}`);
    });
  });
}

/**
 * Asks whether to copy the checks kept so far into the storage of `mode`, and
 * copies them for every kata when the user agrees. `presetAnswer` skips the
 * question, for tests and scripts. Returns undefined when nothing was copied.
 */
export async function offerCarryOver(
  workspace: KataWorkspace,
  progress: ProgressService,
  log: Logger,
  mode: StorageMode,
  presetAnswer?: string,
): Promise<CarryOverResult | undefined> {
  const copy = mode === 'markdown' ? COPY_TO_KATA_FILES : COPY_TO_PROGRESS_FILES;
  const question =
    mode === 'markdown'
      ? vscode.l10n.t('Kata Coach now keeps progress as [x] marks in the kata files. Copy the checks from the progress files into them?')
      : vscode.l10n.t('Kata Coach now keeps progress in progress files under .copilot-tracking/learning. Copy the [x] marks of the kata files into them?');
  const answer = presetAnswer ?? (await vscode.window.showInformationMessage(question, copy, NOT_NOW));
  if (answer !== copy) {
    log.info(`Checks not copied after the switch to ${mode} storage (choice: ${answer ?? 'dismissed'})`);
    return undefined;
  }

  await workspace.listed;
  const result: CarryOverResult = { copied: 0, failed: 0 };
  for (const summary of workspace.index.katas) {
    const kata = workspace.index.findById(summary.id);
    if (!kata) {
      continue;
    }
    const outcome = mode === 'markdown' ? await copyIntoKataFile(progress, kata) : await copyIntoProgressFile(progress, kata);
    if (outcome === 'copied') {
      result.copied++;
    } else if (outcome === 'failed') {
      result.failed++;
    }
  }

  log.info(`Copied checks of ${result.copied} katas into ${mode === 'markdown' ? 'kata files' : 'progress files'}; ${result.failed} failed`);
  if (result.failed > 0) {
    const message =
      result.failed === 1
        ? vscode.l10n.t('Kata Coach could not copy the checks of {0} kata. The Kata Coach log lists it.', result.failed)
        : vscode.l10n.t('Kata Coach could not copy the checks of {0} katas. The Kata Coach log lists them.', result.failed);
    void showFailureMessage(message, { severity: 'warning' });
  }
  return result;
}

type CopyOutcome = 'copied' | 'unchanged' | 'failed';

/** Writes the progress file's states as `[x]` marks, for steps where the two differ. */
async function copyIntoKataFile(progress: ProgressService, kata: Kata): Promise<CopyOutcome> {
  await progress.load(kata);
  const stored = progress.storedStatesOf(kata.id);
  const marks = progress.markdownStatesOf(kata);

  const changes: Record<string, boolean> = {};
  for (const step of allSteps(kata)) {
    const checked = isStepDone(step, stored);
    if (checked !== marks[step.id]) {
      changes[step.id] = checked;
    }
  }
  if (Object.keys(changes).length === 0) {
    return 'unchanged';
  }
  return (await progress.setMarkdownSteps(kata, changes)) ? 'copied' : 'failed';
}

/** Saves the `[x]` marks into the progress file, for steps where the two differ, so unchanged katas get no file. */
async function copyIntoProgressFile(progress: ProgressService, kata: Kata): Promise<CopyOutcome> {
  await progress.load(kata);
  const stored = progress.storedStatesOf(kata.id);
  const marks = progress.markdownStatesOf(kata);

  const changes: Record<string, boolean> = {};
  for (const step of allSteps(kata)) {
    if ((stored[step.id] ?? false) !== marks[step.id]) {
      changes[step.id] = marks[step.id];
    }
  }
  if (Object.keys(changes).length === 0) {
    return 'unchanged';
  }
  return (await progress.setStoredSteps(kata, changes)) ? 'copied' : 'failed';
}
