// The labelled parts of a kata's Quick Context section: `**You'll Learn**:`,
// `**Prerequisites**:`, `**Real Challenge**:` and `**Your Task**:` paragraphs.

import { itemsInRange, type LineRange } from './bodySections';
import { itemText, splitAtLabels, type BoldLabel } from './labels';
import type { QuickContext } from './model';
import type { TextBlock } from './textBlocks';

// Keys are normalised labels (see normaliseLabel): lowercase, plain apostrophes.
// The longer forms are ones kata authors also write.
const PARTS: Readonly<Record<string, keyof QuickContext>> = {
  "you'll learn": 'youllLearn',
  "what you'll learn": 'youllLearn',
  prerequisites: 'prerequisites',
  'real challenge': 'realChallenge',
  'real-world challenge': 'realChallenge',
  'your task': 'yourTask',
  'your mission': 'yourTask',
};

const isPartLabel = (label: BoldLabel): boolean => PARTS[label.key] !== undefined;

/**
 * Reads the Quick Context parts from the paragraphs inside `range`, as inline
 * markdown. The first paragraph with a label wins. A label with no text, such
 * as `**Prerequisites**:` followed by a bullet list, takes the list's
 * top-level items joined with `; `. Returns undefined when no part is found.
 */
export function readQuickContext(range: LineRange, blocks: readonly TextBlock[]): QuickContext | undefined {
  const context: QuickContext = {};
  const inRange = itemsInRange(blocks, range);

  inRange.forEach((block, index) => {
    if (block.listNesting > 0) {
      return;
    }

    for (const segment of splitAtLabels(block, isPartLabel)) {
      const part = segment.label === undefined ? undefined : PARTS[segment.label.key];
      if (part === undefined || context[part] !== undefined) {
        continue;
      }

      const text = segment.text !== '' ? segment.text : joinFollowingList(inRange, index);
      if (text !== '') {
        context[part] = text;
      }
    }
  });

  return Object.keys(context).length > 0 ? context : undefined;
}

/** Joins the top-level items of the list that directly follows block `index`. */
function joinFollowingList(blocks: readonly TextBlock[], index: number): string {
  const items: string[] = [];

  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next];
    if (block.listNesting === 0) {
      break;
    }
    if (block.listNesting === 1 && block.listItem !== undefined) {
      items.push(itemText(block));
    }
  }

  return items.join('; ');
}
