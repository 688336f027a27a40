// Suggestions for misspelt ids and values, by Levenshtein edit distance.

/** Returns the number of single-character insertions, deletions and substitutions that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }

  return previous[b.length];
}

/**
 * Returns the candidate closest to `value`, or undefined when none is similar.
 * Similar means at most a quarter of the longer string's characters differ.
 * At least 2 edits are always allowed, so that a short value with two letters
 * swapped, such as `lihgt`, still matches `light`.
 * Ties go to the candidate that comes first.
 */
export function findClosest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    const allowed = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 4));
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  return best;
}
