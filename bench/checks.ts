// Checks each subject's result against what the generator wrote, so the bench
// fails instead of timing a scan that missed files or built a broken index.

import type { KataIndex } from '../src/core/kataIndex';
import type { GeneratedRepository } from './generate';
import type { LimitResult, NaiveResult } from './subjects';

/** Thrown when a subject's result does not match the generated repository. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

/** The counts that a correct scan of the generated repository finds. */
export interface ExpectedCounts {
  files: number;
  bytes: number;
  katas: number;
  tasks: number;
  checkboxes: number;
}

export function expectedCounts(repository: GeneratedRepository): ExpectedCounts {
  return {
    files: repository.kataFiles.length + repository.otherFiles.length,
    bytes: repository.candidateBytes,
    katas: repository.n,
    tasks: repository.kataTasks,
    checkboxes: repository.kataCheckboxes,
  };
}

export function checkLimit(result: LimitResult, expected: ExpectedCounts): void {
  expectEqual('limit', 'candidate files read', result.files, expected.files);
  expectEqual('limit', 'bytes read', result.bytes, expected.bytes);
}

export function checkNaive(result: NaiveResult, expected: ExpectedCounts): void {
  expectEqual('naive', 'candidate files', result.files, expected.files);
  expectEqual('naive', 'katas', result.katas.length, expected.katas);

  const tasks = result.katas.reduce((sum, kata) => sum + kata.tasks.length, 0);
  const steps = result.katas.reduce(
    (sum, kata) => sum + kata.otherSteps.length + kata.tasks.reduce((taskSum, task) => taskSum + task.steps.length, 0),
    0,
  );
  expectEqual('naive', 'tasks', tasks, expected.tasks);
  expectEqual('naive', 'steps', steps, expected.checkboxes);

  const empty = result.katas.find((kata) => kata.tasks.length === 0 || kata.tasks.some((task) => task.steps.length === 0));
  if (empty) {
    throw new CheckFailure(`naive: the kata ${empty.filePath} has no tasks or a task without steps.`);
  }
}

/** Checks the summaries of an index from `cold`, `warm`, `refresh` or `change`: cheap, so every timed run is checked. */
export function checkIndex(subject: string, index: KataIndex, expected: ExpectedCounts): void {
  expectEqual(subject, 'indexed files', index.fileCount, expected.files);
  expectEqual(subject, 'katas', index.katas.length, expected.katas);
}

/**
 * Parses every kata of an index and checks its tasks and steps. It parses
 * thousands of files, so the runner calls it once per size, untimed.
 */
export function checkModels(subject: string, index: KataIndex, expected: ExpectedCounts): void {
  checkIndex(subject, index, expected);
  const katas = index.katas.map((summary) => {
    const kata = index.findById(summary.id);
    if (!kata) {
      throw new CheckFailure(`${subject}: the kata ${summary.id} of ${summary.filePath} could not be parsed.`);
    }
    return kata;
  });

  const sections = katas.flatMap((kata) => kata.sections);
  const tasks = sections.filter((section) => section.kind === 'task');
  expectEqual(subject, 'tasks', tasks.length, expected.tasks);
  expectEqual(subject, 'steps', sections.reduce((sum, section) => sum + section.steps.length, 0), expected.checkboxes);

  const empty = katas.find((kata) => !kata.sections.some((section) => section.kind === 'task' && section.steps.length > 0));
  if (empty) {
    throw new CheckFailure(`${subject}: the kata ${empty.filePath} has no task with steps.`);
  }
}

/** Checks that validation gave every kata its step counts, and that they add up to the repository's checkboxes. */
export function checkDetails(index: KataIndex, expected: ExpectedCounts): void {
  const uncounted = index.katas.find((kata) => !kata.steps);
  if (uncounted) {
    throw new CheckFailure(`validation: the kata ${uncounted.filePath} has no step counts after validation.`);
  }
  expectEqual('validation', 'counted steps', index.katas.reduce((sum, kata) => sum + (kata.steps?.total ?? 0), 0), expected.checkboxes);
}

/** Checks that the index contains the edited kata with `expectedSteps` steps. */
export function checkChangedKata(index: KataIndex, editedFile: string, expectedSteps: number): void {
  const kata = index.findByFile(editedFile);
  if (!kata) {
    throw new CheckFailure(`change: the edited kata ${editedFile} is missing from the index.`);
  }
  expectEqual('change', 'steps in the edited kata', kata.sections.reduce((sum, section) => sum + section.steps.length, 0), expectedSteps);
}

function expectEqual(subject: string, countName: string, actual: number, expected: number): void {
  if (actual !== expected) {
    throw new CheckFailure(
      `${subject}: found ${actual} ${countName}, expected ${expected}. The subject's result is wrong, so its time would be meaningless.`,
    );
  }
}
