// Kata validation: diagnostics that tell kata authors what is wrong in a file
// and how to fix it. Pure: callers parse the files and show the diagnostics.

import type { ParseResult, Problem } from '../model';
import { checkFrontMatterSchema } from './frontMatterRules';
import { checkKataId } from './kataIdRules';
import { checkStructure } from './structureRules';
import { checkWorkspace, type WorkspaceFile } from './workspaceRules';

export type { WorkspaceFile, WorkspaceKata } from './workspaceRules';

export { DIAGNOSTIC_RULES, type DiagnosticCode, type DiagnosticRule } from './rules';

export interface FileDiagnostics {
  filePath: string;
  diagnostics: Problem[];
}

/**
 * Validates parsed files together: per-file rules plus workspace rules (duplicates, prerequisites, cycles).
 *
 * Returns one entry per input result, in the same order, with diagnostics sorted
 * by line, then column. Files without front matter, or with valid front matter
 * but no kata fields (hub pages, READMEs), get no diagnostics of their own, but
 * the parser's problems (such as `invalid-yaml`) are reported for every file.
 */
export function validateKataFiles(results: ParseResult[]): FileDiagnostics[] {
  const checked = results.map(checkFile);
  return combineDiagnostics(checked, results.map(toWorkspaceFile));
}

/** A file's own problems: the parser's, and the validator's rules that need only this file. */
export interface CheckedFile {
  filePath: string;
  parserProblems: Problem[];
  ownProblems: Problem[];
}

/** A file's own problems without its path, as the index keeps them with the file. */
export type CheckedProblems = Omit<CheckedFile, 'filePath'>;

/** Checks one parsed file on its own; `combineDiagnostics` adds the rules across files. */
export function checkFile(result: ParseResult): CheckedFile {
  return { filePath: result.filePath, parserProblems: result.problems, ownProblems: checkFileRules(result) };
}

/** Returns what the rules across files need of a parsed file. */
export function toWorkspaceFile(result: ParseResult): WorkspaceFile {
  return {
    filePath: result.filePath,
    kata: result.kata,
    broken: !result.kata && result.problems.some((problem) => problem.severity === 'error'),
  };
}

/**
 * Adds the rules across files to files checked one by one. `workspace` lists
 * every file of the workspace, `checked` the files to report, in any order.
 */
export function combineDiagnostics(checked: readonly CheckedFile[], workspace: readonly WorkspaceFile[]): FileDiagnostics[] {
  const workspaceProblems = checkWorkspace(workspace);
  const byPath = new Map(workspace.map((file, index) => [file.filePath, workspaceProblems[index]]));

  return checked.map((file) => {
    const own = [...file.ownProblems, ...(byPath.get(file.filePath) ?? [])];
    return { filePath: file.filePath, diagnostics: sortByPosition(mergeParserProblems(file.parserProblems, own)) };
  });
}

function checkFileRules(result: ParseResult): Problem[] {
  const problems = checkKataId(result);

  if (result.kata !== undefined) {
    problems.push(...checkFrontMatterSchema(result.kata));
    problems.push(...checkStructure(result.kata));
  }
  return problems;
}

/**
 * Adds the parser's problems to the validator's, skipping any whose code and
 * line a validator diagnostic already has. The validator's version wins because
 * it names the other file of a duplicate and suggests a fixed id.
 */
function mergeParserProblems(parserProblems: readonly Problem[], own: Problem[]): Problem[] {
  const seen = new Set(own.map(positionKey));
  const merged = [...own];

  for (const problem of parserProblems) {
    const key = positionKey(problem);
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(problem);
    }
  }
  return merged;
}

function positionKey(problem: Problem): string {
  return `${problem.code}:${problem.line}`;
}

/** Sorts by line, then column. `Array.prototype.sort` is stable, so ties keep rule order. */
function sortByPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
