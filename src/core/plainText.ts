// Turns inline markdown (a step's text) into plain text for places that do
// not render markdown: tree labels, quick picks, accessibility labels.

import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false });

/** Returns the visible text: emphasis, code marks and link targets removed. */
export function toPlainText(inlineMarkdown: string): string {
  const tokens = markdown.parseInline(inlineMarkdown, {});
  const parts: string[] = [];

  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') {
        parts.push(child.content);
      } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
        parts.push(' ');
      }
    }
  }

  return parts.join('').replace(/\s+/g, ' ').trim();
}
