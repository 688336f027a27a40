// File-level work of the progress store: choosing a kata's current progress file
// among its names, moving unusable files aside or leaving them in place, atomic
// writes and the cleanup of temporary files that a killed writer left behind.

import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

import type { Logger } from '../log';
import type { ProgressDocument } from './document';
import type { ProgressFileSystem } from './fileSystem';
import { corruptFileName, progressFileName, progressFilesOf, toStoredKataId } from './paths';
import { validateProgressDocument } from './schema';

/** Age after which a temporary file of a kata counts as left behind by a killed writer, in milliseconds. */
export const STALE_TEMPORARY_FILE_MS = 60_000;

/** Maximum number of suffixed names tried for a moved-aside file within one second. */
const MAX_MOVE_ASIDE_ATTEMPTS = 100;

/** Temporary names: `<file>.tmp-<pid>-<epoch ms>-<random hex>`. */
const TEMPORARY_NAME_PATTERN = /\.tmp-\d+-(\d+)-[0-9a-f]+$/;

/** A progress file that could not be used and was renamed so that nothing overwrites it. */
export interface RecoveredFile {
  /** Path the file was renamed to. */
  movedTo: string;
  /** Reason the file could not be used, such as the JSON syntax error, in English for the log. */
  reason: string;
  /** `reason` in the display language, for the notification. The parser's or validator's details stay English. */
  displayReason: string;
}

/** A progress file that could not be used and was left in place (see FileContext.leaveUnusableFiles). */
export interface UnusableFile {
  filePath: string;
  /** Reason the file could not be used, such as the JSON syntax error, in English for the log. */
  reason: string;
  /** `reason` in the display language, for the notification. */
  displayReason: string;
}

export interface FileContext {
  fs: ProgressFileSystem;
  folder: string;
  log: Logger;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** True to read unusable files as absent and leave them in place, instead of moving them aside. */
  leaveUnusableFiles?: boolean;
  /** Called right after an unusable file was renamed away from `filePath`. */
  onMovedAside?: (filePath: string) => void;
}

// A writer that truncates a file and then writes it (many editors and scripts
// do) leaves it empty or half written for a moment. An unusable file is read
// again this many times, this far apart, before it is moved aside.
const UNUSABLE_REREADS = 2;
const UNUSABLE_REREAD_DELAY_MS = 250;

export interface CurrentFile {
  /** The current file, or the kata's own name when it has no usable file. */
  filePath: string;
  document?: ProgressDocument;
  /** The first unusable file moved aside during this read. */
  recovered?: RecoveredFile;
  /** The first unusable file left in place during this read, with `leaveUnusableFiles` only. */
  unusable?: UnusableFile;
  /** Text by path of each file this read found, except files it moved aside. */
  texts: Map<string, string>;
}

/**
 * Reads every progress file of a kata (its own name and timestamped names, see
 * progressFilesOf) and returns the newest usable one: by `metadata.lastUpdated`,
 * else `timestamp`, else modification time, else name. Unusable files are moved
 * aside, or left in place and skipped with `leaveUnusableFiles`.
 */
