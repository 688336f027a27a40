// The requests that wait for one locked write, and how the write applies them:
// each caller's step changes in order, one history entry per caller, and the
// coach data they carry merged.

import { combineCoachChanges, type CoachDataChanges } from './coachData';
import type { CoachingNoteInput } from './coachingNotes';
import type { ProgressSource } from './document';
import { describeChanges, type HistoryAction, type HistoryEntry } from './history';
import type { Kata } from '../model';
import type { StoredProgress } from './store';

/** One caller's change waiting for the next write of its kata. */
export interface WriteRequest {
  kata: Kata;
  changes: Record<string, boolean>;
  source: ProgressSource;
  action?: HistoryAction;
  timeSpentMinutes?: number;
  /** Hint counts, question answers and minutes to change. Such a request with no step changes adds no history entry. */
  coach?: CoachDataChanges;
  /** A note of the coach to append to `coachingData.coachingNotes`; such a request adds no history entry either. */
  coachingNote?: CoachingNoteInput;
  /** State of each step this request changes, before the change. The write fills it in. */
  previousStates: Record<string, boolean>;
  resolve: (result: StoredProgress) => void;
  reject: (error: unknown) => void;
}

/** The states, history entries and other changes a batch of requests makes. */
export interface AppliedRequests {
  states: Record<string, boolean>;
  history: HistoryEntry[];
  timeSpentMinutes?: number;
  coach?: CoachDataChanges;
  coachingNotes: CoachingNoteInput[];
}

/**
 * Applies `batch` in order to `stored` (the states on disk) and fills in each
 * request's `previousStates`. `isNewFile` makes the first history entry `created`.
 */
export function applyRequests(
  batch: readonly WriteRequest[],
  stored: Readonly<Record<string, boolean>>,
  stepIds: readonly string[],
  isNewFile: boolean,
  now: Date,
): AppliedRequests {
  const states = { ...stored };
  const history: HistoryEntry[] = [];
  let timeSpentMinutes: number | undefined;
  for (const request of batch) {
    const wasComplete = stepIds.length > 0 && stepIds.every((id) => states[id] === true);
    // History lists only steps whose state this request really changed, so a
    // reader of the file learns what happened, not what was requested.
    const effective: Record<string, boolean> = {};
    for (const [id, checked] of Object.entries(request.changes)) {
      request.previousStates[id] = states[id] ?? false;
      if ((states[id] ?? false) !== checked) {
        effective[id] = checked;
      }
      states[id] = checked;
    }
    const isComplete = stepIds.length > 0 && stepIds.every((id) => states[id] === true);
    timeSpentMinutes = request.timeSpentMinutes ?? timeSpentMinutes;
    if ((request.coach !== undefined || request.coachingNote !== undefined) && Object.keys(request.changes).length === 0) {
      continue;
    }

    let action: HistoryAction = request.action ?? 'updated';
    if (request.action === undefined && isNewFile && history.length === 0) {
      action = 'created';
    } else if (request.action === undefined && Object.keys(effective).length === 0) {
      // Checking a step that is already checked changes nothing, so history gets no entry.
      continue;
    } else if (request.action === undefined && isComplete && !wasComplete) {
      action = 'completed';
    }
    history.push({ timestamp: now.toISOString(), source: request.source, action, changes: describeChanges(effective) });
  }

  const coach = combineCoachChanges(batch.flatMap((request) => (request.coach === undefined ? [] : [request.coach])));
  const coachingNotes = batch.flatMap((request) => (request.coachingNote === undefined ? [] : [request.coachingNote]));
  return { states, history, timeSpentMinutes, coach, coachingNotes };
}
