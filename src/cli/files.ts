// Finds the markdown files under the paths given on the command line and reads
// them. Folders follow the extension's rules: every `*.md` file is a candidate,
// and the excluded folders of the core are never entered.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXCLUDED_FOLDERS } from '../core/discovery';
import { UsageError } from './args';
import type { CommandName } from './commands';

const MARKDOWN_EXTENSION = '.md';

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
  /** Folders that could not be listed: their files are missing from `files`. */
  failures: ReadFailure[];
  /** Files named on the command line that are not markdown files, so they were skipped. */
  skipped: string[];
}

/**
 * Finds the markdown files under `paths`, in the order given and sorted by name within
 * a folder, each file once. Throws UsageError when a path does not exist.
 */
export function findMarkdownFiles(paths: readonly string[], cwd: string, command: CommandName): FileSearch {
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
      walkFolder(root.absolute, root.argument, search, add);
    } else if (root.argument.endsWith(MARKDOWN_EXTENSION)) {
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

function walkFolder(folder: string, displayFolder: string, search: FileSearch, add: (file: MarkdownFile) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    search.failures.push({ kind: 'folder', displayPath: displayFolder, reason: describeFileError(error) });
    return;
  }

  entries.sort((a, b) => compareNames(a.name, b.name));

  for (const entry of entries) {
    const absolutePath = path.join(folder, entry.name);
    const displayPath = path.join(displayFolder, entry.name);

    if (entry.isDirectory()) {
      if (!EXCLUDED_FOLDERS.includes(entry.name)) {
        walkFolder(absolutePath, displayPath, search, add);
      }
    } else if (entry.name.endsWith(MARKDOWN_EXTENSION) && (entry.isFile() || (entry.isSymbolicLink() && !isLinkToFolder(absolutePath)))) {
      add({ absolutePath, displayPath });
    }
  }
}

/** Code-unit order, so the output is the same on every machine and locale, unlike localeCompare. */
function compareNames(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * Returns whether a symbolic link points to a folder. Such links are not followed,
 * which also rules out cycles. A broken link is not a folder, so it is kept and
 * reading it reports the missing target.
 */
function isLinkToFolder(linkPath: string): boolean {
  try {
    return fs.statSync(linkPath).isDirectory();
  } catch {
    return false;
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
