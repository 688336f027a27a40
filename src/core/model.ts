// The kata model shared by the extension, the CLI and the tests. Nothing in
// src/core imports `vscode`: paths are plain strings and lines are 1-based
// numbers in the file as saved (front matter included, a BOM adds no line).

import * as l10n from '@vscode/l10n';

/** One task-list checkbox (`- [ ] text`) found by markdown-it's tokens. */
export interface Checkbox {
  /** 1-based line of the list item's marker. */
  line: number;
  checked: boolean;
  /** Text after `] ` to the end of that source line, without trailing spaces or `\r`. */
  text: string;
  /** The item's whole inline content with line breaks folded to spaces; step ids hash this. */
  content: string;
  /** Nesting depth of the list that contains the item, 0 for a top-level list. */
  depth: number;
}

/**
 * Kind of kata part a section is. `other` is any further `##` section that
 * contains checkboxes (Cleanup Resources, say), so no checkbox is dropped.
 */
export type SectionKind = 'setup' | 'task' | 'completion' | 'other';

/**
 * Kind of step: a setup check, a task step, the expected
 * result of a numbered step (`**Expected result**: ...`), a completion
 * criterion, or a checkbox of an other section.
 */
export type StepKind = 'setup' | 'task-step' | 'expected-result' | 'completion-criterion' | 'other';

/** One step: a checkbox that belongs to a section of the kata. */
export interface KataStep {
  /**
   * Stable id, matching `^[a-zA-Z0-9_-]+$` (the progress schema's key pattern).
   * Derived from the step's text, so it survives moves, renumbering and re-wrapping.
   */
  id: string;
  line: number;
  /** Checked state as written in the markdown (`[x]`), not the learner's progress. */
  checkedInFile: boolean;
  /** The item's whole inline markdown, wrapped lines folded to single spaces. */
  text: string;
  /** Title of the numbered step the checkbox sits under (`1. **Deploy** the app`), if any. */
  group?: string;
  /** Set by the parser for every step; optional only so hand-built test katas may omit it. */
  kind?: StepKind;
}

/** Minutes from a time estimate: `20-25 minutes` is 20 to 25, `10 minutes` is 10 to 10. */
export interface MinuteRange {
  min: number;
  max: number;
}

/** A line of a task that guides the learner without being a checkbox. */
export interface KataNote {
  kind: 'pro-tip' | 'validation-checkpoint' | 'success-check' | 'expected-result';
  /** The note's text after its bold label, as inline markdown. */
  text: string;
  line: number;
}

/** A `##` section of the kata body, with its 1-based line range (inclusive). */
export interface BodySection {
  kind: 'quick-context' | 'essential-setup' | 'practice-tasks' | 'completion-check' | 'reference-appendix' | 'other';
  title: string;
  line: number;
  endLine: number;
}

/** The labelled parts of Quick Context, as inline markdown. */
export interface QuickContext {
  youllLearn?: string;
  prerequisites?: string;
  realChallenge?: string;
  yourTask?: string;
}

/** Content of the Completion Check: reflection questions and the success outcomes to confirm. Texts are inline markdown on one line. */
export interface CompletionCheck {
  questions: { text: string; line: number }[];
  outcomes: { text: string; line: number }[];
}

/** Origin of a hint in the kata file. */
export type HintSource =
  | 'ai-coach-comment'
  | 'common-pitfall'
  | 'pro-tip'
  | 'validation-checkpoint'
  | 'professional-tip'
  | 'troubleshooting'
  | 'help-resource';

/**
 * A hint for progressive reveal. Level 1 is a question or names what to
 * check, level 2 gives a direction, level 3 gives the concrete fix.
 */
export interface KataHint {
  level: 1 | 2 | 3;
  source: HintSource;
  /** Inline markdown. */
  text: string;
  line: number;
  /** Section id of the task the hint sits in; undefined for hints of the whole kata. */
  sectionId?: string;
}

/** Essential Setup, one Practice Task, the Completion Check, or another section with checkboxes. */
export interface KataSection {
  /** `setup`, `task-<N>`, `completion`, or a slug of an other heading; unique within a kata. */
  id: string;
  kind: SectionKind;
  /** Heading text as written, for example `Task 1: Deploy the app (10 minutes)`. */
  heading: string;
  /** Short label for trees and panels: `Essential Setup`, `Task 1: Deploy the app`, `Completion Check`. */
  label: string;
  /** Task number from `### Task N:`; undefined for setup and completion. */
  taskNumber?: number;
  /**
   * Time estimate as written inside the heading's parentheses, for example `20-25 minutes`.
   * When the heading has none, the text after a `**Time**:` (or `**Duration**:`) paragraph of the task.
   */
  estimate?: string;
  line: number;
  steps: KataStep[];
  /** Minutes read from `estimate`, when it names them. */
  minutes?: MinuteRange;
  /** Last line of the section (inclusive). */
  endLine?: number;
  /** Pro tips, validation checkpoints, success checks and expected results that are not checkboxes. Set for task sections only. */
  notes?: KataNote[];
  /** Code blocks of the section, such as the commands a step runs. Set for task and setup sections. */
  codeBlocks?: KataCodeBlock[];
}

