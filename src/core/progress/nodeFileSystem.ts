import * as fs from 'node:fs/promises';

import type { ProgressFileSystem } from './fileSystem';

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** ProgressFileSystem on `node:fs/promises`, for tests and the command line. */
export const nodeFileSystem: ProgressFileSystem = {
  async readFile(path) {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw error;
    }
  },

  async writeFile(path, text) {
    // Flush to disk before the store renames the file over the old one, so a crash
    // right after the rename cannot leave an empty progress file.
    const handle = await fs.open(path, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },

  async rename(from, to) {
    await fs.rename(from, to);
  },

  async mkdir(path) {
    await fs.mkdir(path, { recursive: true });
  },

  async readDirectory(path) {
    try {
      return await fs.readdir(path);
    } catch (error) {
      if (isNotFound(error)) {
        return [];
      }
      throw error;
    }
  },

  async delete(path) {
    await fs.rm(path, { force: true });
  },

  async createExclusive(path, text) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST') {
        return false;
      }
      throw error;
    }
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    return true;
  },

  async modifiedTime(path) {
    try {
      return (await fs.stat(path)).mtimeMs;
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw error;
    }
  },
};
