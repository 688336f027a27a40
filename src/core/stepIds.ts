// Step ids: `<slug>-<hash>`, for example `run-the-deployment-3f2a9c`.
//
// - slug: the first words of the checkbox content, lowercased. Every run of
//   characters other than ASCII letters and digits becomes `-`, and the slug is
//   cut at a word boundary to at most 40 characters. It is `step` when empty.
// - hash: the first 6 hex digits of the SHA-1 of the normalised content, which is
//   the content without `*`, `_` and backticks, whitespace collapsed, lowercased.
// - The second step of a kata with the same id gets `-2`, the third `-3`, in file order.
//
// The id depends on the step's text only, so it survives moving the step,
// renumbering tasks or numbered steps, re-indenting and re-wrapping. Progress
// files key on it, so changing this scheme orphans saved progress.

import { createHash } from 'node:crypto';

/** Pattern every step id matches (the progress schema's key pattern). */
export const STEP_ID_PATTERN = /^[a-zA-Z0-9_-]+$/;

const MAX_SLUG_LENGTH = 40;
const HASH_LENGTH = 6;

/** Returns `text` as lowercase ASCII words joined by `-`, at most `maxLength` characters. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

  if (slug.length <= maxLength) {
    return slug;
  }

  // Cut at the last word boundary inside the limit; a single word longer than
  // the limit is cut mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  const shortened = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength);
  return shortened.replace(/-+$/, '');
}

/** Returns the text a step id hashes: emphasis and code marks removed, whitespace collapsed, lowercased. */
export function normaliseStepContent(content: string): string {
  return content
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Returns the id of a step before duplicates in its kata are numbered. */
export function baseStepId(content: string): string {
  const slug = slugify(content) || 'step';
  const hash = createHash('sha1').update(normaliseStepContent(content), 'utf8').digest('hex');
  return `${slug}-${hash.slice(0, HASH_LENGTH)}`;
}

/** Returns one id per step content of a kata, in the same order, duplicates suffixed `-2`, `-3`. */
export function assignStepIds(contents: readonly string[]): string[] {
  const seen = new Map<string, number>();

  return contents.map((content) => {
    const base = baseStepId(content);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
