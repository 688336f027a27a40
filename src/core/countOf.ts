// Counts in English logs and command-line output: "1 file", "2 files".

/**
 * Returns the count with the noun, in the plural unless the count is 1. `plural` is for nouns whose plural is not noun + "s".
 * Text shown in VS Code should not use it, because a translation needs one
 * whole message per form: `count === 1 ? l10n.t('{0} kata', count) : l10n.t('{0} katas', count)`.
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
