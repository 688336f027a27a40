// The coach panel's texts that depend on counts and states, such as
// "Hint 2 of 3 shown." or a plural. They use no DOM, so unit tests run them in
// Node with a translated table.

import type { PageText } from '../src/webview/pageStrings';
import type { CoachView, HintsView, PrerequisiteView, SectionView } from '../src/webview/protocol';

type CompletionSummary = NonNullable<CoachView['completion']>;

/** Returns the status after a prerequisite's title, such as `2 of 5 steps done`. */
export function prerequisiteStatus(prerequisite: PrerequisiteView, text: PageText): string {
  if (!prerequisite.known) {
    return text.t('prerequisiteMissing');
  }
  if (prerequisite.finished) {
    return text.t('prerequisiteDone');
  }
  if (prerequisite.done === 0) {
    return text.t('prerequisiteNotStarted');
  }
  return text.t(prerequisite.total === 1 ? 'prerequisiteStepDone' : 'prerequisiteStepsDone', prerequisite.done, prerequisite.total);
}

/** Returns the kata's difficulty, estimate and category, joined by middle dots. */
export function kataFacts(current: CoachView, text: PageText): string {
  const minutes = current.estimatedMinutes !== undefined ? text.t('estimatedMinutes', current.estimatedMinutes) : undefined;
  return [current.difficulty, minutes, current.category].filter(Boolean).join(' · ');
}

export function kataProgressText(current: CoachView, text: PageText): string {
  return text.t(current.total === 1 ? 'kataStepDone' : 'kataStepsDone', current.done, current.total, current.percent);
}

export function timeOnTaskText(current: CoachView, text: PageText): string {
  return text.t(current.timerPaused ? 'timeOnTaskPaused' : 'timeOnTask', current.time);
}

/** Returns the lines of the summary shown once every step is done. */
export function completionLines(summary: CompletionSummary, text: PageText): string[] {
  return [
    text.t('timeSpent', summary.time),
    text.t('hintsUsed', summary.hintsUsed),
    summary.questions === 0 ? text.t('noReflectionQuestions') : text.t('questionsAnswered', summary.answered, summary.questions),
  ];
}

export function sectionTabText(section: SectionView, text: PageText): string {
  const finished = section.total > 0 && section.done === section.total;
  return text.t(finished ? 'sectionTabDone' : 'sectionTab', section.label, section.done, section.total);
}

export function sectionProgressText(section: SectionView, text: PageText): string {
  return text.t(section.total === 1 ? 'sectionStepDone' : 'sectionStepsDone', section.done, section.total);
}

export function hintCountText(hints: HintsView, text: PageText): string {
  if (hints.total === 0) {
    return text.t('noHints');
  }
  if (hints.revealed.length === 0) {
    return text.t(hints.total === 1 ? 'hintAvailable' : 'hintsAvailable', hints.total);
  }
  return text.t('hintsShown', hints.revealed.length, hints.total);
}

/** Returns the label of the button that reveals hints, which depends on the kata's hint strategy. */
export function revealHintLabel(hints: HintsView, text: PageText): string {
  if (hints.strategy === 'direct') {
    return text.t('showAllHints');
  }
  return text.t(hints.revealed.length === 0 ? 'showFirstHint' : 'showNextHint');
}

/** Returns why the hint button is disabled, for a kata that delays hints by `minutes` more minutes. */
export function hintWaitText(minutes: number, text: PageText): string {
  return text.t(minutes === 1 ? 'hintWaitMinute' : 'hintWaitMinutes', minutes);
}
