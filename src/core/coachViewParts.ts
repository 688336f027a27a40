// Parts of the coach panel view beyond the steps: notes, hints, Completion
// Check questions, prerequisites and the completion summary. Every text from
// the kata is rendered by the same markdown-it instance with raw HTML off.

import * as l10n from '@vscode/l10n';
import type MarkdownIt from 'markdown-it';
import { markdownItClass } from './libraries';
import { hintsForSection, hintStrategy, MINIMAL_HINT_DELAY_MS, revealedHints } from './hintReveal';
import type { HintSource, Kata, KataNote, KataSection } from './model';
import type { CoachData } from './progress/coachData';

let markdown: MarkdownIt | undefined;

/** Renders one line of kata markdown to HTML without raw HTML. */
export function renderInline(text: string): string {
  markdown ??= new (markdownItClass())({ html: false, linkify: true, typographer: false });
  return markdown.renderInline(text);
}

export interface NoteView {
  label: string;
  html: string;
}

export interface HintView {
  html: string;
  level: number;
  /** Label of the hint's place in the kata, for example `Common pitfall`. */
  source: string;
}

/** Hints of a section: those revealed so far and what the next request can do. */
export interface HintsView {
  revealed: HintView[];
  total: number;
  canRevealMore: boolean;
  /** Set while a `minimal` kata holds back its first hint: whole minutes left, at least 1. */
  waitMinutes?: number;
  strategy: 'progressive' | 'direct' | 'minimal';
}

export interface QuestionView {
  /** Position in the Completion Check, which the page sends back with an answer. */
  index: number;
  html: string;
  answer: string;
}

export interface PrerequisiteView {
  id: string;
  /** The kata's title, or its id when the workspace has no such kata. */
  title: string;
  known: boolean;
  done: number;
  total: number;
  finished: boolean;
}

/** Progress of another kata, for the prerequisite list. */
export interface KataStatus {
  title: string;
  done: number;
  total: number;
}

/** Returns the heading of a note in the coach panel. */
function noteLabel(kind: KataNote['kind']): string {
  switch (kind) {
    case 'pro-tip':
      return l10n.t('Pro tip');
    case 'validation-checkpoint':
      return l10n.t('Validation checkpoint');
    case 'success-check':
      return l10n.t('Success check');
    case 'expected-result':
      return l10n.t('Expected result');
  }
}

/** Returns the label of the place in the kata that a hint comes from. */
function sourceLabel(source: HintSource): string {
  switch (source) {
    case 'ai-coach-comment':
      return l10n.t('Coach note');
    case 'common-pitfall':
      return l10n.t('Common pitfall');
    case 'pro-tip':
      return l10n.t('Pro tip');
    case 'validation-checkpoint':
      return l10n.t('Validation checkpoint');
    case 'professional-tip':
      return l10n.t('Professional tip');
    case 'troubleshooting':
      return l10n.t('Troubleshooting');
    case 'help-resource':
      return l10n.t('Help resource');
  }
}

export function buildNotes(section: KataSection): NoteView[] {
  return (section.notes ?? []).map((note) => ({ label: noteLabel(note.kind), html: renderInline(note.text) }));
}

/**
 * Builds the hints of a section from the count revealed so far. `msOnSection`
 * is the time spent on the section, which a `minimal` kata waits for.
 */
export function buildHints(kata: Kata, sectionId: string, revealedCount: number, msOnSection: number): HintsView {
  const total = hintsForSection(kata, sectionId).length;
  const revealed = revealedHints(kata, sectionId, revealedCount);
  const strategy = hintStrategy(kata);
  const view: HintsView = {
    revealed: revealed.map((hint) => ({ html: renderInline(hint.text), level: hint.level, source: sourceLabel(hint.source) })),
    total,
    canRevealMore: revealed.length < total,
    strategy,
  };

  if (strategy === 'minimal' && revealed.length === 0 && total > 0 && msOnSection < MINIMAL_HINT_DELAY_MS) {
    view.waitMinutes = Math.max(1, Math.ceil((MINIMAL_HINT_DELAY_MS - msOnSection) / 60000));
  }
  return view;
}

export function buildQuestions(kata: Kata, coach: CoachData): QuestionView[] {
  const questions = kata.completion?.questions ?? [];
  const texts = new Set(questions.map((question) => question.text));
  return questions.map((question, index) => ({
    index,
    html: renderInline(question.text),
    answer: answerOf(question.text, coach, texts),
  }));
}

export function buildPrerequisites(kata: Kata, statusOf: (kataId: string) => KataStatus | undefined): PrerequisiteView[] {
  return kata.prerequisites.map((id) => {
    const status = statusOf(id);
    if (!status) {
      return { id, title: id, known: false, done: 0, total: 0, finished: false };
    }
    return { id, title: status.title, known: true, done: status.done, total: status.total, finished: status.total > 0 && status.done === status.total };
  });
}

/** Sums the hints revealed over the kata's sections, each count capped at the hints the section has. */
export function hintsUsed(kata: Kata, coach: CoachData): number {
  return kata.sections.reduce((sum, section) => sum + Math.min(coach.revealedHintCounts[section.id] ?? 0, hintsForSection(kata, section.id).length), 0);
}

/**
 * Returns the stored answer of a question. When the author has since edited
 * the question, the answer stored under the most similar old text is used
 * (at least half of the words shared), so an edit does not hide an answer.
 */
function answerOf(text: string, coach: CoachData, currentTexts: ReadonlySet<string>): string {
  const exact = coach.reflectionAnswers[text];
  if (exact !== undefined) {
    return exact;
  }

  const words = wordSet(text);
  let best: { answer: string; score: number } | undefined;
  for (const [question, answer] of Object.entries(coach.reflectionAnswers)) {
    if (currentTexts.has(question)) {
      continue;
    }
    const other = wordSet(question);
    const shared = [...words].filter((word) => other.has(word)).length;
    const score = shared / new Set([...words, ...other]).size;
    if (score >= 0.5 && (!best || score > best.score)) {
      best = { answer, score };
    }
  }
  return best?.answer ?? '';
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== ''));
}
