// Reads and writes kata progress files. The Copilot Learning Kata Coach agent,
// other VS Code windows and the CLI write the same files, so every write takes a
// lock file, reads the file again, applies only its own changes and renames a
// temporary file into place. Saves of one kata that arrive while a write is in
// flight are coalesced into the next write.

import * as l10n from '@vscode/l10n';
import * as path from 'node:path';

import type { Logger } from '../log';
import { allSteps, type Kata } from '../model';
import type { CoachDataChanges } from './coachData';
import type { CoachingNoteInput } from './coachingNotes';
import { buildProgressDocument, type ProgressDocument, type ProgressSource } from './document';
import type { ProgressFileSystem } from './fileSystem';
import type { HistoryAction } from './history';
import { withLock, type LockOptions } from './lock';
import { OwnWrites } from './ownWrites';
import { parseProgressFileName, progressFileName, toStoredKataId } from './paths';
import {
  copyFileProblems,
  deleteStaleTemporaryFiles,
  logFailure,
  readCurrentFile,
  writeAtomically,
  type FileContext,
} from './progressFiles';
import { validateProgressDocument } from './schema';
import { applyRequests, type WriteRequest } from './writeRequests';
import { readStepStates } from './stepStates';

import type { LoadOptions, ResetResult, SaveOptions, StoredProgress, StoreOptions } from './storeTypes';

export type { RecoveredFile, UnusableFile } from './progressFiles';
export type { OrphanStep } from './stepStates';
export type { LoadOptions, ResetResult, SaveOptions, StoredProgress, StoreOptions } from './storeTypes';

interface KataQueue {
  pending: WriteRequest[];
  /** True from when a write is queued until it takes the pending requests. */
  writeQueued: boolean;
}

export class ProgressStore {
  /** Last operation per stored kata id: each load and write starts after the previous one ends. */
  private readonly chains = new Map<string, Promise<unknown>>();

  private readonly writeQueues = new Map<string, KataQueue>();

  private readonly ownWrites = new OwnWrites();

  private readonly context: FileContext;
  private readonly lockOptions: LockOptions;
  private warnedNoLock = false;

  constructor(
    private readonly fs: ProgressFileSystem,
    readonly progressFolder: string,
    private readonly log: Logger,
    now: () => Date = () => new Date(),
    private readonly options: StoreOptions = {},
  ) {
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const onMovedAside = (filePath: string) => this.ownWrites.forgetPath(filePath);
    this.context = { fs, folder: progressFolder, log, now, sleep, leaveUnusableFiles: options.leaveUnusableFiles, onMovedAside };
    this.lockOptions = { now, sleep, random: options.random ?? Math.random };
  }

  /** Returns the path a kata's progress file has when Kata Coach creates it. Throws for an empty kata id. */
  filePathOf(kataId: string): string {
    return path.join(this.progressFolder, progressFileName(kataId));
  }

  /**
   * Reads a kata's progress from its current file (see readCurrentFile). A missing
   * file gives empty states. An unusable file is moved aside (see `recovered`), or
   * left in place (see `unusable`). Rejects when a file cannot be read or moved.
   */
  load(kataId: string, options: LoadOptions = {}): Promise<StoredProgress> {
    return this.enqueue(kataId, async () => {
      const current = await readCurrentFile(this.context, kataId, this.knownIdsOf(options.knownIds));
      this.ownWrites.checkRead(toStoredKataId(kataId), current.texts);
      const reading = readStepStates(current.document, options.kata);

      const stored: StoredProgress = { states: reading.states, filePath: current.filePath, orphans: reading.orphans };
      if (current.document !== undefined) {
        stored.document = current.document;
      }
      copyFileProblems(current, stored);
      return stored;
    });
  }

  /**
   * Applies `changes` (checked state by step id) to the progress on disk and writes
   * the result with a history entry. Only these changes are applied on top of the
   * file as it is at write time, so changes of other writers to other steps stay.
   */
  save(kata: Kata, changes: Record<string, boolean>, source: ProgressSource, options: SaveOptions = {}): Promise<StoredProgress> {
    return this.request({ kata, changes, source, timeSpentMinutes: options.timeSpentMinutes });
  }

