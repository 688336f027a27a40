// Counts in messages and logs: "1 file", "2 files".

/** Returns the count with the noun, in the plural unless the count is 1. `plural` is for nouns whose plural is not noun + "s". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
