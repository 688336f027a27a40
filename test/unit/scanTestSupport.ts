// Helpers for the folder scan tests: temporary folder trees written from a list
// of paths, and a file system that records and can fail the calls of the walk.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { ScanEntry, ScanFileSystem, ScanTargetType } from '../../src/core/scan/fileSystem';
import { nodeScanFileSystem } from '../../src/core/scan/nodeFileSystem';

/** Creates an empty temporary folder. */
export function makeTempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-scan-'));
}

/**
 * Writes a tree under `root`. Each key is a `/`-separated relative path: a key
 * ending in `/` is an empty folder, any other key a file with the given text.
 */
export function writeTree(root: string, tree: Readonly<Record<string, string>>): void {
  for (const [relativePath, text] of Object.entries(tree)) {
    const absolute = path.join(root, ...relativePath.split('/'));
    if (relativePath.endsWith('/')) {
      fs.mkdirSync(absolute, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }
}

/** Returns the `/`-separated relative paths of every file and folder under `root`, symbolic links included. */
export function listTree(root: string): { path: string; kind: 'file' | 'folder' }[] {
  const found: { path: string; kind: 'file' | 'folder' }[] = [];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relativePath = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        found.push({ path: relativePath, kind: 'folder' });
        visit(relativePath);
      } else {
        found.push({ path: relativePath, kind: 'file' });
      }
    }
  };
  visit('');
  return found;
}

/** Creates a symbolic link, or returns false where the platform does not allow one. */
export function trySymlink(target: string, link: string, type: 'dir' | 'file'): boolean {
  try {
    fs.symlinkSync(target, link, type);
    return true;
  } catch {
    return false;
  }
}

/** Returns an error shaped like the ones `node:fs` throws, with a `code`. */
export function fileSystemError(code: string, target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, '${target}'`), { code });
}

/**
 * The real file system, recording the folders listed and the files read, with
 * paths relative to `root`. Folders in `failingFolders` and files in
 * `failingFiles` reject with EACCES, because tests may run as root, where file
 * permissions do not stop a read.
 */
export class RecordingFileSystem implements ScanFileSystem {
  readonly listedFolders: string[] = [];
  readonly readFiles: string[] = [];
  readonly failingFolders = new Set<string>();
  readonly failingFiles = new Set<string>();
  /** Called before each folder is listed, with its relative path. */
  beforeList: (relativePath: string) => void = () => undefined;

  constructor(private readonly root: string) {}

  async readDirectory(absolutePath: string): Promise<ScanEntry[]> {
    const relativePath = this.relative(absolutePath);
    this.beforeList(relativePath);
    this.listedFolders.push(relativePath);
    if (this.failingFolders.has(relativePath)) {
      throw fileSystemError('EACCES', absolutePath);
    }
    return nodeScanFileSystem.readDirectory(absolutePath);
  }

  async readFile(absolutePath: string): Promise<string | undefined> {
    const relativePath = this.relative(absolutePath);
    this.readFiles.push(relativePath);
    if (this.failingFiles.has(relativePath)) {
      throw fileSystemError('EACCES', absolutePath);
    }
    return nodeScanFileSystem.readFile(absolutePath);
  }

  statType(absolutePath: string): Promise<ScanTargetType | undefined> {
    return nodeScanFileSystem.statType(absolutePath);
  }

  private relative(absolutePath: string): string {
    return path.relative(this.root, absolutePath).split(path.sep).join('/');
  }
}
