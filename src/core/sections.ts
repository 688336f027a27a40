// Splits a kata's checkboxes into sections: Essential Setup, one section per
// `### Task N:` under Practice Tasks, Completion Check, and any other `##`
// section that has checkboxes. Every checkbox lands in exactly one section.

import type { Checkbox, KataSection, KataStep } from './model';
import type { Heading, MarkdownScan, NumberedStep } from './markdown';
import { assignStepIds, slugify } from './stepIds';

// `Task 3: Deploy the app (20-25 minutes)`: number, title, optional estimate.
const TASK_HEADING = /^task\s+(\d+)\s*[:.\-–—]?\s*(.*)$/i;
const TRAILING_ESTIMATE = /^(.*?)\s*\(([^()]*)\)$/;

interface SectionDraft {
  section: Omit<KataSection, 'steps'>;
  checkboxes: Checkbox[];
  groups: (string | undefined)[];
  /** Task sections stay visible without steps, so a learner sees every task. */
  keepWhenEmpty: boolean;
}

/** The part of the file between two section boundaries, with the numbered steps seen so far. */
interface Region {
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
        inPracticeTasks = normaliseHeading(heading.text) === 'practice tasks';
        region = regionForSectionHeading(heading, addDraft);
      } else if (heading.level === 3 && inPracticeTasks) {
        const task = parseTaskHeading(heading, taskIds);
        if (task) {
          region = { numberedSteps: [], draft: addDraft(task, true) };
        }
      }
      continue;
    }

    if (event.order === 1) {
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

  return finishSections(drafts.filter((draft) => draft.keepWhenEmpty || draft.checkboxes.length > 0));
}

function sortEvents(scan: MarkdownScan): SectionEvent[] {
  const events: SectionEvent[] = [
    ...scan.headings.map((heading) => ({ line: heading.line, order: 0 as const, heading })),
    ...scan.numberedSteps.map((numberedStep) => ({ line: numberedStep.line, order: 1 as const, numberedStep })),
    ...scan.checkboxes.map((checkbox) => ({ line: checkbox.line, order: 2 as const, checkbox })),
  ];
  return events.sort((a, b) => a.line - b.line || a.order - b.order);
}

function normaliseHeading(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function regionForSectionHeading(
  heading: Heading,
  addDraft: (section: Omit<KataSection, 'steps'>) => SectionDraft,
): Region {
  const text = heading.text.trim();
  const base = { heading: text, line: heading.line };

  switch (normaliseHeading(text)) {
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
function findGroup(checkbox: Checkbox, numberedSteps: readonly NumberedStep[]): string | undefined {
  let enclosing: NumberedStep | undefined;

  for (const step of numberedSteps) {
    if (step.line >= checkbox.line) {
      break;
    }
    if (checkbox.line <= step.endLine && step.depth < checkbox.depth) {
      enclosing = step;
    }
  }

  return enclosing?.text ? enclosing.text : undefined;
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
        text: checkbox.text,
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
