// fast-check arbitraries that build kata-shaped markdown from the fragments
// real katas use. They mix in the constructs that confuse checkbox parsers:
// backtick and tilde fences (some unclosed), HTML comments, tables with `[ ]`
// cells, blockquotes, tab indents, CRLF and lone CR, a BOM and random Unicode.

import fc from 'fast-check';

/** Text for step titles and headings: kata-like words, code spans, links, or random Unicode without line breaks. */
export const inlineText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Run the deployment',
    'Run the deployment again',
    '**Expected result**: deployment succeeds',
    'Open `settings.json` and set `"editor.tabSize": 2`',
    'Read [the guide](./guide.md) first',
    'Check [x] and [ ] in the text',
    '1. **Verify** the build output',
    'ünïcödé 日本語 🚀 text',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 24 }).map(withoutLineBreaks),
  fc.string({ unit: 'binary', maxLength: 12 }).map(withoutLineBreaks),
);

function withoutLineBreaks(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

const indent: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '', '  ', '   ', '    ', '\t', '\t\t', ' \t'),
  fc.stringMatching(/^[ \t]{0,6}$/),
);

const bullet: fc.Arbitrary<string> = fc.constantFrom('-', '*', '+', '1.', '2.', '3)', '10.');
const mark: fc.Arbitrary<string> = fc.constantFrom('[ ]', '[x]', '[X]', '[]', '[ x]', '[y]');

/** A list item line that may or may not be a task-list item, at a random indent. */
const listItemLine: fc.Arbitrary<string> = fc
  .tuple(indent, bullet, fc.constantFrom(' ', ' ', '\t', '  '), mark, fc.constantFrom(' ', ' ', '\t', ''), inlineText)
  .map(([lead, marker, gap, box, space, text]) => `${lead}${marker}${gap}${box}${space}${text}`);

const validFrontMatter: fc.Arbitrary<readonly string[]> = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), fc.integer({ min: 0, max: 7 }))
  .map(([id, difficulty]) => [
    '---',
    `kata_id: ${id}`,
    'kata_category:',
    '  - demo',
    `kata_difficulty: ${difficulty}`,
    'estimated_time_minutes: 20',
    'prerequisite_katas: []',
    '---',
  ]);

// Valid front matter is weighted up so that about 40% of documents are katas with sections and step ids.
const frontMatter: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 8, arbitrary: validFrontMatter },
  fc.constant(['---', 'kata_id: [category]-[100]-[short-name]', 'kata_difficulty: 1', '---']),
  fc.constant(['---', 'kata_id: demo-100', 'title: Kata: unclosed front matter']),
  fc.constant(['---', '- a list', '- not a mapping', '---']),
  fc.constant(['---', '---']),
  fc.constant(['---js', 'module.exports = { kata_id: "code" }', '---']),
  fc.constant(['---', 'kata_id:', '\tbad: tab indent', '---']),
  fc.array(inlineText, { maxLength: 3 }).map((lines) => ['---', 'kata_id: demo-200', ...lines, '---']),
);

const heading: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '# Kata: Demo',
    '## Quick Context',
    '## Essential Setup',
    '## Practice Tasks',
    '## Completion Check',
    '## Reference Appendix',
    '## Cleanup Resources',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 12 }), inlineText, fc.constantFrom('(20-25 minutes)', '(10 minutes)', ''))
    .map(([number, title, estimate]) => `### Task ${number}: ${title} ${estimate}`),
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), inlineText).map(([hashes, text]) => `${hashes} ${text}`),
);

const numberedStep: fc.Arbitrary<string> = fc
  .tuple(indent, fc.integer({ min: 1, max: 12 }), inlineText)
  .map(([lead, number, text]) => `${lead}${number}. **Step** ${text}`);

const fence: fc.Arbitrary<string[]> = fc
  .tuple(
    indent,
    fc.constantFrom('```', '````', '~~~', '~~~~'),
    fc.constantFrom('', 'markdown', 'bash', 'text'),
    fc.array(fc.oneof(listItemLine, inlineText), { maxLength: 4 }),
    fc.constantFrom('closed', 'closed', 'unclosed', 'closed with trailing text', 'closed by the other kind'),
  )
  .map(([lead, marker, info, content, closing]) => {
    const lines = [`${lead}${marker}${info}`, ...content.map((line) => `${lead}${line}`)];
    if (closing === 'closed') {
      lines.push(`${lead}${marker}`);
    } else if (closing === 'closed with trailing text') {
      lines.push(`${lead}${marker}n`);
    } else if (closing === 'closed by the other kind') {
      lines.push(`${lead}${marker.startsWith('`') ? '~~~' : '```'}`);
    }
    return lines;
  });

