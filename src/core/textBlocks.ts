// Paragraphs and HTML comments from markdown-it's token stream, with 1-based
// lines. The kata model reads labels (`**Pro tip**:`), list items and
// `<!-- AI_COACH: ... -->` comments from these instead of from raw lines, so
// text inside code blocks never counts.

import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** GFM task marker at the start of an item's first paragraph: `[ ]`, `[x]` or `[X]`, then whitespace or the end. */
export const TASK_MARKER = /^\[([ xX])\](?:\s|$)/;

/** One paragraph of the file, as markdown-it parsed it. */
export interface TextBlock {
  /** Inline markdown source with `\n` between source lines. List and blockquote markers are removed, a task marker is kept. */
  content: string;
  /** 1-based line of the paragraph's first source line. */
  line: number;
  /** Number of lists that enclose the paragraph: 0 outside lists, 1 in a top-level list. */
  listNesting: number;
  /** Set when the paragraph is the first one of a list item, which makes it the item's text. */
  listItem?: {
    ordered: boolean;
    /** True for a task-list item (`- [ ] text`). */
    checkbox: boolean;
  };
}

/** An HTML comment outside code, from an `html_block` or an `html_inline` token. */
export interface HtmlComment {
  /** The text between `<!--` and `-->`, as written. */
  body: string;
  /** 1-based line of the `<!--`. */
  line: number;
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Collects every paragraph of a token stream in file order. */
export function collectTextBlocks(tokens: readonly Token[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const listKinds: boolean[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];

    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      listKinds.push(token.type === 'ordered_list_open');
      continue;
    }
    if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      listKinds.pop();
      continue;
    }

    const inline = tokens[index + 1];
    if (token.type !== 'paragraph_open' || inline?.type !== 'inline') {
      continue;
    }

    const block: TextBlock = { content: inline.content, line: startLine(token), listNesting: listKinds.length };
    if (tokens[index - 1]?.type === 'list_item_open') {
      block.listItem = {
        ordered: listKinds[listKinds.length - 1] ?? false,
        checkbox: TASK_MARKER.test(inline.content),
      };
    }
    blocks.push(block);
  }

  return blocks;
}

/** Collects every HTML comment outside code in file order. One `html_block` may contain several. */
export function collectHtmlComments(tokens: readonly Token[]): HtmlComment[] {
  const comments: HtmlComment[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];

    if (token.type === 'html_block') {
      comments.push(...findComments(token.content, startLine(token)));
    } else if (token.type === 'inline') {
      comments.push(...findInlineComments(token, startLine(token)));
    }
  }

  return comments;
}

function findComments(source: string, firstLine: number): HtmlComment[] {
  const comments: HtmlComment[] = [];
  let line = firstLine;
  let counted = 0;

  // Line breaks are counted from the previous match on, so many comments in one block stay linear.
  for (const match of source.matchAll(COMMENT)) {
    const start = match.index ?? 0;
    line += countLineBreaks(source.slice(counted, start));
    counted = start;
    comments.push({ body: match[1], line });
  }
  return comments;
}

/** Finds comments among an inline token's children. Each soft or hard break moves to the next source line. */
function findInlineComments(inline: Token, firstLine: number): HtmlComment[] {
  const comments: HtmlComment[] = [];
  let line = firstLine;

  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      line++;
    } else if (child.type === 'html_inline') {
      comments.push(...findComments(child.content, line));
      line += countLineBreaks(child.content);
    } else if (child.type === 'text' || child.type === 'code_inline') {
      line += countLineBreaks(child.content);
    }
  }
  return comments;
}

function countLineBreaks(text: string): number {
  return text.split('\n').length - 1;
}

function startLine(token: Token): number {
  return token.map ? token.map[0] + 1 : 0;
}
