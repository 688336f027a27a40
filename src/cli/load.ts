// Reads, parses and validates every markdown file under the command line's paths,
// the shared first half of `inspect` and `validate`.

import type { ParseResult, Problem } from '../core/model';
import { parseKataBytes } from '../core/parser';
import { validateKataFiles } from '../core/validation';
import type { CommandName } from './commands';
import { findMarkdownFiles, readFileBytes, type FolderSearchOptions, type MarkdownFile, type ReadFailure } from './files';

export interface LoadedFile {
  file: MarkdownFile;
  result: ParseResult;
  /** The validator's diagnostics for this file. */
  diagnostics: Problem[];
}

export interface LoadedFiles {
  files: LoadedFile[];
  /** Files and folders that could not be read, in the order found. */
  failures: ReadFailure[];
  /** Files named on the command line that are not markdown files. */
  skipped: string[];
}

/**
 * Finds, reads, parses and validates the markdown files under `paths`. Rejects with
 * UsageError for a missing path or an invalid --exclude pattern.
 */
export async function loadMarkdownFiles(
  paths: readonly string[],
  cwd: string,
  command: CommandName,
  options: FolderSearchOptions,
): Promise<LoadedFiles> {
  const search = await findMarkdownFiles(paths, cwd, command, options);
  const failures = [...search.failures];
  const readFiles: { file: MarkdownFile; result: ParseResult }[] = [];

  for (const file of search.files) {
    const read = readFileBytes(file);
    if ('failure' in read) {
      failures.push(read.failure);
      continue;
    }
    readFiles.push({ file, result: parseKataBytes(read.bytes, file.absolutePath) });
  }

  // The validator receives every file at once, so rules across files (such as unique ids) apply.
  const validated = validateKataFiles(readFiles.map((entry) => entry.result));
  const files = readFiles.map((entry, index) => {
    const diagnostics = validated[index];
    if (diagnostics === undefined || diagnostics.filePath !== entry.result.filePath) {
      throw new Error(`the validator returned results out of order at ${entry.file.displayPath}`);
    }
    return { ...entry, diagnostics: diagnostics.diagnostics };
  });

  return { files, failures, skipped: search.skipped };
}