export async function readCurrentFile(context: FileContext, kataId: string, knownIds: readonly string[]): Promise<CurrentFile> {
  const storedId = toStoredKataId(kataId);
  const ownPath = path.join(context.folder, progressFileName(kataId));

  let names: string[];
  try {
    names = progressFilesOf(await context.fs.readDirectory(context.folder), storedId, () => knownIds.map(toStoredKataId));
  } catch (error) {
    throw logFailure(context.log, `Failed to list progress files in ${context.folder}`, error, {
      displayMessage: (cause) => l10n.t('Failed to list progress files in {0}: {1}', context.folder, cause),
    });
  }

  const usable: { filePath: string; document: ProgressDocument; order: number; name: string }[] = [];
  let recovered: RecoveredFile | undefined;
  let unusable: UnusableFile | undefined;
  const texts = new Map<string, string>();
  for (const name of names) {
    const filePath = path.join(context.folder, name);
    let read = await readDocument(context, filePath);
    for (let attempt = 0; attempt < UNUSABLE_REREADS && 'reason' in read; attempt++) {
      await context.sleep(UNUSABLE_REREAD_DELAY_MS);
      read = await readDocument(context, filePath);
    }
    if ('reason' in read && !context.leaveUnusableFiles) {
      const movedAside = await moveAside(context, storedId, filePath, read);
      recovered ??= movedAside;
      continue;
    }

    if (read.text !== undefined) {
      texts.set(filePath, read.text);
    }
    if ('reason' in read) {
      context.log.debug(`Progress file ${filePath} is ${read.reason}; it stays in place and is read as absent`);
      unusable ??= { filePath, reason: read.reason, displayReason: read.displayReason };
    } else if (read.document !== undefined) {
      const order = documentTime(read.document) ?? (await context.fs.modifiedTime?.(filePath)) ?? 0;
      usable.push({ filePath, document: read.document, order, name });
    }
  }

  usable.sort((a, b) => b.order - a.order || b.name.localeCompare(a.name));
  const newest = usable[0];
  const current: CurrentFile = newest === undefined ? { filePath: ownPath, texts } : { filePath: newest.filePath, document: newest.document, texts };
  if (recovered !== undefined) {
    current.recovered = recovered;
  }
  if (unusable !== undefined) {
    current.unusable = unusable;
  }

  if (newest !== undefined && newest.document.metadata.kataId !== storedId) {
    context.log.warn(
      `Progress file ${newest.filePath} has metadata.kataId "${newest.document.metadata.kataId}", expected "${storedId}". ` +
        'The next save writes the expected id.',
    );
  }
  return current;
}

/** Copies the unusable files that a read moved aside or left in place onto `target`. */
export function copyFileProblems(current: CurrentFile, target: Pick<CurrentFile, 'recovered' | 'unusable'>): void {
  if (current.recovered !== undefined) {
    target.recovered = current.recovered;
  }
  if (current.unusable !== undefined) {
    target.unusable = current.unusable;
  }
}

function documentTime(document: ProgressDocument): number | undefined {
  for (const value of [document.metadata.lastUpdated, document.timestamp]) {
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isNaN(time)) {
      return time;
    }
  }
  return undefined;
}

/** The reason a progress file is unusable, in English and in the display language. */
type Unusable = Pick<RecoveredFile, 'reason' | 'displayReason'>;

/** Reads and validates one file. A file that vanished since the listing gives neither text nor document. */
async function readDocument(context: FileContext, filePath: string): Promise<{ text?: string; document?: ProgressDocument } | (Unusable & { text: string })> {
  let text: string | undefined;
  try {
    text = await context.fs.readFile(filePath);
  } catch (error) {
    throw logFailure(context.log, `Failed to read progress file ${filePath}`, error, {
      displayMessage: (cause) => l10n.t('Failed to read progress file {0}: {1}', filePath, cause),
    });
  }
  if (text === undefined) {
    return {};
  }

  let value: unknown;
  try {
    // Editors on Windows may save JSON with a byte order mark, which JSON.parse rejects.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const cause = errorMessage(error);
    return {
      text,
      reason: `not valid JSON (${cause})`,
      displayReason: l10n.t({
        message: 'not valid JSON ({0})',
        args: [cause],
        comment: ['Why a progress file is unusable, as in "Kata Coach could not use the progress file, because it is not valid JSON (...)". {0} is the English error of the JSON parser.'],
      }),
    };
  }

  const validation = validateProgressDocument(value);
  if (!validation.valid) {
    const errors = validation.errors.join('; ');
    return {
      text,
      reason: `not a valid kata progress document (${errors})`,
      displayReason: l10n.t({
        message: 'not a valid kata progress document ({0})',
        args: [errors],
        comment: ['Why a progress file is unusable, as in "Kata Coach could not use the progress file, because it is not a valid kata progress document (...)". {0} lists English schema errors.'],
      }),
    };
  }
  return { text, document: value as ProgressDocument };
}

/**
 * Renames an unusable progress file to a `.corrupt-<timestamp>` name that no other
 * file in the folder has, so that the next save cannot overwrite it.
 */
