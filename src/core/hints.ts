// Collects a kata's hints for progressive reveal. Level 1 is a question or
// names what to check, level 2 gives a direction, level 3 gives the concrete fix.
//
//   level 1: `<!-- AI_COACH: ... -->` comments, validation checkpoints and
//            success checks of tasks, troubleshooting issues, common pitfalls
//   level 2: pro tips of tasks, `### Professional Tips` and `### Help Resources`
//            items, troubleshooting `Check:` lines and bullets that fix no issue
//   level 3: troubleshooting fixes
//
// Order: by level first. Within a level, the hints of each task come in task
// order, then the hints of the whole kata, each group by line. A learner stuck
// in a task gets that task's hints before general ones of the same level.

import { findRangeIndex, findSubsections, itemsInRange } from './bodySections';
import { itemText } from './labels';
import type { MarkdownScan } from './markdown';
import type { HintSource, Kata, KataHint, KataSection } from './model';
import { readTroubleshooting } from './troubleshooting';

const AI_COACH = /^\s*AI_COACH\s*:/;

/** List-item subsections and the hint source of their items. */
const LIST_SUBSECTIONS: readonly { title: string; source: HintSource }[] = [
  { title: 'Professional Tips', source: 'professional-tip' },
  { title: 'Help Resources', source: 'help-resource' },
];

/**
 * Collects every hint of a parsed kata, in reveal order. Reads `kata.sections`
 * (with their notes and end lines) and `kata.frontMatterLines`, so call it
 * after both are set. A hint inside a task's lines carries the task's id.
 */
export function collectHints(kata: Kata, scan: MarkdownScan): KataHint[] {
  const hints: KataHint[] = [
    ...coachComments(scan),
    ...commonPitfalls(kata),
    ...taskNotes(kata.sections),
    ...listSubsections(scan),
    ...troubleshooting(scan),
  ];

  const tasks = kata.sections
    .filter((section) => section.kind === 'task')
    .map((task) => ({ id: task.id, line: task.line, endLine: task.endLine ?? task.line }));

  // Kata-wide hints sort after every task's, so they get the order after the last task.
  const placed = hints.map((hint) => {
    const taskOrder = findRangeIndex(tasks, hint.line);
    if (taskOrder < 0) {
      return { hint, taskOrder: tasks.length };
    }
    return { hint: { ...hint, sectionId: tasks[taskOrder].id }, taskOrder };
  });

  placed.sort((a, b) => a.hint.level - b.hint.level || a.taskOrder - b.taskOrder || a.hint.line - b.hint.line);
  return placed.map((entry) => entry.hint);
}

function coachComments(scan: MarkdownScan): KataHint[] {
  return scan.comments
    .filter((comment) => AI_COACH.test(comment.body))
    .map((comment) => ({
      level: 1 as const,
      source: 'ai-coach-comment' as const,
      text: comment.body.replace(AI_COACH, '').replace(/\s+/g, ' ').trim(),
      line: comment.line,
    }))
    .filter((hint) => hint.text !== '');
}

function commonPitfalls(kata: Kata): KataHint[] {
  const line = kata.frontMatterLines?.common_pitfalls ?? 1;
  return kata.commonPitfalls
    .map((pitfall) => pitfall.trim())
    .filter((pitfall) => pitfall !== '')
    .map((pitfall) => ({ level: 1 as const, source: 'common-pitfall' as const, text: pitfall, line }));
}

function taskNotes(sections: readonly KataSection[]): KataHint[] {
  const hints: KataHint[] = [];

  for (const note of sections.flatMap((section) => section.notes ?? [])) {
    if (note.text === '') {
      continue;
    }
    if (note.kind === 'pro-tip') {
      hints.push({ level: 2, source: 'pro-tip', text: note.text, line: note.line });
    } else if (note.kind === 'validation-checkpoint' || note.kind === 'success-check') {
      hints.push({ level: 1, source: 'validation-checkpoint', text: note.text, line: note.line });
    }
  }
  return hints;
}

function listSubsections(scan: MarkdownScan): KataHint[] {
  const hints: KataHint[] = [];

  for (const { title, source } of LIST_SUBSECTIONS) {
    for (const subsection of findSubsections(scan.headings, title, scan.lastLine, scan.thematicBreaks)) {
      for (const block of itemsInRange(scan.blocks, subsection)) {
        if (block.listItem !== undefined && !block.listItem.checkbox) {
          hints.push({ level: 2, source, text: itemText(block), line: block.line });
        }
      }
    }
  }
  return hints.filter((hint) => hint.text !== '');
}

function troubleshooting(scan: MarkdownScan): KataHint[] {
  return findSubsections(scan.headings, 'Troubleshooting', scan.lastLine, scan.thematicBreaks).flatMap((subsection) =>
    readTroubleshooting(subsection, scan.blocks).map((hint) => ({ ...hint, source: 'troubleshooting' as const })),
  );
}
