// The coach panel page. It renders what the extension host sends and posts
// the learner's actions back, because the host owns every rule and all state.
// Markup is built with DOM calls. The only HTML taken as is comes from the
// host's markdown renderer, which has raw HTML disabled.

import { createPageText, parsePageTextData, type PageText, type PageTextData } from '../src/webview/pageStrings';
import type { CoachView, HostMessage, PageMessage, QuestionView, SectionView } from '../src/webview/protocol';
import { button, element, progressBar } from './dom';
import { renderSection, type SectionActions } from './sectionView';
import { completionLines, kataFacts, kataProgressText, prerequisiteStatus, sectionTabText, timeOnTaskText } from './texts';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}

interface PageState {
  kataId: string;
  sectionId?: string;
  objectivesOpen?: boolean;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;
let view: CoachView | undefined;
let selectedSectionId: string | undefined = vscode.getState()?.sectionId;
let reportedSectionId: string | undefined;
// The learner's choice survives re-renders; undefined means the default (open until a step is done).
let objectivesOpen: boolean | undefined = vscode.getState()?.objectivesOpen;
let nextRequestId = 1;
let lastViewJson = '';
let message: { text: string; error: boolean } | undefined;
/** Hints shown per section at the last render, to announce new ones. */
const shownHints = new Map<string, number>();
/** Answers typed but not yet saved, by question index. */
const drafts = new Map<number, string>();

function post(value: PageMessage): void {
  vscode.postMessage(value);
}

function announce(text: string): void {
  // Clearing first makes screen readers read the same text again.
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = text), 50);
}

function selectedSection(current: CoachView): SectionView | undefined {
  return current.sections.find((section) => section.id === selectedSectionId) ?? current.sections.find((section) => section.id === current.currentSectionId) ?? current.sections[0];
}

/** Shows a section. `focus` moves keyboard focus to its heading, for a learner who picked it here. */
function selectSection(sectionId: string, text: PageText, focus = true): void {
  selectedSectionId = sectionId;
  message = undefined;
  if (view) {
    vscode.setState({ kataId: view.kataId, sectionId, objectivesOpen });
    render(view, text);
    if (focus) {
      document.getElementById('section-heading')?.focus();
    }
  }
}

const sectionActions: SectionActions = {
  setStep: (stepId, checked) => post({ type: 'setStep', stepId, checked, requestId: nextRequestId++ }),
  openStep: (stepId) => post({ type: 'openStep', stepId }),
  askCoach: (sectionId) => post({ type: 'askCoach', sectionId }),
  revealHint: (sectionId) => post({ type: 'revealHint', sectionId, requestId: nextRequestId++ }),
  answerText: (question: QuestionView) => drafts.get(question.index) ?? question.answer,
  // Every edit goes to the host at once; the host saves after a pause in
  // typing, so an answer typed just before the panel closes is still saved.
  editAnswer(index, text) {
    drafts.set(index, text);
    post({ type: 'saveAnswer', index, answer: text });
  },
  commitAnswer(index) {
    const text = drafts.get(index);
    if (text !== undefined) {
      post({ type: 'saveAnswer', index, answer: text, commit: true });
    }
  },
};

function renderPrerequisites(current: CoachView, text: PageText): HTMLElement | undefined {
  if (current.prerequisites.length === 0) {
    return undefined;
  }
  const container = element('div', 'prerequisites');
  container.id = 'prerequisites';
  container.append(element('h2', 'small-heading', text.t('prerequisitesHeading')));
  const list = element('ul');
  for (const prerequisite of current.prerequisites) {
    const item = element('li', prerequisite.finished ? 'done' : undefined);
    // The spaces between the parts are layout, kept out of the translated texts.
    item.append(element('span', undefined, text.t(prerequisite.finished ? 'prerequisiteTitleDone' : 'prerequisiteTitle', prerequisite.title)), ' ');
    item.append(element('span', 'status', prerequisiteStatus(prerequisite, text)));
    if (prerequisite.known && !prerequisite.finished) {
      const start = () => post({ type: 'startKata', kataId: prerequisite.id });
      item.append(' ', button(text.t('startPrerequisite'), text.t('startPrerequisiteTitle', prerequisite.title), start, 'link visible'));
    }
    list.append(item);
  }
  container.append(list);
  return container;
}

