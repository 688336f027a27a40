// Derived progress: what is done in a kata or a section, given the learner's
// step states. Views show these numbers; the store persists only the states.

import { allSteps, Kata, KataSection, KataStep } from './model';

/** Step id to checked, as the progress store keeps it. */
export type StepStates = Readonly<Record<string, boolean>>;

export interface Completion {
  done: number;
  total: number;
}

/** Returns whether a step counts as done. The learner's state wins over the `[x]` written in the file. */
export function isStepDone(step: KataStep, states: StepStates): boolean {
  return states[step.id] ?? step.checkedInFile;
}

export function sectionCompletion(section: KataSection, states: StepStates): Completion {
  const done = section.steps.filter((step) => isStepDone(step, states)).length;
  return { done, total: section.steps.length };
}

export function kataCompletion(kata: Kata, states: StepStates): Completion {
  const steps = allSteps(kata);
  const done = steps.filter((step) => isStepDone(step, states)).length;
  return { done, total: steps.length };
}

/** Returns a whole percentage from 0 to 100; a kata without steps counts as 0. */
export function completionPercent(completion: Completion): number {
  if (completion.total === 0) {
    return 0;
  }
  return Math.round((completion.done / completion.total) * 100);
}

/**
 * Returns the section the learner should work on: the first task with an
 * unfinished step, then any other unfinished section, else the last section.
 * Setup is skipped in the first pass because learners often leave it open.
 */
export function currentSection(kata: Kata, states: StepStates): KataSection | undefined {
  const unfinished = (section: KataSection) => section.steps.some((step) => !isStepDone(step, states));

  const firstTask = kata.sections.find((section) => section.kind === 'task' && unfinished(section));
  if (firstTask) {
    return firstTask;
  }

  return kata.sections.find(unfinished) ?? kata.sections[kata.sections.length - 1];
}

/** Returns the ids of every step of a kata, so a section toggle can set them all. */
export function stepIdsOf(section: KataSection): string[] {
  return section.steps.map((step) => step.id);
}

/**
 * Returns the text a quick pick shows and searches beside the title: the id,
 * then the tags, technologies and search keywords. The pick shows the text and
 * screen readers read it, so a term that the id or the category already has, or
 * that repeats in another case, is left out.
 */
export function kataSearchText(kata: Pick<Kata, 'id' | 'category' | 'tags' | 'technologies' | 'searchKeywords'>): string {
  const seen = new Set([kata.id.toLowerCase(), kata.category.toLowerCase()]);
  const terms: string[] = [];
  for (const term of [...kata.tags, ...kata.technologies, ...kata.searchKeywords]) {
    const key = term.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      terms.push(term.trim());
    }
  }
  return terms.length === 0 ? kata.id : `${kata.id} · ${terms.join(', ')}`;
}
