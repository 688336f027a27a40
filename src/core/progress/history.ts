// The `history` list of a progress document: one entry per change, newest last.

import type { ProgressSource } from './document';

/** Maximum number of history entries a file keeps. A write drops the oldest entries beyond it. */
export const HISTORY_LIMIT = 200;

/** Values of a history entry's `action`, as the kata progress format defines them. */
export type HistoryAction = 'created' | 'updated' | 'checkpoint' | 'reset' | 'completed';

/** Step ids that one change checked and unchecked. */
export interface StepChanges {
  checked: string[];
  unchecked: string[];
}

/** One entry of `history`. Entries from other writers may have other fields, which are kept. */
export interface HistoryEntry {
  /** ISO 8601 date and time of the change. */
  timestamp: string;
  source: ProgressSource;
  action: HistoryAction;
  changes: StepChanges;
}

/** Splits a map of step changes into the ids set to true and to false, each in the map's order. */
export function describeChanges(changes: Record<string, boolean>): StepChanges {
  const entries = Object.entries(changes);
  return {
    checked: entries.filter(([, checked]) => checked).map(([id]) => id),
    unchecked: entries.filter(([, checked]) => !checked).map(([id]) => id),
  };
}

/**
 * Returns `previous` (the document's current `history`) with `entries` appended,
 * cut to the newest HISTORY_LIMIT entries. A `previous` that is not a list is
 * kept as the first entry, so no data of another writer is dropped silently.
 */
export function appendHistory(previous: unknown, entries: readonly HistoryEntry[]): unknown[] {
  let list: unknown[];
  if (previous === undefined) {
    list = [];
  } else if (Array.isArray(previous)) {
    list = [...previous];
  } else {
    list = [previous];
  }

  list.push(...entries);
  return list.length > HISTORY_LIMIT ? list.slice(list.length - HISTORY_LIMIT) : list;
}