  /**
   * Changes hints, answers and minutes under `progress.kataCoach`, and
   * `timeSpent` when given, without a history entry: history lists step changes.
   */
  saveCoachData(kata: Kata, coach: CoachDataChanges, source: ProgressSource, options: SaveOptions = {}): Promise<StoredProgress> {
    return this.request({ kata, changes: {}, source, coach, timeSpentMinutes: options.timeSpentMinutes });
  }

  /** Appends a coaching note to `coachingData.coachingNotes`, without a history entry. */
  addCoachingNote(kata: Kata, note: CoachingNoteInput, source: ProgressSource): Promise<StoredProgress> {
    return this.request({ kata, changes: {}, source, coachingNote: note });
  }

  /**
   * Unchecks `stepIds` (every step of the kata when undefined) with a `reset`
   * history entry. The result's `previousStates` can be given to restore.
   */
  async reset(kata: Kata, stepIds: readonly string[] | undefined, source: ProgressSource): Promise<ResetResult> {
    const ids = stepIds ?? allSteps(kata).map((step) => step.id);
    const changes = Object.fromEntries(ids.map((id) => [id, false]));

    let previousStates: Record<string, boolean> = {};
    const result = await this.request({ kata, changes, source, action: 'reset' }, (states) => (previousStates = states));
    return { ...result, previousStates };
  }

  /** Writes exactly `states` back for their step ids, for example the previousStates of a reset. */
  restore(kata: Kata, states: Record<string, boolean>, source: ProgressSource): Promise<StoredProgress> {
    return this.request({ kata, changes: { ...states }, source });
  }

  /** Resolves when every load and write queued so far has finished, whether it succeeded or not. */
  async flush(): Promise<void> {
    while (this.chains.size > 0) {
      await Promise.allSettled([...this.chains.values()]);
    }
  }

  /**
   * Returns true when `text` is what this store last wrote to `filePath` and no
   * load or write of the kata has found another text there, or no file, since.
   */
  isOwnWrite(filePath: string, text: string): boolean {
    return this.ownWrites.matches(filePath, text);
  }

  /** Lists the names in the progress folder; `[]` when it does not exist. */
  async listFileNames(): Promise<string[]> {
    return this.fs.readDirectory(this.progressFolder);
  }

