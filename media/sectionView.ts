// Renders the section the learner works on: its steps, notes, hints and, in
// the Completion Check, the reflection questions.

import type { PageText } from '../src/webview/pageStrings';
import type { CodeBlockView, QuestionView, SectionView } from '../src/webview/protocol';
import { MAX_ANSWER_LENGTH } from '../src/core/progress/coachData';
import { button, element, progressBar, setRenderedHtml } from './dom';
import { hintCountText, hintWaitText, revealHintLabel, sectionProgressText } from './texts';

/** Callbacks the section view calls on the page. */
export interface SectionActions {
  setStep(stepId: string, checked: boolean): void;
  openStep(stepId: string): void;
  askCoach(sectionId: string): void;
  revealHint(sectionId: string): void;
  /** Returns the text to show for a question: the unsaved draft, else the saved answer. */
  answerText(question: QuestionView): string;
  editAnswer(index: number, text: string): void;
  commitAnswer(index: number): void;
}

function renderSteps(section: SectionView, actions: SectionActions, text: PageText): HTMLElement {
  const container = element('div', 'steps');
  let group: string | undefined;
  let list: HTMLUListElement | undefined;

  for (const step of section.steps) {
    if (!list || step.group !== group) {
      group = step.group;
      if (group) {
        container.append(element('h3', 'group', group));
      }
      list = undefined;
    }

    // A code block sits between the numbered step's title and its checkboxes, as in the file.
    const blocks = section.codeBlocks.filter((block) => block.beforeStepId === step.id);
    if (blocks.length > 0) {
      container.append(...blocks.map((block) => renderCodeBlock(block, text)));
      list = undefined;
    }
    if (!list) {
      list = element('ul', 'step-list');
      container.append(list);
    }

    const item = element('li', step.checked ? 'step done' : 'step');
    const checkbox = element('input');
    checkbox.type = 'checkbox';
    checkbox.id = `step-${step.id}`;
    checkbox.checked = step.checked;
    checkbox.dataset.stepId = step.id;
    checkbox.addEventListener('change', () => actions.setStep(step.id, checkbox.checked));

    const label = setRenderedHtml(element('label'), step.html) as HTMLLabelElement;
    label.htmlFor = checkbox.id;

    const goTo = button(text.t('goToStep'), text.t('goToStepTitle', step.line), () => actions.openStep(step.id), 'link');
    goTo.id = `go-to-${step.id}`;
    goTo.setAttribute('aria-label', text.t('goToStepLabel', step.line));
    item.append(checkbox, label, goTo);
    list.append(item);
  }
  const trailing = section.codeBlocks.filter((block) => block.beforeStepId === undefined);
  container.append(...trailing.map((block) => renderCodeBlock(block, text)));
  return container;
}

function renderCodeBlock(block: CodeBlockView, text: PageText): HTMLElement {
  const pre = element('pre', 'code-block');
  const code = element('code', undefined, block.text);
  if (block.language) {
    pre.setAttribute('aria-label', text.t('codeBlockLabel', block.language));
    pre.dataset.language = block.language;
  }
  // Scrollable regions must be reachable by keyboard.
  pre.tabIndex = 0;
  pre.append(code);
  return pre;
}

function renderNotes(section: SectionView, text: PageText): HTMLElement | undefined {
  if (section.notes.length === 0) {
    return undefined;
  }
  const list = element('ul', 'notes');
  list.id = 'notes';
  list.setAttribute('aria-label', text.t('notesLabel'));
  for (const note of section.notes) {
    const item = element('li', 'note');
    item.append(element('strong', undefined, text.t('noteLabel', note.label)), ' ', setRenderedHtml(element('span'), note.html));
    list.append(item);
  }
  return list;
}

function renderHints(section: SectionView, actions: SectionActions, text: PageText): HTMLElement {
  const hints = section.hints;
  const container = element('section', 'hints');
  container.id = 'hints';
  container.setAttribute('aria-labelledby', 'hints-heading');
  const heading = element('h3', undefined, text.t('hintsHeading'));
  heading.id = 'hints-heading';
  const count = element('p', 'status', hintCountText(hints, text));
  count.id = 'hint-count';
  container.append(heading, count);

  if (hints.revealed.length > 0) {
    const list = element('ol', 'hint-list');
    list.id = 'hint-list';
    for (const hint of hints.revealed) {
      const item = element('li', `hint level-${hint.level}`);
      item.append(element('span', 'hint-source', text.t('hintSource', hint.source, hint.level)), ' ', setRenderedHtml(element('span'), hint.html));
      list.append(item);
    }
    container.append(list);
  }

  if (hints.total > 0 && hints.canRevealMore) {
    const reveal = button(revealHintLabel(hints, text), text.t('revealHintTitle'), () => actions.revealHint(section.id), 'secondary');
    reveal.id = 'reveal-hint';
    reveal.disabled = hints.waitMinutes !== undefined;
    container.append(reveal);
    if (hints.waitMinutes !== undefined) {
      const wait = element('p', 'status', hintWaitText(hints.waitMinutes, text));
      wait.id = 'hint-wait';
      container.append(wait);
    }
  }
  return container;
}

function renderQuestions(section: SectionView, actions: SectionActions, text: PageText): HTMLElement | undefined {
  if (section.questions.length === 0) {
    return undefined;
  }
  const container = element('section', 'questions');
  container.id = 'questions';
  container.setAttribute('aria-labelledby', 'questions-heading');
  const heading = element('h3', undefined, text.t('questionsHeading'));
  heading.id = 'questions-heading';
  container.append(heading, element('p', 'status', text.t('answersSaved')));

  for (const question of section.questions) {
    const label = setRenderedHtml(element('label', 'question'), question.html) as HTMLLabelElement;
    const area = element('textarea');
    area.id = `answer-${question.index}`;
    label.htmlFor = area.id;
    area.rows = 3;
    // Longer answers would be cut when saved, so the text area stops there instead.
    area.maxLength = MAX_ANSWER_LENGTH;
    area.value = actions.answerText(question);
    area.addEventListener('input', () => actions.editAnswer(question.index, area.value));
    area.addEventListener('blur', () => actions.commitAnswer(question.index));
    container.append(label, area);
  }
  return container;
}

export function renderSection(section: SectionView, actions: SectionActions, text: PageText): HTMLElement {
  const container = element('section', 'current-section');
  container.id = 'current-section';
  container.dataset.sectionId = section.id;
  container.setAttribute('aria-labelledby', 'section-heading');

  const heading = element('h2', undefined, section.label);
  heading.id = 'section-heading';
  heading.tabIndex = -1;
  if (section.estimate) {
    heading.append(element('span', 'estimate', section.estimate));
  }
  const time = element('p', 'status', text.t('sectionTime', section.time));
  time.id = 'section-time';
  const progress = progressBar('section-progress', text.t('sectionProgressLabel', section.label), section.done, section.total, sectionProgressText(section, text));
  container.append(heading, progress, time);

  const ask = button(text.t('askCoach'), text.t('askCoachTitle'), () => actions.askCoach(section.id), 'primary');
  ask.id = 'ask-coach';
  container.append(ask);

  if (section.steps.length === 0) {
    container.append(element('p', 'status', text.t('noCheckboxSteps')));
  } else {
    container.append(renderSteps(section, actions, text));
  }
  for (const part of [renderNotes(section, text), renderQuestions(section, actions, text), renderHints(section, actions, text)]) {
    if (part) {
      container.append(part);
    }
  }
  return container;
}
