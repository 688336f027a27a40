// JSON Schema (draft-07) of kata front matter as Kata Coach checks it.
//
// It follows the kata front matter schema of the microsoft/edge-ai repository:
// the same required fields, types, patterns, enums and bounds. It differs on
// purpose in three places:
// - kata_category accepts any category names and more than one, because each
//   team has its own categories and the kata model keeps every category.
// - Fields outside this list are allowed, because teams add their own.
// - kata_id has no pattern here: `invalid-kata-id` checks it with a suggested fix.
//
// The schema has no `description` fields: fieldDescriptions.ts has them in the
// display language, which is known only after this module loads.

/** Pattern of a kata_id: lowercase words and digits joined by single hyphens. */
export const KATA_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const kataFrontMatterSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:kata-coach:kata-front-matter',
  type: 'object',
  required: [
    'title',
    'description',
    'author',
    'ms.date',
    'kata_id',
    'kata_category',
    'kata_difficulty',
    'estimated_time_minutes',
    'learning_objectives',
    'prerequisite_katas',
    'technologies',
    'success_criteria',
    'ai_coaching_level',
    'scaffolding_level',
    'hint_strategy',
    'common_pitfalls',
    'requires_azure_subscription',
    'requires_local_environment',
    'tags',
    'search_keywords',
  ],
  properties: {
    title: {
      type: 'string',
      pattern: '^Kata: .+',
      minLength: 10,
      maxLength: 100,
    },
    description: {
      type: 'string',
      minLength: 50,
      maxLength: 160,
    },
    author: {
      type: 'string',
      minLength: 2,
    },
    'ms.date': {
      type: 'string',
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    },
    kata_id: {
      type: 'string',
    },
    kata_title: {
      type: 'string',
      minLength: 5,
      maxLength: 100,
    },
    kata_category: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '\\S' },
    },
    kata_difficulty: {
      type: 'integer',
      minimum: 1,
      maximum: 5,
    },
    estimated_time_minutes: {
      type: 'integer',
      minimum: 5,
      maximum: 3600,
      multipleOf: 5,
    },
    learning_objectives: {
      type: 'array',
      minItems: 3,
      maxItems: 5,
      items: { type: 'string', minLength: 10 },
    },
    prerequisite_katas: {
      type: 'array',
      items: { type: 'string', pattern: KATA_ID_PATTERN },
    },
    technologies: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 2 },
    },
    success_criteria: {
      type: 'array',
      minItems: 2,
      items: { type: 'string', minLength: 10 },
    },
    ai_coaching_level: {
      type: 'string',
      enum: ['minimal', 'guided', 'adaptive'],
    },
    scaffolding_level: {
      type: 'string',
      enum: ['heavy', 'medium-heavy', 'light', 'minimal'],
    },
    hint_strategy: {
      type: 'string',
      enum: ['progressive', 'direct', 'minimal'],
    },
    common_pitfalls: {
      type: 'array',
      items: { type: 'string', minLength: 10 },
    },
    requires_azure_subscription: {
      type: 'boolean',
    },
    requires_local_environment: {
      type: 'boolean',
    },
    tags: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[a-z0-9-]+$' },
    },
    search_keywords: {
      type: 'array',
      minItems: 3,
      items: { type: 'string', minLength: 2 },
    },
  },
};
