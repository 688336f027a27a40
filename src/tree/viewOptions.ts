// The Katas view's display choices: how the top level is grouped and whether
// completed katas are hidden. They persist per workspace, and context keys
// mirror them so the view's `...` menu shows the current choice.

import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { isKataGrouping, type KataGrouping } from '../core/kataGroups';
import { describeKataCount } from './nodes';

/** Context key with the current grouping: `category`, `difficulty` or `path`. */
export const GROUP_BY_CONTEXT_KEY = 'kataCoach.groupBy';
/** Context key that is true while completed katas are hidden. */
export const HIDE_COMPLETED_CONTEXT_KEY = 'kataCoach.hideCompleted';

const GROUP_BY_STATE_KEY = 'kataCoach.katasView.groupBy';
const HIDE_COMPLETED_STATE_KEY = 'kataCoach.katasView.hideCompleted';

export class KatasViewOptions extends Disposable {
  private groupingValue: KataGrouping;
  private hideCompletedValue: boolean;

  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  /** Fires after the grouping or the completed filter changed. */
  readonly onDidChange = this.changeEmitter.event;

  /** Without `state`, the choices last until the window closes. */
  constructor(private readonly state: vscode.Memento | undefined) {
    super();
    const stored = state?.get<unknown>(GROUP_BY_STATE_KEY);
    this.groupingValue = isKataGrouping(stored) ? stored : 'category';
    this.hideCompletedValue = state?.get<unknown>(HIDE_COMPLETED_STATE_KEY) === true;
    void this.publish();
  }

  get grouping(): KataGrouping {
    return this.groupingValue;
  }

  get hideCompleted(): boolean {
    return this.hideCompletedValue;
  }

  async setGrouping(grouping: KataGrouping): Promise<void> {
    if (grouping === this.groupingValue) {
      return;
    }
    this.groupingValue = grouping;
    await this.saveAndNotify(GROUP_BY_STATE_KEY, grouping);
  }

  async setHideCompleted(hide: boolean): Promise<void> {
    if (hide === this.hideCompletedValue) {
      return;
    }
    this.hideCompletedValue = hide;
    await this.saveAndNotify(HIDE_COMPLETED_STATE_KEY, hide);
  }

  private async saveAndNotify(key: string, value: unknown): Promise<void> {
    this.changeEmitter.fire();
    await Promise.all([this.state?.update(key, value), this.publish()]);
  }

  private async publish(): Promise<void> {
    await Promise.all([
      vscode.commands.executeCommand('setContext', GROUP_BY_CONTEXT_KEY, this.groupingValue),
      vscode.commands.executeCommand('setContext', HIDE_COMPLETED_CONTEXT_KEY, this.hideCompletedValue),
    ]);
  }
}

/**
 * Returns the text shown next to the Katas view's title: the number of katas
 * in the index, and whether completed katas are hidden, which explains a kata
 * missing from the view.
 */
export function describeKatasView(kataCount: number, hideCompleted: boolean): string | undefined {
  const count = kataCount === 0 ? undefined : describeKataCount(kataCount);
  if (!hideCompleted) {
    return count;
  }
  if (count === undefined) {
    return vscode.l10n.t({ message: 'Completed hidden', comment: ['Next to the Katas view title while completed katas are hidden'] });
  }
  return vscode.l10n.t({ message: '{0} · completed hidden', args: [count], comment: ['Next to the Katas view title while completed katas are hidden: {0} is a number of katas, such as "3 katas"'] });
}
