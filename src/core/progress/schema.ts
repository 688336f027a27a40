// The parts of the kata progress format that Kata Coach reads and writes, as a
// JSON Schema (draft-07). The format allows more fields (coaching notes, history and
// others), and this schema accepts them unchecked so that the store keeps them.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileValidator, type ValidatorSpec } from '../schemaValidators';

/** Values of `metadata.source`: which writer made the last update. */
export const PROGRESS_SOURCES = ['ui', 'coach', 'file-watcher', 'server', 'import', 'manual'] as const;

/**
 * Values that the kata progress format allows in `metadata.category`. Categories
 * outside this list are left out of the files Kata Coach writes, so that the
 * files stay valid for the Copilot Learning Kata Coach agent.
 */
export const PROGRESS_CATEGORIES: readonly string[] = [
  'adr-creation',
  'ai-assisted-engineering',
  'edge-deployment',
  'fabric-integration',
  'project-planning',
  'prompt-engineering',
  'task-planning',
  'troubleshooting',
  'cross-platform-integration',
];

/** Pattern of step ids, the keys of `progress.checkboxStates`. */
export const CHECKBOX_KEY_PATTERN = '^[a-zA-Z0-9_-]+$';

const countSchema = { type: 'integer', minimum: 0 };

/**
 * JSON Schema of a progress document as Kata Coach uses it. `category` is not
 * restricted to PROGRESS_CATEGORIES here, so a file that another writer gave an
 * unknown category is still read instead of moved aside.
 */
export const progressDocumentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:kata-coach:kata-progress',
  title: 'Kata progress',
  description: 'Progress of one kata, written by Kata Coach and the Copilot Learning Kata Coach agent.',
  type: 'object',
  required: ['metadata', 'timestamp', 'progress'],
  properties: {
    metadata: {
      type: 'object',
      required: ['version', 'kataId', 'source', 'fileType'],
      properties: {
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Version of the progress format, such as 1.0.0.' },
        kataId: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'The kata_id of the kata, in lowercase.' },
        kataTitle: { type: 'string' },
        category: { type: 'string' },
        source: { type: 'string', enum: [...PROGRESS_SOURCES], description: 'Writer of the last update.' },
        fileType: { type: 'string', const: 'kata-progress' },
        lastUpdated: { type: 'string', format: 'date-time' },
      },
    },
    timestamp: { type: 'string', format: 'date-time' },
    progress: {
      type: 'object',
      // Files of the coach's older instructions list done steps in `tasksCompleted`
      // instead of `checkboxStates`. The store reads them and writes `checkboxStates` next time.
      anyOf: [{ required: ['checkboxStates'] }, { required: ['tasksCompleted'] }],
      properties: {
        checkboxStates: {
          type: 'object',
          description: 'Checked state by step id.',
          patternProperties: { [CHECKBOX_KEY_PATTERN]: { type: 'boolean' } },
          additionalProperties: false,
        },
        completedTasks: countSchema,
        totalTasks: countSchema,
        completionPercentage: { type: 'number', minimum: 0, maximum: 100 },
        currentStep: { type: 'string' },
        tasksCompleted: { type: 'array', items: { type: 'string' } },
        // Only descriptions: Kata Coach reads these fields leniently, so a damaged value
        // must not make the whole file invalid and set aside.
        kataCoach: {
          type: 'object',
          description: 'Data that only Kata Coach reads: revealed hints, answers and minutes.',
          properties: {
            revealedHintCounts: { description: 'Number of hints revealed by section id.' },
            revealedHintLevels: { description: 'Highest revealed hint level (1 to 3) by section id.' },
            reflectionAnswers: { description: 'The learner\'s answer by question text.' },
            minutesBySection: { description: 'Whole minutes spent by section id.' },
          },
        },
      },
    },
  },
};

/** Result of validateProgressDocument: readable errors such as `/progress/checkboxStates/x: must be boolean`. */
export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

export const progressValidatorSpec: ValidatorSpec = {
  schema: progressDocumentSchema,
  // strictRequired is off because the anyOf branches of `progress` name properties declared one level up.
  options: { allErrors: true, strict: true, strictRequired: false },
  formats: ['date-time'],
};

let compiled: ValidateFunction | undefined;

function compiledValidator(): ValidateFunction {
  compiled ??= compileValidator(progressValidatorSpec);
  return compiled;
}

function describeError(error: ErrorObject): string {
  const location = error.instancePath === '' ? '/' : error.instancePath;
  let detail = error.message ?? 'is invalid';

  if (error.keyword === 'additionalProperties') {
    detail += ` (${String(error.params.additionalProperty)})`;
  } else if (error.keyword === 'enum') {
    detail += ` (${(error.params.allowedValues as unknown[]).join(', ')})`;
  } else if (error.keyword === 'const') {
    detail += ` (${JSON.stringify(error.params.allowedValue)})`;
  }
  return `${location}: ${detail}`;
}

/** Validates a parsed progress file against progressDocumentSchema. */
export function validateProgressDocument(value: unknown): ValidationResult {
  const validate = compiledValidator();
  if (validate(value)) {
    return { valid: true, errors: [] };
  }
  return { valid: false, errors: (validate.errors ?? []).map(describeError) };
}
