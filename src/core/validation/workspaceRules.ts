// Rules across all validated files: duplicate kata ids, prerequisites that name
// no kata, and prerequisite cycles.

import * as l10n from '@vscode/l10n';
import type { Kata, Problem, ProblemFix } from '../model';
import { findClosest } from './editDistance';
import { findPrerequisiteCycles } from './prerequisiteGraph';
import { createDiagnostic } from './rules';
import { frontMatterKeyLine, joinWithAnd, joinWithCommas, relativeFilePath } from './text';

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
  let message: string;
  if (unnamed === 0) {
    message = l10n.t({
      message: 'The kata_id "{0}" is also used by {1}. Give each kata a unique kata_id, and update prerequisite_katas entries that name the changed id.',
      args: [kata.id, joinWithAnd(names)],
      comment: ['{0} is a kata id, {1} lists the other files that use it. Keep kata_id and prerequisite_katas as written.'],
    });
  } else if (unnamed === 1) {
    message = l10n.t({
      message: 'The kata_id "{0}" is also used by {1} and 1 other file. Give each kata a unique kata_id, and update prerequisite_katas entries that name the changed id.',
      args: [kata.id, joinWithCommas(names)],
      comment: ['{0} is a kata id, {1} lists some other files that use it, such as "a.md, b.md, c.md". Keep kata_id and prerequisite_katas as written.'],
    });
  } else {
    message = l10n.t({
      message: 'The kata_id "{0}" is also used by {1} and {2} other files. Give each kata a unique kata_id, and update prerequisite_katas entries that name the changed id.',
      args: [kata.id, joinWithCommas(names), unnamed],
      comment: ['{0} is a kata id, {1} lists some other files that use it, such as "a.md, b.md, c.md"; {2} counts the files not listed.'],
    });
  }
  return createDiagnostic('duplicate-kata-id', kata.idLine ?? 1, message);
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
  const brokenNote = brokenFilesNote(kata, brokenFiles);

  return kata.prerequisites
    .map((prerequisite) => prerequisite.trim())
    .filter((prerequisite) => !byId.has(prerequisite))
    .map((prerequisite) => {
      const closest = findClosest(prerequisite, knownIds);
      const fixes: ProblemFix[] = [];
      let message: string;
      if (closest === undefined) {
        message = l10n.t({
          message: 'The prerequisite "{0}" names no kata in this workspace. Fix the id, add that kata to the workspace, or remove the entry.',
          args: [prerequisite],
          comment: ['{0} is an entry of prerequisite_katas, a kata id.'],
        });
      } else {
        message = l10n.t({
          message: 'The prerequisite "{0}" names no kata in this workspace. Did you mean "{1}"? Fix the id, or remove the entry if that kata is not in this workspace.',
          args: [prerequisite, closest],
          comment: ['{0} is an entry of prerequisite_katas, a kata id; {1} is the known kata id most like it.'],
        });
        const title = l10n.t({ message: 'Change the prerequisite to {0}', args: [closest], comment: ['A quick fix; {0} is a kata id.'] });
        fixes.push({ title, action: 'replace', line, endLine, find: prerequisite, text: closest });
      }
      const removeTitle = l10n.t({ message: 'Remove the prerequisite {0}', args: [prerequisite], comment: ['A quick fix; {0} is a kata id.'] });
      fixes.push({ title: removeTitle, action: 'delete-entry', line, endLine, find: prerequisite });
      return createDiagnostic('unknown-prerequisite', line, brokenNote === undefined ? message : `${message} ${brokenNote}`, { fixes });
    });
}

/** Returns the sentence that names files which failed to parse, where an unknown prerequisite may be; undefined without such files. */
function brokenFilesNote(kata: WorkspaceKata, brokenFiles: readonly WorkspaceFile[]): string | undefined {
  if (brokenFiles.length === 0) {
    return undefined;
  }
  const example = relativeFilePath(kata.filePath, brokenFiles[0].filePath);
  return brokenFiles.length === 1
    ? l10n.t({
        message: 'Note that 1 file could not be read as katas (such as {0}); if the prerequisite is there, fix that file first.',
        args: [example],
        comment: ['{0} is the path of a file that failed to parse, such as invalid YAML.'],
      })
    : l10n.t({
        message: 'Note that {0} files could not be read as katas (such as {1}); if the prerequisite is there, fix that file first.',
        args: [brokenFiles.length, example],
        comment: ['{0} counts the files that failed to parse; {1} is the path of one of them.'],
      });
}

/** Reports a cycle listed from this kata, such as `a → b → c → a`. */
function cycleProblem(kata: WorkspaceKata, cycle: readonly string[]): Problem {
  const listed = [...cycle, cycle[0]].join(' → ');
  const next = cycle.length > 1 ? cycle[1] : cycle[0];

  const message = l10n.t({
    message: 'Prerequisite cycle: {0}, so none of these katas can be started first. Remove "{1}" from the prerequisite_katas of this kata, or break the cycle at another kata in it.',
    args: [listed, next],
    comment: ['{0} lists kata ids such as "a → b → a"; {1} is a kata id. Keep prerequisite_katas as written.'],
  });
  return createDiagnostic('prerequisite-cycle', frontMatterKeyLine(kata, 'prerequisite_katas'), message);
}
