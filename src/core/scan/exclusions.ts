// Exclusion rules for one root folder: the folders Kata Coach never scans, glob
// patterns in VS Code glob syntax (`files.exclude`, `kataCoach.exclude`, the
// CLI's --exclude) and, through gitignore.ts, `.gitignore` files. Glob matching
// is done by picomatch, with options chosen to behave like VS Code's globs.

import picomatch from 'picomatch';

import { DEFAULT_GITIGNORE_IGNORE_CASE, isGitignored, type GitignoreLayer } from './gitignore';
import { nameOf } from './paths';

/** Folder names skipped at any depth regardless of the settings: git's data and Kata Coach's progress files. */
export const ALWAYS_EXCLUDED_FOLDERS: readonly string[] = ['.git', '.copilot-tracking'];

/** Default of the `kataCoach.exclude` setting. package.json declares the same object. */
export const DEFAULT_EXCLUDE_SETTING: Readonly<Record<string, boolean>> = Object.freeze({
  '**/node_modules': true,
  '**/out': true,
  '**/dist': true,
  '**/.vscode-test': true,
  '**/.cache': true,
});

/** Default of the `kataCoach.useGitignore` setting. */
export const DEFAULT_USE_GITIGNORE = true;

export interface ExclusionOptions {
  /** Glob patterns in VS Code glob syntax, matched against paths relative to the root folder. */
  readonly excludeGlobs: readonly string[];
  /** Whether `.gitignore` files and the root's `.git/info/exclude` apply. */
  readonly useGitignore: boolean;
  /** Whether `.gitignore` patterns ignore letter case. Defaults to DEFAULT_GITIGNORE_IGNORE_CASE. */
  readonly gitignoreIgnoreCase?: boolean;
}

export type EntryKind = 'file' | 'folder';

// dot: VS Code's `*` and `**` match names that start with a dot.
// windows: the scan passes `/`-separated paths on every platform.
// posix: makes `[!a]` a negated class, as in VS Code, and not a class of `!` and `a`.
// nonegate: VS Code has no leading `!`, and picomatch's would turn `!x` into "all but x".
// noextglob: VS Code has no extended globs such as `@(a|b)`.
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false, posix: true, nonegate: true, noextglob: true };

const FOLDER_CONTENTS_SUFFIX = '/**';

/**
 * Returns the patterns set to `true` in settings shaped like `files.exclude`,
 * once each, in the order given.
 *
 * NOTE: a value that is an object, such as `{ "when": "$(basename).ts" }`, is a
 * sibling condition that VS Code checks against the files next to a match. The
 * scan does not evaluate it and treats the pattern as not excluded.
 */
export function excludeGlobsFromSettings(...settings: readonly (Readonly<Record<string, unknown>> | undefined)[]): string[] {
  const globs = new Set<string>();
  for (const setting of settings) {
    for (const [glob, value] of Object.entries(setting ?? {})) {
      if (value === true) {
        globs.add(glob);
      }
    }
  }
  return [...globs];
}

/**
 * Compiled exclusion rules for one root folder. Every path given to its methods
 * is relative to the root and `/`-separated. The methods check the path itself,
 * not its parent folders: the walk never enters an excluded folder, and
 * ExclusionChecker checks each parent in turn.
 */
export class ExclusionRules {
  readonly useGitignore: boolean;
  readonly gitignoreIgnoreCase: boolean;
  /** Patterns that are empty or that picomatch rejected. They exclude nothing. */
  readonly invalidGlobs: readonly string[];

  private readonly alwaysExcluded = new Set(ALWAYS_EXCLUDED_FOLDERS);
  private readonly pathMatchers: ((relativePath: string) => boolean)[] = [];
  /** Matchers for the part before `/**` of the patterns that end in it, which also exclude that folder. */
  private readonly folderMatchers: ((relativePath: string) => boolean)[] = [];

  constructor(options: ExclusionOptions) {
    this.useGitignore = options.useGitignore;
    this.gitignoreIgnoreCase = options.gitignoreIgnoreCase ?? DEFAULT_GITIGNORE_IGNORE_CASE;

    const invalid: string[] = [];
    for (const glob of options.excludeGlobs) {
      if (!this.addGlob(glob)) {
        invalid.push(glob);
      }
    }
    this.invalidGlobs = invalid;
  }

  /**
   * Returns whether a file or folder is excluded by an always-excluded folder name,
   * by a glob or, given the `.gitignore` layers that cover its folder, by `.gitignore`.
   */
  excludes(relativePath: string, kind: EntryKind, gitignore?: GitignoreLayer): boolean {
    const byName = kind === 'folder' ? this.isFolderExcluded(relativePath) : this.isFileExcluded(relativePath);
    if (byName) {
      return true;
    }
    return this.useGitignore && isGitignored(gitignore, relativePath, kind === 'folder');
  }

  /** Returns whether a folder is excluded by an always-excluded name or by a glob. */
  isFolderExcluded(relativePath: string): boolean {
    if (this.alwaysExcluded.has(nameOf(relativePath))) {
      return true;
    }
    return this.matchesAny(this.pathMatchers, relativePath) || this.matchesAny(this.folderMatchers, relativePath);
  }

  /** Returns whether a file is excluded by a glob. */
  isFileExcluded(relativePath: string): boolean {
    return this.matchesAny(this.pathMatchers, relativePath);
  }

  private matchesAny(matchers: readonly ((relativePath: string) => boolean)[], relativePath: string): boolean {
    for (const matches of matchers) {
      if (matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  /** Compiles one pattern. Returns false when it is invalid. */
  private addGlob(rawGlob: string): boolean {
    const glob = normalizeGlob(rawGlob);
    if (glob === '') {
      return false;
    }

    try {
      this.pathMatchers.push(picomatch(glob, GLOB_OPTIONS));
      if (glob.endsWith(FOLDER_CONTENTS_SUFFIX) && glob.length > FOLDER_CONTENTS_SUFFIX.length) {
        this.folderMatchers.push(picomatch(glob.slice(0, -FOLDER_CONTENTS_SUFFIX.length), GLOB_OPTIONS));
      }
    } catch {
      return false;
    }
    return true;
  }
}

/**
 * Trims white space, as VS Code does, and a trailing `/`. VS Code ignores the
 * slash in a pattern such as `dist/`, but picomatch would then match nothing.
 */
function normalizeGlob(glob: string): string {
  const trimmed = glob.trim();
  return trimmed.length > 1 && trimmed.endsWith('/') && !trimmed.endsWith('**/') ? trimmed.slice(0, -1) : trimmed;
}
