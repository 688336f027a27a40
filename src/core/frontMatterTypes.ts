// The front matter fields of the kata format, as its JSON schema
// (kata-frontmatter-schema.json, draft-07) names them.
//
// The parser does not check these types: it keeps the mapping as js-yaml
// returned it, so a kata may hold `kata_difficulty: "3"` where the schema wants
// an integer. The validator checks values against the schema; this interface
// states what a valid kata holds.

/** Level of AI coaching in a kata. */
export type AiCoachingLevel = 'minimal' | 'guided' | 'adaptive';

/** Amount of instructional scaffolding in a kata. */
export type ScaffoldingLevel = 'heavy' | 'medium-heavy' | 'light' | 'minimal';

/** Hint strategy of a kata. */
export type HintStrategy = 'progressive' | 'direct' | 'minimal';

/** The YAML front matter of a kata file. */
export interface KataFrontMatter {
  /** Page title: `Kata: ` followed by the name, 10 to 100 characters. */
  title?: string;
  /** Summary of the kata's objectives, 50 to 160 characters. */
  description?: string;
  /** Full name of the author. */
  author?: string;
  /** Publication date `YYYY-MM-DD`, kept as the string written. */
  'ms.date'?: string;
  /** Unique kebab-case id, for example `edge-deployment-405-expert-capstone`. */
  kata_id?: string;
  /** Title without the `Kata:` prefix. */
  kata_title?: string;
  /** One category slug, matching the category folder. */
  kata_category?: string[];
  /** 1 Foundation, 2 Skill, 3 Advanced, 4 Expert, 5 Legendary. */
  kata_difficulty?: number;
  /** Completion time in minutes: a multiple of 5 from 5 to 3600. */
  estimated_time_minutes?: number;
  /** Three to five measurable objectives. */
  learning_objectives?: string[];
  /** Ids of the katas to complete first, empty when there are none. */
  prerequisite_katas?: string[];
  technologies?: string[];
  /** At least two measurable criteria. */
  success_criteria?: string[];
  ai_coaching_level?: AiCoachingLevel;
  scaffolding_level?: ScaffoldingLevel;
  hint_strategy?: HintStrategy;
  /** Mistakes learners often make, which become level-1 hints. */
  common_pitfalls?: string[];
  requires_azure_subscription?: boolean;
  requires_local_environment?: boolean;
  /** Category tags, lowercase with dashes. A kata appears in each tagged category. */
  tags?: string[];
  /** At least three search keywords. */
  search_keywords?: string[];
  /** Fields the schema does not name, kept as parsed. */
  [key: string]: unknown;
}
