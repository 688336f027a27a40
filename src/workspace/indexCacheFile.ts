// Keeps the persisted index in the extension's workspace storage, so the
// next window on this workspace lists its katas before reading any of them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IndexedFile } from '../core/kataIndex';
import { parseIndexCache, serializeIndexCache } from '../core/indexing/indexCache';
import type { Logger } from '../core/log';
import { describeError } from '../common/logger';

const CACHE_FILE_NAME = 'index-cache.json';

export class IndexCacheFile {
  private readonly filePath: string | undefined;

  /** `storageFolder` is undefined in a window without a workspace, where nothing is cached. */
  constructor(
    storageFolder: string | undefined,
    /** The extension's version; a cache of another release is rebuilt. */
    private readonly release: string,
    /** The display language, as the cached problems are in it; a cache in another language is rebuilt. */
    private readonly language: string,
    private readonly log: Logger,
  ) {
    this.filePath = storageFolder === undefined ? undefined : path.join(storageFolder, CACHE_FILE_NAME);
  }

  /** Reads the cache; returns undefined when there is none or it must be rebuilt, which is logged. */
  async read(): Promise<IndexedFile[] | undefined> {
    if (this.filePath === undefined) {
      return undefined;
    }

    let text: string;
    try {
      text = await fs.promises.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.log.warn(`Could not read the index cache ${this.filePath}, so every kata file is read: ${describeError(error)}`);
      }
      return undefined;
    }

    const cache = parseIndexCache(text, this.release, this.language);
    if ('error' in cache) {
      this.log.warn(`Ignored the index cache ${this.filePath} because ${cache.error}; every kata file is read again`);
      return undefined;
    }
    return cache.files;
  }

  /** Writes the cache atomically: a crash leaves the old cache or the new one, never half of one. */
  async write(files: readonly IndexedFile[]): Promise<void> {
    if (this.filePath === undefined) {
      return;
    }

    const temporary = `${this.filePath}.tmp-${process.pid}`;
    try {
      await fs.promises.mkdir(path.dirname(this.filePath), { recursive: true });
      await fs.promises.writeFile(temporary, serializeIndexCache(files, this.release, this.language), 'utf8');
      await fs.promises.rename(temporary, this.filePath);
    } catch (error) {
      this.log.warn(`Could not write the index cache ${this.filePath}: ${describeError(error)}`);
      await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
