// The JSON that `kata-coach inspect --json` prints: one object per kata. Pure,
// so tests can check the shape without files or a process.

import type { HintSource, Kata, KataSection, MinuteRange, Problem, Severity, StepKind } from '../core/model';

export interface InspectedTask {
  number: number;
  /** Title after `Task N:`, without the time estimate. It is empty when the heading has no title. */
  title: string;
  minutes: MinuteRange | null;
  line: number;
  /** Ids of the task's steps in file order. */
  steps: string[];
}

export interface InspectedStep {
  id: string;
  line: number;
  /** Checked state as written in the file (`[x]`), not a learner's progress. */
  checked: boolean;
  text: string;
  /** Null for a step without a kind, which only hand-built katas have. */
  kind: StepKind | null;
  /** Id of the section the step belongs to: `setup`, `task-<N>`, `completion` or another section's slug. */
  section: string;
}

export interface InspectedHint {
  level: 1 | 2 | 3;
  source: HintSource;
  text: string;
  line: number;
  /** Section id of the task the hint belongs to, or null for a hint about the whole kata. */
  section: string | null;
}

export interface InspectedDiagnostic {
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface InspectedKata {
  file: string;
  id: string;
  title: string;
  category: string;
  difficulty: number | null;
  estimatedMinutes: number | null;
  prerequisites: string[];
  tasks: InspectedTask[];
  /** Every checkbox step in file order, tasks and other sections alike. */
  steps: InspectedStep[];
  /** Reflection questions of the Completion Check. */
  questions: { text: string; line: number }[];
  hints: InspectedHint[];
  diagnostics: InspectedDiagnostic[];
}

/** One kata with the path to print for it and the validator's diagnostics for its file. */
export interface InspectInput {
  file: string;
  kata: Kata;
  diagnostics: readonly Problem[];
}

/** Builds the `inspect --json` array, one object per input in the same order. */
export function buildInspectJson(inputs: readonly InspectInput[]): InspectedKata[] {
  return inputs.map(({ file, kata, diagnostics }) => inspectKata(file, kata, diagnostics));
}

/** Builds the JSON object of one kata. */
export function inspectKata(file: string, kata: Kata, diagnostics: readonly Problem[]): InspectedKata {
  return {
    file,
    id: kata.id,
    title: kata.title,
    category: kata.category,
    difficulty: kata.difficulty ?? null,
    estimatedMinutes: kata.estimatedMinutes ?? null,
    prerequisites: [...kata.prerequisites],
    tasks: kata.sections.filter(isNumberedTask).map(inspectTask),
    steps: kata.sections.flatMap((section) =>
      section.steps.map((step) => ({
        id: step.id,
        line: step.line,
        checked: step.checkedInFile,
        text: step.text,
        kind: step.kind ?? null,
        section: section.id,
      })),
    ),
    questions: (kata.completion?.questions ?? []).map(({ text, line }) => ({ text, line })),
    hints: (kata.hints ?? []).map((hint) => ({
      level: hint.level,
      source: hint.source,
      text: hint.text,
      line: hint.line,
      section: hint.sectionId ?? null,
    })),
    diagnostics: diagnostics.map(({ line, column, severity, code, message }) => ({ line, column, severity, code, message })),
  };
}

/**
 * Returns whether a section is a `### Task N:` task. The checkboxes between Practice
 * Tasks and its first task heading form a task section without a number, which is not one.
 */
export function isNumberedTask(section: KataSection): section is KataSection & { taskNumber: number } {
  return section.kind === 'task' && section.taskNumber !== undefined;
}

/** Returns the title of a task section: its label without the `Task N:` prefix. */
export function taskTitle(section: KataSection & { taskNumber: number }): string {
  const prefix = `Task ${section.taskNumber}`;
  if (section.label === prefix) {
    return '';
  }
  return section.label.startsWith(`${prefix}: `) ? section.label.slice(prefix.length + 2) : section.label;
}

function inspectTask(section: KataSection & { taskNumber: number }): InspectedTask {
  return {
    number: section.taskNumber,
    title: taskTitle(section),
    minutes: section.minutes ? { min: section.minutes.min, max: section.minutes.max } : null,
    line: section.line,
    steps: section.steps.map((step) => step.id),
  };
}
