// The index's record of each markdown file: a few front matter fields of a
// kata, or the reason the file is not one. Full models (sections, steps, hints) are
// parsed on demand, because at 10,000 katas they would not fit in memory.

import { allSteps, type Kata, type ParseResult } from '../model';

/** How many steps a kata has, and how many of them its file marks `[x]`. */
export interface StepCounts {
  total: number;
  checkedInFile: number;
}

/** The fields of a kata that lists, the tree's top levels and the workspace rules need. */
export type KataSummary = KataSummaryFields & {
  /**
   * Set once the kata's full model has been parsed, so a kata row can show its
   * progress without reading the file again. The quick summary reads only the
   * front matter, so it cannot count steps.
   */
  steps?: StepCounts;
};

type KataSummaryFields = Pick<
  Kata,
  | 'id'
  | 'title'
  | 'category'
  | 'categories'
  | 'difficulty'
  | 'estimatedMinutes'
  | 'description'
  | 'prerequisites'
  | 'tags'
  | 'technologies'
  | 'searchKeywords'
  | 'filePath'
  | 'idLine'
  | 'frontMatterLines'
>;

/** Counts the steps of a full model. */
export function countSteps(kata: Kata): StepCounts {
  const steps = allSteps(kata);
  return { total: steps.length, checkedInFile: steps.filter((step) => step.checkedInFile).length };
}

/** The `notKataReason` of a file without front matter, which can carry no kata diagnostic. */
export const NO_FRONT_MATTER_REASON = 'no YAML front matter';

/** One markdown file as the index keeps it. */
export interface FileSummary {
  filePath: string;
  /** Set when the file is a kata. */
  kata?: KataSummary;
  /** The reason the file is not a kata, for the log. */
  notKataReason?: string;
  /** True when the parser reported an error, such as invalid YAML, for a file that is not a kata. */
  broken?: boolean;
}

/** Returns the summary of a full parse result. */
export function summarizeResult(result: ParseResult): FileSummary {
  const summary: FileSummary = { filePath: result.filePath };
  if (result.kata) {
    summary.kata = summarizeKata(result.kata);
  } else {
    summary.notKataReason = detach(result.notKataReason ?? 'not a kata');
    if (result.problems.some((problem) => problem.severity === 'error')) {
      summary.broken = true;
    }
  }
  return summary;
}

/**
 * Copies the summary fields of a kata into new strings. A string that V8 cut
 * from a larger one keeps the whole larger one alive, so without the copy each
 * summary would keep its file's text in memory.
 */
export function summarizeKata(kata: Kata | KataSummary): KataSummary {
  const summary: KataSummary = {
    id: detach(kata.id),
    title: detach(kata.title),
    category: detach(kata.category),
    categories: kata.categories.map(detach),
    prerequisites: kata.prerequisites.map(detach),
    tags: kata.tags.map(detach),
    technologies: kata.technologies.map(detach),
    searchKeywords: kata.searchKeywords.map(detach),
    filePath: kata.filePath,
  };

  if (kata.difficulty !== undefined) {
    summary.difficulty = kata.difficulty;
  }
  if (kata.estimatedMinutes !== undefined) {
    summary.estimatedMinutes = kata.estimatedMinutes;
  }
  if (kata.description !== undefined) {
    summary.description = detach(kata.description);
  }
  if (kata.idLine !== undefined) {
    summary.idLine = kata.idLine;
  }
  if (kata.frontMatterLines !== undefined) {
    summary.frontMatterLines = summaryKeyLines(kata.frontMatterLines);
  }
  return summary;
}

/**
 * Returns the key lines that the rules across files read: `kata_id`,
 * `prerequisite_katas`, and the first key after it, where the prerequisite
 * entries end. Keeping only these keeps the summary and the index cache small.
 */
function summaryKeyLines(lines: Readonly<Record<string, number>>): Record<string, number> {
  const kept = new Map<string, number>();
  const prerequisitesLine = lines.prerequisite_katas;
  let next: [string, number] | undefined;

  for (const [key, line] of Object.entries(lines)) {
    if (key === 'kata_id' || key === 'prerequisite_katas') {
      kept.set(key, line);
    } else if (prerequisitesLine !== undefined && line > prerequisitesLine && (next === undefined || line < next[1])) {
      next = [key, line];
    }
  }
  if (next) {
    kept.set(detach(next[0]), next[1]);
  }
  // fromEntries defines own properties, so a key named `__proto__` stays a plain key.
  return Object.fromEntries(kept);
}

/** Returns a copy of `text` that shares no memory with the string it was cut from. */
function detach(text: string): string {
  // V8 copies strings shorter than 13 characters when it cuts them anyway.
  // Slicing a concatenation makes V8 copy the text into a new flat string first.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