function renderHeader(current: CoachView, text: PageText): HTMLElement {
  const header = element('header');
  const title = element('h1', undefined, current.title);
  title.id = 'kata-title';
  header.append(title);

  header.append(element('p', 'meta', kataFacts(current, text)));
  if (current.technologies.length > 0) {
    header.append(element('p', 'meta', text.t('technologies', text.list(current.technologies))));
  }
  header.append(progressBar('kata-progress', text.t('kataProgressLabel'), current.done, current.total, kataProgressText(current, text)));

  const time = element('p', 'time');
  const timeText = element('span', 'status', timeOnTaskText(current, text));
  timeText.id = 'time-on-task';
  const pause = button(text.t(current.timerPaused ? 'resumeTimer' : 'pauseTimer'), text.t('pauseTimerTitle'), () => post({ type: 'toggleTimer' }), 'link visible');
  pause.id = 'pause-timer';
  pause.setAttribute('aria-pressed', String(current.timerPaused));
  time.append(timeText, pause);
  header.append(time);
  return header;
}

function renderCompletion(current: CoachView, text: PageText): HTMLElement | undefined {
  const summary = current.completion;
  if (!summary) {
    return undefined;
  }
  const container = element('section', 'completion-summary');
  container.id = 'completion-summary';
  container.append(element('h2', undefined, text.t('kataComplete')));
  const list = element('ul');
  list.append(...completionLines(summary, text).map((line) => element('li', undefined, line)));
  container.append(list);
  return container;
}

function renderObjectives(current: CoachView, text: PageText): HTMLElement | undefined {
  if (current.objectives.length === 0) {
    return undefined;
  }
  const details = element('details', 'objectives');
  details.open = objectivesOpen ?? current.done === 0;
  details.addEventListener('toggle', () => {
    objectivesOpen = details.open;
    vscode.setState({ kataId: current.kataId, sectionId: selectedSectionId, objectivesOpen });
  });
  details.append(element('summary', undefined, text.t('learningObjectives')));
  const list = element('ul');
  for (const objective of current.objectives) {
    list.append(element('li', undefined, objective));
  }
  details.append(list);
  return details;
}

function renderSectionTabs(current: CoachView, selected: SectionView | undefined, text: PageText): HTMLElement {
  const nav = element('nav', 'sections');
  nav.setAttribute('aria-label', text.t('sectionsLabel'));
  for (const section of current.sections) {
    const tab = button(sectionTabText(section, text), text.t('showSectionTitle', section.label), () => selectSection(section.id, text), 'tab');
    tab.dataset.sectionId = section.id;
    tab.id = `tab-${section.id}`;
    tab.setAttribute('aria-current', String(section.id === selected?.id));
    nav.append(tab);
  }
  return nav;
}

function renderSectionNav(current: CoachView, section: SectionView, text: PageText): HTMLElement {
  const index = current.sections.indexOf(section);
  const footer = element('div', 'section-nav');
  const previous = current.sections[index - 1];
  const next = current.sections[index + 1];
  if (previous) {
    footer.append(button(text.t('previousSection', previous.label), text.t('previousSectionTitle'), () => selectSection(previous.id, text)));
  }
  if (next) {
    const finished = section.total > 0 && section.done === section.total;
    footer.append(button(text.t('nextSection', next.label), text.t('nextSectionTitle'), () => selectSection(next.id, text), finished ? 'primary' : 'secondary'));
  }
  return footer;
}

function render(current: CoachView, text: PageText): void {
  // Every render replaces the DOM, so keyboard focus and the caret go back where they were.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const focusedId = focused?.id ?? '';
  const caret = focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : undefined;

  const section = selectedSection(current);
  const status = message ? element('p', message.error ? 'status error' : 'status', message.text) : undefined;
  if (status) {
    status.id = 'panel-message';
    status.setAttribute('role', message?.error ? 'alert' : 'status');
  }
  const parts: (HTMLElement | undefined)[] = [
    renderHeader(current, text),
    renderCompletion(current, text),
    renderPrerequisites(current, text),
    renderObjectives(current, text),
    renderSectionTabs(current, section, text),
    status,
    section ? renderSection(section, sectionActions, text) : element('p', 'status', text.t('noSections')),
    section ? renderSectionNav(current, section, text) : undefined,
    button(text.t('openKataFile'), text.t('openKataFileTitle'), () => post({ type: 'openFile' })),
  ];
  app.replaceChildren(...parts.filter((part): part is HTMLElement => part !== undefined));

  const again = focusedId ? document.getElementById(focusedId) : null;
  again?.focus();
  if (caret && again instanceof HTMLTextAreaElement) {
    again.setSelectionRange(caret[0], caret[1]);
  }
  afterRender(current, section, text);
}

