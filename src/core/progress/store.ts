// Reads and writes kata progress files. Writes are atomic (temporary file, then
// rename) and merge with the file as it is on disk at that moment, because the
// Copilot Learning Kata Coach agent writes the same files.

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

import type { Logger } from '../log';
import type { Kata } from '../model';
import { buildProgressDocument, type ProgressDocument, type ProgressSource } from './document';
import type { ProgressFileSystem } from './fileSystem';
import { corruptFileName, parseProgressFileName, progressFileName, toStoredKataId } from './paths';
import { validateProgressDocument } from './schema';

/** A progress file that could not be used and was renamed so that nothing overwrites it. */
export interface RecoveredFile {
  /** Path the file was renamed to. */
  movedTo: string;
  /** Reason the file could not be used, such as the JSON syntax error. */
  reason: string;
}

/** Progress of one kata as stored on disk. */
export interface StoredProgress {
  /** Checked state by step id, empty when there is no usable file. */
  states: Record<string, boolean>;
  /** The document read or written, absent when there is no usable file. */
  document?: ProgressDocument;
  filePath: string;
  /** Set when an unusable file was moved aside during this call. */
  recovered?: RecoveredFile;
}

/** Maximum number of suffixed names tried for a moved-aside file within one second. */
const MAX_MOVE_ASIDE_ATTEMPTS = 100;

export class ProgressStore {
  /** Last operation per stored kata id: each load and save starts after the previous one ends. */
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Text of the last write per file path, for isOwnWrite. */
  private readonly ownWrites = new Map<string, string>();

  constructor(
    private readonly fs: ProgressFileSystem,
    private readonly progressFolder: string,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Returns the path of a kata's progress file. Throws for an empty kata id. */
  filePathOf(kataId: string): string {
    return path.join(this.progressFolder, progressFileName(kataId));
  }

  /**
   * Reads a kata's progress. A missing file gives empty states. A file that is not
   * valid JSON or not a valid progress document is moved aside (see `recovered`),
   * and the kata starts from empty states. Rejects when a file cannot be read or moved.
   */
  load(kataId: string): Promise<StoredProgress> {
    return this.enqueue(kataId, () => this.loadNow(kataId));
  }

  /**
   * Applies `changes` (checked state by step id) to the progress on disk and writes
   * the result. The file is read again first, so a change that another writer made
   * since the last load is kept. Saves and loads of one kata run one at a time.
   */
  save(kata: Kata, changes: Record<string, boolean>, source: ProgressSource): Promise<StoredProgress> {
    return this.enqueue(kata.id, () => this.saveNow(kata, changes, source));
  }

  /** Returns true when `text` is what this store last wrote to `filePath`. */
  isOwnWrite(filePath: string, text: string): boolean {
    return this.ownWrites.get(path.normalize(filePath)) === text;
  }

  /** Lists the stored kata ids (lowercase, see toStoredKataId) that have a progress file. */
  async listKataIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readDirectory(this.progressFolder);
    } catch (error) {
      throw this.logFailure(`Failed to list progress files in ${this.progressFolder}`, error);
    }

