// Reads the learner's step states out of a progress document: `checkboxStates`,
// or the older coach's `tasksCompleted`, and re-matches orphans to edited steps.

import type { Kata, KataStep } from '../model';
import { normaliseStepContent } from '../stepIds';
import type { ProgressDocument } from './document';
import { CHECKBOX_KEY_PATTERN } from './schema';

/** Minimum token-set Jaccard similarity for re-matching an orphan to a step. */
export const REMATCH_MIN_SIMILARITY = 0.6;

/** A step id in the file that is no step of the kata, with what the file recorded about it. */
export interface OrphanStep {
  id: string;
  checked: boolean;
  /** Step text recorded by an earlier write, when there is one. */
  text?: string;
}

export interface StepStateReading {
  /** Checked state by step id. A re-matched orphan appears under its new id only. */
  states: Record<string, boolean>;
  /** Orphans that stay orphans, in file order. Empty without a kata. */
  orphans: OrphanStep[];
  /** New step id by orphan id, for the orphans re-matched to a step. */
  rematched: Record<string, string>;
}

const KEY_PATTERN = new RegExp(CHECKBOX_KEY_PATTERN);

/**
 * Returns the step states of `document` for `kata`. Without a kata, the states are
 * the file's entries as they are, and `tasksCompleted` entries count only when they
 * look like step ids.
 */
export function readStepStates(document: ProgressDocument | undefined, kata?: Kata): StepStateReading {
  if (document === undefined) {
    return { states: {}, orphans: [], rematched: {} };
  }

  const states = fileStates(document, kata);
  if (kata === undefined) {
    return { states, orphans: [], rematched: {} };
  }

  const steps = kata.sections.flatMap((section) => section.steps.map((step) => ({ step, sectionId: section.id })));
  const stepIds = new Set(steps.map(({ step }) => step.id));
  const recorded = recordedSteps(document);

  const orphans: OrphanStep[] = [];
  const rematched: Record<string, string> = {};
  for (const [id, checked] of Object.entries(states)) {
    if (stepIds.has(id)) {
      continue;
    }

    const text = recorded.texts[id];
    const unclaimed = steps.filter(({ step }) => !(step.id in states));
    const match = text === undefined ? undefined : findRematch(text, recorded.sections[id], unclaimed);
    if (match === undefined) {
      orphans.push(text === undefined ? { id, checked } : { id, checked, text });
      continue;
    }

    rematched[id] = match.id;
    states[match.id] = checked;
    delete states[id];
  }

  return { states, orphans, rematched };
}

/** Returns `checkboxStates`, or the states that `tasksCompleted` gives when the file has no `checkboxStates`. */
function fileStates(document: ProgressDocument, kata: Kata | undefined): Record<string, boolean> {
  const progress = document.progress;
  if (progress.checkboxStates !== undefined) {
    return { ...progress.checkboxStates };
  }

  const states: Record<string, boolean> = {};
  const steps = kata === undefined ? [] : kata.sections.flatMap((section) => section.steps);
  for (const entry of progress.tasksCompleted ?? []) {
    const byId = steps.find((step) => step.id === entry);
    const normalised = normaliseStepContent(entry);
    const byText = steps.find((step) => normaliseStepContent(step.text) === normalised);

    if (byId !== undefined || byText !== undefined) {
      states[(byId ?? byText)!.id] = true;
    } else if (KEY_PATTERN.test(entry)) {
      // Kept as an orphan, like any checkboxStates key that matches no step.
      states[entry] = true;
    }
  }
  return states;
}

function recordedSteps(document: ProgressDocument): { texts: Record<string, string>; sections: Record<string, string> } {
  const data = document.progress.kataCoach;
  const texts = stringEntries(data?.stepTexts);
  const sections = stringEntries(data?.stepSections);
  return { texts, sections };
}

function stringEntries(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Returns the step among `candidates` whose text is most similar to `text`, when
 * the similarity is at least REMATCH_MIN_SIMILARITY and strictly better than the
 * second best. At equal similarity a step of `sectionId` ranks above the others.
 */
function findRematch(
  text: string,
  sectionId: string | undefined,
  candidates: readonly { step: KataStep; sectionId: string }[],
): KataStep | undefined {
  const tokens = tokenSet(text);
  const ranked = candidates
    .map(({ step, sectionId: candidateSection }) => ({
      step,
      score: jaccard(tokens, tokenSet(step.text)),
      sameSection: sectionId !== undefined && candidateSection === sectionId ? 1 : 0,
    }))
    .filter((candidate) => candidate.score >= REMATCH_MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || b.sameSection - a.sameSection);

  const [best, second] = ranked;
  if (best === undefined) {
    return undefined;
  }
  if (second !== undefined && second.score === best.score && second.sameSection === best.sameSection) {
    return undefined;
  }
  return best.step;
}

/** Returns the words of a step text, normalised as step ids normalise it. */
export function tokenSet(text: string): Set<string> {
  return new Set(normaliseStepContent(text).split(/[^a-z0-9]+/).filter((token) => token !== ''));
}

/** Returns |a ∩ b| / |a ∪ b|, and 0 when both sets are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) {
    if (b.has(token)) {
      shared++;
    }
  }
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
