// Notes of a task: paragraphs and list items that open with a bold label such
// as `**Pro tip**:` but are not checkboxes. A checkbox with the same label is a
// step, so the learner can tick it, and never a note.

import { itemsInRange, type LineRange } from './bodySections';
import { splitAtLabels, type BoldLabel } from './labels';
import type { KataNote } from './model';
import type { TextBlock } from './textBlocks';

const NOTE_KINDS: Readonly<Record<string, KataNote['kind']>> = {
  'pro tip': 'pro-tip',
  'pro tips': 'pro-tip',
  'validation checkpoint': 'validation-checkpoint',
  'success check': 'success-check',
  'expected result': 'expected-result',
  'expected results': 'expected-result',
};

const isNoteLabel = (label: BoldLabel): boolean => NOTE_KINDS[label.key] !== undefined;

/**
 * Finds the notes in a task's lines, in file order. A paragraph may contain
 * several notes, one per line that opens with a note label. The lines after a
 * label continue its note.
 */
export function findTaskNotes(task: LineRange, blocks: readonly TextBlock[]): KataNote[] {
  const notes: KataNote[] = [];

  for (const block of itemsInRange(blocks, task)) {
    if (block.listItem?.checkbox) {
      continue;
    }

    for (const segment of splitAtLabels(block, isNoteLabel)) {
      if (segment.label !== undefined) {
        notes.push({ kind: NOTE_KINDS[segment.label.key], text: segment.text, line: segment.line });
      }
    }
  }

  return notes;
}
