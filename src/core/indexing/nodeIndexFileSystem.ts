// IndexFileSystem on `node:fs`, for the extension's local folders, the CLI
// and the benchmark.

import * as fs from 'node:fs';
import type { FileStamp } from '../kataIndex';
import type { IndexFileSystem } from './indexer';

export const nodeIndexFileSystem: IndexFileSystem = {
  async readFile(filePath) {
    // The stamp is taken before the bytes, so a write during the read leaves
    // an older stamp and the next start reads the file again.
    const stats = await fs.promises.stat(filePath);
    const bytes = await fs.promises.readFile(filePath);
    return { bytes, stamp: { size: stats.size, mtimeMs: stats.mtimeMs } };
  },

  async stat(filePath) {
    try {
      const stats = await fs.promises.stat(filePath);
      return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
  },
};

/** Reads a file synchronously with its stamp, for models parsed on demand; returns undefined when it cannot be read. */
export function readFileSyncWithStamp(filePath: string): { bytes: Uint8Array; stamp: FileStamp } | undefined {
  try {
    const stats = fs.statSync(filePath);
    return { bytes: fs.readFileSync(filePath), stamp: { size: stats.size, mtimeMs: stats.mtimeMs } };
  } catch {
    return undefined;
  }
}
