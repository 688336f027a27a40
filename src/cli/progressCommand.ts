// `kata-coach progress show` and `progress set`: the learners' stored progress,
// read and written through the same store and lock as the VS Code extension.

import * as path from 'node:path';

import { compareStrings } from '../core/indexing/kataOrder';
import type { KataSummary } from '../core/indexing/kataSummary';
import { summarizeBytes } from '../core/indexing/summarize';
import type { Logger } from '../core/log';
import { allSteps, type Kata } from '../core/model';
import { parseKataBytes } from '../core/parser';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { PROGRESS_FOLDER, toStoredKataId } from '../core/progress/paths';
import { ProgressStore, type StoredProgress } from '../core/progress/store';
import type { CliRequest } from './args';
import { PROGRAM_NAME } from './commands';
import { findMarkdownFiles, readFileBytes, type FolderSearchOptions } from './files';
import type { CliContext } from './run';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

/** One kata's line of `progress show`, and one object of its JSON output. */
interface ProgressSummary {
  id: string;
  title: string;
  file: string;
  done: number;
  total: number;
  percent: number;
  currentStep: string | null;
  lastUpdated: string | null;
  orphans: number;
  progressFile: string | null;
}

/** Prints each kata's progress under `workspace`. Returns 1 when a kata file or a progress file could not be read. */
export async function runProgressShow(
  workspace: string,
  json: boolean,
  search: FolderSearchOptions,
  context: CliContext,
): Promise<number> {
  const { katas, failed } = await findKatas(workspace, search, context);
  const store = openStore(workspace, katas, context);

  const summaries: ProgressSummary[] = [];
  let exitCode = failed ? EXIT_FAILURE : EXIT_OK;
  for (const found of katas) {
    // The command parses one kata at a time, because the full models of thousands of katas would not fit in memory.
    const kata = parseKata(found, context);
    if (!kata) {
      exitCode = EXIT_FAILURE;
      continue;
    }
    try {
      summaries.push(summarise(kata, found.file, await store.load(kata.id, { kata })));
    } catch {
      // The store logged the failure with the file path.
      exitCode = EXIT_FAILURE;
    }
  }

  if (json) {
    context.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
  } else {
    context.stdout(summaries.map(formatSummary).join(''));
  }
  context.stderr(`${summaries.length} kata(s) under ${workspace}\n`);
  return exitCode;
}

/** Checks or unchecks one step. Returns 2 for an unknown kata or step id and 1 when the write fails. */
export async function runProgressSet(
  request: Omit<Extract<CliRequest, { kind: 'progress-set' }>, 'kind'>,
  context: CliContext,
): Promise<number> {
  const { katas } = await findKatas(request.workspace, request.search, context);
  const found = katas.find(({ summary }) => summary.id === request.kataId) ?? katas.find(({ summary }) => toStoredKataId(summary.id) === request.kataId);
  const findIds = `Run "${PROGRAM_NAME} inspect --json ${request.workspace}" to list the kata and step ids.`;

  if (found === undefined) {
    context.stderr(`${PROGRAM_NAME}: kata "${request.kataId}" not found under ${request.workspace}. ${findIds}\n`);
    return EXIT_USAGE;
  }
  const kata = parseKata(found, context);
  if (!kata) {
    return EXIT_FAILURE;
  }
  if (!allSteps(kata).some((step) => step.id === request.stepId)) {
    context.stderr(`${PROGRAM_NAME}: kata "${kata.id}" has no step "${request.stepId}". ${findIds}\n`);
    return EXIT_USAGE;
  }

  const store = openStore(request.workspace, katas, context);
  try {
    const saved = await store.save(kata, { [request.stepId]: request.checked }, request.source);
    await store.flush();
    context.stdout(formatSummary(summarise(kata, found.file, saved)));
    return EXIT_OK;
  } catch {
    // The store logged the failure with the file path.
    return EXIT_FAILURE;
  }
}

interface FoundKata {
  summary: KataSummary;
  /** The path as the command line names it. */
  file: string;
}

