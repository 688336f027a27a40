// Splits a kata's checkboxes into sections: Essential Setup, one section per
// `### Task N:` under Practice Tasks, Completion Check, and any other `##`
// section that has checkboxes. Every checkbox lands in exactly one section.

import { firstIndexAfter, itemsInRange, normaliseTitle } from './bodySections';
import { readBoldLabel } from './labels';
import type { Checkbox, KataSection, KataStep, SectionKind, StepKind } from './model';
import type { Heading, MarkdownScan, NumberedStep } from './markdown';
import { parseMinutes } from './minutes';
import { assignStepIds, slugify } from './stepIds';
import type { TextBlock } from './textBlocks';

// `Task 3: Deploy the app (20-25 minutes)`: number, title, optional estimate.
const TASK_HEADING = /^task\s+(\d+)\s*[:.\-–—]?\s*(.*)$/i;
const TRAILING_ESTIMATE = /^(.*?)\s*\(([^()]*)\)$/;
// A `**Time**: 12 minutes` paragraph gives the estimate of a task whose heading names none.
const TIME_LABELS = new Set(['time', 'duration', 'estimated time', 'time estimate']);
// `**Expected result**: ...` or `**Expected result:** ...` at the start of a step.
const EXPECTED_RESULT = /^(\*\*|__)\s*expected results?\s*:?\s*\1/i;

interface SectionDraft {
  section: Omit<KataSection, 'steps'>;
  checkboxes: Checkbox[];
  groups: (string | undefined)[];
  /** Task sections stay visible without steps, so a learner can find every task. */
  keepWhenEmpty: boolean;
}

/** The part of the file between two section boundaries, with the numbered steps that may still contain later lines. */
interface Region {
  /** Open numbered steps, outermost first: each one contains the next, and none has ended yet. */
  numberedSteps: NumberedStep[];
  draft?: SectionDraft;
  /** Creates the region's section at its first checkbox, so sections without checkboxes never exist. */
  createDraft?: (firstCheckboxLine: number) => SectionDraft;
}

type SectionEvent =
  | { line: number; order: 0; heading: Heading }
  | { line: number; order: 1; numberedStep: NumberedStep }
  | { line: number; order: 2; checkbox: Checkbox };

/** Builds the sections of a kata from a markdown scan, in file order, with step ids assigned. */
export function buildSections(scan: MarkdownScan): KataSection[] {
  const drafts: SectionDraft[] = [];
  const taskIds = new Map<number, number>();
  // Lines of the headings that start a region: every `##` and every task heading.
  const boundaries: number[] = [];
  let inPracticeTasks = false;

  const addDraft = (section: Omit<KataSection, 'steps'>, keepWhenEmpty = false): SectionDraft => {
    const draft: SectionDraft = { section, checkboxes: [], groups: [], keepWhenEmpty };
    drafts.push(draft);
    return draft;
  };

  let region: Region = {
    numberedSteps: [],
    createDraft: (firstCheckboxLine) =>
      addDraft({ id: 'steps', kind: 'other', heading: 'Steps', label: 'Steps', line: firstCheckboxLine }),
  };

  for (const event of sortEvents(scan)) {
    if (event.order === 0) {
      const heading = event.heading;

      if (heading.level === 2) {
        inPracticeTasks = normaliseTitle(heading.text) === 'practice tasks';
        region = regionForSectionHeading(heading, addDraft);
        boundaries.push(heading.line);
      } else if (heading.level === 3 && inPracticeTasks) {
        const task = parseTaskHeading(heading, taskIds);
        if (task) {
          region = { numberedSteps: [], draft: addDraft(task, true) };
          boundaries.push(heading.line);
        }
      }
      continue;
    }

    if (event.order === 1) {
      dropEndedSteps(region.numberedSteps, event.numberedStep.line);
      region.numberedSteps.push(event.numberedStep);
      continue;
    }

    if (!region.draft && region.createDraft) {
      region.draft = region.createDraft(event.checkbox.line);
    }
    if (region.draft) {
      region.draft.checkboxes.push(event.checkbox);
      region.draft.groups.push(findGroup(event.checkbox, region.numberedSteps));
    }
  }

  const visibleDrafts = drafts.filter((draft) => draft.keepWhenEmpty || draft.checkboxes.length > 0);
  for (const draft of visibleDrafts) {
    addExtent(draft.section, boundaries, scan);
  }
  return finishSections(visibleDrafts);
}

/**
 * Sets a section's end line and minutes. A section ends on the line before the
 * next region boundary, so a `###` heading without a task number (a task's own
 * Troubleshooting, say) stays inside the task, as its checkboxes do.
 */
function addExtent(section: Omit<KataSection, 'steps'>, boundaries: readonly number[], scan: MarkdownScan): void {
  const next = boundaries[firstIndexAfter(boundaries, section.line)];
  const endLine = next === undefined ? Math.max(scan.lastLine, section.line) : next - 1;
  section.endLine = endLine;

  if (section.kind !== 'task') {
    return;
  }
  if (section.estimate === undefined) {
    const estimate = findTimeLabel({ line: section.line, endLine }, scan.blocks);
    if (estimate !== undefined) {
      section.estimate = estimate;
    }
  }

  const minutes = parseMinutes(section.estimate);
  if (minutes !== undefined) {
    section.minutes = minutes;
  }
}

