// `kata-coach progress show` and `progress set`: the learners' stored progress,
// read and written through the same store and lock as the VS Code extension.

import * as path from 'node:path';

import type { Logger } from '../core/log';
import { allSteps, type Kata } from '../core/model';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { PROGRESS_FOLDER, toStoredKataId } from '../core/progress/paths';
import { ProgressStore, type StoredProgress } from '../core/progress/store';
import type { CliRequest } from './args';
import { PROGRAM_NAME } from './commands';
import type { FolderSearchOptions } from './files';
import { loadMarkdownFiles } from './load';
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
  for (const { kata, file } of katas) {
    try {
      summaries.push(summarise(kata, file, await store.load(kata.id, { kata })));
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
  const found = katas.find(({ kata }) => kata.id === request.kataId) ?? katas.find(({ kata }) => toStoredKataId(kata.id) === request.kataId);
  const findIds = `Run "${PROGRAM_NAME} inspect --json ${request.workspace}" to list the kata and step ids.`;

  if (found === undefined) {
    context.stderr(`${PROGRAM_NAME}: kata "${request.kataId}" not found under ${request.workspace}. ${findIds}\n`);
    return EXIT_USAGE;
  }
  if (!allSteps(found.kata).some((step) => step.id === request.stepId)) {
    context.stderr(`${PROGRAM_NAME}: kata "${found.kata.id}" has no step "${request.stepId}". ${findIds}\n`);
    return EXIT_USAGE;
  }

  const store = openStore(request.workspace, katas, context);
  try {
    const saved = await store.save(found.kata, { [request.stepId]: request.checked }, request.source);
    await store.flush();
    context.stdout(formatSummary(summarise(found.kata, found.file, saved)));
    return EXIT_OK;
  } catch {
    // The store logged the failure with the file path.
    return EXIT_FAILURE;
  }
}

async function findKatas(
  workspace: string,
  search: FolderSearchOptions,
  context: CliContext,
): Promise<{ katas: { kata: Kata; file: string }[]; failed: boolean }> {
  const loaded = await loadMarkdownFiles([workspace], context.cwd, 'progress', search);
  for (const failure of loaded.failures) {
    context.stderr(`${PROGRAM_NAME}: cannot read ${failure.kind} ${failure.displayPath}: ${failure.reason}\n`);
  }
  const katas = loaded.files.flatMap(({ file, result }) => (result.kata ? [{ kata: result.kata, file: file.displayPath }] : []));
  return { katas, failed: loaded.failures.length > 0 };
}

function openStore(workspace: string, katas: { kata: Kata }[], context: CliContext): ProgressStore {
  const folder = path.join(path.resolve(context.cwd, workspace), PROGRESS_FOLDER);
  const knownIds = katas.map(({ kata }) => kata.id);
  return new ProgressStore(nodeFileSystem, folder, stderrLogger(context), undefined, { knownIds: () => knownIds });
}

/** Prints warnings and errors on stderr; the store's debug messages are dropped. */
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
