// The kata progress document: the JSON that Kata Coach and the Copilot Learning
// Kata Coach agent both write. Index signatures carry the fields that only other
// writers use, so that a save keeps them.

import { allSteps, type Kata } from '../model';
import { mergeCoachData, type CoachDataChanges } from './coachData';
import { appendCoachingNotes, type CoachingNoteInput } from './coachingNotes';
import { appendHistory, type HistoryEntry } from './history';
import { toStoredKataId } from './paths';
import { PROGRESS_CATEGORIES, PROGRESS_SOURCES } from './schema';

export type ProgressSource = (typeof PROGRESS_SOURCES)[number];

/** Version of the progress format that Kata Coach writes. */
export const PROGRESS_FORMAT_VERSION = '1.0.0';

export interface ProgressMetadata {
  version: string;
  kataId: string;
  kataTitle?: string;
  category?: string;
  source: ProgressSource;
  fileType: 'kata-progress';
  /** ISO 8601 date and time of the last update. */
  lastUpdated?: string;
  [field: string]: unknown;
}

export interface ProgressData {
  /** Checked state by step id, including ids of steps that the kata no longer has. */
  checkboxStates: Record<string, boolean>;
  completedTasks?: number;
  totalTasks?: number;
  /** 0 to 100, rounded to 2 decimals. */
  completionPercentage?: number;
  /** Id of the first unchecked step, absent when every step is checked. */
  currentStep?: string;
  /** Label of the section of `currentStep`, absent when every step is checked. */
  currentPhase?: string;
  /** Minutes spent on the kata, a whole number. */
  timeSpent?: number;
  /** Done steps as ids or step texts, written by the coach's older instructions instead of `checkboxStates`. */
  tasksCompleted?: string[];
  /** Kata Coach's own data, which the kata progress format does not name. */
  kataCoach?: KataCoachData;
  [field: string]: unknown;
}

/**
 * Data that only Kata Coach reads, under `progress.kataCoach`. Maps keyed by step
 * id cover the kata's steps and the orphans still kept in `checkboxStates`.
 */
export interface KataCoachData {
  /** Step text by step id at the time of the write, used to re-match a step whose text was edited. */
  stepTexts?: Record<string, string>;
  /** Section id (`setup`, `task-2`, ...) by step id, so re-matching prefers the same section. */
  stepSections?: Record<string, string>;
  /** Number of hints revealed by section id. */
  revealedHintCounts?: Record<string, number>;
  /** Highest revealed hint level (1 to 3) by section id. */
  revealedHintLevels?: Record<string, number>;
  /** The learner's answer by reflection question text. */
  reflectionAnswers?: Record<string, string>;
  /** Whole minutes spent by section id. */
  minutesBySection?: Record<string, number>;
  [field: string]: unknown;
}

export interface ProgressDocument {
  metadata: ProgressMetadata;
  /** ISO 8601 date and time when this progress was recorded. */
  timestamp: string;
  progress: ProgressData;
  [field: string]: unknown;
}

export interface BuildOptions {
  source: ProgressSource;
  now: Date;
  /** The document currently stored. Its fields that this build does not set are kept. */
  previous?: ProgressDocument;
  /** Entries appended to `history`. Without them `history` is kept as it is. */
  history?: readonly HistoryEntry[];
  /** New value of `timeSpent` in minutes, rounded to a whole number. Without it the previous value is kept. */
  timeSpentMinutes?: number;
  /** Ids left out of `checkboxStates` even when `previous` has them: orphans re-matched to a step. */
  removedIds?: readonly string[];
  /** Changes to hints, answers and minutes under `progress.kataCoach`. */
  coach?: CoachDataChanges;
  /** Notes appended to `coachingData.coachingNotes`. */
  coachingNotes?: readonly CoachingNoteInput[];
}

/**
 * Builds the progress document for `kata` with the learner's `states`.
 *
 * `checkboxStates` has an entry for every step of the kata. A step missing from
 * `states` keeps its value from `previous`, else the `[x]` written in the kata
 * file, so a check the author wrote into the markdown is never cleared. Entries of `states`
 * and `previous` for ids that are not steps of the kata (orphans, for example
 * steps since removed from the markdown) are kept after the steps, and `states`
 * wins over `previous`. The counts and `currentStep` cover the kata's steps only.
 *
 * Every other field of `previous`, at any level, is kept. The exception is
 * `metadata.category`: it is set when the kata's category is one that the format
 * allows and removed otherwise, so the file stays valid.
 *
 * `currentPhase` is the label of the section of `currentStep`. `timeSpent` is
 * `timeSpentMinutes`, else the previous value, else 0. `progress.kataCoach`
 * records each step's text and section (see KataCoachData).
 */
