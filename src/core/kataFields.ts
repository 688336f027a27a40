// Reads the kata fields that both the full parser and the index's quick
// summary take from front matter, so the two cannot disagree on them.

import type { Kata } from './model';

const KATA_TITLE_PREFIX = /^\s*kata\s*:\s*/i;

/** The summary fields of a kata that come from its front matter alone. */
export type FrontMatterKataFields = Pick<
  Kata,
  'category' | 'categories' | 'prerequisites' | 'tags' | 'technologies' | 'searchKeywords' | 'difficulty' | 'estimatedMinutes' | 'description'
>;

/** Returns the kata fields of a front matter mapping; values of the wrong type are dropped. */
export function readKataFields(data: Readonly<Record<string, unknown>>): FrontMatterKataFields {
  const categories = toStringList(data.kata_category)
    .map((category) => category.trim())
    .filter((category) => category !== '');

  const fields: FrontMatterKataFields = {
    category: categories[0] ?? 'uncategorized',
    categories,
    prerequisites: toStringList(data.prerequisite_katas),
    tags: toStringList(data.tags),
    technologies: toStringList(data.technologies),
    searchKeywords: toStringList(data.search_keywords),
  };

  const difficulty = data.kata_difficulty;
  if (typeof difficulty === 'number' && Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5) {
    fields.difficulty = difficulty;
  }

  const minutes = data.estimated_time_minutes;
  if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) {
    fields.estimatedMinutes = minutes;
  }

  if (typeof data.description === 'string') {
    fields.description = data.description;
  }
  return fields;
}

/** Returns a title without its `Kata:` prefix, or undefined when `value` is not a string or nothing is left. */
export function cleanKataTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const title = value.replace(KATA_TITLE_PREFIX, '').trim();
  return title === '' ? undefined : title;
}

/** Returns the strings of a list, or a one-element list for a single string; other values are dropped. */
export function toStringList(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.filter((item): item is string => typeof item === 'string');
  }
  return [];
}
