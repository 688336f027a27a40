// Notes the coach records about a learner's session, in the `coachingData`
// object that the kata progress format defines beside `progress`.

/** Kinds of coaching note that the kata progress format allows. */
export const COACHING_NOTE_TYPES = ['observation', 'guidance', 'encouragement', 'troubleshooting', 'completion'] as const;

export type CoachingNoteType = (typeof COACHING_NOTE_TYPES)[number];

/** Maximum length of a stored note; a longer note is cut, so a runaway model cannot bloat the file. */
export const MAX_NOTE_LENGTH = 2000;

/** Number of notes a file keeps; older ones are dropped first. */
export const MAX_COACHING_NOTES = 100;

export interface CoachingNoteInput {
  note: string;
  type: CoachingNoteType;
}

/**
 * Returns the `coachingData` object with `notes` appended (each stamped with
 * `now`) and `lastCoachInteraction` set. Fields of other writers are kept, and
 * a `coachingNotes` value that is not a list is kept as its first entry.
 */
export function appendCoachingNotes(previous: unknown, notes: readonly CoachingNoteInput[], now: Date): Record<string, unknown> {
  const data: Record<string, unknown> = typeof previous === 'object' && previous !== null && !Array.isArray(previous) ? { ...previous } : {};
  let list: unknown[] = [];
  if (Array.isArray(data.coachingNotes)) {
    list = [...data.coachingNotes];
  } else if (data.coachingNotes !== undefined) {
    list = [data.coachingNotes];
  }

  const timestamp = now.toISOString();
  for (const note of notes) {
    list.push({ timestamp, note: note.note.slice(0, MAX_NOTE_LENGTH), type: note.type });
  }
  data.coachingNotes = list.length > MAX_COACHING_NOTES ? list.slice(list.length - MAX_COACHING_NOTES) : list;
  data.lastCoachInteraction = timestamp;
  return data;
}
