// Each file's own problems, kept by the index with the file's stamp. The
// Problems panel and the benchmark share this, so both parse a file only when
// it changed since it was last validated, in this window or an earlier one.

import type { KataIndex } from '../kataIndex';
import { checkFile, type CheckedFile, type CheckedProblems } from '../validation';
import { NO_FRONT_MATTER_REASON } from './kataSummary';

/** Returns true for a file that can carry no kata diagnostic, because it has no front matter, so it need not be parsed. */
export function needsNoCheck(index: KataIndex, filePath: string): boolean {
  const summary = index.fileOf(filePath)?.summary;
  return summary !== undefined && !summary.kata && summary.notKataReason === NO_FRONT_MATTER_REASON;
}

/** Returns a saved file's own problems, parsing the file and recording them in the index when they are not known. */
export function ownProblemsOf(index: KataIndex, filePath: string): CheckedFile | undefined {
  const known = index.checkedOf(filePath);
  if (known) {
    return { filePath, ...known };
  }
  const result = index.resultOf(filePath);
  if (!result) {
    return undefined;
  }

  // A duplicate id depends on other files, so it is left to the rules across
  // files, which run on every update. The JSON copy contains new strings:
  // messages quote parts of the file, and a string cut from the file's text
  // would keep all of that text in memory.
  const own = { ...result, problems: result.problems.filter((problem) => problem.code !== 'duplicate-kata-id') };
  const { parserProblems, ownProblems } = checkFile(own);
  const checked = JSON.parse(JSON.stringify({ parserProblems, ownProblems })) as CheckedProblems;
  index.setChecked(filePath, checked);
  return { filePath, ...checked };
}
