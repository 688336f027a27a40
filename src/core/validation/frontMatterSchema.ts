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
// Each `description` is a noun phrase that completes "<field> must be ...", so
// diagnostics can quote it as the expected value.

/** Pattern of a kata_id: lowercase words and digits joined by single hyphens. */
export const KATA_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const KATA_ID_DESCRIPTION = 'lowercase words and digits joined by hyphens, such as "my-category-100-first-kata"';

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
      description: 'a title of 10 to 100 characters that starts with "Kata: ", such as "Kata: 100 - Deploy an App"',
    },
    description: {
      type: 'string',
      minLength: 50,
      maxLength: 160,
      description: 'a summary of the kata for search results, 50 to 160 characters long',
    },
    author: {
      type: 'string',
      minLength: 2,
      description: "the author's full name, at least 2 characters long",
    },
    'ms.date': {
      type: 'string',
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description: 'a publication date written YYYY-MM-DD, such as 2025-01-24',
    },
    kata_id: {
      type: 'string',
      description: KATA_ID_DESCRIPTION,
    },
    kata_title: {
      type: 'string',
      minLength: 5,
      maxLength: 100,
      description: 'the title without the "Kata:" prefix, 5 to 100 characters long',
    },
    kata_category: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '\\S', description: 'a category name that is not blank' },
      description: 'a list of at least one category name, such as [my-category]',
    },
    kata_difficulty: {
      type: 'integer',
      minimum: 1,
      maximum: 5,
      description: 'an integer from 1 (Foundation) to 5 (Legendary)',
    },
    estimated_time_minutes: {
      type: 'integer',
      minimum: 5,
      maximum: 3600,
      multipleOf: 5,
      description: 'a number of minutes from 5 to 3600 in steps of 5',
    },
    learning_objectives: {
      type: 'array',
      minItems: 3,
      maxItems: 5,
      items: { type: 'string', minLength: 10, description: 'a measurable objective of at least 10 characters' },
      description: 'a list of 3 to 5 measurable learning objectives',
    },
    prerequisite_katas: {
      type: 'array',
      items: { type: 'string', pattern: KATA_ID_PATTERN, description: `a kata_id: ${KATA_ID_DESCRIPTION}` },
      description: 'a list of kata_id values, or [] when the kata has no prerequisites',
    },
    technologies: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 2, description: 'a technology name of at least 2 characters' },
      description: 'a list of at least one technology the kata covers',
    },
    success_criteria: {
      type: 'array',
      minItems: 2,
      items: { type: 'string', minLength: 10, description: 'a measurable criterion of at least 10 characters' },
      description: 'a list of at least 2 measurable success criteria',
    },
    ai_coaching_level: {
      type: 'string',
      enum: ['minimal', 'guided', 'adaptive'],
      description: 'the level of AI coaching: minimal, guided or adaptive',
    },
    scaffolding_level: {
      type: 'string',
      enum: ['heavy', 'medium-heavy', 'light', 'minimal'],
      description: 'the amount of scaffolding: heavy, medium-heavy, light or minimal',
    },
    hint_strategy: {
      type: 'string',
      enum: ['progressive', 'direct', 'minimal'],
      description: 'the hint strategy: progressive, direct or minimal',
    },
    common_pitfalls: {
      type: 'array',
      items: { type: 'string', minLength: 10, description: 'a pitfall described in at least 10 characters' },
      description: 'a list of common pitfalls, or [] when there are none',
    },
    requires_azure_subscription: {
      type: 'boolean',
      description: 'true or false: whether the kata needs an Azure subscription',
    },
    requires_local_environment: {
      type: 'boolean',
      description: 'true or false: whether the kata needs a local development environment',
    },
    tags: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'a tag of lowercase letters, digits and hyphens' },
      description: 'a list of at least one tag',
    },
    search_keywords: {
      type: 'array',
      minItems: 3,
      items: { type: 'string', minLength: 2, description: 'a keyword of at least 2 characters' },
      description: 'a list of at least 3 search keywords',
    },
  },
};