    const ids = names.map(parseProgressFileName).filter((id): id is string => id !== undefined);
    return ids.sort();
  }

  private enqueue<T>(kataId: string, operation: () => Promise<T>): Promise<T> {
    const key = toStoredKataId(kataId);
    const previous = this.queues.get(key) ?? Promise.resolve();

    // The caller of the previous operation handles its failure, so the next one starts anyway.
    const result = previous.then(operation, operation);
    this.queues.set(key, result);

    const forget = () => {
      if (this.queues.get(key) === result) {
        this.queues.delete(key);
      }
    };
    result.then(forget, forget);
    return result;
  }

  private async loadNow(kataId: string): Promise<StoredProgress> {
    const filePath = this.filePathOf(kataId);

    let text: string | undefined;
    try {
      text = await this.fs.readFile(filePath);
    } catch (error) {
      throw this.logFailure(`Failed to read progress file ${filePath}`, error);
    }
    if (text === undefined) {
      return { states: {}, filePath };
    }

    let value: unknown;
    try {
      // Editors on Windows may save JSON with a byte order mark, which JSON.parse rejects.
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = `not valid JSON (${errorMessage(error)})`;
      return { states: {}, filePath, recovered: await this.moveAside(kataId, filePath, reason) };
    }

    const validation = validateProgressDocument(value);
    if (!validation.valid) {
      const reason = `not a valid kata progress document (${validation.errors.join('; ')})`;
      return { states: {}, filePath, recovered: await this.moveAside(kataId, filePath, reason) };
    }

    const document = value as ProgressDocument;
    const expectedId = toStoredKataId(kataId);
    if (document.metadata.kataId !== expectedId) {
      this.log.warn(
        `Progress file ${filePath} has metadata.kataId "${document.metadata.kataId}", expected "${expectedId}". ` +
          'The next save writes the expected id.',
      );
    }
    return { states: { ...document.progress.checkboxStates }, document, filePath };
  }

  private async saveNow(kata: Kata, changes: Record<string, boolean>, source: ProgressSource): Promise<StoredProgress> {
    const stored = await this.loadNow(kata.id);
    const states = { ...stored.states, ...changes };
    const document = buildProgressDocument(kata, states, { source, now: this.now(), previous: stored.document });

    const validation = validateProgressDocument(document);
    if (!validation.valid) {
      const message =
        `Internal error: the progress document built for kata ${kata.id} is invalid, so ${stored.filePath} ` +
        `was not written: ${validation.errors.join('; ')}`;
      this.log.error(message);
      throw new Error(message);
    }

    const text = JSON.stringify(document, null, 2) + '\n';
    await this.writeAtomically(stored.filePath, text);
    this.log.debug(
      `Saved progress of kata ${kata.id} to ${stored.filePath}: ` +
        `${document.progress.completedTasks} of ${document.progress.totalTasks} steps done (source ${source})`,
    );

    const result: StoredProgress = { states: { ...document.progress.checkboxStates }, document, filePath: stored.filePath };
    if (stored.recovered !== undefined) {
      result.recovered = stored.recovered;
    }
    return result;
  }

  /** Writes a temporary file next to `filePath`, then renames it over `filePath`. */
  private async writeAtomically(filePath: string, text: string): Promise<void> {
    const temporaryPath = `${filePath}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;

    try {
      await this.fs.mkdir(path.dirname(filePath));
      await this.fs.writeFile(temporaryPath, text);
      await this.fs.rename(temporaryPath, filePath);
    } catch (error) {
      await this.deleteTemporaryFile(temporaryPath);
      throw this.logFailure(`Failed to write progress file ${filePath}`, error);
    }

    // Recorded after the rename, so that a failed write is never taken for an own write.
    this.ownWrites.set(path.normalize(filePath), text);
  }

  private async deleteTemporaryFile(temporaryPath: string): Promise<void> {
    try {
      await this.fs.delete(temporaryPath);
    } catch (error) {
      this.logFailure(`Failed to delete temporary progress file ${temporaryPath}`, error);
    }
  }

  /**
   * Renames an unusable progress file to a `.corrupt-<timestamp>` name that no other
   * file in the folder has, so that the next save cannot overwrite it.
   */
  private async moveAside(kataId: string, filePath: string, reason: string): Promise<RecoveredFile> {
    const folder = path.dirname(filePath);
    const when = this.now();

    let movedTo: string | undefined;
    try {
      const existingNames = new Set(await this.fs.readDirectory(folder));
      for (let attempt = 1; attempt <= MAX_MOVE_ASIDE_ATTEMPTS && movedTo === undefined; attempt++) {
        const name = corruptFileName(toStoredKataId(kataId), when, attempt);
        if (!existingNames.has(name)) {
          movedTo = path.join(folder, name);
        }
      }
      if (movedTo === undefined) {
        throw new Error(`all ${MAX_MOVE_ASIDE_ATTEMPTS} names for moved-aside files of this second are taken`);
      }
      await this.fs.rename(filePath, movedTo);
    } catch (error) {
      throw this.logFailure(
        `Failed to move aside unusable progress file ${filePath}, which is ${reason}`,
        error,
        'Fix or move the file by hand, then reload.',
      );
    }

    this.log.warn(`Moved progress file ${filePath} to ${movedTo} because it is ${reason}. Kata ${kataId} starts from empty progress.`);
    return { movedTo, reason };
  }

  /** Logs a caught error with its context and an optional next step, and returns an Error to throw. */
  private logFailure(context: string, error: unknown, nextStep?: string): Error {
    const message = `${context}: ${errorMessage(error)}` + (nextStep === undefined ? '' : `. ${nextStep}`);
    this.log.error(message);
    return new Error(message, { cause: error });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
