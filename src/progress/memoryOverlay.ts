// A progress file system that reads through to another one and keeps every
// change in memory. In Restricted Mode, progress the user chose not to save
// goes through a store on this file system: the store's merging, history and
// reset work as on disk, the views show the result, and the disk stays as it was.

import * as path from 'node:path';
import type { ProgressFileSystem } from '../core/progress/fileSystem';

interface MemoryFile {
  text: string;
  /** Milliseconds since the epoch, from the overlay's clock. */
  modified: number;
}

export class MemoryOverlayFileSystem implements ProgressFileSystem {
  /** Files written or renamed in memory, by normalized path. They hide the underlying file of the same path. */
  private readonly files = new Map<string, MemoryFile>();

  /** Normalized paths deleted or renamed away in memory, so reads no longer see the underlying file. */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly base: ProgressFileSystem,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  async readFile(target: string): Promise<string | undefined> {
    const file = path.normalize(target);
    const memoryFile = this.files.get(file);
    if (memoryFile) {
      return memoryFile.text;
    }
    return this.deleted.has(file) ? undefined : this.base.readFile(file);
  }

  async writeFile(target: string, text: string): Promise<void> {
    this.files.set(path.normalize(target), { text, modified: this.clock() });
  }

  async rename(from: string, to: string): Promise<void> {
    const text = await this.readFile(from);
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, rename '${from}' -> '${to}'`), { code: 'ENOENT' });
    }
    await this.writeFile(to, text);
    await this.delete(from);
  }

  // Folders are never created: a write in memory needs none, and the disk must stay unchanged.
  async mkdir(_target: string): Promise<void> {}

  async readDirectory(target: string): Promise<string[]> {
    const folder = path.normalize(target);
    const names = new Set((await this.base.readDirectory(folder)).filter((name) => !this.deleted.has(path.join(folder, name))));
    for (const file of this.files.keys()) {
      if (path.dirname(file) === folder) {
        names.add(path.basename(file));
      }
    }
    return [...names].sort();
  }

  async delete(target: string): Promise<void> {
    const file = path.normalize(target);
    this.files.delete(file);
    this.deleted.add(file);
  }

  /**
   * Creates a file in memory unless the overlay already shows one at `target`.
   * The check after the read runs without a pause, so two callers cannot both create the file.
   */
  async createExclusive(target: string, text: string): Promise<boolean> {
    const file = path.normalize(target);
    if (this.files.has(file) || (await this.readFile(file)) !== undefined || this.files.has(file)) {
      return false;
    }
    this.files.set(file, { text, modified: this.clock() });
    return true;
  }

  async modifiedTime(target: string): Promise<number | undefined> {
    const file = path.normalize(target);
    const memoryFile = this.files.get(file);
    if (memoryFile) {
      return memoryFile.modified;
    }
    return this.deleted.has(file) ? undefined : this.base.modifiedTime?.(file);
  }
}
