// `.gitignore` rules as git applies them. Each `.gitignore` covers its own folder
// and below, and its patterns match paths relative to that folder. For a given
// path, the deepest file with a matching pattern decides, and within one file the
// last matching pattern wins. `.git/info/exclude` of the root comes after every
// `.gitignore`. Matching itself is done by the `ignore` package.

import ignore, { type Ignore } from 'ignore';

import type { ScanFileSystem } from './fileSystem';
import { joinRelative, toAbsolutePath } from './paths';

export const GITIGNORE_FILE_NAME = '.gitignore';

/** The repository's own exclude file, relative to the root. Only the root folder's file is read. */
export const INFO_EXCLUDE_PATH = '.git/info/exclude';

/**
 * Default letter-case handling of `.gitignore` patterns. `git init` and `git clone`
 * set core.ignoreCase when the file system is case-insensitive (git-config
 * documentation), as it is by default on Windows and macOS.
 */
export const DEFAULT_GITIGNORE_IGNORE_CASE = process.platform === 'win32' || process.platform === 'darwin';

/** The rules of one ignore file, linked to the files of the folders above it. */
export interface GitignoreLayer {
  /** Folder whose paths the patterns match, relative to the root: `''` for the root. */
  readonly folder: string;
  readonly matcher: Ignore;
  /** Rules of the folders above, which apply only where this file has no matching pattern. */
  readonly parent: GitignoreLayer | undefined;
}

/**
 * Adds the rules in `text` on top of `parent`. Returns `parent` itself when the
 * text has no rules, so folders without rules add no work to each match.
 */
export function addGitignoreLayer(
  parent: GitignoreLayer | undefined,
  folder: string,
  text: string,
  ignoreCase: boolean,
): GitignoreLayer | undefined {
  const hasRules = text.split(/\r?\n/).some((line) => line.trim() !== '' && !line.startsWith('#'));
  if (!hasRules) {
    return parent;
  }
  return { folder, matcher: ignore({ ignorecase: ignoreCase }).add(text), parent };
}

/**
 * Returns whether the ignore rules in `layer` and its parents ignore a path. The
 * path is relative to the root and must lie inside the folder of every layer.
 * Folders are matched with a trailing slash, so a pattern such as `build/`
 * matches folders only.
 *
 * NOTE: `ignore` also reports a path as ignored when the same file ignores one of
 * the path's parent folders. Where a deeper `.gitignore` re-includes that folder
 * (`!build/`), the walk enters it, but the files in it still count as ignored,
 * while git would list them.
 */
export function isGitignored(layer: GitignoreLayer | undefined, relativePath: string, isFolder: boolean): boolean {
  for (let current = layer; current !== undefined; current = current.parent) {
    const local = current.folder === '' ? relativePath : relativePath.slice(current.folder.length + 1);
    const result = current.matcher.test(isFolder ? `${local}/` : local);
    if (result.ignored) {
      return true;
    }
    if (result.unignored) {
      return false;
    }
  }
  return false;
}

/**
 * Reads the `.gitignore` of a folder and adds its rules on top of `parent`.
 * Resolves to `parent` when the folder has no `.gitignore`. Rejects when the file
 * exists but cannot be read.
 */
export async function readFolderGitignore(
  fs: ScanFileSystem,
  root: string,
  folder: string,
  parent: GitignoreLayer | undefined,
  ignoreCase: boolean,
): Promise<GitignoreLayer | undefined> {
  const text = await fs.readFile(toAbsolutePath(root, joinRelative(folder, GITIGNORE_FILE_NAME)));
  return text === undefined ? parent : addGitignoreLayer(parent, folder, text, ignoreCase);
}

/**
 * Reads `.git/info/exclude` of the root, the layer below every `.gitignore`.
 * Resolves to undefined when the root has none, as in a folder that is not a
 * repository, or whose `.git` is a file (worktrees and submodules).
 * Rejects when the file exists but cannot be read.
 */
export async function readInfoExclude(fs: ScanFileSystem, root: string, ignoreCase: boolean): Promise<GitignoreLayer | undefined> {
  const text = await fs.readFile(toAbsolutePath(root, INFO_EXCLUDE_PATH));
  return text === undefined ? undefined : addGitignoreLayer(undefined, '', text, ignoreCase);
}
