// A learner's status in a kata or a section, and its wording for labels,
// tooltips and screen readers.

import { countOf } from './countOf';
import type { Completion } from './kataProgress';

export type KataStatus = 'not-started' | 'in-progress' | 'done';

/** Returns the status of a completion. Something without steps counts as not started. */
export function statusOf(completion: Completion): KataStatus {
  if (completion.total === 0 || completion.done === 0) {
    return 'not-started';
  }
  return completion.done >= completion.total ? 'done' : 'in-progress';
}

export function isInProgress(completion: Completion | undefined): boolean {
  return completion !== undefined && statusOf(completion) === 'in-progress';
}

export function isCompleted(completion: Completion | undefined): boolean {
  return completion !== undefined && statusOf(completion) === 'done';
}

export function describeStatus(status: KataStatus): string {
  switch (status) {
    case 'not-started':
      return 'not started';
    case 'in-progress':
      return 'in progress';
    case 'done':
      return 'done';
  }
}

/** Returns text such as `3 of 12 steps done`. */
export function describeSteps(completion: Completion): string {
  return `${completion.done} of ${countOf(completion.total, 'step')} done`;
}

/** Returns the badge tooltip of the Katas view, such as `2 katas in progress`. */
export function describeInProgress(count: number): string {
  return `${countOf(count, 'kata')} in progress`;
}

/**
 * Returns the text a screen reader reads for a row: its label, what it is,
 * and the progress, such as `Git Basics, kata, 3 of 12 steps done, in progress`.
 * Without a completion, `unknown` describes why the progress is missing.
 */
export function describeRow(label: string, kind: string, completion: Completion | undefined, unknown = 'steps not counted yet'): string {
  if (!completion) {
    return `${label}, ${kind}, ${unknown}`;
  }
  return `${label}, ${kind}, ${describeSteps(completion)}, ${describeStatus(statusOf(completion))}`;
}

/** Returns an estimate in minutes as `45 min` or `2 h 5 min`. */
export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** How many katas of a group are done, in progress, not started, and not counted yet. */
export interface StatusCounts {
  done: number;
  inProgress: number;
  notStarted: number;
  unknown: number;
}

export function countStatuses(completions: Iterable<Completion | undefined>): StatusCounts {
  const counts: StatusCounts = { done: 0, inProgress: 0, notStarted: 0, unknown: 0 };
  for (const completion of completions) {
    if (!completion) {
      counts.unknown++;
      continue;
    }
    const status = statusOf(completion);
    if (status === 'done') {
      counts.done++;
    } else if (status === 'in-progress') {
      counts.inProgress++;
    } else {
      counts.notStarted++;
    }
  }
  return counts;
}
