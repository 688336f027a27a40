// The diagnostic codes that kata validation reports, with their default severity.

import type { Problem, ProblemFix, Severity } from '../model';

export type DiagnosticCode =
  | 'parse-failed'
  | 'invalid-yaml'
  | 'invalid-encoding'
  | 'front-matter-not-first'
  | 'missing-kata-id'
  | 'invalid-kata-id'
  | 'duplicate-kata-id'
  | 'unknown-prerequisite'
  | 'prerequisite-cycle'
  | 'missing-field'
  | 'invalid-field-type'
  | 'value-out-of-range'
  | 'value-off-guideline'
  | 'value-not-allowed'
  | 'no-tasks'
  | 'task-without-steps'
  | 'checkbox-outside-section';

export interface DiagnosticRule {
  code: DiagnosticCode;
  severity: Severity;
  summary: string;
}

/**
 * Every code that `validateKataFiles` can report. `severity` is the default:
 * `checkbox-outside-section` drops to `info` for checkboxes under a named `##`
 * section such as Cleanup, and every other code always has this severity.
 */
export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = [
  { code: 'parse-failed', severity: 'error', summary: 'The parser failed on the file (a bug in Kata Coach).' },
  { code: 'invalid-yaml', severity: 'error', summary: 'The front matter is not valid YAML or not a mapping.' },
  { code: 'invalid-encoding', severity: 'error', summary: 'The file is not UTF-8 (invalid bytes, or UTF-16).' },
  {
    code: 'front-matter-not-first',
    severity: 'error',
    summary: 'A front matter block with kata_id starts after line 1, so the file is not read as a kata.',
  },
  {
    code: 'missing-kata-id',
    severity: 'error',
    summary: 'The front matter has kata fields or a "Kata:" title but no kata_id.',
  },
  {
    code: 'invalid-kata-id',
    severity: 'error',
    summary: 'kata_id is not lowercase words and digits joined by hyphens.',
  },
  { code: 'duplicate-kata-id', severity: 'error', summary: 'Two or more files use the same kata_id.' },
  {
    code: 'unknown-prerequisite',
    severity: 'warning',
    summary: 'A prerequisite_katas entry names no kata in the workspace.',
  },
  { code: 'prerequisite-cycle', severity: 'error', summary: 'Katas list each other as prerequisites in a cycle.' },
  { code: 'missing-field', severity: 'warning', summary: 'A field that the kata front matter schema requires is missing.' },
  { code: 'invalid-field-type', severity: 'error', summary: 'A front matter field has the wrong type.' },
  {
    code: 'value-out-of-range',
    severity: 'error',
    summary: 'A number is outside its bounds, such as kata_difficulty outside 1 to 5.',
  },
  {
    code: 'value-off-guideline',
    severity: 'warning',
    summary: 'A text or list length, or a minute count, does not follow the authoring guideline.',
  },
  {
    code: 'value-not-allowed',
    severity: 'warning',
    summary: 'A value is not one of the allowed values or does not match the expected format.',
  },
  { code: 'no-tasks', severity: 'warning', summary: 'The kata has no Practice Tasks task section.' },
  { code: 'task-without-steps', severity: 'warning', summary: 'A task section has no checkbox steps.' },
  {
    code: 'checkbox-outside-section',
    severity: 'warning',
    summary: 'A checkbox is not in Essential Setup, a task or the Completion Check.',
  },
];

const SEVERITY_BY_CODE = new Map<string, Severity>(DIAGNOSTIC_RULES.map((rule) => [rule.code, rule.severity]));

/** Creates a diagnostic with the code's default severity unless `severity` overrides it. */
export function createDiagnostic(
  code: DiagnosticCode,
  line: number,
  message: string,
  options: { column?: number; severity?: Severity; fixes?: ProblemFix[] } = {},
): Problem {
  const problem: Problem = {
    code,
    severity: options.severity ?? SEVERITY_BY_CODE.get(code) ?? 'error',
    line,
    column: options.column ?? 1,
    message,
  };
  if (options.fixes !== undefined && options.fixes.length > 0) {
    problem.fixes = options.fixes;
  }
  return problem;
}
