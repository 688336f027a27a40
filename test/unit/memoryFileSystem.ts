// An in-memory ProgressFileSystem for tests. Every operation yields to the event
// loop first, like real file I/O, so concurrent callers interleave as they would on
// disk. Tests can make the next call of an operation fail.

import * as path from 'node:path';

import type { ProgressFileSystem } from '../../src/core/progress/fileSystem';

type Operation = keyof ProgressFileSystem;

function notFound(operation: string, target: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, ${operation} '${target}'`), { code: 'ENOENT' });
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class MemoryFileSystem implements ProgressFileSystem {
  /** File contents by normalized path. */
  readonly files = new Map<string, string>();

  /** Normalized paths of existing folders. */
  readonly folders = new Set<string>();

  /** Errors to throw from the next call of an operation. Each error is thrown once. */
  readonly failures = new Map<Operation, Error>();

  async readFile(target: string): Promise<string | undefined> {
    await this.begin('readFile');
    return this.files.get(path.normalize(target));
  }

  async writeFile(target: string, text: string): Promise<void> {
    await this.begin('writeFile');
    const file = path.normalize(target);
    if (!this.folders.has(path.dirname(file))) {
      throw notFound('open', target);
    }
    this.files.set(file, text);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.begin('rename');
    const source = path.normalize(from);
    const destination = path.normalize(to);
    const text = this.files.get(source);
    if (text === undefined || !this.folders.has(path.dirname(destination))) {
      throw notFound('rename', from);
    }
    this.files.delete(source);
    this.files.set(destination, text);
  }

  async mkdir(target: string): Promise<void> {
    await this.begin('mkdir');
    this.addFolder(path.normalize(target));
  }

  async readDirectory(target: string): Promise<string[]> {
    await this.begin('readDirectory');
    const folder = path.normalize(target);
    const entries = [...this.files.keys(), ...this.folders].filter((entry) => entry !== folder && path.dirname(entry) === folder);
    return entries.map((entry) => path.basename(entry)).sort();
  }

  async delete(target: string): Promise<void> {
    await this.begin('delete');
    this.files.delete(path.normalize(target));
  }

  private addFolder(folder: string): void {
    for (let current = folder; !this.folders.has(current); current = path.dirname(current)) {
      this.folders.add(current);
      if (path.dirname(current) === current) {
        break;
      }
    }
  }

  private async begin(operation: Operation): Promise<void> {
    await nextTurn();
    const failure = this.failures.get(operation);
    if (failure !== undefined) {
      this.failures.delete(operation);
      throw failure;
    }
  }
}
