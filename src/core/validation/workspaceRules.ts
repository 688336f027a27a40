// Rules across all validated files: duplicate kata ids, prerequisites that name
// no kata, and prerequisite cycles.

import type { Kata, Problem, ProblemFix } from '../model';
import { findClosest } from './editDistance';
import { findPrerequisiteCycles } from './prerequisiteGraph';
import { createDiagnostic } from './rules';
import { frontMatterKeyLine, joinWithAnd, relativeFilePath } from './text';

// A message names at most this many other files that share an id, then counts the rest.
const MAX_NAMED_DUPLICATES = 3;

const WELL_FORMED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fields of a kata that the rules across files read. */
export type WorkspaceKata = Pick<Kata, 'id' | 'filePath' | 'idLine' | 'prerequisites' | 'frontMatterLines'>;

/** One file as the rules across files see it. */
export interface WorkspaceFile {
  filePath: string;
  kata?: WorkspaceKata;
  /** True for a file that is not a kata because of an error, such as invalid YAML. */
  broken: boolean;
}

/** Returns the workspace diagnostics of each file, in the order of `files`. */
export function checkWorkspace(files: readonly WorkspaceFile[]): Problem[][] {
  const problems: Problem[][] = files.map(() => []);
  const katas = files.flatMap((file, index) => (file.kata ? [{ kata: file.kata, index }] : []));

  const byId = new Map<string, { kata: WorkspaceKata; index: number }[]>();
  for (const entry of katas) {
    const entries = byId.get(entry.kata.id) ?? [];
    entries.push(entry);
    byId.set(entry.kata.id, entries);
  }

  for (const entries of byId.values()) {
    for (const { kata, index } of entries) {
      const duplicate = duplicateIdProblem(kata, entries.map((entry) => entry.kata));
      if (duplicate) {
        problems[index].push(duplicate);
      }
    }
  }

  // Only well-formed ids are suggested, so a fix never points at an id that is itself invalid.
  const knownIds = [...byId.keys()].filter((id) => WELL_FORMED_ID.test(id)).sort();
  const brokenFiles = files.filter((file) => !file.kata && file.broken);
  for (const { kata, index } of katas) {
    problems[index].push(...unknownPrerequisiteProblems(kata, byId, knownIds, brokenFiles));
  }

  const cycles = findPrerequisiteCycles(katas.map((entry) => entry.kata));
  for (const { kata, index } of katas) {
    const cycle = cycles.get(kata.id);
    if (cycle !== undefined) {
      problems[index].push(cycleProblem(kata, cycle));
    }
  }

  return problems;
}

/** Reports a kata whose id other files also use, naming those files relative to this one. */
function duplicateIdProblem(kata: WorkspaceKata, sameId: readonly WorkspaceKata[]): Problem | undefined {
  // The same path twice in the input is one file, not a duplicate.
  const others = [...new Set(sameId.map((other) => other.filePath))].filter((file) => file !== kata.filePath);
  if (others.length === 0) {
    return undefined;
  }

  const names = others.slice(0, MAX_NAMED_DUPLICATES).map((file) => relativeFilePath(kata.filePath, file));
  const unnamed = others.length - names.length;
  if (unnamed > 0) {
    names.push(`${unnamed} other ${unnamed === 1 ? 'file' : 'files'}`);
  }

  return createDiagnostic(
    'duplicate-kata-id',
    kata.idLine ?? 1,
    `The kata_id "${kata.id}" is also used by ${joinWithAnd(names)}. ` +
      'Give each kata a unique kata_id, and update prerequisite_katas entries that name the changed id.',
  );
}

function unknownPrerequisiteProblems(
  kata: WorkspaceKata,
  byId: ReadonlyMap<string, unknown>,
  knownIds: readonly string[],
  brokenFiles: readonly WorkspaceFile[],
): Problem[] {
  const line = frontMatterKeyLine(kata, 'prerequisite_katas');
  // The entries sit between their key and the next key of the front matter.
  const laterKeys = Object.values(kata.frontMatterLines ?? {}).filter((keyLine) => keyLine > line);
  const endLine = laterKeys.length > 0 ? Math.min(...laterKeys) - 1 : undefined;

  // A prerequisite may be a kata whose own file failed to parse, so the message names such files instead of blaming the entry.
  const brokenNote =
    brokenFiles.length === 0
      ? ''
      : ` Note that ${brokenFiles.length === 1 ? '1 file' : `${brokenFiles.length} files`} could not be read as katas ` +
        `(such as ${relativeFilePath(kata.filePath, brokenFiles[0].filePath)}); if the prerequisite is there, fix that file first.`;

  return kata.prerequisites
    .map((prerequisite) => prerequisite.trim())
    .filter((prerequisite) => !byId.has(prerequisite))
    .map((prerequisite) => {
      const closest = findClosest(prerequisite, knownIds);
      const fix =
        closest === undefined
          ? 'Fix the id, add that kata to the workspace, or remove the entry.'
          : `Did you mean "${closest}"? Fix the id, or remove the entry if that kata is not in this workspace.`;
      const fixes: ProblemFix[] = [];
      if (closest !== undefined) {
        fixes.push({ title: `Change the prerequisite to ${closest}`, action: 'replace', line, endLine, find: prerequisite, text: closest });
      }
      fixes.push({ title: `Remove the prerequisite ${prerequisite}`, action: 'delete-entry', line, endLine, find: prerequisite });
      return createDiagnostic(
        'unknown-prerequisite',
        line,
        `The prerequisite "${prerequisite}" names no kata in this workspace. ${fix}${brokenNote}`,
        { fixes },
      );
    });
}

/** Reports a cycle listed from this kata, such as `a → b → c → a`. */
function cycleProblem(kata: WorkspaceKata, cycle: readonly string[]): Problem {
  const listed = [...cycle, cycle[0]].join(' → ');
  const next = cycle.length > 1 ? cycle[1] : cycle[0];

  return createDiagnostic(
    'prerequisite-cycle',
    frontMatterKeyLine(kata, 'prerequisite_katas'),
    `Prerequisite cycle: ${listed}, so none of these katas can be started first. ` +
      `Remove "${next}" from the prerequisite_katas of this kata, or break the cycle at another kata in it.`,
  );
}
