// Lists the markdown files of a root folder. Excluded folders are pruned where
// they are found, so a large `node_modules` costs one check and is never listed.

import { toCancellationCheck, ScanCancelledError, type ScanCancellation } from './cancellation';
import type { ExclusionRules } from './exclusions';
import type { ScanEntry, ScanFileSystem } from './fileSystem';
import { GITIGNORE_FILE_NAME, INFO_EXCLUDE_PATH, readFolderGitignore, readInfoExclude, type GitignoreLayer } from './gitignore';
import { compareRelativePaths, isMarkdownFileName, joinRelative, toAbsolutePath } from './paths';

/**
 * Folders listed at once by default. Enough to hide file system latency, few
 * enough to stay far below the open file limit. An estimate, not a measured optimum.
 */
export const DEFAULT_SCAN_CONCURRENCY = 16;

export interface WalkOptions {
  /** Maximum number of folders listed at once. Defaults to DEFAULT_SCAN_CONCURRENCY. */
  readonly concurrency?: number;
  /** Checked before each folder is listed. Once it fires, the walk rejects with ScanCancelledError. */
  readonly cancellation?: ScanCancellation;
}

/** A folder that could not be listed, or an ignore file that could not be read. */
export interface ScanFailure {
  /** Path relative to the root, `/`-separated: `''` when the root itself failed. */
  readonly path: string;
  readonly kind: 'folder' | 'file';
  readonly error: unknown;
}

export interface MarkdownCandidates {
  /** Paths of the `*.md` files relative to the root, `/`-separated, sorted by compareRelativePaths. */
  readonly files: string[];
  /** Sorted by path. Files under a folder that failed are missing from `files`. */
  readonly failures: ScanFailure[];
}

interface FolderTask {
  /** Path relative to the root. */
  readonly path: string;
  /** Ignore rules that cover the entries of this folder, apart from its own `.gitignore`. */
  readonly gitignore: GitignoreLayer | undefined;
}

/**
 * Walks the folder tree under `root` and returns its markdown files (any letter
 * case of `.md`). Folders that `rules` exclude are not entered.
 *
 * Symbolic links to folders are not followed, which rules out cycles and keeps
 * files outside the root out of the list. A symbolic link named `*.md` that
 * does not point to a folder counts as a file, even when broken, so that
 * reading it reports the missing target.
 *
 * A folder that cannot be listed, or an ignore file that cannot be read, is
 * reported in `failures` and the walk goes on. Rejects with ScanCancelledError
 * when `options.cancellation` fires.
 */
export async function findMarkdownCandidates(
  root: string,
  fs: ScanFileSystem,
  rules: ExclusionRules,
  options: WalkOptions = {},
): Promise<MarkdownCandidates> {
  const isCancelled = toCancellationCheck(options.cancellation);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_SCAN_CONCURRENCY));
  const files: string[] = [];
  const failures: ScanFailure[] = [];

  if (isCancelled()) {
    throw new ScanCancelledError();
  }

  let base: GitignoreLayer | undefined;
  if (rules.useGitignore) {
    try {
      base = await readInfoExclude(fs, root, rules.gitignoreIgnoreCase);
    } catch (error) {
      failures.push({ path: INFO_EXCLUDE_PATH, kind: 'file', error });
    }
  }

  const walker = new FolderWalker(root, fs, rules, files, failures);
  await drainQueue<FolderTask>([{ path: '', gitignore: base }], concurrency, isCancelled, (task, enqueue) => walker.visit(task, enqueue));

  files.sort(compareRelativePaths);
  failures.sort((a, b) => compareRelativePaths(a.path, b.path));
  return { files, failures };
}

class FolderWalker {
  constructor(
    private readonly root: string,
    private readonly fs: ScanFileSystem,
    private readonly rules: ExclusionRules,
    private readonly files: string[],
    private readonly failures: ScanFailure[],
  ) {}

  /** Lists one folder, collects its markdown files and queues the subfolders that are not excluded. */
  async visit(task: FolderTask, enqueue: (task: FolderTask) => void): Promise<void> {
    const absolute = toAbsolutePath(this.root, task.path);
    let entries: ScanEntry[];
    try {
      entries = await this.fs.readDirectory(absolute);
    } catch (error) {
      this.failures.push({ path: task.path, kind: 'folder', error });
      return;
    }

    // The folder's own `.gitignore` applies to every entry next to it, so it is read first.
    const gitignore = await this.readGitignore(task, entries);

    for (const entry of entries) {
      const entryPath = joinRelative(task.path, entry.name);

      if (entry.type === 'folder') {
        if (!this.rules.excludes(entryPath, 'folder', gitignore)) {
          enqueue({ path: entryPath, gitignore });
        }
        continue;
      }

      const isCandidate = (entry.type === 'file' || entry.type === 'symbolicLink') && isMarkdownFileName(entry.name);
      if (!isCandidate || this.rules.excludes(entryPath, 'file', gitignore)) {
        continue;
      }
      if (entry.type === 'symbolicLink' && (await this.isLinkToFolder(toAbsolutePath(this.root, entryPath)))) {
        continue;
      }
      this.files.push(entryPath);
    }
  }

  private async readGitignore(task: FolderTask, entries: readonly ScanEntry[]): Promise<GitignoreLayer | undefined> {
    const hasGitignore = entries.some(
      (entry) => entry.name === GITIGNORE_FILE_NAME && (entry.type === 'file' || entry.type === 'symbolicLink'),
    );
    if (!this.rules.useGitignore || !hasGitignore) {
      return task.gitignore;
    }

    try {
      return await readFolderGitignore(this.fs, this.root, task.path, task.gitignore, this.rules.gitignoreIgnoreCase);
    } catch (error) {
      this.failures.push({ path: joinRelative(task.path, GITIGNORE_FILE_NAME), kind: 'file', error });
      return task.gitignore;
    }
  }

  /** Returns whether a symbolic link points to a folder. A link that cannot be resolved is not one. */
  private async isLinkToFolder(absolutePath: string): Promise<boolean> {
    try {
      return (await this.fs.statType(absolutePath)) === 'folder';
    } catch {
      return false;
    }
  }
}

/**
 * Runs `work` on every item, starting with `initial`, with at most `limit` items in
 * progress. `work` may queue more items. Items run last in, first out, so the queue
 * contains the siblings along one branch rather than a whole level of the tree.
 * Rejects with ScanCancelledError when `isCancelled` returns true before an item
 * starts, and with the first error that `work` throws. Work already started then
 * finishes in the background, and its results are dropped.
 */
function drainQueue<T>(
  initial: readonly T[],
  limit: number,
  isCancelled: () => boolean,
  work: (item: T, enqueue: (item: T) => void) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const pending = [...initial];
    const enqueue = (item: T) => pending.push(item);
    let running = 0;
    let settled = false;

    const fail = (error: unknown) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    };

    const startMore = () => {
      if (settled) {
        return;
      }
      if (running === 0 && pending.length === 0) {
        settled = true;
        resolve();
        return;
      }

      while (running < limit && pending.length > 0) {
        if (isCancelled()) {
          fail(new ScanCancelledError());
          return;
        }
        const item = pending.pop() as T;
        running += 1;
        work(item, enqueue).then(() => {
          running -= 1;
          startMore();
        }, fail);
      }
    };

    startMore();
  });
}
