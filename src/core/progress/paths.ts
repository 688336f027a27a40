// Location and names of progress files. The Copilot "Learning Kata Coach" agent
// reads and writes the same files, so these names are shared with it.

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
    throw new Error('Invalid kata id: the id is empty. Set a non-empty kata_id in the front matter.');
  }
  return kataId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** Returns `kata-progress-<stored id>.json`. Throws for an empty kata id. */
export function progressFileName(kataId: string): string {
  return `${FILE_PREFIX}${toStoredKataId(kataId)}${FILE_SUFFIX}`;
}

/**
 * Returns the stored kata id of a progress file name, or undefined for any other
 * name, including moved-aside copies (`.corrupt-`) and temporary files (`.tmp-`).
 */
export function parseProgressFileName(fileName: string): string | undefined {
  return PROGRESS_FILE_PATTERN.exec(fileName)?.[1];
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
