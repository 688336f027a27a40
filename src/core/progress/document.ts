// The kata progress document: the JSON that Kata Coach and the Copilot Learning
// Kata Coach agent both write. Index signatures carry the fields that only other
// writers use, so that a save keeps them.

import { allSteps, type Kata } from '../model';
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
}

/**
 * Builds the progress document for `kata` with the learner's `states`.
 *
 * `checkboxStates` has an entry for every step of the kata. A step missing from
 * `states` keeps its value from `previous`, else it is false. Entries of `states`
 * and `previous` for ids that are not steps of the kata (orphans, for example
 * steps since removed from the markdown) are kept after the steps, and `states`
 * wins over `previous`. The counts and `currentStep` cover the kata's steps only.
 *
 * Every other field of `previous`, at any level, is kept. The exception is
 * `metadata.category`: it is set when the kata's category is one that the format
 * allows and removed otherwise, so the file stays valid.
 */
export function buildProgressDocument(kata: Kata, states: Record<string, boolean>, options: BuildOptions): ProgressDocument {
  const previous = options.previous;
  const previousStates = previous?.progress.checkboxStates ?? {};
  const stepIds = [...new Set(allSteps(kata).map((step) => step.id))];

  const checkboxStates: Record<string, boolean> = {};
  for (const id of stepIds) {
    checkboxStates[id] = states[id] ?? previousStates[id] ?? false;
  }
  for (const [id, checked] of Object.entries({ ...previousStates, ...states })) {
    if (!(id in checkboxStates)) {
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
  };
  if (currentStep === undefined) {
    delete progress.currentStep;
  }

  return { ...previous, metadata, timestamp, progress };
}

/** Returns done/total in percent, rounded to 2 decimals. A kata without steps is at 0. */
function percentage(done: number, total: number): number {
  if (total === 0) {
    return 0;
  }
  return Math.round((done / total) * 10000) / 100;
}
