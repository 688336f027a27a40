// An in-memory ProgressFileSystem for tests. Every operation yields to the event
// loop first, like real file I/O, so concurrent callers interleave as they would on
// disk. A scheduler hook decides how long each operation waits, so tests can
// replay seeded random interleavings. Tests can make the next call of an operation fail.

import * as path from 'node:path';

import type { ProgressFileSystem } from '../../src/core/progress/fileSystem';

type Operation = keyof ProgressFileSystem;

function notFound(operation: string, target: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, ${operation} '${target}'`), { code: 'ENOENT' });
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Waits before an operation runs. The default waits one event loop turn. */
export type Scheduler = (operation: Operation, target: string) => Promise<void>;

/** Returns a scheduler that waits 1 to `maxTurns` event loop turns, chosen by `random`. */
export function randomScheduler(random: () => number, maxTurns = 4): Scheduler {
  return async () => {
    const turns = 1 + Math.floor(random() * maxTurns);
    for (let turn = 0; turn < turns; turn++) {
      await nextTurn();
    }
  };
}

export class MemoryFileSystem implements ProgressFileSystem {
  /** File contents by normalized path. */
  readonly files = new Map<string, string>();

  /** Modification time in milliseconds by normalized path, taken from `clock`. */
  readonly modified = new Map<string, number>();

  /** Normalized paths of existing folders. */
  readonly folders = new Set<string>();

  /** Errors to throw from the next call of an operation. Each error is thrown once. */
  readonly failures = new Map<Operation, Error>();

  /** Number of calls per operation, for tests that count writes. */
  readonly calls = new Map<Operation, number>();

  /**
   * When set, the next rename throws and deletes of temporary files do nothing until
   * the next successful rename: a writer killed between writing its temporary
   * file and renaming it, which never gets to clean up.
   */
  killBeforeNextRename = false;
  private killed = false;

  constructor(
    public scheduler: Scheduler = () => nextTurn(),
    /** Returns the current time in milliseconds, for modification times. */
    public clock: () => number = () => Date.now(),
  ) {}

  async readFile(target: string): Promise<string | undefined> {
    await this.begin('readFile', target);
    return this.files.get(path.normalize(target));
  }

  async writeFile(target: string, text: string): Promise<void> {
    await this.begin('writeFile', target);
    const file = path.normalize(target);
    if (!this.folders.has(path.dirname(file))) {
      throw notFound('open', target);
    }
    this.setFile(file, text);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.begin('rename', from);
    if (this.killBeforeNextRename) {
      this.killBeforeNextRename = false;
      this.killed = true;
      throw new Error('writer killed before rename');
    }
    this.killed = false;

    const source = path.normalize(from);
    const destination = path.normalize(to);
    const text = this.files.get(source);
    if (text === undefined || !this.folders.has(path.dirname(destination))) {
      throw notFound('rename', from);
    }
    this.files.delete(source);
    this.modified.delete(source);
    this.setFile(destination, text);
  }

  async mkdir(target: string): Promise<void> {
    await this.begin('mkdir', target);
    this.addFolder(path.normalize(target));
  }

  async readDirectory(target: string): Promise<string[]> {
    await this.begin('readDirectory', target);
    const folder = path.normalize(target);
    const entries = [...this.files.keys(), ...this.folders].filter((entry) => entry !== folder && path.dirname(entry) === folder);
    return entries.map((entry) => path.basename(entry)).sort();
  }

  async delete(target: string): Promise<void> {
    await this.begin('delete', target);
    if (this.killed && path.basename(target).includes('.tmp-')) {
      return;
    }
    this.files.delete(path.normalize(target));
    this.modified.delete(path.normalize(target));
  }

  async createExclusive(target: string, text: string): Promise<boolean> {
    await this.begin('createExclusive', target);
    const file = path.normalize(target);
    if (!this.folders.has(path.dirname(file))) {
      throw notFound('open', target);
    }
    if (this.files.has(file)) {
      return false;
    }
    this.setFile(file, text);
    return true;
  }

  async modifiedTime(target: string): Promise<number | undefined> {
    await this.begin('modifiedTime', target);
    return this.modified.get(path.normalize(target));
  }

  private setFile(file: string, text: string): void {
    this.files.set(file, text);
    this.modified.set(file, this.clock());
  }

  private addFolder(folder: string): void {
    for (let current = folder; !this.folders.has(current); current = path.dirname(current)) {
      this.folders.add(current);
      if (path.dirname(current) === current) {
        break;
      }
    }
  }

  private async begin(operation: Operation, target: string): Promise<void> {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
    await this.scheduler(operation, target);
    const failure = this.failures.get(operation);
    if (failure !== undefined) {
      this.failures.delete(operation);
      throw failure;
    }
  }
}
