import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';

import type { ScanEntryType, ScanFileSystem } from './fileSystem';

// Codes that mean "no file here": the path is missing, a parent is a file, or
// the path is a folder. A `.gitignore` in any of these states has no rules.
const NO_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

// ELOOP is a cycle of symbolic links, which points to nothing.
const NO_TARGET_CODES = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function entryType(entry: Dirent): ScanEntryType {
  if (entry.isFile()) {
    return 'file';
  }
  if (entry.isDirectory()) {
    return 'folder';
  }
  return entry.isSymbolicLink() ? 'symbolicLink' : 'other';
}

/** ScanFileSystem on `node:fs/promises`, for the command line and tests. */
export const nodeScanFileSystem: ScanFileSystem = {
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, type: entryType(entry) }));
  },

  async readFile(path) {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (error) {
      if (NO_FILE_CODES.has(errorCode(error) ?? '')) {
        return undefined;
      }
      throw error;
    }
  },

  async statType(path) {
    try {
      const stats = await fs.stat(path);
      if (stats.isDirectory()) {
        return 'folder';
      }
      return stats.isFile() ? 'file' : 'other';
    } catch (error) {
      if (NO_TARGET_CODES.has(errorCode(error) ?? '')) {
        return undefined;
      }
      throw error;
    }
  },
};
