// Descriptions of the value each front matter field of kataFrontMatterSchema
// must hold, as noun phrases that complete "<field> must be ...". Diagnostics
// quote them as the expected value, and front matter completion shows them.
// Both are in the display language, so the phrases live here, translated on
// each call, and not in the schema, which is built once when the module loads.

import * as l10n from '@vscode/l10n';

/** Returns what a top-level field must hold, or undefined for a field outside the schema. */
export function describeField(key: string): string | undefined {
  switch (key) {
    case 'title':
      return l10n.t({ message: 'a title of 10 to 100 characters that starts with "Kata: ", such as "Kata: 100 - Deploy an App"', comment: ['Completes "title must be ...". Keep "Kata: " as written.'] });
    case 'description':
      return l10n.t({ message: 'a summary of the kata for search results, 50 to 160 characters long', comment: ['Completes "description must be ...".'] });
    case 'author':
      return l10n.t({ message: "the author's full name, at least 2 characters long", comment: ['Completes "author must be ...".'] });
    case 'ms.date':
      return l10n.t({ message: 'a publication date written YYYY-MM-DD, such as 2025-01-24', comment: ['Completes "ms.date must be ...". Keep YYYY-MM-DD as written.'] });
    case 'kata_id':
      return l10n.t({
        message: 'lowercase words and digits joined by hyphens, such as "my-category-100-first-kata"',
        comment: ['Completes "kata_id must be ...". Keep the example id as written.'],
      });
    case 'kata_title':
      return l10n.t({ message: 'the title without the "Kata:" prefix, 5 to 100 characters long', comment: ['Completes "kata_title must be ...".'] });
    case 'kata_category':
      return l10n.t({ message: 'a list of at least one category name, such as [my-category]', comment: ['Completes "kata_category must be ...".'] });
    case 'kata_difficulty':
      return l10n.t({ message: 'an integer from 1 (Foundation) to 5 (Legendary)', comment: ['Completes "kata_difficulty must be ...".'] });
    case 'estimated_time_minutes':
      return l10n.t({ message: 'a number of minutes from 5 to 3600 in steps of 5', comment: ['Completes "estimated_time_minutes must be ...".'] });
    case 'learning_objectives':
      return l10n.t({ message: 'a list of 3 to 5 measurable learning objectives', comment: ['Completes "learning_objectives must be ...".'] });
    case 'prerequisite_katas':
      return l10n.t({ message: 'a list of kata_id values, or [] when the kata has no prerequisites', comment: ['Completes "prerequisite_katas must be ...".'] });
    case 'technologies':
      return l10n.t({ message: 'a list of at least one technology the kata covers', comment: ['Completes "technologies must be ...".'] });
    case 'success_criteria':
      return l10n.t({ message: 'a list of at least 2 measurable success criteria', comment: ['Completes "success_criteria must be ...".'] });
    case 'ai_coaching_level':
      return l10n.t({ message: 'the level of AI coaching: minimal, guided or adaptive', comment: ['Completes "ai_coaching_level must be ...". Keep the values as written.'] });
    case 'scaffolding_level':
      return l10n.t({
        message: 'the amount of scaffolding: heavy, medium-heavy, light or minimal',
        comment: ['Completes "scaffolding_level must be ...". Keep the values as written.'],
      });
    case 'hint_strategy':
      return l10n.t({ message: 'the hint strategy: progressive, direct or minimal', comment: ['Completes "hint_strategy must be ...". Keep the values as written.'] });
    case 'common_pitfalls':
      return l10n.t({ message: 'a list of common pitfalls, or [] when there are none', comment: ['Completes "common_pitfalls must be ...".'] });
    case 'requires_azure_subscription':
      return l10n.t({
        message: 'true or false: whether the kata needs an Azure subscription',
        comment: ['Completes "requires_azure_subscription must be ...". Keep true and false as written.'],
      });
    case 'requires_local_environment':
      return l10n.t({
        message: 'true or false: whether the kata needs a local development environment',
        comment: ['Completes "requires_local_environment must be ...". Keep true and false as written.'],
      });
    case 'tags':
      return l10n.t({ message: 'a list of at least one tag', comment: ['Completes "tags must be ...".'] });
    case 'search_keywords':
      return l10n.t({ message: 'a list of at least 3 search keywords', comment: ['Completes "search_keywords must be ...".'] });
    default:
      return undefined;
  }
}

/** Returns what each entry of a list field must hold, or undefined for a field that is not a list of the schema. */
export function describeEntry(key: string): string | undefined {
  switch (key) {
    case 'kata_category':
      return l10n.t({ message: 'a category name that is not blank', comment: ['Completes "entry 1 of kata_category must be ...".'] });
    case 'learning_objectives':
      return l10n.t({ message: 'a measurable objective of at least 10 characters', comment: ['Completes "entry 1 of learning_objectives must be ...".'] });
    case 'prerequisite_katas':
      return l10n.t({
        message: 'a kata_id: lowercase words and digits joined by hyphens, such as "my-category-100-first-kata"',
        comment: ['Completes "entry 1 of prerequisite_katas must be ...". Keep kata_id and the example id as written.'],
      });
    case 'technologies':
      return l10n.t({ message: 'a technology name of at least 2 characters', comment: ['Completes "entry 1 of technologies must be ...".'] });
    case 'success_criteria':
      return l10n.t({ message: 'a measurable criterion of at least 10 characters', comment: ['Completes "entry 1 of success_criteria must be ...".'] });
    case 'common_pitfalls':
      return l10n.t({ message: 'a pitfall described in at least 10 characters', comment: ['Completes "entry 1 of common_pitfalls must be ...".'] });
    case 'tags':
      return l10n.t({ message: 'a tag of lowercase letters, digits and hyphens', comment: ['Completes "entry 1 of tags must be ...".'] });
    case 'search_keywords':
      return l10n.t({ message: 'a keyword of at least 2 characters', comment: ['Completes "entry 1 of search_keywords must be ...".'] });
    default:
      return undefined;
  }
}