/** A fenced or indented code block of a section. */
export interface KataCodeBlock {
  line: number;
  endLine: number;
  /** The fence's info string, such as `bash`; empty when there is none. */
  language: string;
  /** The code, without fences. */
  text: string;
}

/** A parsed kata file: front matter with a `kata_id`, and its sections. */
export interface Kata {
  id: string;
  /** Title without the `Kata:` prefix; falls back to the id. */
  title: string;
  /** First entry of `kata_category`, or `uncategorized`. */
  category: string;
  categories: string[];
  /** `kata_difficulty` when it is an integer from 1 to 5. */
  difficulty?: number;
  estimatedMinutes?: number;
  description?: string;
  learningObjectives: string[];
  successCriteria: string[];
  prerequisites: string[];
  technologies: string[];
  tags: string[];
  searchKeywords: string[];
  commonPitfalls: string[];
  /** Absolute path of the file. */
  filePath: string;
  /** 1-based line of `kata_id` in the front matter, where problems about the id are reported. */
  idLine?: number;
  /** The front matter as parsed, scalars kept as written (dates stay strings). */
  frontMatter: Record<string, unknown>;
  /** 1-based line of each top-level front matter key, for diagnostics. */
  frontMatterLines?: Record<string, number>;
  sections: KataSection[];
  /** Every `##` section of the body in file order, unknown ones included. */
  bodySections?: BodySection[];
  quickContext?: QuickContext;
  completion?: CompletionCheck;
  /** Hints in reveal order: kata-wide and per task, each with its level. */
  hints?: KataHint[];
}

export type Severity = 'error' | 'warning' | 'info';

/** Something wrong with a file, with a 1-based position and how to fix it. */
export interface Problem {
  code: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
  /** Edits that fix the problem, where the fix is clear; editors offer them as quick fixes. */
  fixes?: ProblemFix[];
}

/**
 * An edit that fixes a problem, described by text rather than offsets, so it
 * still applies after unrelated edits. Lines are 1-based. See applyFix.
 *
 * - `replace`: the first `find` in lines `line` to `endLine` becomes `text`.
 * - `insert`: `text` goes in as a new line before `line`.
 * - `delete-entry`: the list entry `find` in lines `line` to `endLine` is removed.
 */
export interface ProblemFix {
  title: string;
  action: 'replace' | 'insert' | 'delete-entry';
  line: number;
  /** Last line to search; the front matter's closing `---` ends the search when it is missing. */
  endLine?: number;
  find?: string;
  text?: string;
}

/** Everything the parser read from one markdown file. */
export interface ParseResult {
  filePath: string;
  /** The front matter mapping; `{}` for an empty block; null when absent or unparsable. */
  frontMatter: Record<string, unknown> | null;
  /** Every task-list checkbox of the file, in file order. */
  checkboxes: Checkbox[];
  /** Set when the file is a kata (front matter with a string `kata_id`). */
  kata?: Kata;
  /** Why the file is not a kata, when it is not: shown in the log, not as a diagnostic. */
  notKataReason?: string;
  problems: Problem[];
}

/** Returns every step of a kata in file order. */
export function allSteps(kata: Kata): KataStep[] {
  return kata.sections.flatMap((section) => section.steps);
}

/**
 * The names the kata format gives to difficulties 1 to 5, in English, as kata
 * files and model prompts use them. `describeDifficulty` has the display names.
 */
export const DIFFICULTY_NAMES: Readonly<Record<number, string>> = {
  1: 'Foundation',
  2: 'Skill',
  3: 'Advanced',
  4: 'Expert',
  5: 'Legendary',
};

/** Returns `3 - Advanced` style text in English, or `Difficulty not set`, for language model tool results. */
export function describeDifficultyInEnglish(difficulty: number | undefined): string {
  if (difficulty === undefined || DIFFICULTY_NAMES[difficulty] === undefined) {
    return 'Difficulty not set';
  }
  return `${difficulty} - ${DIFFICULTY_NAMES[difficulty]}`;
}

/** Returns `3 - Advanced` style text in the display language, or `Difficulty not set`. */
export function describeDifficulty(difficulty: number | undefined): string {
  switch (difficulty) {
    case 1:
      return l10n.t({ message: '1 - Foundation', comment: ['Kata difficulty 1 of 5, the easiest.'] });
    case 2:
      return l10n.t({ message: '2 - Skill', comment: ['Kata difficulty 2 of 5.'] });
    case 3:
      return l10n.t({ message: '3 - Advanced', comment: ['Kata difficulty 3 of 5.'] });
    case 4:
      return l10n.t({ message: '4 - Expert', comment: ['Kata difficulty 4 of 5.'] });
    case 5:
      return l10n.t({ message: '5 - Legendary', comment: ['Kata difficulty 5 of 5, the hardest.'] });
    default:
      return l10n.t('Difficulty not set');
  }
}
