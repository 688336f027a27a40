// The language model tools that let Copilot coach a learner on the same state
// as the UI: list katas, read progress, set a step, reveal a hint and record a
// coaching note. Handlers are pure over a CoachToolHost, so they are unit
// tested without VS Code; the extension binds the host to its services.

import * as l10n from '@vscode/l10n';
import { revealedHints } from '../hintReveal';
import { currentSection, isStepDone, kataCompletion, sectionCompletion, StepStates } from '../kataProgress';
import type { KataSummary } from '../indexing/kataSummary';
import { describeDifficultyInEnglish, Kata } from '../model';
import { toPlainText } from '../plainText';
import type { CoachData } from '../progress/coachData';
import { COACHING_NOTE_TYPES, MAX_NOTE_LENGTH, type CoachingNoteInput, type CoachingNoteType } from '../progress/coachingNotes';
import { asRecord, kataById, optionalString, requiredBoolean, requiredString, sectionById, stepById, ToolInputError } from './toolInput';

export { ToolInputError } from './toolInput';

/** State and actions the tools use; the extension implements them with the UI's services. */
export interface CoachToolHost {
  /** Every kata of the workspace; full models come from `findKata`. */
  katas(): readonly KataSummary[];
  findKata(id: string): Kata | undefined;
  statesOf(kataId: string): StepStates;
  coachDataOf(kataId: string): CoachData;
  /** Saves a step change with source `coach`; returns false when the write failed. */
  setStep(kata: Kata, stepId: string, done: boolean): Promise<boolean>;
  /** Reveals the next hints of a section; returns why none was revealed, or undefined. */
  revealHint(kata: Kata, sectionId: string): Promise<string | undefined>;
  addNote(kata: Kata, note: CoachingNoteInput): Promise<boolean>;
}

export const TOOL_NAMES = {
  listKatas: 'kataCoach_listKatas',
  getProgress: 'kataCoach_getProgress',
  setStep: 'kataCoach_setStep',
  revealHint: 'kataCoach_revealHint',
  recordNote: 'kataCoach_recordNote',
} as const;

/** Returns the kata that the input's `kataId` names, or rejects with the way to find ids. */
function kataOf(host: CoachToolHost, fields: Record<string, unknown>): Kata {
  return kataById(host.katas(), (id) => host.findKata(id), requiredString(fields, 'kataId'));
}

/** Lists the katas with difficulty, progress and whether their prerequisites are done. */
export function listKatas(host: CoachToolHost, input: unknown): string {
  const category = optionalString(asRecord(input ?? {}), 'category');
  const katas = host.katas().filter((kata) => category === undefined || kata.categories.includes(category));
  if (katas.length === 0) {
    return category === undefined ? 'The workspace has no katas.' : `No kata is in the category "${category}".`;
  }

  const lines = katas.map((kata) => {
    const full = host.findKata(kata.id);
    const { done, total } = full ? kataCompletion(full, host.statesOf(kata.id)) : { done: 0, total: 0 };
    const missing = kata.prerequisites.filter((id) => {
      const prerequisite = host.findKata(id);
      if (!prerequisite) {
        return true;
      }
      const completion = kataCompletion(prerequisite, host.statesOf(id));
      return completion.total === 0 || completion.done < completion.total;
    });
    let ready = `prerequisites not done: ${missing.join(', ')}`;
    if (kata.prerequisites.length === 0) {
      ready = 'no prerequisites';
    } else if (missing.length === 0) {
      ready = 'prerequisites done';
    }
    return `- ${kata.id}: "${kata.title}" (${kata.category}, ${describeDifficultyInEnglish(kata.difficulty)}, ${done}/${total} steps done, ${ready})`;
  });
  return `${katas.length} katas:\n${lines.join('\n')}`;
}