async function moveAside(context: FileContext, storedId: string, filePath: string, unusable: Unusable): Promise<RecoveredFile> {
  const { reason, displayReason } = unusable;
  const when = context.now();

  let movedTo: string | undefined;
  try {
    const existingNames = new Set(await context.fs.readDirectory(context.folder));
    for (let attempt = 1; attempt <= MAX_MOVE_ASIDE_ATTEMPTS && movedTo === undefined; attempt++) {
      const name = corruptFileName(storedId, when, attempt);
      if (!existingNames.has(name)) {
        movedTo = path.join(context.folder, name);
      }
    }
    if (movedTo === undefined) {
      throw new Error(`all ${MAX_MOVE_ASIDE_ATTEMPTS} names for moved-aside files of this second are taken`);
    }
    await context.fs.rename(filePath, movedTo);
    context.onMovedAside?.(filePath);
  } catch (error) {
    throw logFailure(context.log, `Failed to move aside unusable progress file ${filePath}, which is ${reason}`, error, {
      nextStep: 'Fix or move the file by hand, then reload.',
      displayMessage: (cause) =>
        l10n.t({
          message: 'Failed to move aside unusable progress file {0}, which is {1}: {2}. Fix or move the file by hand, then reload.',
          args: [filePath, displayReason, cause],
          comment: ['{1} says why the file is unusable, such as "not valid JSON (...)"; {2} is the English error of the rename.'],
        }),
    });
  }

  context.log.warn(`Moved progress file ${filePath} to ${movedTo} because it is ${reason}. Kata ${storedId} starts from empty progress.`);
  return { movedTo, reason, displayReason };
}

/** Writes a temporary file next to `filePath`, then renames it over `filePath`. */
export async function writeAtomically(context: FileContext, filePath: string, text: string): Promise<void> {
  const temporaryPath = `${filePath}.tmp-${process.pid}-${context.now().getTime()}-${randomBytes(6).toString('hex')}`;

  try {
    await context.fs.mkdir(path.dirname(filePath));
    await context.fs.writeFile(temporaryPath, text);
    await context.fs.rename(temporaryPath, filePath);
  } catch (error) {
    await deleteQuietly(context, temporaryPath);
    throw logFailure(context.log, `Failed to write progress file ${filePath}`, error, {
      displayMessage: (cause) => l10n.t('Failed to write progress file {0}: {1}', filePath, cause),
    });
  }
}

/**
 * Deletes temporary files of `filePath` older than STALE_TEMPORARY_FILE_MS, which a
 * writer killed between writing and renaming left behind. The age comes from the
 * time in the name, else from the modification time; files of unknown age stay.
 */
export async function deleteStaleTemporaryFiles(context: FileContext, filePath: string): Promise<void> {
  const prefix = `${path.basename(filePath)}.tmp-`;
  const now = context.now().getTime();

  let names: string[];
  try {
    names = (await context.fs.readDirectory(context.folder)).filter((name) => name.startsWith(prefix));
  } catch (error) {
    logFailure(context.log, `Failed to list temporary progress files in ${context.folder}`, error);
    return;
  }

  for (const name of names) {
    const temporaryPath = path.join(context.folder, name);
    const timeInName = TEMPORARY_NAME_PATTERN.exec(name)?.[1];
    const created = timeInName === undefined ? await context.fs.modifiedTime?.(temporaryPath) : Number(timeInName);
    if (created !== undefined && now - created > STALE_TEMPORARY_FILE_MS) {
      context.log.info(`Deleting temporary progress file ${temporaryPath} left behind by a stopped writer`);
      await deleteQuietly(context, temporaryPath);
    }
  }
}

async function deleteQuietly(context: FileContext, temporaryPath: string): Promise<void> {
  try {
    await context.fs.delete(temporaryPath);
  } catch (error) {
    logFailure(context.log, `Failed to delete temporary progress file ${temporaryPath}`, error);
  }
}

/** Options of `logFailure`: a next step for the log, and the message in the display language. */
export interface FailureOptions {
  /** The user's next step in English, appended to the logged text. */
  nextStep?: string;
  /**
   * Returns the whole message in the display language, given the caught
   * error's own message. Without it the returned Error has the English text.
   */
  displayMessage?: (cause: string) => string;
}

/**
 * Logs a caught error in English with its context and an optional next step,
 * and returns an Error to throw. Its message is `displayMessage`'s text,
 * because a notification may show it.
 */
export function logFailure(log: Logger, context: string, error: unknown, options: FailureOptions = {}): Error {
  const cause = errorMessage(error);
  const message = `${context}: ${cause}` + (options.nextStep === undefined ? '' : `. ${options.nextStep}`);
  log.error(message);
  return new Error(options.displayMessage === undefined ? message : options.displayMessage(cause), { cause: error });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
