// Checks a kata's front matter against kataFrontMatterSchema with ajv and turns
// each schema error into a diagnostic that names the field and the fix.

import * as l10n from '@vscode/l10n';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileValidator, type ValidatorSpec } from '../schemaValidators';
import type { Kata, Problem, ProblemFix } from '../model';
import { findClosest } from './editDistance';
import { describeEntry, describeField } from './fieldDescriptions';
import { describeEntryCount, describeLength, entryCountFix, lengthFix, typeFix } from './frontMatterFixes';
import { kataFrontMatterSchema } from './frontMatterSchema';
import { createDiagnostic, type DiagnosticCode } from './rules';
import { describeValue, frontMatterKeyLine, quote } from './text';

// Bounds that make a value unusable (difficulty 7) are errors. Lengths and
// the 5-minute step are authoring guidelines, so breaking them is a warning.
const RANGE_KEYWORDS = new Set(['minimum', 'maximum']);
const GUIDELINE_KEYWORDS = new Set(['multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems']);

/** Target of a schema error: a top-level key, and the 0-based entry index for list items. */
interface ErrorTarget {
  key: string;
  index?: number;
  /** `kata_difficulty`, or `entry 2 of learning_objectives` in the display language for an item. */
  label: string;
}

export const frontMatterValidatorSpec: ValidatorSpec = {
  schema: kataFrontMatterSchema,
  // `verbose` adds the failing value and its schema to each error, which the messages quote.
  options: { allErrors: true, strict: true, verbose: true },
};

let compiled: ValidateFunction | undefined;

function compiledValidator(): ValidateFunction {
  compiled ??= compileValidator(frontMatterValidatorSpec);
  return compiled;
}

/** Validates the kata's front matter against the schema. kata_id is left to the id rules. */
export function checkFrontMatterSchema(kata: Kata): Problem[] {
  const validate = compiledValidator();
  if (validate(kata.frontMatter)) {
    return [];
  }

  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    const target = findTarget(error);
    if (target === undefined || target.key === 'kata_id') {
      continue;
    }

    const { code, message, replacement } = describeError(error, target);
    const line = frontMatterKeyLine(kata, target.key);
    // Only a scalar on its key's own line can be replaced by text: list entries sit on later lines.
    const fixes: ProblemFix[] = [];
    if (replacement !== undefined && target.index === undefined && (typeof error.data === 'string' || typeof error.data === 'number')) {
      const title = l10n.t({ message: 'Change {0} to {1}', args: [target.key, replacement], comment: ['A quick fix: {0} is a front matter field, {1} its new value.'] });
      fixes.push({ title, action: 'replace', line, endLine: line, find: String(error.data), text: replacement });
    }
    problems.push(createDiagnostic(code, line, message, { fixes }));
  }
  return problems;
}

function findTarget(error: ErrorObject): ErrorTarget | undefined {
  if (error.keyword === 'required') {
    const key = String(error.params.missingProperty);
    return { key, label: key };
  }

  // JSON pointer segments escape `~` as `~0` and `/` as `~1`.
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments.length === 0) {
    return undefined;
  }

  const key = segments[0];
  if (segments.length === 1) {
    return { key, label: key };
  }

  const index = Number(segments[1]);
  const label = l10n.t({ message: 'entry {0} of {1}', args: [index + 1, key], comment: ['Names an entry of a front matter list, such as "entry 2 of tags", at the start of a message.'] });
  return { key, index, label };
}

