// Runs one `kata-coach` command line and returns its exit code. Output goes
// through the given writers, so the runner never touches `process` itself.

import { parseCommandLine, UsageError, type CliRequest } from './args';
import { findCommand, PROGRAM_NAME, type CommandName } from './commands';
import type { FolderSearchOptions } from './files';
import { formatCommandHelp, formatGeneralHelp } from './help';
import { buildInspectJson, type InspectInput } from './inspectJson';
import { countOf } from '../core/countOf';
import { formatInspectText } from './inspectText';
import { loadMarkdownFiles, type LoadedFiles } from './load';
import { runProgressSet, runProgressShow } from './progressCommand';
import {
  countBySeverity,
  formatDiagnosticsJson,
  formatDiagnosticsText,
  formatSummary,
  toFileDiagnostics,
} from './validateOutput';

export const EXIT_OK = 0;
/** validate found an error, or a file could not be read. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface CliContext {
  cwd: string;
  version: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the command in `argv`, the arguments after the program name, and resolves to the exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await runRequest(parseCommandLine(argv), context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`${PROGRAM_NAME}: ${error.message}\n${helpHint(error.command)}\n`);
      return EXIT_USAGE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr(`${PROGRAM_NAME}: internal error: ${detail}\nPlease report this with the command you ran.\n`);
    return EXIT_INTERNAL;
  }
}

function runRequest(request: CliRequest, context: CliContext): number | Promise<number> {
  switch (request.kind) {
    case 'help':
      context.stdout(helpText(request.command, context.version));
      return EXIT_OK;
    case 'version':
      context.stdout(`${context.version}\n`);
      return EXIT_OK;
    case 'inspect':
      return runInspect(request.paths, request.json, request.search, context);
    case 'validate':
      return runValidate(request.paths, request.format, request.search, context);
    case 'progress-show':
      return runProgressShow(request.workspace, request.json, request.search, context);
    case 'progress-set':
      return runProgressSet(request, context);
  }
}

async function runInspect(paths: string[], json: boolean, search: FolderSearchOptions, context: CliContext): Promise<number> {
  const loaded = await loadMarkdownFiles(paths, context.cwd, 'inspect', search);
  if (reportSkippedAndFailures(loaded, context) === 'nothing-found') {
    return EXIT_USAGE;
  }

  // A file that tried to be a kata and failed is named, so it does not vanish from the listing.
  for (const { file, result, diagnostics } of loaded.files) {
    if (!result.kata && diagnostics.length > 0) {
      context.stderr(`${PROGRAM_NAME}: ${file.displayPath} is not read as a kata: ${result.notKataReason ?? diagnostics[0].message} (run "${PROGRAM_NAME} validate" for details)\n`);
    }
  }

  const inputs: InspectInput[] = loaded.files.flatMap(({ file, result, diagnostics }) =>
    result.kata ? [{ file: file.displayPath, kata: result.kata, diagnostics }] : [],
  );

  if (json) {
    context.stdout(`${JSON.stringify(buildInspectJson(inputs), null, 2)}\n`);
  } else if (inputs.length > 0) {
    context.stdout(formatInspectText(inputs));
  }

  context.stderr(`${countOf(inputs.length, 'kata')} in ${countOf(loaded.files.length, 'markdown file')}\n`);
  return loaded.failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

async function runValidate(
  paths: string[],
  format: 'text' | 'json',
  search: FolderSearchOptions,
  context: CliContext,
): Promise<number> {
  const loaded = await loadMarkdownFiles(paths, context.cwd, 'validate', search);
  if (reportSkippedAndFailures(loaded, context) === 'nothing-found') {
    return EXIT_USAGE;
  }

  // Unreadable files are diagnostics too, so JSON readers see why the run failed.
  const unreadable = loaded.failures.map((failure) => ({
    file: failure.displayPath,
    line: 1,
    column: 1,
    severity: 'error' as const,
    code: 'unreadable-path',
    message: `Cannot read this ${failure.kind}: ${failure.reason}. Fix its permissions or remove the broken link.`,
  }));
  const diagnostics = [...unreadable, ...loaded.files.flatMap(({ file, diagnostics }) => toFileDiagnostics(file.displayPath, diagnostics))];
  const counts = countBySeverity(diagnostics);
  const errors = counts.error;

  if (format === 'json') {
    context.stdout(formatDiagnosticsJson(diagnostics));
  } else {
    context.stdout(formatDiagnosticsText(diagnostics));
    const unreadableFiles = loaded.failures.filter((failure) => failure.kind === 'file').length;
    const fileCount = loaded.files.length + unreadableFiles;
    context.stderr(`${formatSummary(errors, counts.warning, counts.info, fileCount)}\n`);
  }

  return errors > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** Prints skipped paths and read failures; returns `nothing-found` when there was nothing to read at all. */
function reportSkippedAndFailures(loaded: LoadedFiles, context: CliContext): 'ok' | 'nothing-found' {
  for (const skipped of loaded.skipped) {
    context.stderr(`${PROGRAM_NAME}: skipped ${skipped}: not a markdown file (only *.md files are read)\n`);
  }
  for (const failure of loaded.failures) {
    context.stderr(`${PROGRAM_NAME}: cannot read ${failure.kind} ${failure.displayPath}: ${failure.reason}\n`);
  }
  if (loaded.files.length === 0 && loaded.failures.length === 0) {
    // A mistyped path in CI must not pass as a clean run.
    context.stderr(`${PROGRAM_NAME}: no markdown files found under the given paths. Check the paths; only *.md files are read.\n`);
    return 'nothing-found';
  }
  return 'ok';
}

function helpText(command: CommandName | undefined, version: string): string {
  const spec = command === undefined || command === 'help' ? undefined : findCommand(command);
  return spec ? formatCommandHelp(spec) : formatGeneralHelp(version);
}

function helpHint(command: CommandName | undefined): string {
  return command === undefined || command === 'help'
    ? `Run "${PROGRAM_NAME} --help" for usage.`
    : `Run "${PROGRAM_NAME} ${command} --help" for usage.`;
}
