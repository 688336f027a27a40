// Tree nodes under an expanded kata: its sections (Essential Setup, Task N,
// Completion Check), their steps, and the stored states that match no step.
// These need the kata's full model.

import * as vscode from 'vscode';
import { isStepDone, sectionCompletion, type StepStates } from '../core/kataProgress';
import { describeRow } from '../core/kataStatus';
import { Kata, KataSection, KataStep } from '../core/model';
import { toPlainText } from '../core/plainText';
import type { OrphanedState } from '../progress/progressService';
import type { KataNode } from './nodes';

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

  /** The kind of row in words, for screen readers. */
  get description(): string {
    return this.section.kind === 'task'
      ? vscode.l10n.t({ message: 'task', comment: ['Kind of a Katas view row, read by screen readers after its label'] })
      : vscode.l10n.t({ message: 'section', comment: ['Kind of a Katas view row, read by screen readers after its label'] });
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
      const label = done
        ? vscode.l10n.t({ message: 'Mark every step of "{0}" as not done', args: [this.section.label], comment: ['Read by screen readers on a section checkbox: {0} is the section label'] })
        : vscode.l10n.t({ message: 'Mark every step of "{0}" as done', args: [this.section.label], comment: ['Read by screen readers on a section checkbox: {0} is the section label'] });
      item.checkboxState = {
        state: done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
        tooltip: done ? vscode.l10n.t('Mark every step of this section as not done') : vscode.l10n.t('Mark every step of this section as done'),
        accessibilityInformation: { label },
      };
    }
    item.accessibilityInformation = { label: describeRow(this.section.label, this.description, completion) };
    item.command = {
      command: 'kataCoach.revealStep',
      title: vscode.l10n.t('Go to Section'),
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
    // Without its own label the checkbox has an empty accessible name, because the row's label belongs to the row.
    item.checkboxState = {
      state: done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: done ? vscode.l10n.t('Mark this step as not done') : vscode.l10n.t('Mark this step as done'),
      accessibilityInformation: {
        label: done
          ? vscode.l10n.t({ message: 'Mark step "{0}" as not done', args: [text], comment: ['Read by screen readers on a step checkbox: {0} is the text of the step'] })
          : vscode.l10n.t({ message: 'Mark step "{0}" as done', args: [text], comment: ['Read by screen readers on a step checkbox: {0} is the text of the step'] }),
      },
    };
    item.contextValue = 'step';
    item.accessibilityInformation = {
      label: done
        ? vscode.l10n.t({ message: '{0}, step, done', args: [text], comment: ['Read by screen readers: {0} is the text of a step'] })
        : vscode.l10n.t({ message: '{0}, step, not done', args: [text], comment: ['Read by screen readers: {0} is the text of a step'] }),
    };
    item.command = {
      command: 'kataCoach.revealStep',
      title: vscode.l10n.t('Go to Step'),
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
    const count = this.orphans.length;
    const item = new vscode.TreeItem(vscode.l10n.t({ message: 'Unmatched progress ({0})', args: [count], comment: ['{0} is the number of saved step states'] }), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = 'orphans';
    item.tooltip = vscode.l10n.t(
      'These checks belong to steps that were edited or removed from the kata file, so they match no step now. The progress file keeps them, and they count toward no section.',
    );
    item.accessibilityInformation = {
      label:
        count === 1
          ? vscode.l10n.t('Unmatched progress, {0} saved state without a matching step', count)
          : vscode.l10n.t('Unmatched progress, {0} saved states without a matching step', count),
    };
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
    const checked = this.orphan.checked;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = checked
      ? vscode.l10n.t({ message: 'checked', comment: ['State of a saved step that matches no step of the kata'] })
      : vscode.l10n.t({ message: 'not checked', comment: ['State of a saved step that matches no step of the kata'] });
    item.iconPath = new vscode.ThemeIcon(checked ? 'check' : 'circle-large-outline');
    item.contextValue = 'orphan';
    item.tooltip = checked
      ? vscode.l10n.t({ message: 'Step id {0}, checked in the progress file', args: [this.orphan.id], comment: ['{0} is the id of a saved step'] })
      : vscode.l10n.t({ message: 'Step id {0}, not checked in the progress file', args: [this.orphan.id], comment: ['{0} is the id of a saved step'] });
    item.accessibilityInformation = {
      label: checked
        ? vscode.l10n.t({ message: '{0}, unmatched step, checked in the progress file', args: [label], comment: ['Read by screen readers: {0} is the text or id of a saved step'] })
        : vscode.l10n.t({ message: '{0}, unmatched step, not checked in the progress file', args: [label], comment: ['Read by screen readers: {0} is the text or id of a saved step'] }),
    };
    return item;
  }
}