  /**
   * Lists the stored kata ids (lowercase, see toStoredKataId) that have a progress
   * file. Timestamped names count for their kata (see parseProgressFileName).
   */
  async listKataIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readDirectory(this.progressFolder);
    } catch (error) {
      throw logFailure(this.log, `Failed to list progress files in ${this.progressFolder}`, error, {
        displayMessage: (cause) => l10n.t('Failed to list progress files in {0}: {1}', this.progressFolder, cause),
      });
    }

    const ids = names.map(parseProgressFileName).filter((id): id is string => id !== undefined);
    return [...new Set(ids)].sort();
  }

  private knownIdsOf(given: readonly string[] | undefined): readonly string[] {
    return given ?? this.options.knownIds?.() ?? [];
  }

  private request(
    fields: Pick<WriteRequest, 'kata' | 'changes' | 'source' | 'action' | 'timeSpentMinutes' | 'coach' | 'coachingNote'>,
    onPrevious?: (states: Record<string, boolean>) => void,
  ): Promise<StoredProgress> {
    const key = toStoredKataId(fields.kata.id);
    let queue = this.writeQueues.get(key);
    if (queue === undefined) {
      queue = { pending: [], writeQueued: false };
      this.writeQueues.set(key, queue);
    }

    const promise = new Promise<StoredProgress>((resolve, reject) => {
      queue.pending.push({ ...fields, previousStates: {}, resolve, reject });
    });
    if (!queue.writeQueued) {
      queue.writeQueued = true;
      void this.enqueue(fields.kata.id, () => this.writePending(key, queue));
    }

    // previousStates is filled in before the promise resolves.
    const request = queue.pending[queue.pending.length - 1];
    return onPrevious === undefined ? promise : promise.then((result) => (onPrevious(request.previousStates), result));
  }

  private enqueue<T>(kataId: string, operation: () => Promise<T>): Promise<T> {
    const key = toStoredKataId(kataId);
    const previous = this.chains.get(key) ?? Promise.resolve();

    // The caller of the previous operation handles its failure, so the next one starts anyway.
    const result = previous.then(operation, operation);
    this.chains.set(key, result);

    const forget = () => {
      if (this.chains.get(key) === result) {
        this.chains.delete(key);
      }
    };
    result.then(forget, forget);
    return result;
  }

  /** Writes every pending request of a kata in one locked read-merge-write and settles their promises. */
  private async writePending(key: string, queue: KataQueue): Promise<void> {
    let batch: WriteRequest[] = [];
    try {
      const lockPath = `${path.join(this.progressFolder, progressFileName(key))}.lock`;
      const result = await this.locked(lockPath, async () => {
        // Requests that arrived while the lock was awaited join this write.
        batch = queue.pending.splice(0);
        queue.writeQueued = false;
        return this.writeBatch(batch);
      });
      batch.forEach((request) => request.resolve(result));
    } catch (error) {
      if (batch.length === 0) {
        batch = queue.pending.splice(0);
        queue.writeQueued = false;
      }
      batch.forEach((request) => request.reject(error));
    } finally {
      if (queue.pending.length === 0 && !queue.writeQueued) {
        this.writeQueues.delete(key);
      }
    }
  }

  private async locked<T>(lockPath: string, operation: () => Promise<T>): Promise<T> {
    if (this.fs.createExclusive === undefined) {
      if (!this.warnedNoLock) {
        this.warnedNoLock = true;
        this.log.warn('The file system cannot create files exclusively, so progress writes are not locked against other processes.');
      }
      return operation();
    }
    await this.fs.mkdir(path.dirname(lockPath));
    return withLock(this.fs, lockPath, this.log, this.lockOptions, operation);
  }

  private async writeBatch(batch: readonly WriteRequest[]): Promise<StoredProgress> {
    const kata = batch[batch.length - 1].kata;
    const current = await readCurrentFile(this.context, kata.id, this.knownIdsOf(undefined));
    this.ownWrites.checkRead(toStoredKataId(kata.id), current.texts);
    const reading = readStepStates(current.document, kata);
    const stepIds = allSteps(kata).map((step) => step.id);
    const now = this.context.now();

    const { states, history, timeSpentMinutes, coach, coachingNotes } = applyRequests(batch, reading.states, stepIds, current.document === undefined, now);

    const document = buildProgressDocument(kata, states, {
      source: batch[batch.length - 1].source,
      now,
      previous: current.document,
      history: history.length > 0 ? history : undefined,
      timeSpentMinutes,
      removedIds: Object.keys(reading.rematched),
      coach,
      coachingNotes,
    });
    this.checkBuilt(kata, current.filePath, document);

    const text = JSON.stringify(document, null, 2) + '\n';
    await writeAtomically(this.context, current.filePath, text);
    // Recorded after the rename, so that a failed write is never taken for an own write.
    this.ownWrites.record(toStoredKataId(kata.id), current.filePath, text);
    await deleteStaleTemporaryFiles(this.context, current.filePath);
    this.log.debug(
      `Saved progress of kata ${kata.id} to ${current.filePath}: ${document.progress.completedTasks} of ` +
        `${document.progress.totalTasks} steps done (${batch.length} change(s), source ${document.metadata.source})`,
    );

    const written = readStepStates(document, kata);
    const result: StoredProgress = { states: written.states, document, filePath: current.filePath, orphans: written.orphans };
    copyFileProblems(current, result);
    return result;
  }

  private checkBuilt(kata: Kata, filePath: string, document: ProgressDocument): void {
    const validation = validateProgressDocument(document);
    if (!validation.valid) {
      const errors = validation.errors.join('; ');
      this.log.error(`Internal error: the progress document built for kata ${kata.id} is invalid, so ${filePath} was not written: ${errors}`);
      throw new Error(
        l10n.t({
          message: 'Internal error: the progress document built for kata {0} is invalid, so {1} was not written: {2}',
          args: [kata.id, filePath, errors],
          comment: ['{0} is a kata id, {1} a file path, {2} lists English schema errors.'],
        }),
      );
    }
  }
}
