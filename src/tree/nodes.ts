// Tree nodes of the Katas view: a group of katas (a category, a difficulty or
// a learning path), a kata, and, in sectionNodes.ts, a kata's sections,
// steps and unmatched progress. Each builds its TreeItem from the index's
// summaries or the core model and the learner's step states. Tooltips are
// built on hover, in tooltips.ts.

import * as vscode from 'vscode';
import { STANDALONE_KEY, type KataGroup, type KataGrouping } from '../core/kataGroups';
import type { Completion } from '../core/kataProgress';
import { describeRow, statusOf } from '../core/kataStatus';
import type { KataSummary } from '../core/indexing/kataSummary';
import type { OrphanNode, OrphansNode, SectionNode, StepNode } from './sectionNodes';

export { OrphanNode, OrphansNode, SectionNode, StepNode } from './sectionNodes';

export type KataTreeNode = CategoryNode | GroupNode | KataNode | SectionNode | StepNode | OrphansNode | OrphanNode;

/** A node of the view's top level. */
export type KataGroupNode = CategoryNode | GroupNode;

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

  get label(): string {
    return this.name;
  }

  /** The kind of row in words, for screen readers. */
  get description(): string {
    return vscode.l10n.t({ message: 'category', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
  }

  /** The kind of row as a tooltip starts with it. */
  get heading(): string {
    return vscode.l10n.t({ message: 'Category', comment: ['Kind of a Katas view row, at the start of its tooltip'] });
  }

  toTreeItem(): vscode.TreeItem {
    return groupItem(this, 'folder-library', 'category');
  }
}

/** A group of the difficulty or learning path grouping. */
export class GroupNode {
  readonly kind = 'group';

  constructor(
    readonly grouping: Exclude<KataGrouping, 'category'>,
    readonly key: string,
    public label: string,
    public katas: KataSummary[],
    public expanded: boolean,
  ) {}

  static of(grouping: Exclude<KataGrouping, 'category'>, group: KataGroup, expanded: boolean): GroupNode {
    return new GroupNode(grouping, group.key, group.label, group.katas, expanded);
  }

  get id(): string {
    return `group:${this.key}`;
  }

  get description(): string {
    if (this.grouping === 'difficulty') {
      return vscode.l10n.t({ message: 'difficulty', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
    }
    if (this.key === STANDALONE_KEY) {
      return vscode.l10n.t({ message: 'group', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
    }
    return vscode.l10n.t({ message: 'learning path', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
  }

  get heading(): string {
    if (this.grouping === 'difficulty') {
      return vscode.l10n.t({ message: 'Difficulty', comment: ['Kind of a Katas view row, at the start of its tooltip'] });
    }
    if (this.key === STANDALONE_KEY) {
      return vscode.l10n.t({ message: 'Group', comment: ['Kind of a Katas view row, at the start of its tooltip'] });
    }
    return vscode.l10n.t({ message: 'Learning path', comment: ['Kind of a Katas view row, at the start of its tooltip'] });
  }

  toTreeItem(): vscode.TreeItem {
    if (this.grouping === 'difficulty') {
      return groupItem(this, 'dashboard', 'difficultyGroup');
    }
    return groupItem(this, this.key === STANDALONE_KEY ? 'circle-large-outline' : 'milestone', 'learningPath');
  }
}

function groupItem(node: KataGroupNode, icon: string, contextValue: string): vscode.TreeItem {
  const state = node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = describeKataCount(node.katas.length);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = contextValue;
  item.accessibilityInformation = { label: `${node.label}, ${node.description}, ${describeKataCount(node.katas.length)}` };
  return item;
}

/** Returns a number of katas, such as `3 katas`. */
export function describeKataCount(count: number): string {
  return count === 1 ? vscode.l10n.t('{0} kata', count) : vscode.l10n.t('{0} katas', count);
}

/**
 * A kata row. It keeps the index's summary, not the full model, so a large
 * catalogue shows its rows without keeping every model in memory.
 */
export class KataNode {
  readonly kind = 'kata';

  constructor(
    readonly parent: KataGroupNode,
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

    const status = completion && statusOf(completion);
    let icon = 'book';
    if (status === 'done') {
      icon = 'pass-filled';
    } else if (status === 'in-progress') {
      icon = 'circle-large-outline';
    }
    item.iconPath = new vscode.ThemeIcon(icon);
    const kind = vscode.l10n.t({ message: 'kata', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
    item.accessibilityInformation = { label: describeRow(this.kata.title, kind, completion) };
    return item;
  }
}
