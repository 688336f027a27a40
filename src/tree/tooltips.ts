// Hover tooltips of the Katas view's rows: what the row is, its progress,
// its time estimate, and how to use it. The tree builds them in
// `resolveTreeItem`, only for the row under the pointer.

import * as vscode from 'vscode';
import { completionPercent, isStepDone, sectionCompletion, type Completion, type StepStates } from '../core/kataProgress';
import { describeMinutes, describeStatus, describeSteps, statusOf, type StatusCounts } from '../core/kataStatus';
import { STANDALONE_KEY } from '../core/kataGroups';
import { describeDifficulty, Kata } from '../core/model';
import { toPlainText } from '../core/plainText';
import { describeKataCount, type KataGroupNode } from './nodes';
import type { SectionNode, StepNode } from './sectionNodes';

export function kataTooltip(kata: Kata, completion: Completion): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, kata.title);
  const kind = vscode.l10n.t({ message: 'Kata', comment: ['Kind of a Katas view row, at the start of its tooltip'] });
  tooltip.appendMarkdown(`${kind} · $(dashboard) ${describeDifficulty(kata.difficulty)}`);
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
  appendHint(
    tooltip,
    vscode.l10n.t({
      message: 'Expand the kata for its tasks and steps. Its context menu offers **Open Coach Panel** and **Reveal Current Step**, which selects the next step to do.',
      comment: ['Markdown: the bold names are context menu commands'],
    }),
  );
  return tooltip;
}

/** `counts` are the numbers of the group's katas done, in progress and not started. */
export function groupTooltip(node: KataGroupNode, counts: StatusCounts): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, node.label);
  tooltip.appendMarkdown(`${node.heading} · ${describeKataCount(node.katas.length)}`);
  const estimate = estimateOf(node);
  if (estimate) {
    tooltip.appendMarkdown(` · $(clock) ${estimate}`);
  }

  const parts = [
    vscode.l10n.t({ message: '{0} done', args: [counts.done], comment: ['{0} is a number of katas'] }),
    vscode.l10n.t({ message: '{0} in progress', args: [counts.inProgress], comment: ['{0} is a number of katas'] }),
    vscode.l10n.t({ message: '{0} not started', args: [counts.notStarted], comment: ['{0} is a number of katas'] }),
  ];
  if (counts.unknown > 0) {
    parts.push(vscode.l10n.t({ message: '{0} not counted yet', args: [counts.unknown], comment: ['{0} is a number of katas whose steps are not counted yet'] }));
  }
  tooltip.appendMarkdown(`\n\n${parts.join(' · ')}\n\n`);

  if (node.kind === 'group' && node.grouping === 'path') {
    const meaning =
      node.key === STANDALONE_KEY
        ? vscode.l10n.t('These katas have no prerequisite kata, and no kata names them as a prerequisite.')
        : vscode.l10n.t('These katas are linked by their prerequisite katas. Each comes after the katas it builds on, so work through them from the top.');
    tooltip.appendMarkdown(meaning);
    tooltip.appendMarkdown('\n\n');
  }
  appendHint(
    tooltip,
    vscode.l10n.t({
      message: "Expand it to list its katas. **Group By** in the view's **More Actions** menu groups the katas another way.",
      comment: ['Markdown: the bold names are a submenu and a menu of the Katas view'],
    }),
  );
  return tooltip;
}

export function sectionTooltip(node: SectionNode, states: StepStates): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendTitle(tooltip, toPlainText(node.section.heading));
  const title = escapeMarkdown(node.kata.title);
  tooltip.appendMarkdown(
    node.section.kind === 'task'
      ? vscode.l10n.t({ message: 'Task of {0}', args: [title], comment: ['Start of a task tooltip; {0} is a kata title'] })
      : vscode.l10n.t({ message: 'Section of {0}', args: [title], comment: ['Start of a section tooltip; {0} is a kata title'] }),
  );
  if (node.section.estimate) {
    tooltip.appendMarkdown(' · $(clock) ');
    tooltip.appendMarkdown(escapeMarkdown(node.section.estimate));
  }
  tooltip.appendMarkdown(`\n\n${describeProgress(sectionCompletion(node.section, states))}\n\n`);
  appendHint(
    tooltip,
    vscode.l10n.t({
      message: 'Check the box to mark every step of it done, or clear it to mark them not done. Click the row to open the kata file at this section, or use **Open Coach Panel** to work on it there.',
      comment: ['Markdown: the bold name is a context menu command'],
    }),
  );
  return tooltip;
}

export function stepTooltip(node: StepNode, states: StepStates): vscode.MarkdownString {
  // The step's own inline markdown is rendered, so theme icon syntax stays off.
  const tooltip = new vscode.MarkdownString();
  const where = escapeMarkdown(`${node.parent.section.label}, ${node.kata.title}`);
  tooltip.appendMarkdown(vscode.l10n.t({ message: '**Step** of {0}', args: [where], comment: ['Markdown: {0} is a section name and a kata title'] }));
  tooltip.appendMarkdown('\n\n');
  if (node.step.group) {
    tooltip.appendMarkdown(vscode.l10n.t({ message: 'Part of: {0}', args: [node.step.group], comment: ['{0} is the numbered step that a checkbox step belongs to'] }));
    tooltip.appendMarkdown('\n\n');
  }
  tooltip.appendMarkdown(`${node.step.text}\n\n`);
  tooltip.appendMarkdown(isStepDone(node.step, states) ? vscode.l10n.t('**Done**') : vscode.l10n.t('**Not done**'));
  tooltip.appendMarkdown('\n\n');
  appendHint(tooltip, vscode.l10n.t('Check the box to mark the step done. Click the row to open the kata file at this line.'));
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
  return vscode.l10n.t({
    message: '{0} ({1}%), {2}',
    args: [describeSteps(completion), completionPercent(completion), describeStatus(statusOf(completion))],
    comment: ['{0} is the steps done, such as "3 of 12 steps done"; {1} is the percent done; {2} is the status, such as "in progress"'],
  });
}

/** Returns the sum of the katas' estimates, saying how many katas have none; undefined when none has one. */
function estimateOf(node: KataGroupNode): string | undefined {
  const estimated = node.katas.filter((kata) => kata.estimatedMinutes !== undefined);
  if (estimated.length === 0) {
    return undefined;
  }
  const total = describeMinutes(estimated.reduce((sum, kata) => sum + (kata.estimatedMinutes ?? 0), 0));
  if (estimated.length === node.katas.length) {
    return vscode.l10n.t({ message: '{0} estimated', args: [total], comment: ['{0} is a time, such as 2 h 5 min'] });
  }
  // Some katas have no estimate here, so the group has at least two.
  return vscode.l10n.t({
    message: '{0} estimated for {1} of {2} katas',
    args: [total, estimated.length, node.katas.length],
    comment: ['{0} is a time, such as 2 h 5 min; {1} of the group\'s {2} katas have an estimate'],
  });
}

/** Escapes markdown syntax and theme icon syntax (`$(name)`), so text from kata files shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, (character) => `\\${character}`);
}
