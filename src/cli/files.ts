// Finds the markdown files under the paths given on the command line and reads
// them. Folders follow the extension's rules: every `*.md` file is a candidate,
// and folders that the exclusion rules of the core exclude are never entered.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_EXCLUDE_SETTING,
  excludeGlobsFromSettings,
  ExclusionRules,
  findMarkdownCandidates,
  isMarkdownFileName,
  nodeScanFileSystem,
  type ScanFileSystem,
} from '../core/scan';
import { UsageError } from './args';
import type { CommandName } from './commands';

export interface MarkdownFile {
  absolutePath: string;
  /** The path as given on the command line, joined with the path found under it. */
  displayPath: string;
}

/** A file or folder that could not be read, with the reason from the file system. */
export interface ReadFailure {
  kind: 'file' | 'folder';
  displayPath: string;
  reason: string;
}

export interface FileSearch {
  files: MarkdownFile[];
  /** Folders that could not be listed and ignore files that could not be read. */
  failures: ReadFailure[];
  /** Files named on the command line that are not markdown files, so they were skipped. */
  skipped: string[];
}

/** Options of the search in folders named on the command line. */
export interface FolderSearchOptions {
  /** Glob patterns excluded in addition to the `kataCoach.exclude` default. */
  exclude: readonly string[];
  /** Whether `.gitignore` files and `.git/info/exclude` apply. */
  useGitignore: boolean;
}

export const DEFAULT_FOLDER_SEARCH: FolderSearchOptions = { exclude: [], useGitignore: true };

/**
 * Finds the markdown files under `paths`, in the order given and sorted by name within
 * a folder, each file once. Rejects with UsageError when a path does not exist or an
 * --exclude pattern is invalid.
 */
export async function findMarkdownFiles(
  paths: readonly string[],
  cwd: string,
  command: CommandName,
  options: FolderSearchOptions = DEFAULT_FOLDER_SEARCH,
  fileSystem: ScanFileSystem = nodeScanFileSystem,
): Promise<FileSearch> {
  const roots = paths.map((argument) => ({
    argument,
    absolute: path.resolve(cwd, argument),
    stats: statOrUndefined(cwd, argument),
  }));

  const missing = roots.filter((root) => root.stats === undefined).map((root) => root.argument);
  if (missing.length > 0) {
    const list = missing.map((argument) => `"${argument}"`).join(', ');
    throw new UsageError(
      `path not found: ${list}. Check the spelling, or run ${command} from the folder the path is relative to.`,
      command,
    );
  }

  const rules = new ExclusionRules({
    excludeGlobs: [...excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING), ...options.exclude],
    useGitignore: options.useGitignore,
  });
  if (rules.invalidGlobs.length > 0) {
    const list = rules.invalidGlobs.map((glob) => `"${glob}"`).join(', ');
    throw new UsageError(`invalid --exclude pattern: ${list}. Give a glob such as "**/drafts".`, command);
  }

  const search: FileSearch = { files: [], failures: [], skipped: [] };
  const seen = new Set<string>();
  const add = (file: MarkdownFile) => {
    if (!seen.has(file.absolutePath)) {
      seen.add(file.absolutePath);
      search.files.push(file);
    }
  };

  for (const root of roots) {
    if (root.stats?.isDirectory()) {
      await searchFolder(root.absolute, root.argument, rules, fileSystem, search, add);
    } else if (isMarkdownFileName(path.basename(root.argument))) {
      add({ absolutePath: root.absolute, displayPath: root.argument });
    } else {
      search.skipped.push(root.argument);
    }
  }

  return search;
}

/** Reads a file's bytes, returning the failure reason instead of throwing. The parser decodes them. */
export function readFileBytes(file: MarkdownFile): { bytes: Uint8Array } | { failure: ReadFailure } {
  try {
    return { bytes: fs.readFileSync(file.absolutePath) };
  } catch (error) {
    return { failure: { kind: 'file', displayPath: file.displayPath, reason: describeFileError(error) } };
  }
}

/** Returns the stats of a path, following a symbolic link that is named on the command line. */
function statOrUndefined(cwd: string, argument: string): fs.Stats | undefined {
  if (argument === '') {
    return undefined;
  }
  try {
    return fs.statSync(path.resolve(cwd, argument));
  } catch {
    return undefined;
  }
}

async function searchFolder(
  folder: string,
  displayFolder: string,
  rules: ExclusionRules,
  fileSystem: ScanFileSystem,
  search: FileSearch,
  add: (file: MarkdownFile) => void,
): Promise<void> {
  const found = await findMarkdownCandidates(folder, fileSystem, rules);

  for (const failure of found.failures) {
    search.failures.push({
      kind: failure.kind,
      displayPath: path.join(displayFolder, failure.path),
      reason: describeFileError(failure.error),
    });
  }
  for (const relativePath of found.files) {
    add({ absolutePath: path.join(folder, relativePath), displayPath: path.join(displayFolder, relativePath) });
  }
}

/** Returns the reason of a file system error without the path, which the caller prints itself. */
function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EISDIR':
      return 'is a folder, not a file (EISDIR)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
