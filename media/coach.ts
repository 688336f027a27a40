// The coach panel page. It renders what the extension host sends and posts
// the learner's clicks back, because the host owns every rule and all state.
// Markup is built with DOM calls. The only HTML taken as is comes from the
// host's markdown renderer, which has raw HTML disabled.

import type { CoachView, HostMessage, PageMessage, SectionView } from '../src/webview/protocol';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}

interface PageState {
  kataId: string;
  sectionId?: string;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let view: CoachView | undefined;
let selectedSectionId: string | undefined = vscode.getState()?.sectionId;
// The learner's choice survives re-renders; undefined means the default (open until a step is done).
let objectivesOpen: boolean | undefined;
let nextRequestId = 1;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function button(text: string, title: string, onClick: () => void, className = 'secondary'): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  node.title = title;
  node.addEventListener('click', onClick);
  return node;
}

function selectedSection(current: CoachView): SectionView | undefined {
  return current.sections.find((section) => section.id === selectedSectionId) ?? current.sections.find((section) => section.id === current.currentSectionId) ?? current.sections[0];
}

function selectSection(sectionId: string): void {
  selectedSectionId = sectionId;
  if (view) {
    vscode.setState({ kataId: view.kataId, sectionId });
    render(view);
  }
}

function renderHeader(current: CoachView): HTMLElement {
  const header = element('header');
  const title = element('h1', undefined, current.title);
  title.id = 'kata-title';
  header.append(title);

  const facts = [current.difficulty, current.estimatedMinutes !== undefined ? `${current.estimatedMinutes} min` : undefined, current.category];
  header.append(element('p', 'meta', facts.filter(Boolean).join(' · ')));

  const bar = element('div', 'progress');
  const progress = element('progress');
  progress.id = 'kata-progress';
  progress.max = Math.max(current.total, 1);
  progress.value = current.done;
  progress.setAttribute('aria-label', 'Kata progress');
  bar.append(progress, element('span', 'progress-text', `${current.done} of ${current.total} steps done (${current.percent}%)`));
  header.append(bar);
  return header;
}

function renderObjectives(current: CoachView): HTMLElement | undefined {
  if (current.objectives.length === 0) {
    return undefined;
  }
  const details = element('details', 'objectives');
  details.open = objectivesOpen ?? current.done === 0;
  details.addEventListener('toggle', () => {
    objectivesOpen = details.open;
  });
  details.append(element('summary', undefined, 'Learning objectives'));
  const list = element('ul');
  for (const objective of current.objectives) {
    list.append(element('li', undefined, objective));
  }
  details.append(list);
  return details;
}

function renderSectionTabs(current: CoachView, selected: SectionView | undefined): HTMLElement {
  const nav = element('nav', 'sections');
  nav.setAttribute('aria-label', 'Kata sections');
  for (const section of current.sections) {
    const finished = section.total > 0 && section.done === section.total;
    const tab = button(`${finished ? '✓ ' : ''}${section.label} (${section.done}/${section.total})`, `Show ${section.label}`, () => selectSection(section.id), 'tab');
    tab.dataset.sectionId = section.id;
    tab.id = `tab-${section.id}`;
    tab.setAttribute('aria-current', String(section.id === selected?.id));
    nav.append(tab);
  }
  return nav;
}

function renderSteps(section: SectionView): HTMLElement {
  const container = element('div', 'steps');
  let group: string | undefined;
  let list: HTMLUListElement | undefined;

  for (const step of section.steps) {
    if (!list || step.group !== group) {
      group = step.group;
      if (group) {
        container.append(element('h3', 'group', group));
      }
      list = element('ul', 'step-list');
      container.append(list);
    }

    const item = element('li', step.checked ? 'step done' : 'step');
    const checkbox = element('input');
    checkbox.type = 'checkbox';
    checkbox.id = `step-${step.id}`;
    checkbox.checked = step.checked;
    checkbox.dataset.stepId = step.id;
    checkbox.addEventListener('change', () => vscode.postMessage({ type: 'setStep', stepId: step.id, checked: checkbox.checked, requestId: nextRequestId++ }));

    const label = element('label');
    label.htmlFor = checkbox.id;
    label.innerHTML = step.html;

    const goTo = button('Go to', `Show this step at line ${step.line} of the kata file`, () => vscode.postMessage({ type: 'openStep', stepId: step.id }), 'link');
    item.append(checkbox, label, goTo);
    list.append(item);
  }
  return container;
}

function renderSection(current: CoachView, section: SectionView): HTMLElement {
  const container = element('section', 'current-section');
  container.id = 'current-section';
  container.dataset.sectionId = section.id;

  const heading = element('h2', undefined, section.label);
  if (section.estimate) {
    heading.append(element('span', 'estimate', section.estimate));
  }
  container.append(heading, element('p', 'section-progress', `${section.done} of ${section.total} steps done`));
  const ask = button('Ask the coach', 'Open Copilot Chat with a prompt about this task', () => vscode.postMessage({ type: 'askCoach', sectionId: section.id }), 'primary');
  ask.id = 'ask-coach';
  container.append(ask);

  if (section.steps.length === 0) {
    container.append(element('p', 'status', 'This section has no checkbox steps. Read it in the kata file.'));
  } else {
    container.append(renderSteps(section));
  }

  const index = current.sections.indexOf(section);
  const footer = element('div', 'section-nav');
  const previous = current.sections[index - 1];
  const next = current.sections[index + 1];
  if (previous) {
    footer.append(button(`← ${previous.label}`, 'Show the previous section', () => selectSection(previous.id)));
  }
  if (next) {
    const finished = section.total > 0 && section.done === section.total;
    footer.append(button(`${next.label} →`, 'Show the next section', () => selectSection(next.id), finished ? 'primary' : 'secondary'));
  }
  container.append(footer);
  return container;
}

function render(current: CoachView): void {
  // Every render replaces the DOM, so keyboard focus is put back on the same control.
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const section = selectedSection(current);
  const parts: (HTMLElement | undefined)[] = [
    renderHeader(current),
    renderObjectives(current),
    renderSectionTabs(current, section),
    section ? renderSection(current, section) : element('p', 'status', 'This kata has no sections with steps yet.'),
    button('Open kata file', 'Open the kata markdown in the editor', () => vscode.postMessage({ type: 'openFile' })),
  ];
  app.replaceChildren(...parts.filter((part): part is HTMLElement => part !== undefined));
  if (focusedId) {
    document.getElementById(focusedId)?.focus();
  }
}

// Every link comes from kata text: the host decides what it may open, so the
// page never follows one itself.
document.addEventListener('click', (event) => {
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (anchor) {
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (href) {
      vscode.postMessage({ type: 'openLink', href });
    }
  }
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message.type === 'render') {
    if (view?.kataId !== message.view.kataId && vscode.getState()?.kataId !== message.view.kataId) {
      selectedSectionId = undefined;
    }
    view = message.view;
    vscode.setState({ kataId: view.kataId, sectionId: selectedSectionId });
    render(view);
  } else if (message.type === 'result') {
    if (!message.ok) {
      app.prepend(element('p', 'status error', message.error ?? 'The change could not be saved.'));
    }
  } else if (message.type === 'missing') {
    view = undefined;
    app.replaceChildren(element('p', 'status', `The kata "${message.kataId}" is no longer in the workspace. Pick another with "Kata Coach: Start Kata".`));
  }
});

vscode.postMessage({ type: 'ready' });