function describeError(error: ErrorObject, target: ErrorTarget): { code: DiagnosticCode; message: string; replacement?: string } {
  const expected = expectedValue(error, target);
  const value = error.data;

  if (error.keyword === 'required') {
    return {
      code: 'missing-field',
      message: l10n.t({
        message: 'Missing front matter field "{0}". Add it as {1}.',
        args: [target.key, expected],
        comment: ['{0} is a front matter field name; {1} describes its value, such as "a list of at least one tag".'],
      }),
    };
  }

  if (error.keyword === 'type') {
    const problem = l10n.t({
      message: '{0} must be {1}, but it is {2}.',
      args: [target.label, expected, describeValue(value)],
      comment: ['{0} is a front matter field such as "tags" or "entry 2 of tags"; {1} describes the expected value; {2} the value found, such as "the string "3"".'],
    });
    return { code: 'invalid-field-type', message: `${problem} ${typeFix(target.key, String(error.params.type), value)}` };
  }

  if (RANGE_KEYWORDS.has(error.keyword)) {
    const limit = Number(error.params.limit);
    return { code: 'value-out-of-range', message: describeRangeError(error, target, expected), replacement: Number.isFinite(limit) ? String(limit) : undefined };
  }

  if (GUIDELINE_KEYWORDS.has(error.keyword)) {
    return { code: 'value-off-guideline', message: describeRangeError(error, target, expected) };
  }

  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map(String);
    const closest = typeof value === 'string' ? findClosest(value, allowed) : undefined;
    const message =
      closest === undefined
        ? l10n.t({
            message: '{0} is {1}, which is not an allowed value. Use one of: {2}.',
            args: [target.label, shownValue(value), allowed.join(', ')],
            comment: ['{0} is a front matter field, {1} its value, {2} the allowed values.'],
          })
        : l10n.t({
            message: '{0} is {1}, which is not an allowed value. Use one of: {2}. The closest one is "{3}".',
            args: [target.label, shownValue(value), allowed.join(', '), closest],
            comment: ['{0} is a front matter field, {1} its value, {2} the allowed values, {3} the allowed value most like {1}.'],
          });
    return { code: 'value-not-allowed', message, replacement: closest };
  }

  if (error.keyword === 'pattern') {
    return {
      code: 'value-not-allowed',
      message: l10n.t({
        message: '{0} is {1}, but it must be {2}. Rewrite the value in that form.',
        args: [target.label, shownValue(value), expected],
        comment: ['{0} is a front matter field, {1} its value, {2} describes the expected value.'],
      }),
    };
  }

  // The schema uses no other keywords. This branch keeps a future one from being dropped silently.
  return {
    code: 'invalid-field-type',
    message: l10n.t({
      message: '{0} {1}. Change it to {2}.',
      args: [target.label, error.message ?? 'is invalid', expected],
      comment: ['{0} is a front matter field; {1} is the English error of the schema validator, such as "must be string"; {2} describes the expected value.'],
    }),
  };
}

/** Returns the expected value of the target in the display language. */
function expectedValue(error: ErrorObject, target: ErrorTarget): string {
  // An error on a list entry has the entry's schema as its parent; other errors have the field's.
  const description = error.keyword !== 'required' && target.index !== undefined ? describeEntry(target.key) : describeField(target.key);
  return description ?? l10n.t({ message: 'a valid value', comment: ['Completes "<field> must be ..." for a field whose expected value is not described.'] });
}

function describeRangeError(error: ErrorObject, target: ErrorTarget, expected: string): string {
  const value = error.data;
  const limit = Number(error.params.limit ?? error.params.multipleOf);
  const label = target.label;

  switch (error.keyword) {
    case 'minimum':
      return l10n.t({
        message: '{0} is {1}, but it must be {2}. Change it to {3} or more.',
        args: [label, shownValue(value), expected, limit],
        comment: ['{0} is a front matter field, {1} its value, {2} describes the expected value, {3} is the lowest allowed number.'],
      });
    case 'maximum':
      return l10n.t({
        message: '{0} is {1}, but it must be {2}. Change it to {3} or less.',
        args: [label, shownValue(value), expected, limit],
        comment: ['{0} is a front matter field, {1} its value, {2} describes the expected value, {3} is the highest allowed number.'],
      });
    case 'multipleOf': {
      const nearest = Math.max(limit, Math.round(Number(value) / limit) * limit);
      return l10n.t({
        message: '{0} is {1}, but it must be {2}. Change it to {3}.',
        args: [label, shownValue(value), expected, nearest],
        comment: ['{0} is a front matter field, {1} its value, {2} describes the expected value, {3} is the nearest allowed number.'],
      });
    }
    case 'minLength':
    case 'maxLength':
      return `${describeLength(label, String(value), expected)} ${lengthFix(error.keyword, limit, String(value))}`;
    default: {
      const count = Array.isArray(value) ? value.length : 0;
      return `${describeEntryCount(label, count, expected)} ${entryCountFix(error.keyword, limit, count)}`;
    }
  }
}

function shownValue(value: unknown): string {
  return typeof value === 'string' ? quote(value) : String(value);
}
