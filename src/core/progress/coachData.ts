// The learner's coach data beside the step states: hints revealed per section,
// answers to the Completion Check questions and minutes per section. It lives
// under `progress.kataCoach`, which only Kata Coach reads, so the coach agent's
// fields are never touched by it.

import type { KataCoachData, ProgressDocument } from './document';

/** Maximum length of a stored answer. Longer text is cut, so a pasted log cannot bloat the file. */
export const MAX_ANSWER_LENGTH = 10000;

/** The coach data of one kata, read from a progress document with bad values dropped. */
export interface CoachData {
  /** Number of hints revealed by section id. */
  revealedHintCounts: Record<string, number>;
  /** Highest revealed hint level (1 to 3) by section id. */
  revealedHintLevels: Record<string, number>;
  /** The learner's answer by question text. */
  reflectionAnswers: Record<string, string>;
  /** Whole minutes spent by section id. */
  minutesBySection: Record<string, number>;
}

/**
 * Changes to coach data. Each map replaces the stored value of its keys only.
 * An empty answer removes the question's entry.
 */
export interface CoachDataChanges {
  revealedHintCounts?: Record<string, number>;
  revealedHintLevels?: Record<string, number>;
  reflectionAnswers?: Record<string, string>;
  minutesBySection?: Record<string, number>;
}

/** Returns empty coach data. */
export function emptyCoachData(): CoachData {
  return { revealedHintCounts: {}, revealedHintLevels: {}, reflectionAnswers: {}, minutesBySection: {} };
}

/**
 * Reads the coach data of a progress document. Entries of the wrong type,
 * negative numbers and fractions are dropped, so a hand-edited file cannot
 * break the panel.
 */
export function readCoachData(document: ProgressDocument | undefined): CoachData {
  return coachDataFrom(document?.progress.kataCoach);
}

/** Reads coach data from a `progress.kataCoach` value, as readCoachData does. */
export function coachDataFrom(stored: unknown): CoachData {
  if (!isRecord(stored)) {
    return emptyCoachData();
  }

  return {
    revealedHintCounts: countsOf(stored.revealedHintCounts),
    revealedHintLevels: countsOf(stored.revealedHintLevels),
    reflectionAnswers: answersOf(stored.reflectionAnswers),
    minutesBySection: countsOf(stored.minutesBySection),
  };
}

/**
 * Applies `changes` to the stored `kataCoach` object and returns the new one.
 * Keys that `changes` does not name, and fields of other versions of Kata
 * Coach, are kept as they are.
 */
export function mergeCoachData(previous: KataCoachData, changes: CoachDataChanges): KataCoachData {
  const merged: KataCoachData = { ...previous };

  for (const field of ['revealedHintCounts', 'revealedHintLevels', 'minutesBySection'] as const) {
    const update = changes[field];
    if (update !== undefined) {
      merged[field] = { ...countsOf(previous[field]), ...countsOf(update) };
    }
  }

  if (changes.reflectionAnswers !== undefined) {
    // Entries another writer stored in another shape stay, so nothing written is lost.
    const answers: Record<string, unknown> = isRecord(previous.reflectionAnswers) ? { ...previous.reflectionAnswers } : {};
    for (const [question, answer] of Object.entries(changes.reflectionAnswers)) {
      if (typeof answer !== 'string') {
        continue;
      }
      if (answer.trim() === '') {
        delete answers[question];
      } else {
        answers[question] = answer.slice(0, MAX_ANSWER_LENGTH);
      }
    }
    merged.reflectionAnswers = answers as Record<string, string>;
  }
  return merged;
}

/** Merges several changes in order, so a later one wins for the same key. */
export function combineCoachChanges(list: readonly CoachDataChanges[]): CoachDataChanges | undefined {
  if (list.length === 0) {
    return undefined;
  }

  const combined: CoachDataChanges = {};
  for (const changes of list) {
    for (const field of ['revealedHintCounts', 'revealedHintLevels', 'minutesBySection', 'reflectionAnswers'] as const) {
      const update = changes[field];
      if (update !== undefined) {
        combined[field] = { ...combined[field], ...update } as Record<string, never>;
      }
    }
  }
  return combined;
}

function countsOf(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!isRecord(value)) {
    return counts;
  }
  for (const [key, count] of Object.entries(value)) {
    if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) {
      counts[key] = count;
    }
  }
  return counts;
}

function answersOf(value: unknown): Record<string, string> {
  const answers: Record<string, string> = {};
  if (!isRecord(value)) {
    return answers;
  }
  for (const [question, answer] of Object.entries(value)) {
    if (typeof answer === 'string') {
      answers[question] = answer;
    }
  }
  return answers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
