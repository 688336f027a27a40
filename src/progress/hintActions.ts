// Reveals the next hints of a task, for the coach panel's button and the
// kata file's "Hint k of n" lens alike.

import { l10n } from 'vscode';
import { nextReveal, revealedLevel } from '../core/hintReveal';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import type { ProgressSource } from '../core/progress/document';
import { TimeTracker } from '../time/timeTracker';
import { ProgressService } from './progressService';

/** The reason no hint was revealed. The UI shows it with `describeHintProblem`, and the language model tools write their own English text. */
export type HintProblem = { reason: 'noSuchTask' | 'noHints' | 'allShown' | 'saveFailed' } | { reason: 'wait'; minutes: number };

/** Returns the problem as the learner reads it, in VS Code's display language. */
export function describeHintProblem(problem: HintProblem): string {
  switch (problem.reason) {
    case 'noSuchTask':
      return l10n.t('This task is no longer in the kata.');
    case 'wait':
      return problem.minutes === 1
        ? l10n.t('This kata asks you to try on your own first. Hints unlock after {0} more minute on this task.', problem.minutes)
        : l10n.t('This kata asks you to try on your own first. Hints unlock after {0} more minutes on this task.', problem.minutes);
    case 'noHints':
      return l10n.t('The kata has no hints for this task. Ask the coach instead.');
    case 'allShown':
      return l10n.t('Every hint of this task is already shown.');
    case 'saveFailed':
      return l10n.t('The hint could not be saved. See the Kata Coach log.');
  }
}

/**
 * Reveals the next hints of a section as the kata's hint strategy allows and
 * saves the count. Returns why nothing was revealed, or undefined on success.
 */
export async function revealNextHint(
  progress: ProgressService,
  time: TimeTracker,
  log: Logger,
  kata: Kata,
  sectionId: string,
  source: ProgressSource = 'ui',
): Promise<HintProblem | undefined> {
  if (!kata.sections.some((section) => section.id === sectionId)) {
    log.warn(`A hint was requested for section ${sectionId}, which kata ${kata.id} does not have`);
    return { reason: 'noSuchTask' };
  }

  const already = progress.coachDataOf(kata.id).revealedHintCounts[sectionId] ?? 0;
  const reveal = nextReveal(kata, sectionId, already, { openedForMs: time.msOnSection(kata.id, sectionId) });
  if (reveal.waitMs !== undefined) {
    return { reason: 'wait', minutes: Math.max(1, Math.ceil(reveal.waitMs / 60000)) };
  }
  if (reveal.total === 0) {
    return { reason: 'noHints' };
  }
  if (reveal.revealed <= already) {
    return { reason: 'allShown' };
  }

  log.info(`Revealed hint ${reveal.revealed} of ${reveal.total} for ${kata.id} ${sectionId}`);
  const saved = await progress.saveCoachData(
    kata,
    {
      revealedHintCounts: { [sectionId]: reveal.revealed },
      revealedHintLevels: { [sectionId]: revealedLevel(kata, sectionId, reveal.revealed) },
    },
    undefined,
    source,
  );
  return saved ? undefined : { reason: 'saveFailed' };
}
