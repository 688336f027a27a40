// The readable summary that `kata-coach inspect` prints without --json.

import { countOf } from '../core/countOf';
import { describeDifficulty, type Problem } from '../core/model';
import { isNumberedTask, taskTitle, type InspectInput } from './inspectJson';

/** Formats one block per kata, separated by blank lines. */
export function formatInspectText(inputs: readonly InspectInput[]): string {
  return inputs.map(formatKata).join('\n');
}

function formatKata({ file, kata, diagnostics }: InspectInput): string {
  const otherSteps = kata.sections.filter((section) => !isNumberedTask(section));
  const lines = [
    `${kata.title} (${kata.id})`,
    `  file:        ${file}`,
    `  difficulty:  ${describeDifficulty(kata.difficulty)}`,
    `  minutes:     ${kata.estimatedMinutes ?? 'not set'}`,
    `  category:    ${kata.category}`,
  ];

  const tasks = kata.sections.filter(isNumberedTask);
  if (tasks.length === 0) {
    lines.push('  tasks:       none');
  } else {
    lines.push(`  tasks:       ${tasks.length}`);
    for (const task of tasks) {
      const title = taskTitle(task);
      const heading = title ? `Task ${task.taskNumber}: ${title}` : `Task ${task.taskNumber}`;
      const estimate = task.estimate ? ` (${task.estimate})` : '';
      lines.push(`    ${heading}${estimate}: ${countOf(task.steps.length, 'step')}, line ${task.line}`);
    }
  }

  for (const section of otherSteps) {
    lines.push(`  ${section.label}: ${countOf(section.steps.length, 'step')}, line ${section.line}`);
  }

  lines.push(`  diagnostics: ${describeDiagnostics(diagnostics)}`);
  return lines.join('\n') + '\n';
}

function describeDiagnostics(diagnostics: readonly Problem[]): string {
  if (diagnostics.length === 0) {
    return '0';
  }

  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: diagnostics.filter((problem) => problem.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => (severity === 'info' ? `${count} info` : countOf(count, severity)));
  return `${diagnostics.length} (${counts.join(', ')})`;
}

