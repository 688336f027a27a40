// Location and names of progress files. The Copilot "Learning Kata Coach" agent
// reads and writes the same files, so these names are shared with it.

import * as l10n from '@vscode/l10n';

/** Folder of the progress files, relative to a workspace folder. */
export const PROGRESS_FOLDER = '.copilot-tracking/learning';

const FILE_PREFIX = 'kata-progress-';
const FILE_SUFFIX = '.json';

/** Pattern that the progress schema requires of `metadata.kataId`. */
export const STORED_KATA_ID_PATTERN = /^[a-z0-9-]+$/;

const PROGRESS_FILE_PATTERN = /^kata-progress-([a-z0-9-]+)\.json$/;

/**
 * Maps a kata id to the id used in file names and in `metadata.kataId`, which must
 * match `^[a-z0-9-]+$`. Letters are lowercased and every other character becomes `-`,
 * so `Edge_Deploy.1` is stored as `edge-deploy-1`. Ids that already match are unchanged.
 * Throws for an empty id.
 *
 * NOTE: ids that differ only in case or in the replaced characters share one file.
 */
export function toStoredKataId(kataId: string): string {
  if (kataId.length === 0) {
    throw new Error(l10n.t({ message: 'Invalid kata id: the id is empty. Set a non-empty kata_id in the front matter.', comment: ['Keep kata_id as written.'] }));
  }
  return kataId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** Returns `kata-progress-<stored id>.json`. Throws for an empty kata id. */
export function progressFileName(kataId: string): string {
  return `${FILE_PREFIX}${toStoredKataId(kataId)}${FILE_SUFFIX}`;
}

/**
 * Timestamp suffixes that the original progress platform and coach put after the
 * kata id: `-20250709-164310`, `-20250709T164310Z`, `-2025-07-09` with an optional
 * time, or epoch seconds or milliseconds.
 */
const TIMESTAMP_SUFFIX_PATTERN = /-(?:\d{8}(?:-|t)?\d{4,6}z?|\d{4}-\d{2}-\d{2}(?:t?\d{2}-?\d{2}(?:-?\d{2})?z?)?|\d{10}|\d{13})$/;

/**
 * Returns the stored kata id of a progress file name, or undefined for any other
 * name, including moved-aside copies (`.corrupt-`) and temporary files (`.tmp-`).
 * A timestamp suffix (see TIMESTAMP_SUFFIX_PATTERN) is removed, so
 * `kata-progress-demo-100-20250709-164310.json` gives `demo-100`.
 *
 * NOTE: without the list of known kata ids this is a guess: a kata whose id ends in
 * such digits (`demo-2025-07-09`) loses them. progressFilesOf resolves names exactly.
 */
export function parseProgressFileName(fileName: string): string | undefined {
  const id = PROGRESS_FILE_PATTERN.exec(fileName)?.[1];
  if (id === undefined) {
    return undefined;
  }
  const withoutTimestamp = id.replace(TIMESTAMP_SUFFIX_PATTERN, '');
  return withoutTimestamp === '' ? id : withoutTimestamp;
}

/**
 * Returns true when `fileName` is a progress file of `storedKataId`: its own name
 * `kata-progress-<id>.json`, or `kata-progress-<id>-<suffix>.json` where the suffix
 * starts with a digit (the timestamped names of the original platform).
 */
export function isProgressFileOf(fileName: string, storedKataId: string): boolean {
  if (fileName === `${FILE_PREFIX}${storedKataId}${FILE_SUFFIX}`) {
    return true;
  }

  const head = `${FILE_PREFIX}${storedKataId}-`;
  if (!fileName.startsWith(head) || !fileName.endsWith(FILE_SUFFIX)) {
    return false;
  }
  const suffix = fileName.slice(head.length, fileName.length - FILE_SUFFIX.length);
  return /^\d[A-Za-z0-9-]*$/.test(suffix);
}

/**
 * Returns the names among `fileNames` that are progress files of `storedKataId`.
 * When `knownStoredIds` is given, a name that also fits a longer known id belongs to
 * that id only: with katas `demo-100` and `demo-100-2`, `kata-progress-demo-100-2.json`
 * is the file of `demo-100-2`, not a timestamped file of `demo-100`.
 */
export function progressFilesOf(
  fileNames: readonly string[],
  storedKataId: string,
  knownStoredIds: readonly string[] | (() => readonly string[]) = [],
): string[] {
  const candidates = fileNames.filter((name) => isProgressFileOf(name, storedKataId));
  if (candidates.length === 0) {
    // Most katas have no progress file, and the known ids of a large catalogue cost a pass over every kata.
    return candidates;
  }
  const known = typeof knownStoredIds === 'function' ? knownStoredIds() : knownStoredIds;
  const longerIds = known.filter((id) => id.length > storedKataId.length && id.startsWith(`${storedKataId}-`));
  return candidates.filter((name) => !longerIds.some((longer) => isProgressFileOf(name, longer)));
}

/**
 * Returns the name for moving aside an unusable progress file, such as
 * `kata-progress-<id>.corrupt-20261204T101500Z.json` (UTC). From `attempt` 2 on, the name
 * gets `-<attempt>` after the timestamp, for a second file moved aside in the same second.
 */
export function corruptFileName(storedKataId: string, when: Date, attempt = 1): string {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  const counter = attempt > 1 ? `-${attempt}` : '';
  return `${FILE_PREFIX}${storedKataId}.corrupt-${stamp}${counter}${FILE_SUFFIX}`;
}
