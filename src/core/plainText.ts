// Turns inline markdown (a step's text) into plain text for places that do
// not render markdown: tree labels, quick picks, accessibility labels.

import type MarkdownIt from 'markdown-it';
import { markdownItClass } from './libraries';

let markdown: MarkdownIt | undefined;

/** Returns the visible text: emphasis, code marks and link targets removed. */
export function toPlainText(inlineMarkdown: string): string {
  markdown ??= new (markdownItClass())({ html: false, linkify: false });
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
