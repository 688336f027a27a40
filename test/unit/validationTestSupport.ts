// Shared pieces of the validation tests: a kata file that validates cleanly,
// with one front matter key per line so tests can change one field at a time,
// and a validate helper that checks every diagnostic against DIAGNOSTIC_RULES.

import * as assert from 'assert';
import type { ParseResult, Problem } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { DIAGNOSTIC_RULES, validateKataFiles, type DiagnosticRule } from '../../src/core/validation';

/** Front matter of the clean kata as `[key, YAML value]`, in file order from line 2. */
const CLEAN_FRONT_MATTER: readonly [string, string][] = [
  ['title', "'Kata: 100 - Validate a Kata'"],
  ['description', 'A small kata that passes every validation rule, used as the baseline of the tests'],
  ['author', 'Test Author'],
  ['ms.date', '2025-01-24'],
  ['kata_id', 'testing-100-baseline'],
  ['kata_category', '[testing]'],
  ['kata_difficulty', '1'],
  ['estimated_time_minutes', '30'],
  ['learning_objectives', '[Explain what the validator checks, Fix a field that the validator reports, Find the line of a diagnostic]'],
  ['prerequisite_katas', '[]'],
  ['technologies', '[markdown]'],
  ['success_criteria', '[The kata validates without diagnostics, Every task has a checkbox step]'],
  ['ai_coaching_level', 'guided'],
  ['scaffolding_level', 'heavy'],
  ['hint_strategy', 'progressive'],
  ['common_pitfalls', '[]'],
  ['requires_azure_subscription', 'false'],
  ['requires_local_environment', 'true'],
  ['tags', '[testing]'],
  ['search_keywords', '[kata, validation, diagnostics]'],
];

/** Body of the clean kata: setup, one task with a step, and a completion check. */
export const CLEAN_BODY = [
  '# Kata: 100 - Validate a Kata',
  '',
  '## Essential Setup',
  '',
  '- [ ] Open the workspace',
  '',
  '## Practice Tasks',
  '',
  '### Task 1: Check the file (10 minutes)',
  '',
  '1. **Run** the check',
  '   - [ ] Run the validator',
  '',
  '## Completion Check',
  '',
  '- [ ] Every diagnostic is fixed',
  '',
].join('\n');

export interface KataTextOptions {
  /** YAML values by key: a string replaces or appends the key's line, undefined removes it. */
  fields?: Record<string, string | undefined>;
  body?: string;
}

/** Returns the text of a kata that validates cleanly, with the changes in `options`. */
export function kataText(options: KataTextOptions = {}): string {
  const fields = options.fields ?? {};
  const entries = CLEAN_FRONT_MATTER.map(([key, value]): [string, string | undefined] =>
    key in fields ? [key, fields[key]] : [key, value],
  );
  for (const [key, value] of Object.entries(fields)) {
    if (!CLEAN_FRONT_MATTER.some(([cleanKey]) => cleanKey === key)) {
      entries.push([key, value]);
    }
  }

  const lines = entries.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', options.body ?? CLEAN_BODY].join('\n');
}

/** Returns the 1-based line of `key:` in the front matter of `text`. */
export function keyLine(text: string, key: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  assert.ok(index > 0, `no line for ${key}`);
  return index + 1;
}

/**
 * Returns where a diagnostic about `key` must be: the key's own line when the
 * parser records key lines, else the kata_id line that the validator falls back to.
 */
export function expectedKeyLine(result: ParseResult, text: string, key: string): number {
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata.frontMatterLines ? keyLine(text, key) : keyLine(text, 'kata_id');
}

const RULES = new Map<string, DiagnosticRule>(DIAGNOSTIC_RULES.map((rule) => [rule.code, rule]));

/**
 * Validates parse results and checks that every diagnostic has a code from
 * DIAGNOSTIC_RULES, that code's severity (checkbox-outside-section may be
 * `info`), and a 1-based position.
 */
export function validate(results: ParseResult[]): Problem[][] {
  const validated = validateKataFiles(results);

  assert.deepStrictEqual(
    validated.map((file) => file.filePath),
    results.map((result) => result.filePath),
  );
  for (const diagnostic of validated.flatMap((file) => file.diagnostics)) {
    const rule = RULES.get(diagnostic.code);
    assert.ok(rule, `code ${diagnostic.code} is not in DIAGNOSTIC_RULES`);

    const infoAllowed = diagnostic.code === 'checkbox-outside-section' && diagnostic.severity === 'info';
    assert.ok(infoAllowed || diagnostic.severity === rule.severity, `${diagnostic.code} has ${diagnostic.severity}`);
    assert.ok(diagnostic.line >= 1, `${diagnostic.code} at line ${diagnostic.line}`);
    assert.ok(diagnostic.column >= 1, `${diagnostic.code} at column ${diagnostic.column}`);
  }

  return validated.map((file) => file.diagnostics);
}

/** Parses texts by path and validates them together. */
export function validateTexts(files: Record<string, string>): Problem[][] {
  return validate(Object.entries(files).map(([filePath, text]) => parseKataFile(text, filePath)));
}

/** Parses and validates one file. */
export function validateText(text: string, filePath = '/virtual/path.md'): Problem[] {
  return validateTexts({ [filePath]: text })[0];
}

/** Returns the diagnostics with `code`. */
export function withCode(diagnostics: readonly Problem[], code: string): Problem[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code);
}

/** Returns the only diagnostic with `code`, failing when there are none or several. */
export function single(diagnostics: readonly Problem[], code: string): Problem {
  const found = withCode(diagnostics, code);
  assert.strictEqual(found.length, 1, `expected one ${code}, got ${JSON.stringify(diagnostics, null, 2)}`);
  return found[0];
}
