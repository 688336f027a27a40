// The kata file that "Kata Coach: New Kata" creates: a complete skeleton in
// the kata format whose placeholders validate, so an author starts from a
// file without problems and replaces the text section by section.

import { DIFFICULTY_NAMES } from './model';
import { slugify } from './stepIds';

export interface NewKataOptions {
  /** Category folder and `kata_category`, such as `git-fundamentals`. */
  category: string;
  /** Title without the `Kata:` prefix and number, such as `Rebase a Branch`. */
  title: string;
  /** 1 to 5. */
  difficulty: number;
  /** Publication date as YYYY-MM-DD. */
  date: string;
  author?: string;
}

export interface NewKataFile {
  kataId: string;
  /** Path relative to the workspace folder, with `/` separators. */
  relativePath: string;
  text: string;
}

/** Returns the category as a kata_id part: lowercase words and digits joined by hyphens. */
export function categorySlug(category: string): string {
  return slugify(withoutAccents(category)) || 'katas';
}

/**
 * Builds a new kata file. The file number is the difficulty times 100 (100 for
 * Foundation), as kata files are usually named, and the kata_id joins the
 * category, that number and the title.
 */
export function newKataFile(options: NewKataOptions): NewKataFile {
  const category = categorySlug(options.category);
  const number = Math.min(5, Math.max(1, Math.round(options.difficulty))) * 100;
  // Accents are dropped before the slug is made, so "Ünïcödé" gives "unicode", not "n-c-d".
  const titleSlug = slugify(withoutAccents(options.title)) || 'new-kata';
  const kataId = `${category}-${number}-${titleSlug}`;
  const title = `Kata: ${number} - ${options.title.trim() || 'New Kata'}`;
  const level = DIFFICULTY_NAMES[number / 100];

  const text = `---
title: ${yamlString(title)}
description: ${yamlString(`${/^[aeiou]/i.test(level) ? 'An' : 'A'} ${level.toLowerCase()} kata: replace this sentence with what the learner practises and why it matters`)}
author: ${yamlString(options.author?.trim() || 'Your Name')}
ms.date: ${options.date}
kata_id: ${kataId}
kata_category:
  - ${category}
kata_difficulty: ${number / 100}
estimated_time_minutes: 30
learning_objectives:
  - Replace with the first skill the learner can show at the end
  - Replace with the second skill, stated so it can be checked
  - Replace with the third skill, stated so it can be checked
prerequisite_katas: []
technologies:
  - Replace with a tool or technology
success_criteria:
  - Replace with an outcome the learner can verify
  - Replace with a second outcome the learner can verify
ai_coaching_level: guided
scaffolding_level: medium-heavy
hint_strategy: progressive
common_pitfalls: []
requires_azure_subscription: false
requires_local_environment: true
tags:
  - ${category}
search_keywords:
  - ${titleSlug.replace(/-/g, ' ')}
  - ${category.replace(/-/g, ' ')}
  - kata
---

## Quick Context

**You'll Learn**: Replace with one sentence on the skill this kata builds.

**Prerequisites**: Replace with what the learner needs installed or known.

**Real Challenge**: Replace with the situation at work where this skill matters.

**Your Task**: Replace with what the learner does in this kata.

## Essential Setup

- [ ] Replace with something the learner checks before starting

## Practice Tasks

### Task 1: Replace With the First Task (10 minutes)

**What You'll Do**: Replace with the goal of this task.

<!-- AI_COACH: Replace with a note for the coach: what learners get wrong here, and a question that points the way. -->

**Steps**:

1. **Do** the first thing
   - [ ] Replace with a step the learner can check off
   - [ ] **Expected result**: Replace with what the learner sees when the step worked

### Task 2: Replace With the Second Task (15 minutes)

**What You'll Do**: Replace with the goal of this task.

**Steps**:

1. **Do** the next thing
   - [ ] Replace with a step the learner can check off
   - [ ] **Expected result**: Replace with what the learner sees when the step worked

**Pro tip**: Replace with a tip that saves the learner time.

## Completion Check

**You've Succeeded When**:

- [ ] Replace with the first outcome to confirm
- [ ] Replace with the second outcome to confirm

**Reflection Questions**:

1. Replace with a question that makes the learner explain what they did?

## Reference Appendix

### Help Resources

- Replace with a link to documentation

### Professional Tips

- Replace with a habit that experienced engineers keep

### Troubleshooting

**Issue**: Replace with a problem learners meet

**Quick Fix**: Replace with how to solve it
`;
  return { kataId, relativePath: `katas/${category}/${number}-${titleSlug}.md`, text };
}

function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Quotes a YAML scalar with single quotes, doubling any single quote inside. */
function yamlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