/** Describes a kata's progress and its current task with every step, its id and its state. */
export function getProgress(host: CoachToolHost, input: unknown): string {
  const fields = asRecord(input);
  const kata = kataOf(host, fields);
  const states = host.statesOf(kata.id);
  const requested = optionalString(fields, 'taskId');
  const section = requested === undefined ? currentSection(kata, states) : sectionById(kata, requested);
  const { done, total } = kataCompletion(kata, states);

  const lines = [
    `Kata ${kata.id}: "${kata.title}", ${describeDifficultyInEnglish(kata.difficulty)}, ${done}/${total} steps done.`,
    `Coaching: ai_coaching_level ${String(kata.frontMatter.ai_coaching_level ?? 'not set')}, hint_strategy ${String(kata.frontMatter.hint_strategy ?? 'not set')}.`,
    `Tasks: ${kata.sections.map((candidate) => `${candidate.id} "${candidate.label}" ${sectionCompletion(candidate, states).done}/${candidate.steps.length}`).join('; ')}.`,
  ];
  if (!section) {
    lines.push('Every step is done.');
    return lines.join('\n');
  }

  lines.push(`${requested === undefined ? 'Current task' : 'Task'}: ${section.id} "${section.label}"${section.estimate ? ` (${section.estimate})` : ''}. Steps:`);
  for (const step of section.steps) {
    lines.push(`- [${isStepDone(step, states) ? 'x' : ' '}] ${toPlainText(step.text)} (stepId: ${step.id})`);
  }
  const hints = revealedHints(kata, section.id, host.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0);
  lines.push(hints.length === 0 ? 'No hints revealed for this task yet.' : `Hints already revealed: ${hints.map((hint) => toPlainText(hint.text)).join(' | ')}`);
  return lines.join('\n');
}

/**
 * Returns the confirmation shown before a step changes, naming the step. Unlike
 * the tool results, which the model reads in English, the learner reads it, so
 * it is in the display language.
 */
export function confirmSetStep(host: CoachToolHost, input: unknown): { title: string; message: string } {
  const fields = asRecord(input);
  const kata = kataOf(host, fields);
  const step = stepById(kata, requiredString(fields, 'stepId'));
  const done = requiredBoolean(fields, 'done');
  return {
    title: done ? l10n.t('Mark the step done?') : l10n.t('Mark the step not done?'),
    message: l10n.t({ message: '"{0}" in {1}', args: [toPlainText(step.text), kata.title], comment: ['{0} is the text of a kata step, {1} is the title of its kata.'] }),
  };
}

export async function setStep(host: CoachToolHost, input: unknown): Promise<string> {
  const fields = asRecord(input);
  const kata = kataOf(host, fields);
  const step = stepById(kata, requiredString(fields, 'stepId'));
  const done = requiredBoolean(fields, 'done');
  const text = toPlainText(step.text);

  // The learner may have changed the step in the UI since the model last read it.
  if (isStepDone(step, host.statesOf(kata.id)) === done) {
    return `The step "${text}" is already ${done ? 'done' : 'not done'}; nothing changed.`;
  }
  if (!(await host.setStep(kata, step.id, done))) {
    throw new Error(`Saving the step "${text}" failed. The Kata Coach log has the reason.`);
  }
  const { done: count, total } = kataCompletion(kata, host.statesOf(kata.id));
  return `Marked "${text}" as ${done ? 'done' : 'not done'}. The kata now has ${count}/${total} steps done.`;
}

/** Reveals the next hint of a task (the current task by default) and returns its text. */
export async function revealHint(host: CoachToolHost, input: unknown): Promise<string> {
  const fields = asRecord(input);
  const kata = kataOf(host, fields);
  const requested = optionalString(fields, 'taskId');
  const section = requested === undefined ? currentSection(kata, host.statesOf(kata.id)) : sectionById(kata, requested);
  if (!section) {
    return 'Every step of the kata is done, so there is no task to give a hint for.';
  }

  const problem = await host.revealHint(kata, section.id);
  if (problem !== undefined) {
    return problem;
  }
  const shown = revealedHints(kata, section.id, host.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0);
  const latest = shown[shown.length - 1];
  if (!latest) {
    return `No hint was revealed for ${section.label}.`;
  }
  return `Hint ${shown.length} for ${section.label} (level ${latest.level}): ${toPlainText(latest.text)}\nGive it to the learner in your own words, one step at a time; the coach panel shows it as revealed.`;
}

export async function recordNote(host: CoachToolHost, input: unknown): Promise<string> {
  const fields = asRecord(input);
  const kata = kataOf(host, fields);
  const note = requiredString(fields, 'note', MAX_NOTE_LENGTH);
  const type = optionalString(fields, 'type') ?? 'observation';
  if (!(COACHING_NOTE_TYPES as readonly string[]).includes(type)) {
    throw new ToolInputError(`The field "type" must be one of: ${COACHING_NOTE_TYPES.join(', ')}.`);
  }

  if (!(await host.addNote(kata, { note, type: type as CoachingNoteType }))) {
    throw new Error('Saving the coaching note failed. The Kata Coach log has the reason.');
  }
  return `Recorded the note (${type}) for ${kata.id}.`;
}

