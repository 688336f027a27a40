// Builds the prompt that "Ask the coach" sends to a chat model: the kata, the
// learner's current section and steps, the hints already seen, and how to coach.
// Deterministic (no dates), so the same progress always gives the same prompt.

import { currentSection, isStepDone, type StepStates } from './kataProgress';
import { DIFFICULTY_NAMES, type Kata, type KataHint, type KataSection } from './model';
import { toPlainText } from './plainText';
import { formatAgainstEstimateInEnglish } from './timeOnTask';

/** Maximum length of a coach prompt in characters: a chosen size that keeps it concise, not a limit of any chat product. */
export const MAX_COACH_PROMPT_LENGTH = 6000;

/** Maximum length in characters of one step, hint or objective. A longer text is cut to end with `…`. */
const MAX_ITEM_LENGTH = 300;

/** Items listed per list before `and N more`, tried in turn until the prompt fits. */
const LIST_LIMITS = [12, 8, 5, 3, 1, 0];

const HINT_LEVEL_NAMES: Readonly<Record<KataHint['level'], string>> = {
  1: 'question',
  2: 'direction',
  3: 'fix',
};

/** Coaching instruction for each `ai_coaching_level` value of the kata format. */
const COACHING_LEVELS: Readonly<Record<string, string>> = {
  minimal: 'The kata asks for minimal coaching: reply with one short question or pointer and let me work it out.',
  guided: 'The kata asks for guided coaching: ask guiding questions and give the next hint only when I am stuck.',
  adaptive: 'The kata asks for adaptive coaching: give more support when I struggle and less as I make progress.',
};

export interface CoachPromptOptions {
  /** Section the learner is on. Without it, or when the kata has no such section, the prompt uses the current section from `states`. */
  sectionId?: string;
  /** Hints the learner has already seen, in reveal order. */
  revealedHints: readonly KataHint[];
  /** Minutes spent on the section so far. */
  elapsedMinutes?: number;
}

/**
 * Builds a concise English prompt for a chat model to coach the learner
 * through `kata` with questions and progressive hints rather than the answer.
 *
 * The result is at most MAX_COACH_PROMPT_LENGTH characters. Long texts are cut
 * at MAX_ITEM_LENGTH, and lists shrink (ending with `and N more`) until the
 * prompt fits. If even empty lists do not fit, the prompt is cut at the maximum,
 * and the coaching instructions survive because they come first.
 */
export function buildCoachPrompt(kata: Kata, states: StepStates, options: CoachPromptOptions): string {
  const section = kata.sections.find((candidate) => candidate.id === options.sectionId) ?? currentSection(kata, states);

  let prompt = '';
  for (const limit of LIST_LIMITS) {
    prompt = composePrompt(kata, section, states, options, limit);
    if (prompt.length <= MAX_COACH_PROMPT_LENGTH) {
      return prompt;
    }
  }
  return `${prompt.slice(0, MAX_COACH_PROMPT_LENGTH - 1)}…`;
}

function composePrompt(
  kata: Kata,
  section: KataSection | undefined,
  states: StepStates,
  options: CoachPromptOptions,
  listLimit: number,
): string {
  const blocks: string[][] = [instructions(kata), kataFacts(kata)];

  if (section !== undefined) {
    blocks.push(sectionFacts(section, options.elapsedMinutes));

    const done = section.steps.filter((step) => isStepDone(step, states)).map((step) => toPlainText(step.text));
    const open = section.steps.filter((step) => !isStepDone(step, states)).map((step) => toPlainText(step.text));
    blocks.push(listBlock(`Steps done (${done.length} of ${section.steps.length}):`, done, listLimit));
    blocks.push(listBlock(`Steps not done yet (${open.length}):`, open, listLimit));
  }

  const hints = options.revealedHints.map((hint) => `(${HINT_LEVEL_NAMES[hint.level]}) ${toPlainText(hint.text)}`);
  blocks.push(listBlock('Hints I have already seen:', hints, listLimit));

  const objectives = kata.learningObjectives.map((objective) => toPlainText(objective));
  blocks.push(listBlock('Learning objectives:', objectives, listLimit));

  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n');
}

function instructions(kata: Kata): string[] {
  const lines = [
    'Please coach me through the hands-on kata described below.',
    'Ask guiding questions and give progressive hints (first a question, then a direction, then the concrete fix) instead of the answer.',
    'Do not repeat the hints I have already seen, and do not write the solution for me unless I ask for it.',
  ];

  const level = kata.frontMatter.ai_coaching_level;
  if (typeof level === 'string' && level.trim() !== '') {
    const key = level.trim().toLowerCase();
    lines.push(COACHING_LEVELS[key] ?? `The kata asks for this coaching level: ${clip(level.trim())}.`);
  }
  return lines;
}

function kataFacts(kata: Kata): string[] {
  const lines = [`Kata: ${clip(toPlainText(kata.title))} (id: ${clip(kata.id)})`];

  const difficultyName = kata.difficulty === undefined ? undefined : DIFFICULTY_NAMES[kata.difficulty];
  if (difficultyName !== undefined) {
    lines.push(`Difficulty: ${difficultyName} (${kata.difficulty} of 5)`);
  }
  lines.push(`Category: ${clip(kata.category)}`);
  if (kata.estimatedMinutes !== undefined) {
    lines.push(`Estimated time for the whole kata: ${kata.estimatedMinutes} minutes`);
  }
  return lines;
}

function sectionFacts(section: KataSection, elapsedMinutes: number | undefined): string[] {
  const noun = section.kind === 'task' ? 'task' : 'section';
  const lines = [`Current ${noun}: ${clip(toPlainText(section.label))}`];

  if (section.estimate !== undefined) {
    lines.push(`Estimated time for this ${noun}: ${clip(section.estimate)}`);
  }
  if (elapsedMinutes !== undefined) {
    lines.push(`Time spent on this ${noun}: ${formatAgainstEstimateInEnglish(elapsedMinutes, section.minutes)}`);
  }
  return lines;
}

/** Returns a titled bullet list of at most `limit` items, or nothing for an empty list. */
function listBlock(title: string, items: readonly string[], limit: number): string[] {
  if (items.length === 0) {
    return [];
  }

  const lines = [title, ...items.slice(0, limit).map((item) => `- ${clip(item)}`)];
  const rest = items.length - Math.min(limit, items.length);
  if (rest > 0) {
    lines.push(limit === 0 ? `- ${rest} in all` : `- and ${rest} more`);
  }
  return lines;
}

function clip(text: string): string {
  return text.length <= MAX_ITEM_LENGTH ? text : `${text.slice(0, MAX_ITEM_LENGTH - 1)}…`;
}
