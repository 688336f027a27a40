// Reads a kata's Completion Check into reflection questions to answer and
// success outcomes to confirm.

import { itemsInRange, type LineRange } from './bodySections';
import { itemText, readBoldLabel } from './labels';
import type { Heading } from './markdown';
import type { CompletionCheck } from './model';
import { toPlainText } from './plainText';
import type { TextBlock } from './textBlocks';

// Titles of the groups whose checkboxes are questions: `### Self-Test Your
// Knowledge`, `**Test your understanding**`, `**Reflection Questions**`.
const QUESTION_GROUP = /self-test|test your understanding|understanding|questions/i;

/**
 * Reads the Completion Check inside `range`. A group title is the latest `###`
 * (or deeper) heading, or the bold label that opens a paragraph outside lists,
 * such as `**You've Succeeded When**:`.
 *
 * - questions: items of numbered lists that are not checkboxes, checkboxes
 *   under a group title that names a self-test, understanding or questions,
 *   and any list item whose plain text ends with `?`;
 * - outcomes: the other checkboxes, and the top-level bullet items that are
 *   not checkboxes, since some katas list their outcomes without checkboxes.
 */
export function readCompletionCheck(
  range: LineRange,
  headings: readonly Heading[],
  blocks: readonly TextBlock[],
): CompletionCheck {
  const completion: CompletionCheck = { questions: [], outcomes: [] };
  let groupTitle = '';

  for (const event of sortByLine(range, headings, blocks)) {
    if ('level' in event) {
      groupTitle = event.text;
      continue;
    }

    const block = event;
    if (block.listItem === undefined) {
      const label = block.listNesting === 0 ? readBoldLabel(block.content) : undefined;
      if (label !== undefined) {
        groupTitle = label.label;
      }
      continue;
    }

    const entry = { text: itemText(block), line: block.line };
    const isQuestion = toPlainText(entry.text).endsWith('?');

    if (block.listItem.checkbox) {
      (isQuestion || QUESTION_GROUP.test(groupTitle) ? completion.questions : completion.outcomes).push(entry);
    } else if (block.listItem.ordered || isQuestion) {
      completion.questions.push(entry);
    } else if (block.listNesting === 1) {
      completion.outcomes.push(entry);
    }
  }

  return completion;
}

/** Returns the sub-headings and paragraphs inside `range`, in file order. */
function sortByLine(range: LineRange, headings: readonly Heading[], blocks: readonly TextBlock[]): (Heading | TextBlock)[] {
  const subHeadings = itemsInRange(headings, range).filter((heading) => heading.level >= 3);
  const paragraphs = itemsInRange(blocks, range);
  return [...subHeadings, ...paragraphs].sort((a, b) => a.line - b.line);
}
