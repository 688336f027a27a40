// Reveals the next hints of a task, for the coach panel's button and the
// kata file's "Hint k of n" lens alike.

import { nextReveal, revealedLevel } from '../core/hintReveal';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import type { ProgressSource } from '../core/progress/document';
import { TimeTracker } from '../time/timeTracker';
import { ProgressService } from './progressService';

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
): Promise<string | undefined> {
  if (!kata.sections.some((section) => section.id === sectionId)) {
    log.warn(`A hint was requested for section ${sectionId}, which kata ${kata.id} does not have`);
    return 'This task is no longer in the kata.';
  }

  const already = progress.coachDataOf(kata.id).revealedHintCounts[sectionId] ?? 0;
  const reveal = nextReveal(kata, sectionId, already, { openedForMs: time.msOnSection(kata.id, sectionId) });
  if (reveal.waitMs !== undefined) {
    const minutes = Math.max(1, Math.ceil(reveal.waitMs / 60000));
    return `This kata asks you to try on your own first. Hints unlock after ${minutes} more minute${minutes === 1 ? '' : 's'} on this task.`;
  }
  if (reveal.total === 0) {
    return 'The kata has no hints for this task. Ask the coach instead.';
  }
  if (reveal.revealed <= already) {
    return 'Every hint of this task is already shown.';
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
  return saved ? undefined : 'The hint could not be saved. See the Kata Coach log.';
}
