// Finds task-list checkboxes, headings and numbered steps with markdown-it.
//
// markdown-it's token stream is the only authority on what is a task-list item,
// so code blocks (fenced or indented), HTML comments and table cells never yield
// checkboxes, and items inside blockquotes and ordered lists do.

import type MarkdownIt from 'markdown-it';
import { markdownItClass } from './libraries';
import type { Checkbox } from './model';
import { findFrontMatterBlock, splitLines, stripByteOrderMark } from './frontMatter';
import { collectHtmlComments, collectTextBlocks, TASK_MARKER, type HtmlComment, type TextBlock } from './textBlocks';

type Token = MarkdownIt.Token;

export interface Heading {
  level: number;
  /** Inline source of the heading, for example `Task 1: Deploy (10 minutes)`. */
  text: string;
  line: number;
}

/** An ordered-list item that is not a checkbox: a numbered step title such as `1. **Deploy** the app`. */
export interface NumberedStep {
  /** The item's first paragraph as plain text, emphasis and code marks removed. */
  text: string;
  line: number;
  /** Last 1-based line of the item, nested lists included. */
  endLine: number;
  depth: number;
}

/** A fenced or indented code block. */
export interface CodeBlock {
  /** 1-based line of the opening fence, or of the first indented line. */
  line: number;
  /** Last 1-based line, the closing fence included. */
  endLine: number;
  /** The fence's info string, such as `bash`; empty when there is none. */
  language: string;
  /** The code without the fences, with its final line break. */
  text: string;
}

export interface MarkdownScan {
  checkboxes: Checkbox[];
  /** Headings outside lists and blockquotes, in file order. */
  headings: Heading[];
  numberedSteps: NumberedStep[];
  /** Every paragraph, list items' first paragraphs included, in file order. */
  blocks: TextBlock[];
  /** HTML comments outside code, in file order. */
  comments: HtmlComment[];
  /** 1-based lines of thematic breaks (`---`, `***`) outside lists and blockquotes. */
  thematicBreaks: number[];
  /** Fenced and indented code blocks, in file order. */
  codeBlocks: CodeBlock[];
  /** 1-based number of the file's last line. A final line break does not start another line. */
  lastLine: number;
}

// `html: true` makes HTML comments html_block tokens, which hide the lines they contain.
let markdownIt: MarkdownIt | undefined;

/**
 * Scans a whole markdown file. Line numbers are 1-based in the file as saved:
 * the front matter is blanked out line for line before markdown-it parses it,
 * and a byte order mark adds no line.
 */
export function scanMarkdown(text: string): MarkdownScan {
  const lines = splitLines(stripByteOrderMark(text));
  markdownIt ??= new (markdownItClass())({ html: true });
  const tokens = markdownIt.parse(blankFrontMatter(lines).join('\n'), {});
  const scan = collectFromTokens(tokens, lines);

  scan.blocks = collectTextBlocks(tokens);
  scan.comments = collectHtmlComments(tokens);
  scan.lastLine = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  return scan;
}

/** Returns only the checkboxes of `text`, in file order. */
export function findCheckboxes(text: string): Checkbox[] {
  return scanMarkdown(text).checkboxes;
}

function blankFrontMatter(lines: string[]): string[] {
  const block = findFrontMatterBlock(lines);
  if (block === undefined || block === 'unclosed') {
    return lines;
  }

  const blanked = lines.slice();
  blanked.fill('', 0, block.closingLine);
  return blanked;
}

function collectFromTokens(tokens: Token[], lines: string[]): MarkdownScan {
  const scan: MarkdownScan = {
    checkboxes: [],
    headings: [],
    numberedSteps: [],
    blocks: [],
    comments: [],
    thematicBreaks: [],
    codeBlocks: [],
    lastLine: 1,
  };
  const listKinds: ('ordered' | 'bullet')[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];

    switch (token.type) {
      case 'bullet_list_open':
        listKinds.push('bullet');
        break;
      case 'ordered_list_open':
        listKinds.push('ordered');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listKinds.pop();
        break;
      case 'heading_open':
        if (token.level === 0) {
          scan.headings.push({
            level: Number(token.tag.slice(1)),
            text: tokens[index + 1]?.content ?? '',
            line: startLine(token),
          });
        }
        break;
      case 'list_item_open':
        collectListItem(tokens, index, listKinds, lines, scan);
        break;
      case 'hr':
        if (token.level === 0) {
          scan.thematicBreaks.push(startLine(token));
        }
        break;
      case 'fence':
      case 'code_block':
        scan.codeBlocks.push({
          line: startLine(token),
          endLine: token.map ? token.map[1] : startLine(token),
          language: token.info.trim().split(/\s+/)[0] ?? '',
          text: token.content,
        });
        break;
    }
  }

  return scan;
}

function collectListItem(
  tokens: Token[],
  index: number,
  listKinds: readonly ('ordered' | 'bullet')[],
  lines: string[],
  scan: MarkdownScan,
): void {
  const item = tokens[index];
  const paragraph = tokens[index + 1];
  const inline = tokens[index + 2];
  if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') {
    return;
  }

  const depth = listKinds.length - 1;
  const marker = TASK_MARKER.exec(inline.content);

  if (marker) {
    // The paragraph's line contains the `[ ]`. It is the item's line unless the
    // item's marker is alone on the line above.
    const line = startLine(paragraph);
    scan.checkboxes.push({
      line,
      checked: marker[1] !== ' ',
      text: textAfterMarker(lines[line - 1] ?? ''),
      content: foldLines(inline.content.slice(marker[0].length)),
      depth,
    });
    return;
  }

  if (listKinds[listKinds.length - 1] === 'ordered') {
    scan.numberedSteps.push({
      text: plainText(inline),
      line: startLine(item),
      endLine: item.map ? item.map[1] : startLine(item),
      depth,
    });
  }
}

function startLine(token: Token): number {
  return token.map ? token.map[0] + 1 : 0;
}

/**
 * Returns what follows the `] ` of the task marker on a raw source line. The
 * first `[` of the line is the marker: only blockquote `>`, list bullets, list
 * numbers and whitespace can stand before it.
 */
function textAfterMarker(sourceLine: string): string {
  const start = sourceLine.indexOf('[');
  if (start < 0) {
    return '';
  }
  return sourceLine.slice(start + 3).trim();
}

function foldLines(content: string): string {
  return content.replace(/\s*\n\s*/g, ' ').trim();
}

/** Renders an inline token as plain text: emphasis and code marks go, link text stays. */
function plainText(inline: Token): string {
  const parts: string[] = [];

  for (const child of inline.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') {
      parts.push(child.content);
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
      parts.push(' ');
    } else if (child.type === 'image') {
      parts.push(child.content);
    }
  }

  return parts.join('').replace(/\s+/g, ' ').trim();
}
