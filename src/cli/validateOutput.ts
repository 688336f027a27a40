// The output of `kata-coach validate`: one line or JSON object per diagnostic,
// and the summary line. Pure, so tests can check the formats directly.

import type { Problem, Severity } from '../core/model';
import { countOf } from '../core/countOf';

export interface FileDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

/** Pairs each problem with the file to print, sorted by line, then column, within the file. */
export function toFileDiagnostics(file: string, problems: readonly Problem[]): FileDiagnostic[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
}

/**
 * Formats `file:line:col: severity code: message`, the form editors and CI annotators
 * parse. Line breaks inside the message become spaces, so each diagnostic is one line.
 */
export function formatDiagnosticLine(diagnostic: FileDiagnostic): string {
  const message = diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${message}`;
}

/** Formats the text output: one line per diagnostic, each ending in a newline. */
export function formatDiagnosticsText(diagnostics: readonly FileDiagnostic[]): string {
  return diagnostics.map((diagnostic) => `${formatDiagnosticLine(diagnostic)}\n`).join('');
}

/** Formats the JSON output: one array of diagnostics, pretty-printed. */
export function formatDiagnosticsJson(diagnostics: readonly FileDiagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}

/** Formats `3 errors, 5 warnings in 42 files`, adding the info count only when it is not zero. */
export function formatSummary(errors: number, warnings: number, infos: number, files: number): string {
  const parts = [countOf(errors, 'error'), countOf(warnings, 'warning')];
  if (infos > 0) {
    parts.push(`${infos} info`);
  }
  return `${parts.join(', ')} in ${countOf(files, 'file')}`;
}

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) {
    counts[diagnostic.severity]++;
  }
  return counts;
}
