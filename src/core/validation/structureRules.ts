// Rules for the body of one kata: it has tasks, each task has steps, and every
// checkbox sits in a section that the kata format defines.

import * as l10n from '@vscode/l10n';
import type { Kata, KataSection, Problem } from '../model';
import { createDiagnostic } from './rules';

/** Reports `no-tasks`, `task-without-steps` and `checkbox-outside-section` for one kata. */
export function checkStructure(kata: Kata): Problem[] {
  const problems: Problem[] = [];
  const tasks = kata.sections.filter((section) => section.kind === 'task');

  if (tasks.length === 0) {
    problems.push(noTasksProblem(kata));
  }

  for (const task of tasks) {
    if (task.steps.length === 0) {
      problems.push(
        createDiagnostic(
          'task-without-steps',
          task.line,
          l10n.t({
            message: '"{0}" has no steps, so a learner cannot check it off. Add "- [ ]" checkboxes under its numbered steps, or remove the task heading.',
            args: [task.label],
            comment: ['{0} is the heading of a kata task. Keep "- [ ]" as written: it is markdown.'],
          }),
        ),
      );
    }
  }

  for (const section of kata.sections) {
    if (section.kind === 'other') {
      problems.push(...checkOtherSection(kata, section));
    }
  }

  return problems;
}

function noTasksProblem(kata: Kata): Problem {
  const practiceTasks = kata.bodySections?.find((section) => section.kind === 'practice-tasks');
  const line = practiceTasks?.line ?? kata.idLine ?? 1;
  const message = practiceTasks
    ? l10n.t({
        message: 'This kata has no tasks for a learner to work through. Add "### Task 1: Title (10 minutes)" headings under Practice Tasks, with "- [ ]" steps under each.',
        comment: ['Keep the markdown in quotes and the section name Practice Tasks as written: Kata Coach reads these English headings.'],
      })
    : l10n.t({
        message: 'This kata has no tasks for a learner to work through. Add a "## Practice Tasks" section with "### Task 1: Title (10 minutes)" headings and "- [ ]" steps under each.',
        comment: ['Keep the markdown in quotes as written: Kata Coach reads these English headings.'],
      });
  return createDiagnostic('no-tasks', line, message);
}

/**
 * Reports each checkbox of a section outside Essential Setup, the tasks and the
 * Completion Check. Checkboxes under a named section such as Cleanup get `info`,
 * because such sections are common and Kata Coach still shows them. Checkboxes
 * before the first `##` heading get `warning`, because they belong to no part of the kata.
 */
function checkOtherSection(kata: Kata, section: KataSection): Problem[] {
  const beforeFirstSection = isBeforeFirstSection(kata, section);

  return section.steps.map((step) => {
    if (beforeFirstSection) {
      return createDiagnostic(
        'checkbox-outside-section',
        step.line,
        l10n.t({
          message:
            'This checkbox comes before the first "##" section, so it belongs to no part of the kata. Move it under "## Essential Setup", a "### Task N:" heading in "## Practice Tasks", or "## Completion Check".',
          comment: ['Keep the markdown headings in quotes as written: Kata Coach reads these English headings.'],
        }),
      );
    }

    return createDiagnostic(
      'checkbox-outside-section',
      step.line,
      l10n.t({
        message:
          'This checkbox is in "{0}", which is not Essential Setup, a task or the Completion Check, so Kata Coach shows it as a section of its own. If it is part of the exercise, move it into one of those sections.',
        args: [section.label],
        comment: ['{0} is the heading of a kata section. Essential Setup and Completion Check name English kata headings.'],
      }),
      { severity: 'info' },
    );
  });
}

/**
 * Returns whether the section contains the checkboxes before the first `##`
 * heading. The parser starts that section at its first checkbox, while a named
 * section starts at its heading, above its first checkbox.
 */
function isBeforeFirstSection(kata: Kata, section: KataSection): boolean {
  const firstStepLine = section.steps[0]?.line;
  if (firstStepLine === undefined) {
    return false;
  }

  if (kata.bodySections !== undefined) {
    const firstBodySection = kata.bodySections[0];
    return firstBodySection === undefined || firstStepLine < firstBodySection.line;
  }
  return section.line === firstStepLine;
}
