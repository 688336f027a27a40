// A learner's status in a kata or a section, and its wording for labels,
// tooltips and screen readers.

import * as l10n from '@vscode/l10n';
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
      return l10n.t({ message: 'not started', comment: ['The status of a kata or task, shown after its step count.'] });
    case 'in-progress':
      return l10n.t({ message: 'in progress', comment: ['The status of a kata or task, shown after its step count.'] });
    case 'done':
      return l10n.t({ message: 'done', comment: ['The status of a kata or task, shown after its step count.'] });
  }
}

/** Returns text such as `3 of 12 steps done`. */
export function describeSteps(completion: Completion): string {
  return completion.total === 1
    ? l10n.t('{0} of {1} step done', completion.done, completion.total)
    : l10n.t('{0} of {1} steps done', completion.done, completion.total);
}

/** Returns the badge tooltip of the Katas view, such as `2 katas in progress`. */
export function describeInProgress(count: number): string {
  return count === 1 ? l10n.t('{0} kata in progress', count) : l10n.t('{0} katas in progress', count);
}

/**
 * Returns the text a screen reader reads for a row: its label, what it is,
 * and the progress, such as `Git Basics, kata, 3 of 12 steps done, in progress`.
 * Without a completion, `unknown` describes why the progress is missing.
 */
export function describeRow(label: string, kind: string, completion: Completion | undefined, unknown = l10n.t('steps not counted yet')): string {
  if (!completion) {
    return l10n.t({ message: '{0}, {1}, {2}', args: [label, kind, unknown], comment: ['A screen reader label: a row name, its kind such as "kata", and why its progress is missing.'] });
  }
  return l10n.t({
    message: '{0}, {1}, {2}, {3}',
    args: [label, kind, describeSteps(completion), describeStatus(statusOf(completion))],
    comment: ['A screen reader label: a row name, its kind such as "kata", its step count such as "3 of 12 steps done", and its status.'],
  });
}

/** Returns an estimate in minutes as `45 min` or `2 h 5 min`. */
export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return l10n.t({ message: '{0} min', args: [rest], comment: ['A number of minutes, abbreviated.'] });
  }
  return rest === 0
    ? l10n.t({ message: '{0} h', args: [hours], comment: ['A number of hours, abbreviated.'] })
    : l10n.t({ message: '{0} h {1} min', args: [hours, rest], comment: ['A number of hours and minutes, abbreviated.'] });
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