/**
 * Lists the katas under `workspace` from their front matter only, with the
 * index's quick summary, so a catalogue of thousands of katas is listed in
 * about a second. Commands parse a kata in full when they need its steps.
 */
async function findKatas(workspace: string, search: FolderSearchOptions, context: CliContext): Promise<{ katas: FoundKata[]; failed: boolean }> {
  const found = await findMarkdownFiles([workspace], context.cwd, 'progress', search);
  const failures = [...found.failures];
  const katas: FoundKata[] = [];
  for (const file of found.files) {
    const read = readFileBytes(file);
    if ('failure' in read) {
      failures.push(read.failure);
      continue;
    }
    const summary = summarizeBytes(read.bytes, file.absolutePath).summary.kata;
    if (summary) {
      katas.push({ summary, file: file.displayPath });
    }
  }

  for (const failure of failures) {
    context.stderr(`${PROGRAM_NAME}: cannot read ${failure.kind} ${failure.displayPath}: ${failure.reason}\n`);
  }
  // When several files declare one id, the first file by path keeps it, as in the extension.
  const byId = new Map<string, FoundKata>();
  for (const kata of [...katas].sort((a, b) => compareStrings(a.summary.filePath, b.summary.filePath))) {
    if (!byId.has(kata.summary.id)) {
      byId.set(kata.summary.id, kata);
    }
  }
  return { katas: katas.filter((kata) => byId.get(kata.summary.id) === kata), failed: failures.length > 0 };
}

/** Parses a listed kata in full; reports and returns undefined when its file cannot be read again or is no longer a kata. */
function parseKata(found: FoundKata, context: CliContext): Kata | undefined {
  const read = readFileBytes({ absolutePath: found.summary.filePath, displayPath: found.file });
  if ('failure' in read) {
    context.stderr(`${PROGRAM_NAME}: cannot read file ${found.file}: ${read.failure.reason}\n`);
    return undefined;
  }
  const kata = parseKataBytes(read.bytes, found.summary.filePath).kata;
  if (!kata) {
    context.stderr(`${PROGRAM_NAME}: ${found.file} is no longer a kata (its kata_id is missing); run the command again.\n`);
  }
  return kata;
}

function openStore(workspace: string, katas: readonly FoundKata[], context: CliContext): ProgressStore {
  const folder = path.join(path.resolve(context.cwd, workspace), PROGRESS_FOLDER);
  const knownIds = katas.map(({ summary }) => summary.id);
  return new ProgressStore(nodeFileSystem, folder, stderrLogger(context), undefined, { knownIds: () => knownIds });
}

function stderrLogger(context: CliContext): Logger {
  const print = (message: string | Error) => context.stderr(`${PROGRAM_NAME}: ${message instanceof Error ? message.message : message}\n`);
  return { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: print, error: print };
}

function summarise(kata: Kata, file: string, stored: StoredProgress): ProgressSummary {
  const steps = allSteps(kata);
  const done = steps.filter((step) => stored.states[step.id] === true).length;
  const lastUpdated = stored.document?.metadata.lastUpdated ?? stored.document?.timestamp;
  return {
    id: kata.id,
    title: kata.title,
    file,
    done,
    total: steps.length,
    percent: steps.length === 0 ? 0 : Math.round((done / steps.length) * 10000) / 100,
    currentStep: steps.find((step) => stored.states[step.id] !== true)?.id ?? null,
    lastUpdated: lastUpdated ?? null,
    orphans: stored.orphans.length,
    progressFile: stored.document === undefined ? null : stored.filePath,
  };
}

function formatSummary(summary: ProgressSummary): string {
  return (
    `${summary.id}  ${summary.title}\n` +
    `  ${summary.done}/${summary.total} steps done (${summary.percent}%)` +
    `, current step: ${summary.currentStep ?? 'none, all done'}` +
    `, last update: ${summary.lastUpdated ?? 'never'}` +
    `, orphaned step ids: ${summary.orphans}\n`
  );
}
