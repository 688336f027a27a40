// Builds what the coach panel shows for a kata from the model and the
// learner's step states. Step text is markdown rendered with raw HTML off,
// so a kata file cannot inject markup into the panel.

import MarkdownIt from 'markdown-it';
import { completionPercent, currentSection, isStepDone, kataCompletion, sectionCompletion, StepStates } from './kataProgress';
import { describeDifficulty, Kata } from './model';

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
}

export interface CoachView {
  kataId: string;
  title: string;
  difficulty: string;
  category: string;
  estimatedMinutes?: number;
  objectives: string[];
  done: number;
  total: number;
  percent: number;
  sections: SectionView[];
  /** Section shown when the page has no selection of its own: the first unfinished task. */
  currentSectionId?: string;
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function buildCoachView(kata: Kata, states: StepStates): CoachView {
  const completion = kataCompletion(kata, states);

  return {
    kataId: kata.id,
    title: kata.title,
    difficulty: describeDifficulty(kata.difficulty),
    category: kata.category,
    estimatedMinutes: kata.estimatedMinutes,
    objectives: kata.learningObjectives,
    done: completion.done,
    total: completion.total,
    percent: completionPercent(completion),
    currentSectionId: currentSection(kata, states)?.id,
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
          html: markdown.renderInline(step.text),
          checked: isStepDone(step, states),
          group: step.group,
          line: step.line,
        })),
      };
    }),
  };
}
