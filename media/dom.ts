// Small DOM builders for the coach panel page. Text goes in through
// textContent, so kata text never becomes markup here.

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export function button(text: string, title: string, onClick: () => void, className = 'secondary'): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  node.title = title;
  node.addEventListener('click', onClick);
  return node;
}

/** Returns a labelled progress bar with its text beside it. */
export function progressBar(id: string, label: string, done: number, total: number, text: string): HTMLElement {
  const bar = element('div', 'progress');
  const progress = element('progress');
  progress.id = id;
  progress.max = Math.max(total, 1);
  progress.value = done;
  progress.setAttribute('aria-label', label);
  bar.append(progress, element('span', 'progress-text', text));
  return bar;
}

/** Sets HTML that the extension host rendered with markdown-it, raw HTML disabled. */
export function setRenderedHtml(node: HTMLElement, html: string): HTMLElement {
  node.innerHTML = html;
  return node;
}