/** Returns the text after the first `**Time**:` paragraph of a task, if there is one. */
function findTimeLabel(range: { line: number; endLine: number }, blocks: readonly TextBlock[]): string | undefined {
  for (const block of itemsInRange(blocks, { line: range.line + 1, endLine: range.endLine })) {
    if (block.listNesting > 0) {
      continue;
    }
    const label = readBoldLabel(block.content);
    if (label !== undefined && TIME_LABELS.has(label.key) && label.rest !== '') {
      return label.rest;
    }
  }
  return undefined;
}

function sortEvents(scan: MarkdownScan): SectionEvent[] {
  const events: SectionEvent[] = [
    ...scan.headings.map((heading) => ({ line: heading.line, order: 0 as const, heading })),
    ...scan.numberedSteps.map((numberedStep) => ({ line: numberedStep.line, order: 1 as const, numberedStep })),
    ...scan.checkboxes.map((checkbox) => ({ line: checkbox.line, order: 2 as const, checkbox })),
  ];
  return events.sort((a, b) => a.line - b.line || a.order - b.order);
}

function regionForSectionHeading(
  heading: Heading,
  addDraft: (section: Omit<KataSection, 'steps'>) => SectionDraft,
): Region {
  const text = heading.text.trim();
  const base = { heading: text, line: heading.line };

  switch (normaliseTitle(text)) {
    case 'essential setup':
      return { numberedSteps: [], draft: addDraft({ ...base, id: 'setup', kind: 'setup', label: 'Essential Setup' }) };
    case 'completion check':
      return {
        numberedSteps: [],
        draft: addDraft({ ...base, id: 'completion', kind: 'completion', label: 'Completion Check' }),
      };
    case 'practice tasks':
      // Checkboxes before the first `### Task` heading form a section of their own.
      return {
        numberedSteps: [],
        createDraft: () => addDraft({ ...base, id: 'practice', kind: 'task', label: 'Practice Tasks' }),
      };
    default:
      return {
        numberedSteps: [],
        createDraft: () => addDraft({ ...base, id: slugify(text) || 'section', kind: 'other', label: text }),
      };
  }
}

function parseTaskHeading(heading: Heading, taskIds: Map<number, number>): Omit<KataSection, 'steps'> | undefined {
  const text = heading.text.trim();
  const match = TASK_HEADING.exec(text);
  if (!match) {
    return undefined;
  }

  const taskNumber = Number(match[1]);
  let title = match[2].trim();
  let estimate: string | undefined;

  const withEstimate = TRAILING_ESTIMATE.exec(title);
  if (withEstimate) {
    title = withEstimate[1].trim();
    estimate = withEstimate[2].trim() || undefined;
  }

  const seen = (taskIds.get(taskNumber) ?? 0) + 1;
  taskIds.set(taskNumber, seen);

  const section: Omit<KataSection, 'steps'> = {
    id: seen === 1 ? `task-${taskNumber}` : `task-${taskNumber}-${seen}`,
    kind: 'task',
    heading: text,
    label: title ? `Task ${taskNumber}: ${title}` : `Task ${taskNumber}`,
    taskNumber,
    line: heading.line,
  };
  if (estimate !== undefined) {
    section.estimate = estimate;
  }
  return section;
}

/**
 * Returns the title of the innermost numbered item that contains the checkbox.
 * A checklist written after a numbered list, not indented under an item, has no
 * group: in real katas such lists follow reflection questions or examples as
 * often as they continue the last step.
 */
function findGroup(checkbox: Checkbox, openSteps: NumberedStep[]): string | undefined {
  dropEndedSteps(openSteps, checkbox.line);

  for (let index = openSteps.length - 1; index >= 0; index--) {
    const step = openSteps[index];
    if (step.line < checkbox.line && step.depth < checkbox.depth) {
      return step.text ? step.text : undefined;
    }
  }
  return undefined;
}

/**
 * Removes the innermost steps that end before `line`. Lines arrive in file
 * order, so a removed step can contain no later line, and each step is removed
 * at most once: this keeps a task of thousands of steps linear.
 */
function dropEndedSteps(openSteps: NumberedStep[], line: number): void {
  while (openSteps.length > 0 && openSteps[openSteps.length - 1].endLine < line) {
    openSteps.pop();
  }
}

function finishSections(drafts: SectionDraft[]): KataSection[] {
  const allContents = drafts.flatMap((draft) => draft.checkboxes.map((checkbox) => checkbox.content));
  const stepIds = assignStepIds(allContents);
  const sectionIds = new Map<string, number>();
  let next = 0;

  return drafts.map((draft) => {
    const steps: KataStep[] = draft.checkboxes.map((checkbox, index) => {
      const step: KataStep = {
        id: stepIds[next++],
        line: checkbox.line,
        checkedInFile: checkbox.checked,
        // The whole item, so a step wrapped over several lines reads in full.
        text: checkbox.content,
        kind: stepKind(draft.section.kind, checkbox.content),
      };
      const group = draft.groups[index];
      if (group !== undefined) {
        step.group = group;
      }
      return step;
    });

    // Two `## Notes` sections, say, would share a slug; ids must be unique in a kata.
    const seen = (sectionIds.get(draft.section.id) ?? 0) + 1;
    sectionIds.set(draft.section.id, seen);
    const id = seen === 1 ? draft.section.id : `${draft.section.id}-${seen}`;

    return { ...draft.section, id, steps };
  });
}

function stepKind(sectionKind: SectionKind, content: string): StepKind {
  switch (sectionKind) {
    case 'setup':
      return 'setup';
    case 'completion':
      return 'completion-criterion';
    case 'task':
      return EXPECTED_RESULT.test(content.trimStart()) ? 'expected-result' : 'task-step';
    default:
      return 'other';
  }
}
