// Hover tooltips of the Katas view's rows: what the row is, its progress,
// its time estimate, and how to use it. The tree builds them in
// `resolveTreeItem`, only for the row under the pointer.

import * as vscode from 'vscode';
import { countOf } from '../core/countOf';
import { completionPercent, isStepDone, sectionCompletion, type Completion, type StepStates } from '../core/kataProgress';
import { describeMinutes, describeStatus, describeSteps, statusOf, type StatusCounts } from '../core/kataStatus';
import { STANDALONE_KEY } from '../core/kataGroups';
import { describeDifficulty, Kata } from '../core/model';
import { toPlainText } from '../core/plainText';
import type { KataGroupNode } from './nodes';
import type { SectionNode, StepNode } from './sectionNodes';

export function kataTooltip(kata: Kata, completion: Completion): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, kata.title);
  tooltip.appendMarkdown(`Kata · $(dashboard) ${describeDifficulty(kata.difficulty)}`);
  if (kata.estimatedMinutes !== undefined) {
    tooltip.appendMarkdown(` · $(clock) ${describeMinutes(kata.estimatedMinutes)}`);
  }
  tooltip.appendMarkdown(`\n\n${describeProgress(completion)}\n\n`);
  if (kata.learningObjectives.length > 0) {
    for (const objective of kata.learningObjectives) {
      tooltip.appendMarkdown('- ');
      tooltip.appendMarkdown(escapeMarkdown(objective));
      tooltip.appendMarkdown('\n');
    }
    tooltip.appendMarkdown('\n');
  }
  appendHint(tooltip, 'Expand the kata for its tasks and steps. Its context menu offers **Open Coach Panel** and **Reveal Current Step**, which selects the next step to do.');
  return tooltip;
}

/** `counts` are the numbers of the group's katas done, in progress and not started. */
export function groupTooltip(node: KataGroupNode, counts: StatusCounts): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, node.label);
  tooltip.appendMarkdown(`${capitalize(node.description)} · ${countOf(node.katas.length, 'kata')}`);
  const estimate = estimateOf(node);
  if (estimate) {
    tooltip.appendMarkdown(` · $(clock) ${estimate}`);
  }

  const parts = [`${counts.done} done`, `${counts.inProgress} in progress`, `${counts.notStarted} not started`];
  if (counts.unknown > 0) {
    parts.push(`${counts.unknown} not counted yet`);
  }
  tooltip.appendMarkdown(`\n\n${parts.join(' · ')}\n\n`);

  if (node.kind === 'group' && node.grouping === 'path') {
    const meaning =
      node.key === STANDALONE_KEY
        ? 'These katas have no prerequisite kata, and no kata names them as a prerequisite.'
        : 'These katas are linked by their prerequisite katas. Each comes after the katas it builds on, so work through them from the top.';
    tooltip.appendMarkdown(meaning);
    tooltip.appendMarkdown('\n\n');
  }
  appendHint(tooltip, 'Expand it to list its katas. **Group By** in the view\'s **More Actions** menu groups the katas another way.');
  return tooltip;
}

export function sectionTooltip(node: SectionNode, states: StepStates): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, toPlainText(node.section.heading));
  tooltip.appendMarkdown(`${capitalize(node.description)} of `);
  tooltip.appendMarkdown(escapeMarkdown(node.kata.title));
  if (node.section.estimate) {
    tooltip.appendMarkdown(' · $(clock) ');
    tooltip.appendMarkdown(escapeMarkdown(node.section.estimate));
  }
  tooltip.appendMarkdown(`\n\n${describeProgress(sectionCompletion(node.section, states))}\n\n`);
  appendHint(tooltip, 'Check the box to mark every step of it done, or clear it to mark them not done. Click the row to open the kata file at this section, or use **Open Coach Panel** to work on it there.');
  return tooltip;
}

export function stepTooltip(node: StepNode, states: StepStates): vscode.MarkdownString {
  // The step's own inline markdown is rendered, so theme icon syntax stays off.
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**Step** of ');
  tooltip.appendMarkdown(escapeMarkdown(`${node.parent.section.label}, ${node.kata.title}`));
  tooltip.appendMarkdown('\n\n');
  if (node.step.group) {
    tooltip.appendMarkdown(`Part of: ${node.step.group}\n\n`);
  }
  tooltip.appendMarkdown(`${node.step.text}\n\n`);
  tooltip.appendMarkdown(isStepDone(node.step, states) ? '**Done**\n\n' : '**Not done**\n\n');
  appendHint(tooltip, 'Check the box to mark the step done. Click the row to open the kata file at this line.');
  return tooltip;
}

function appendTitle(tooltip: vscode.MarkdownString, title: string): void {
  tooltip.appendMarkdown('**');
  tooltip.appendMarkdown(escapeMarkdown(title));
  tooltip.appendMarkdown('**\n\n');
}

/** Appends how to use the row, in italics; `hint` is markdown. */
function appendHint(tooltip: vscode.MarkdownString, hint: string): void {
  tooltip.appendMarkdown(`*${hint}*`);
}

/** Returns text such as `3 of 12 steps done (25%), in progress`. */
function describeProgress(completion: Completion): string {
  return `${describeSteps(completion)} (${completionPercent(completion)}%), ${describeStatus(statusOf(completion))}`;
}

/** Returns the sum of the katas' estimates, saying how many katas have none; undefined when none has one. */
function estimateOf(node: KataGroupNode): string | undefined {
  const estimated = node.katas.filter((kata) => kata.estimatedMinutes !== undefined);
  if (estimated.length === 0) {
    return undefined;
  }
  const total = describeMinutes(estimated.reduce((sum, kata) => sum + (kata.estimatedMinutes ?? 0), 0));
  return estimated.length === node.katas.length ? `${total} estimated` : `${total} estimated for ${estimated.length} of ${countOf(node.katas.length, 'kata')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escapes markdown syntax and theme icon syntax (`$(name)`), so text from kata files shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, (character) => `\\${character}`);
}