/** Tells the host which section is shown, and announces newly revealed hints. */
function afterRender(current: CoachView, section: SectionView | undefined, text: PageText): void {
  if (!section) {
    return;
  }
  if (section.id !== reportedSectionId) {
    reportedSectionId = section.id;
    post({ type: 'selectSection', sectionId: section.id });
  }

  const key = `${current.kataId}/${section.id}`;
  const shown = section.hints.revealed.length;
  const before = shownHints.get(key);
  shownHints.set(key, shown);
  if (before !== undefined && shown > before) {
    const hint = section.hints.revealed[shown - 1];
    announce(text.t('hintAnnouncement', shown, section.hints.total, hint ? stripTags(hint.html) : ''));
  }
}

function stripTags(html: string): string {
  const holder = document.createElement('template');
  holder.innerHTML = html;
  return holder.content.textContent ?? '';
}

// Every link comes from kata text: the host decides what it may open, so the
// page never follows one itself. The webview frame of VS Code 1.139 also
// listens for clicks on this window and opens http, https, mailto and vscode
// links even when the default was prevented, so the click stops here.
document.addEventListener('click', (event) => {
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (anchor) {
    event.preventDefault();
    event.stopPropagation();
    const href = anchor.getAttribute('href');
    if (href) {
      post({ type: 'openLink', href });
    }
  }
});

function onHostMessage(data: HostMessage, text: PageText): void {
  if (data.type === 'render') {
    if (view?.kataId !== data.view.kataId && vscode.getState()?.kataId !== data.view.kataId) {
      selectedSectionId = undefined;
      drafts.clear();
    }
    // A saved answer that matches the draft ends the draft.
    for (const question of data.view.sections.flatMap((section) => section.questions)) {
      if (drafts.get(question.index) === question.answer) {
        drafts.delete(question.index);
      }
    }
    // The host posts on every change of progress or time, often with the same
    // content. Skipping those renders keeps the DOM, so no click lands on a replaced button.
    const json = JSON.stringify(data.view);
    if (json === lastViewJson) {
      return;
    }
    lastViewJson = json;
    view = data.view;
    vscode.setState({ kataId: view.kataId, sectionId: selectedSectionId, objectivesOpen });
    render(view, text);
  } else if (data.type === 'showSection') {
    if (view?.sections.some((section) => section.id === data.sectionId)) {
      selectSection(data.sectionId, text, false);
    } else {
      selectedSectionId = data.sectionId;
    }
  } else if (data.type === 'result') {
    if (!data.ok) {
      message = { text: data.error ?? text.t('saveFailed'), error: true };
      announce(message.text);
      if (view) {
        render(view, text);
      }
    }
  } else if (data.type === 'missing') {
    view = undefined;
    lastViewJson = '';
    app.replaceChildren(element('p', 'status', text.t('kataMissing', data.kataId)));
  }
}

/** Returns the texts from the page's HTML, or undefined when they are missing or invalid. */
function readPageText(): PageText | undefined {
  let data: PageTextData | undefined;
  try {
    data = parsePageTextData(JSON.parse(document.body.dataset.pageText ?? 'null'));
  } catch {
    data = undefined;
  }
  if (!data) {
    console.error('The data-page-text attribute of the coach panel is missing or invalid');
    return undefined;
  }
  return createPageText(data);
}

const pageText = readPageText();
if (pageText) {
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => onHostMessage(event.data, pageText));
  post({ type: 'ready', sectionId: selectedSectionId });
} else {
  // Without texts the page cannot show a kata, so it never reports ready and the host sends nothing.
  app.replaceChildren(element('p', 'status error', document.body.dataset.startFailed ?? ''));
}
