// Builds what the coach panel shows for a kata from the model, the learner's
// step states and their coach data. Kata text is markdown rendered with raw
// HTML off, so a kata file cannot inject markup into the panel.

import {
  buildHints,
  buildNotes,
  buildPrerequisites,
  buildQuestions,
  hintsUsed,
  KataStatus,
  renderInline,
  type HintsView,
  type NoteView,
  type PrerequisiteView,
  type QuestionView,
} from './coachViewParts';
import { completionPercent, currentSection, isStepDone, kataCompletion, sectionCompletion, StepStates } from './kataProgress';
import { describeDifficulty, Kata } from './model';
import { emptyCoachData, type CoachData } from './progress/coachData';
import { formatAgainstEstimate } from './timeOnTask';

export type { HintsView, HintView, NoteView, PrerequisiteView, QuestionView } from './coachViewParts';

/** Coach panel content of one step. */
export interface StepView {
  id: string;
  /** Step text rendered from markdown with raw HTML disabled. */
  html: string;
  checked: boolean;
  /** Numbered step the checkbox sits under, as plain text. */
  group?: string;
  line: number;
}

export interface SectionView {
  id: string;
  label: string;
  estimate?: string;
  done: number;
  total: number;
  steps: StepView[];
  notes: NoteView[];
  hints: HintsView;
  /** Time spent on the section against its estimate, for example `12 of 20-25 min`. */
  time: string;
  /** The Completion Check's questions; empty for other sections. */
  questions: QuestionView[];
  /** Code blocks such as commands to run, each shown before the step that follows it. */
  codeBlocks: CodeBlockView[];
}

export interface CodeBlockView {
  language: string;
  /** Plain text: the page shows it as text, never as markup. */
  text: string;
  /** The first step after the block; undefined for a block after the last step. */
  beforeStepId?: string;
}

/** Summary the panel shows once every step is done. */
export interface CompletionSummary {
  time: string;
  hintsUsed: number;
  answered: number;
  questions: number;
}

export interface CoachView {
  kataId: string;
  title: string;
  difficulty: string;
  category: string;
  estimatedMinutes?: number;
  objectives: string[];
  technologies: string[];
  prerequisites: PrerequisiteView[];
  done: number;
  total: number;
  percent: number;
  sections: SectionView[];
  /** Section shown when the page has no selection of its own: the first unfinished task. */
  currentSectionId?: string;
  /** Time spent on the kata against its estimate. */
  time: string;
  timerPaused: boolean;
  /** Set when every step is done. */
  completion?: CompletionSummary;
}

/** Everything besides the kata and its step states that the view shows. All fields are optional. */
export interface CoachViewContext {
  coach?: CoachData;
  /** Minutes spent, in all and by section id. */
  minutes?: { total: number; bySection: Record<string, number> };
  timerPaused?: boolean;
  /** Returns the progress of another kata, for prerequisites; undefined for a kata the workspace lacks. */
  statusOf?: (kataId: string) => KataStatus | undefined;
  /** Returns the milliseconds spent on a section, for hints that wait. */
  msOnSection?: (sectionId: string) => number;
}

export function buildCoachView(kata: Kata, states: StepStates, context: CoachViewContext = {}): CoachView {
  const completion = kataCompletion(kata, states);
  const coach = context.coach ?? emptyCoachData();
  const minutes = context.minutes ?? { total: 0, bySection: {} };
  const kataEstimate = kata.estimatedMinutes === undefined ? undefined : { min: kata.estimatedMinutes, max: kata.estimatedMinutes };
  const questions = buildQuestions(kata, coach);

  const view: CoachView = {
    kataId: kata.id,
    title: kata.title,
    difficulty: describeDifficulty(kata.difficulty),
    category: kata.category,
    estimatedMinutes: kata.estimatedMinutes,
    objectives: kata.learningObjectives,
    technologies: kata.technologies,
    prerequisites: buildPrerequisites(kata, context.statusOf ?? (() => undefined)),
    done: completion.done,
    total: completion.total,
    percent: completionPercent(completion),
    currentSectionId: currentSection(kata, states)?.id,
    time: formatAgainstEstimate(minutes.total, kataEstimate),
    timerPaused: context.timerPaused ?? false,
    sections: kata.sections.map((section) => {
      const sectionDone = sectionCompletion(section, states);
      return {
        id: section.id,
        label: section.label,
        estimate: section.estimate,
        done: sectionDone.done,
        total: sectionDone.total,
        steps: section.steps.map((step) => ({
          id: step.id,
          html: renderInline(step.text),
          checked: isStepDone(step, states),
          group: step.group,
          line: step.line,
        })),
        notes: buildNotes(section),
        hints: buildHints(kata, section.id, coach.revealedHintCounts[section.id] ?? 0, context.msOnSection?.(section.id) ?? 0),
        time: formatAgainstEstimate(minutes.bySection[section.id] ?? 0, section.minutes),
        questions: section.kind === 'completion' ? questions : [],
        codeBlocks: (section.codeBlocks ?? []).map((block) => ({
          language: block.language,
          text: block.text,
          beforeStepId: section.steps.find((step) => step.line > block.line)?.id,
        })),
      };
    }),
  };

  if (completion.total > 0 && completion.done === completion.total) {
    view.completion = {
      time: view.time,
      hintsUsed: hintsUsed(kata, coach),
      answered: questions.filter((question) => question.answer.trim() !== '').length,
      questions: questions.length,
    };
  }
  return view;
}
