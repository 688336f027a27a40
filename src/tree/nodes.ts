// Tree nodes of the Katas view: category, kata, section (Essential Setup,
// Task N, Completion Check), step, and the unmatched progress of a kata. Each
// builds its TreeItem from the core model and the learner's step states.

import * as vscode from 'vscode';
import { completionPercent, isStepDone, sectionCompletion, type Completion, type StepStates } from '../core/kataProgress';
import type { KataSummary } from '../core/indexing/kataSummary';
import { describeDifficulty, Kata, KataSection, KataStep } from '../core/model';
import { toPlainText } from '../core/plainText';
import type { OrphanedState } from '../progress/progressService';

export type KataTreeNode = CategoryNode | KataNode | SectionNode | StepNode | OrphansNode | OrphanNode;

export class CategoryNode {
  readonly kind = 'category';

  constructor(
    readonly name: string,
    public katas: KataSummary[],
    /** Expanded at first: true in small workspaces, where showing every kata costs little. */
    public expanded: boolean,
  ) {}

  get id(): string {
    return `category:${this.name}`;
  }

  toTreeItem(): vscode.TreeItem {
    const state = this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(this.name, state);
    item.id = this.id;
    item.description = this.katas.length === 1 ? '1 kata' : `${this.katas.length} katas`;
    item.iconPath = new vscode.ThemeIcon('folder-library');
    item.contextValue = 'category';
    return item;
  }
}

/**
 * A kata row. It keeps the index's summary, not the full model, so a large
 * catalogue shows its rows without keeping every model in memory.
 */
export class KataNode {
  readonly kind = 'kata';

  constructor(
    readonly parent: CategoryNode,
    public kata: KataSummary,
  ) {}

  get id(): string {
    return `kata:${this.kata.id}`;
  }

  /** `completion` is undefined while the kata's steps are not counted yet. */
  toTreeItem(completion: Completion | undefined): vscode.TreeItem {
    const item = new vscode.TreeItem(this.kata.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = completion ? `${completion.done}/${completion.total}` : undefined;
    item.contextValue = 'kata';
    item.resourceUri = vscode.Uri.file(this.kata.filePath);

    const finished = completion !== undefined && completion.total > 0 && completion.done === completion.total;
    let icon = 'book';
    if (finished) {
      icon = 'pass-filled';
    } else if (completion && completion.done > 0) {
      icon = 'circle-large-outline';
    }
    item.iconPath = new vscode.ThemeIcon(icon);
    item.accessibilityInformation = {
      label: completion ? `${this.kata.title}, ${completion.done} of ${completion.total} steps done` : this.kata.title,
    };
    return item;
  }

  /** Builds the tooltip when the row is hovered, because it lists the learning objectives of the full model. */
  tooltipOf(kata: Kata, completion: Completion): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMarkdown(kata.title)}**\n\n`);
    tooltip.appendMarkdown(`$(dashboard) ${describeDifficulty(kata.difficulty)}`);
    if (kata.estimatedMinutes !== undefined) {
      tooltip.appendMarkdown(` · $(clock) ${kata.estimatedMinutes} min`);
    }
    tooltip.appendMarkdown(` · ${completion.done} of ${completion.total} steps done (${completionPercent(completion)}%)\n\n`);
    if (kata.learningObjectives.length > 0) {
      tooltip.appendMarkdown(kata.learningObjectives.map((objective) => `- ${escapeMarkdown(objective)}`).join('\n'));
    }
    return tooltip;
  }
}

export class SectionNode {
  readonly kind = 'section';

  constructor(
    readonly parent: KataNode,
    /** The full model, which only expanded katas need. */
    public kata: Kata,
    public section: KataSection,
  ) {}

  get id(): string {
    return `section:${this.parent.kata.id}/${this.section.id}`;
  }

  toTreeItem(states: StepStates): vscode.TreeItem {
    const completion = sectionCompletion(this.section, states);
    const collapsible = this.section.steps.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(this.section.label, collapsible);
    item.id = this.id;
    item.description = this.section.estimate ? `${completion.done}/${completion.total} · ${this.section.estimate}` : `${completion.done}/${completion.total}`;
    item.contextValue = 'section';

    // A section is checked exactly when all its steps are; checking it checks them all.
    if (completion.total > 0) {
      const done = completion.done === completion.total;
      item.checkboxState = {
        state: done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
        tooltip: done ? 'Mark every step of this section as not done' : 'Mark every step of this section as done',
      };
    }
    item.tooltip = `${this.section.heading}\n${completion.done} of ${completion.total} steps done`;
    item.accessibilityInformation = { label: `${this.section.label}, ${completion.done} of ${completion.total} steps done` };
    item.command = {
      command: 'kataCoach.revealStep',
      title: 'Go to Section',
      arguments: [this.kata.filePath, this.section.line],
    };
    return item;
  }
}

export class StepNode {
  readonly kind = 'step';

  constructor(
    readonly parent: SectionNode,
    public step: KataStep,
  ) {}

  get id(): string {
    return `step:${this.parent.parent.kata.id}/${this.parent.section.id}/${this.step.id}`;
  }

  get kata(): Kata {
    return this.parent.kata;
  }

  toTreeItem(states: StepStates): vscode.TreeItem {
    const text = toPlainText(this.step.text);
    const done = isStepDone(this.step, states);
    const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.checkboxState = done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    item.contextValue = 'step';
    item.tooltip = this.step.group ? `${this.step.group}\n${text}` : text;
    item.accessibilityInformation = { label: text };
    item.command = {
      command: 'kataCoach.revealStep',
      title: 'Go to Step',
      arguments: [this.kata.filePath, this.step.line],
    };
    return item;
  }
}

/** Stored states of a kata whose ids match none of its steps, listed so the learner can review them. */
export class OrphansNode {
  readonly kind = 'orphans';

  constructor(
    readonly parent: KataNode,
    public orphans: OrphanedState[],
  ) {}

  get id(): string {
    return `orphans:${this.parent.kata.id}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(`Unmatched progress (${this.orphans.length})`, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = 'orphans';
    item.tooltip =
      'These checks belong to steps that were edited or removed from the kata file, so they match no step now. ' +
      'The progress file keeps them, and they count toward no section.';
    return item;
  }
}

/** One stored state whose id matches no step of its kata. It has no checkbox because no step can take it. */
export class OrphanNode {
  readonly kind = 'orphan';

  constructor(
    readonly parent: OrphansNode,
    public orphan: OrphanedState,
  ) {}

  get id(): string {
    return `orphan:${this.parent.parent.kata.id}/${this.orphan.id}`;
  }

  toTreeItem(): vscode.TreeItem {
    const label = this.orphan.text !== undefined ? toPlainText(this.orphan.text) : this.orphan.id;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.orphan.checked ? 'checked' : 'not checked';
    item.iconPath = new vscode.ThemeIcon(this.orphan.checked ? 'check' : 'circle-large-outline');
    item.contextValue = 'orphan';
    item.tooltip = `Step id ${this.orphan.id}, ${this.orphan.checked ? 'checked' : 'not checked'} in the progress file`;
    return item;
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (character) => `\\${character}`);
}