export function buildProgressDocument(kata: Kata, states: Record<string, boolean>, options: BuildOptions): ProgressDocument {
  const previous = options.previous;
  const previousStates = previous?.progress.checkboxStates ?? {};
  const steps = allSteps(kata);
  const stepIds = [...new Set(steps.map((step) => step.id))];
  const checkedInFile = new Set(steps.filter((step) => step.checkedInFile).map((step) => step.id));

  const checkboxStates: Record<string, boolean> = {};
  for (const id of stepIds) {
    checkboxStates[id] = states[id] ?? previousStates[id] ?? checkedInFile.has(id);
  }
  const removed = new Set(options.removedIds ?? []);
  for (const [id, checked] of Object.entries({ ...previousStates, ...states })) {
    if (!(id in checkboxStates) && !removed.has(id)) {
      checkboxStates[id] = checked;
    }
  }

  const completedTasks = stepIds.filter((id) => checkboxStates[id]).length;
  const totalTasks = stepIds.length;
  const currentStep = stepIds.find((id) => !checkboxStates[id]);
  const timestamp = options.now.toISOString();

  const metadata: ProgressMetadata = {
    ...previous?.metadata,
    version: PROGRESS_FORMAT_VERSION,
    kataId: toStoredKataId(kata.id),
    kataTitle: kata.title,
    source: options.source,
    fileType: 'kata-progress',
    lastUpdated: timestamp,
  };
  if (PROGRESS_CATEGORIES.includes(kata.category)) {
    metadata.category = kata.category;
  } else {
    delete metadata.category;
  }

  const progress: ProgressData = {
    ...previous?.progress,
    checkboxStates,
    completedTasks,
    totalTasks,
    completionPercentage: percentage(completedTasks, totalTasks),
    currentStep,
    currentPhase: kata.sections.find((section) => section.steps.some((step) => step.id === currentStep))?.label,
    timeSpent: wholeMinutes(options.timeSpentMinutes) ?? wholeMinutes(previous?.progress.timeSpent) ?? 0,
    kataCoach: buildKataCoachData(kata, checkboxStates, previous?.progress.kataCoach, options.coach),
  };
  if (currentStep === undefined) {
    delete progress.currentStep;
    delete progress.currentPhase;
  }

  const document: ProgressDocument = { ...previous, metadata, timestamp, progress };
  if (options.coachingNotes !== undefined && options.coachingNotes.length > 0) {
    document.coachingData = appendCoachingNotes(previous?.coachingData, options.coachingNotes, options.now);
  }
  if (options.history !== undefined) {
    document.history = appendHistory(previous?.history, options.history);
  }
  return document;
}

/**
 * Records the text and section of every step of the kata, and keeps the recorded
 * text and section of the orphans that stay in `checkboxStates`, so that a later
 * load can still re-match them. `changes` are merged in (see mergeCoachData), and
 * other fields of `previous` are kept.
 */
function buildKataCoachData(kata: Kata, checkboxStates: Record<string, boolean>, previous: unknown, changes: CoachDataChanges | undefined): KataCoachData {
  const previousData: KataCoachData = isRecord(previous) ? { ...previous } : {};
  const kept = changes === undefined ? previousData : mergeCoachData(previousData, changes);
  const previousTexts = isRecord(kept.stepTexts) ? kept.stepTexts : {};
  const previousSections = isRecord(kept.stepSections) ? kept.stepSections : {};

  const stepTexts: Record<string, string> = {};
  const stepSections: Record<string, string> = {};
  for (const section of kata.sections) {
    for (const step of section.steps) {
      stepTexts[step.id] = step.text;
      stepSections[step.id] = section.id;
    }
  }
  for (const id of Object.keys(checkboxStates)) {
    if (!(id in stepTexts) && typeof previousTexts[id] === 'string') {
      stepTexts[id] = previousTexts[id];
    }
    if (!(id in stepSections) && typeof previousSections[id] === 'string') {
      stepSections[id] = previousSections[id];
    }
  }

  return { ...kept, stepTexts, stepSections };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns a non-negative whole number of minutes, or undefined for a value that is not a finite number. */
function wholeMinutes(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return undefined;
  }
  return Math.max(0, Math.round(value));
}

/** Returns done/total in percent, rounded to 2 decimals. A kata without steps is at 0. */
function percentage(done: number, total: number): number {
  if (total === 0) {
    return 0;
  }
  return Math.round((done / total) * 10000) / 100;
}
