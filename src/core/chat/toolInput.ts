// Input checks of the language model tools. A model can send anything, so
// every field is checked, and each error message shows the model how to call again.

import type { Kata, KataSection, KataStep } from '../model';
import { allSteps } from '../model';

/** An input a tool rejects; its message is returned to the model as the tool result. */
export class ToolInputError extends Error {}

export function asRecord(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ToolInputError('The input must be a JSON object with the fields listed in the tool schema.');
  }
  return input as Record<string, unknown>;
}

export function requiredString(input: Record<string, unknown>, field: string, maxLength = 200): string {
  const value = input[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ToolInputError(`The field "${field}" is missing or empty; it must be a non-empty string.`);
  }
  if (value.length > maxLength) {
    throw new ToolInputError(`The field "${field}" is longer than ${maxLength} characters.`);
  }
  return value.trim();
}

export function optionalString(input: Record<string, unknown>, field: string, maxLength = 200): string | undefined {
  return input[field] === undefined || input[field] === null ? undefined : requiredString(input, field, maxLength);
}

export function requiredBoolean(input: Record<string, unknown>, field: string): boolean {
  const value = input[field];
  if (typeof value !== 'boolean') {
    throw new ToolInputError(`The field "${field}" must be true or false.`);
  }
  return value;
}

/** Finds a kata by id, or rejects with the way to get valid ids. */
export function kataById(katas: readonly { id: string }[], find: (id: string) => Kata | undefined, kataId: string): Kata {
  const kata = find(kataId);
  if (!kata) {
    const known = katas.slice(0, 5).map((candidate) => candidate.id);
    throw new ToolInputError(
      `No kata has the id "${kataId}". Call kataCoach_listKatas to get the ids` + (known.length > 0 ? `, such as ${known.join(', ')}.` : '.'),
    );
  }
  return kata;
}

/** Finds a step by its id, or rejects naming the way to get step ids. */
export function stepById(kata: Kata, stepId: string): KataStep {
  const step = allSteps(kata).find((candidate) => candidate.id === stepId);
  if (!step) {
    throw new ToolInputError(`Kata ${kata.id} has no step with the id "${stepId}". Call kataCoach_getProgress with kataId "${kata.id}" to get the step ids.`);
  }
  return step;
}

/** Finds a section by id (`setup`, `task-2`, `completion`), or rejects listing the valid ids. */
export function sectionById(kata: Kata, sectionId: string): KataSection {
  const section = kata.sections.find((candidate) => candidate.id === sectionId);
  if (!section) {
    throw new ToolInputError(`Kata ${kata.id} has no task with the id "${sectionId}". Valid ids: ${kata.sections.map((candidate) => candidate.id).join(', ')}.`);
  }
  return section;
}
