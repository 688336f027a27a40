// The shape of a real kata repository, measured with a one-off script on a
// public kata catalogue of 42 katas in 8 category folders, plus 9 hub pages
// (51 markdown files in all). Distributions are Quantiles: [min, p25,
// median, p75, max]. The generator samples these numbers and copies no text.

import type { Quantiles } from './random';

/** Bytes of a kata file (mean 12,621). */
export const KATA_FILE_BYTES: Quantiles = [7576, 8890, 11376, 14609, 23723];

/** `- [ ]` checkboxes in a kata file, all sections together (mean 51.7). */
export const CHECKBOXES_PER_KATA: Quantiles = [22, 36, 46, 61, 124];

/** `### Task N:` sections under Practice Tasks (mean 3.0). */
export const TASKS_PER_KATA: Quantiles = [2, 3, 3, 3, 5];

/** Numbered steps (`1. **Verb** ...`) in one task (mean 3.3). */
export const NUMBERED_STEPS_PER_TASK: Quantiles = [1, 3, 3, 3, 9];

/** Checkboxes in Essential Setup (mean 4.9); one kata of 42 has no setup checkboxes. */
export const SETUP_CHECKBOXES: Quantiles = [0, 4, 4, 5, 10];

/** Share of katas whose Completion Check is a checkbox list (28 of 42); the others use bold bullets. */
export const COMPLETION_CHECKBOX_SHARE = 28 / 42;

/** Checkboxes in a Completion Check that has them (mean 5.6). */
export const COMPLETION_CHECKBOXES: Quantiles = [4, 4, 4, 6, 12];

/** Fenced code blocks in a kata, the one in the coaching blockquote included (mean 2.45). */
export const FENCED_BLOCKS_PER_KATA: Quantiles = [1, 1, 1, 3, 11];

/** Info strings of the fenced blocks, by count of blocks. */
export const FENCE_LANGUAGES: readonly (readonly [string, number])[] = [
  ['text', 79],
  ['bash', 20],
  ['hcl', 7],
  ['json', 1],
  ['mermaid', 1],
];

// Lengths of the front matter lists. Every kata has all of these fields; the
// list of one category and one tag had length 1 in all 42 katas.
export const LEARNING_OBJECTIVES: Quantiles = [3, 3, 4, 4, 5];
export const PREREQUISITE_KATAS: Quantiles = [0, 1, 1, 2, 5];
export const TECHNOLOGIES: Quantiles = [1, 2, 3, 5, 6];
export const SUCCESS_CRITERIA: Quantiles = [2, 3, 4, 4, 6];
export const COMMON_PITFALLS: Quantiles = [0, 0, 2, 4, 5];
export const SEARCH_KEYWORDS: Quantiles = [3, 4, 5, 5, 8];

/** Share of katas with a `hint_strategy` field (41 of 42); the other 19 fields are in every kata. */
export const HINT_STRATEGY_SHARE = 41 / 42;

/** Katas per category folder (42 katas in 8 folders). */
export const KATAS_PER_CATEGORY = 42 / 8;

/**
 * Share of the catalogue's markdown files that are not katas: one hub page per
 * category plus one top-level hub (9 of 51). The generator writes as many other
 * files as katas instead, because a repository also has docs outside its catalogue.
 */
export const NON_KATA_SHARE = 9 / 51;

/** Bytes of a hub page (mean 11,847). All 9 hub pages have front matter without `kata_id`. */
export const HUB_PAGE_BYTES: Quantiles = [8489, 9187, 12099, 12921, 17380];

/** Top-level keys in a hub page's front matter (mean 26.6). */
export const HUB_FRONT_MATTER_KEYS: Quantiles = [8, 29, 29, 29, 29];
