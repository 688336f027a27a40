// The results and options of the progress store's calls.

import type { Kata } from '../model';
import type { LockOptions } from './lock';
import type { ProgressDocument } from './document';
import type { RecoveredFile, UnusableFile } from './progressFiles';
import type { OrphanStep } from './stepStates';

/** Progress of one kata as stored on disk. */
export interface StoredProgress {
  /** Checked state by step id, empty when there is no usable file. */
  states: Record<string, boolean>;
  /** The document read or written, absent when there is no usable file. */
  document?: ProgressDocument;
  /** The kata's current progress file, or the path a first save writes. */
  filePath: string;
  /** Set when an unusable file was moved aside during this call. */
  recovered?: RecoveredFile;
  /** Set when an unusable file was left in place during this call (see StoreOptions.leaveUnusableFiles). */
  unusable?: UnusableFile;
  /** Ids in the file that match no step of the kata and were not re-matched. Empty when loaded without a kata. */
  orphans: OrphanStep[];
}

/** Result of reset: the progress after the reset and the states it replaced. */
export interface ResetResult extends StoredProgress {
  /** State of each reset step before the reset, to pass to restore for an undo. */
  previousStates: Record<string, boolean>;
}

export interface LoadOptions {
  /** The parsed kata: enables `tasksCompleted` texts, orphans and re-matching. */
  kata?: Kata;
  /** Ids of every known kata, so that a timestamped file name is matched to the right kata (see progressFilesOf). */
  knownIds?: readonly string[];
}

export interface SaveOptions {
  /** New total of minutes spent on the kata; without it `timeSpent` keeps its value. */
  timeSpentMinutes?: number;
}

/** Settings of a store. `sleep` and `random` shape the retries while waiting for a lock. */
export interface StoreOptions extends Partial<Omit<LockOptions, 'now'>> {
  /** Ids of every known kata, used when a call gives none. */
  knownIds?: () => readonly string[];
  /**
   * Reads unusable files as absent and leaves them in place, instead of moving
   * them aside. A first write then replaces an unusable file of the kata's own
   * name, so this suits only a file system that keeps writes off the disk, such
   * as the memory overlay of Restricted Mode.
   */
  leaveUnusableFiles?: boolean;
}
