// Checks a kata's front matter against kataFrontMatterSchema with ajv and turns
// each schema error into a diagnostic that names the field and the fix.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileValidator, type ValidatorSpec } from '../schemaValidators';
import type { Kata, Problem, ProblemFix } from '../model';
import { findClosest } from './editDistance';
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
  /** `kata_difficulty`, or `entry 2 of learning_objectives` for an item. */
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
    const fixes: ProblemFix[] =
      replacement !== undefined && target.index === undefined && (typeof error.data === 'string' || typeof error.data === 'number')
        ? [{ title: `Change ${target.key} to ${replacement}`, action: 'replace', line, endLine: line, find: String(error.data), text: replacement }]
        : [];
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
  return { key, index, label: `entry ${index + 1} of ${key}` };
}

function describeError(error: ErrorObject, target: ErrorTarget): { code: DiagnosticCode; message: string; replacement?: string } {
  const expected = expectedValue(error, target);
  const value = error.data;

  if (error.keyword === 'required') {
    return {
      code: 'missing-field',
      message: `Missing front matter field "${target.key}". Add it as ${expected}.`,
    };
  }

  if (error.keyword === 'type') {
    const fix = typeFix(target, String(error.params.type), value);
    return {
      code: 'invalid-field-type',
      message: `${target.label} must be ${expected}, but it is ${describeValue(value)}. ${fix}`,
    };
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
    const hint = closest === undefined ? '' : ` The closest one is "${closest}".`;
    return {
      code: 'value-not-allowed',
      message: `${target.label} is ${shownValue(value)}, which is not an allowed value. Use one of: ${allowed.join(', ')}.${hint}`,
      replacement: closest,
    };
  }

  if (error.keyword === 'pattern') {
    return {
      code: 'value-not-allowed',
      message: `${target.label} is ${shownValue(value)}, but it must be ${expected}. Rewrite the value in that form.`,
    };
  }

  // The schema uses no other keywords. This branch keeps a future one from being dropped silently.
  return {
    code: 'invalid-field-type',
    message: `${target.label} ${error.message ?? 'is invalid'}. Change it to ${expected}.`,
  };
}

/** Returns the schema's description of the value the target must have. */
function expectedValue(error: ErrorObject, target: ErrorTarget): string {
  const properties = kataFrontMatterSchema.properties as Record<string, { description?: string }>;
  const description =
    error.keyword === 'required' ? properties[target.key]?.description : error.parentSchema?.description;
  return typeof description === 'string' ? description : 'a valid value';
}

function describeRangeError(error: ErrorObject, target: ErrorTarget, expected: string): string {
  const value = error.data;
  const limit = Number(error.params.limit ?? error.params.multipleOf);
  const problem = `but it must be ${expected}`;

  switch (error.keyword) {
    case 'minimum':
      return `${target.label} is ${shownValue(value)}, ${problem}. Change it to ${limit} or more.`;
    case 'maximum':
      return `${target.label} is ${shownValue(value)}, ${problem}. Change it to ${limit} or less.`;
    case 'multipleOf': {
      const nearest = Math.max(limit, Math.round(Number(value) / limit) * limit);
      return `${target.label} is ${shownValue(value)}, ${problem}. Change it to ${nearest}.`;
    }
    case 'minLength':
    case 'maxLength': {
      // ajv counts Unicode code points, not UTF-16 units.
      const length = [...String(value)].length;
      const fix =
        error.keyword === 'minLength'
          ? `Lengthen it by at least ${plural(limit - length, 'character')}.`
          : `Shorten it by at least ${plural(length - limit, 'character')}.`;
      return `${target.label} is ${plural(length, 'character')} long, ${problem}. ${fix}`;
    }
    default: {
      const count = Array.isArray(value) ? value.length : 0;
      const fix =
        error.keyword === 'minItems'
          ? `Add at least ${plural(limit - count, 'more entry', 'more entries')}.`
          : `Remove at least ${plural(count - limit, 'entry', 'entries')}.`;
      return `${target.label} has ${plural(count, 'entry', 'entries')}, ${problem}. ${fix}`;
    }
  }
}

/** Returns how to write a value of the expected JSON type in YAML. */
function typeFix(target: ErrorTarget, expectedType: string, value: unknown): string {
  switch (expectedType) {
    case 'integer':
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? `Remove the quotes: ${target.key}: ${value.trim()}.`
        : `Replace it with a ${expectedType === 'integer' ? 'whole number' : 'number'}.`;
    case 'array':
      return `Write it as a list, one "- entry" line per item, or as [first, second].`;
    case 'boolean':
      return 'Write true or false without quotes.';
    case 'string':
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return 'Put the text in quotes: YAML reads unquoted text that contains ": " as a mapping.';
      }
      return value === null || value === undefined ? 'Write the text after the colon.' : 'Put the value in quotes.';
    default:
      return `Change it to ${expectedType === 'object' ? 'a mapping' : `a ${expectedType}`}.`;
  }
}

function shownValue(value: unknown): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