const htmlComment: fc.Arbitrary<string[]> = fc
  .tuple(fc.array(listItemLine, { maxLength: 3 }), fc.boolean())
  .map(([content, closed]) => ['<!--', ...content, ...(closed ? ['-->'] : [])]);

const table: fc.Arbitrary<string[]> = fc
  .array(fc.tuple(fc.constantFrom('[ ]', '[x]', '- [ ]', '1. [ ]'), inlineText), { minLength: 1, maxLength: 3 })
  .map((rows) => [
    '| Done | Step |',
    '|------|------|',
    ...rows.map(([cell, text]) => `| ${cell} | ${text.replace(/\|/g, '/')} |`),
  ]);

const simpleBlock: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.array(listItemLine, { minLength: 1, maxLength: 5 }) },
  { weight: 2, arbitrary: heading.map((line) => [line]) },
  { weight: 2, arbitrary: numberedStep.map((line) => [line]) },
  { weight: 2, arbitrary: fence },
  { weight: 1, arbitrary: htmlComment },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: inlineText.map((line) => [line]) },
  { weight: 1, arbitrary: fc.constantFrom([''], ['---'], ['***'], ['    - [ ] indented code']) },
);

/** A body block, sometimes inside a blockquote or indented under the previous list item. */
const block: fc.Arbitrary<readonly string[]> = fc
  .tuple(simpleBlock, fc.constantFrom('none', 'none', 'none', 'blockquote', 'nested', 'blank line after'))
  .map(([lines, wrapper]) => {
    switch (wrapper) {
      case 'blockquote':
        return lines.map((line) => (line === '' ? '>' : `> ${line}`));
      case 'nested':
        return lines.map((line) => `   ${line}`);
      case 'blank line after':
        return [...lines, ''];
      default:
        return lines;
    }
  });

/** A whole file as a string: optional BOM and front matter, a body of blocks, chosen line endings. */
export const kataDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(frontMatter, { nil: undefined }),
    fc.array(block, { maxLength: 16, size: 'max' }),
    fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
    fc.boolean(),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 16 }),
  )
  .map(([bom, head, blocks, lineEnding, finalBreak, mixedBreaks]) => {
    const lines = [...(head ?? []), ...blocks.flat()];
    const breaks = lines.map((_, index) => (lineEnding === 'mixed' ? mixedBreaks[index % mixedBreaks.length] : lineEnding));
    const joined = lines.map((line, index) => (index < lines.length - 1 || finalBreak ? line + breaks[index] : line));
    return (bom ? '\uFEFF' : '') + joined.join('');
  });

/** A top-level task-list item as written: its bullet, marker and text. */
export interface PlainTask {
  bullet: string;
  mark: '[ ]' | '[x]' | '[X]';
  text: string;
}

/** Top-level task items separated by blank lines, where every item is known to be a task. */
export const plainTasks: fc.Arbitrary<PlainTask[]> = fc.array(
  fc.record({
    bullet: fc.constantFrom('-', '*', '+', '1.', '7)'),
    mark: fc.constantFrom('[ ]' as const, '[x]' as const, '[X]' as const),
    text: inlineText,
  }),
  { maxLength: 8 },
);

/**
 * Markdown fragments and random code points concatenated without regard to
 * lines, so markers, fences, BOMs and line breaks land in odd places.
 */
export const markdownSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '---\n',
        'kata_id: demo\n',
        '## Practice Tasks\n',
        '### Task 1: Deploy\n',
        '- [ ] step\n',
        '[x]',
        '> ',
        '1. ',
        '```\n',
        '~~~\n',
        '<!--',
        '-->',
        '<!-- ai-coach: check the logs -->\n',
        '**Pro tip**: read the logs\n',
        '|',
        '\t',
        '  ',
        '\n',
        '\r\n',
        '\r',
        '\uFEFF',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
