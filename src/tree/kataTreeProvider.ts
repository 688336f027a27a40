// The Katas view: groups of katas (categories, difficulties or learning
// paths), katas, sections and steps with native checkboxes. Checkbox state
// is managed by hand, so VS Code does not propagate it; a section's box is
// derived from its steps instead.

import * as vscode from 'vscode';
import { groupByDifficulty, groupByLearningPath, withoutCompleted, type KataGroup } from '../core/kataGroups';
import { kataCompletion } from '../core/kataProgress';
import { countStatuses, isCompleted } from '../core/kataStatus';
import { Logger } from '../core/log';
import type { KataSummary } from '../core/indexing/kataSummary';
import { Kata } from '../core/model';
import { Disposable } from '../common/disposable';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace, type WorkspaceChange } from '../workspace/kataWorkspace';
import { saveCheckboxChanges } from './checkboxChanges';
import { KataCompletions } from './kataCompletions';
import { CategoryNode, GroupNode, KataGroupNode, KataNode, KataTreeNode, OrphanNode, OrphansNode, SectionNode, StepNode } from './nodes';
import { groupTooltip, kataTooltip, sectionTooltip, stepTooltip } from './tooltips';
import { KataRevealer } from './treeReveal';
import { InProgressBadge } from './viewBadge';
import { describeKatasView, KatasViewOptions } from './viewOptions';

// Up to this many katas, groups start expanded.
const EXPANDED_KATA_LIMIT = 100;

export const KATAS_VIEW_ID = 'kataCoach.katas';

export class KataTreeProvider extends Disposable implements vscode.TreeDataProvider<KataTreeNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<KataTreeNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;

  readonly view: vscode.TreeView<KataTreeNode>;
  /** The grouping and the completed filter, which the view title's menu changes. */
  readonly options: KatasViewOptions;
  private readonly completions: KataCompletions;
  private readonly badge: InProgressBadge;
  private readonly revealer: KataRevealer;

  // Nodes are reused by id, because `reveal` and targeted refreshes need the
  // same object that `getChildren` returned.
  private readonly nodes = new Map<string, KataTreeNode>();

  /** The place of each kata file in the tree as last built, by path; see placeOf. */
  private shownPlaces = new Map<string, string>();

  /** `state` keeps the grouping and the completed filter across windows; see KatasViewOptions. */
  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly log: Logger,
    state?: vscode.Memento,
  ) {
    super();

    this.options = this.register(new KatasViewOptions(state));
    this.completions = new KataCompletions(workspace, progress);
    this.view = this.register(
      vscode.window.createTreeView(KATAS_VIEW_ID, {
        treeDataProvider: this,
        showCollapseAll: true,
        manageCheckboxStateManually: true,
      }),
    );
    this.badge = this.register(new InProgressBadge(this.view, workspace, progress, this.completions, log));
    this.revealer = new KataRevealer(this, workspace, progress, log);
    this.register(this.view.onDidChangeCheckboxState((event) => void saveCheckboxChanges(event, progress, log)));
    this.register(workspace.onDidChange((change) => void this.onIndexChange(change)));
    this.register(progress.onDidChange((kataId) => void this.refreshKata(kataId)));
    this.register(this.options.onDidChange(() => this.refresh()));
    void this.badge.update();
  }

  refresh(): void {
    this.view.description = describeKatasView(this.workspace.index.kataCount, this.options.hideCompleted);
    this.changeEmitter.fire(undefined);
  }

  /** Counts the katas in progress again; resolves once the view's badge shows the count. */
  updateBadge(): Promise<void> {
    return this.badge.update();
  }

  /**
   * Refreshes only the rows of edited katas when their place in the tree
   * (id, title, category, difficulty, prerequisites) is unchanged, else the
   * whole tree. A kata's place is compared with the one the tree last showed,
   * so a kata in a collapsed group that changes place or stops being a kata
   * refreshes too.
   */
  private async onIndexChange(change: WorkspaceChange): Promise<void> {
    // While completed katas are hidden, an edited kata may have become done or not done.
    if (change.files === undefined || this.options.hideCompleted) {
      this.refresh();
      return;
    }

    const changedNodes: KataNode[] = [];
    for (const filePath of change.files) {
      const summary = this.workspace.index.isKataFile(filePath) ? this.workspace.index.fileOf(filePath)?.summary.kata : undefined;
      if ((this.shownPlaces.get(filePath) ?? '') !== placeOf(summary)) {
        this.refresh();
        return;
      }
      // The place, and so the id, is unchanged, so an existing row has this id.
      const node = summary && this.nodes.get(`kata:${summary.id}`);
      if (node?.kind === 'kata') {
        changedNodes.push(node);
      }
    }

    for (const node of changedNodes) {
      const summary = this.workspace.index.summaryOf(node.kata.id);
      if (!summary) {
        this.refresh();
        return;
      }
      node.kata = summary;
      this.changeEmitter.fire(node);
    }
  }

  getTreeItem(node: KataTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'category':
      case 'group':
      case 'orphans':
      case 'orphan':
        return node.toTreeItem();
      case 'kata':
        return node.toTreeItem(this.completions.of(node.kata));
      case 'section':
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
      case 'step':
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
    }
  }

  /** Builds a row's tooltip on hover, because a kata's needs its full model and a group's the progress of its katas. */
  async resolveTreeItem(item: vscode.TreeItem, node: KataTreeNode): Promise<vscode.TreeItem> {
    switch (node.kind) {
      case 'kata': {
        const kata = await this.workspace.index.loadById(node.kata.id);
        if (kata) {
          item.tooltip = kataTooltip(kata, kataCompletion(kata, this.progress.statesOf(kata.id)));
        }
        break;
      }
      case 'category':
      case 'group': {
        // Only katas the learner worked on need their model, so this reads few files.
        const completions = await Promise.all(node.katas.map((summary) => this.completions.load(summary, false)));
        item.tooltip = groupTooltip(node, countStatuses(completions));
        break;
      }
      case 'section':
        item.tooltip = sectionTooltip(node, this.progress.statesOf(node.kata.id));
        break;
      case 'step':
        item.tooltip = stepTooltip(node, this.progress.statesOf(node.kata.id));
        break;
    }
    return item;
  }

  /**
   * Returns a node's children. Groups and kata rows come from the index's
   * summaries, which count each kata's steps once it has been parsed; see
   * KataCompletions. A kata's sections come from its full model, read
   * without blocking when the kata is expanded.
   */
  async getChildren(node?: KataTreeNode): Promise<KataTreeNode[]> {
    if (!node) {
      return this.groupNodes();
    }

    switch (node.kind) {
      case 'category':
      case 'group': {
        // Katas not parsed yet, and katas whose states differ from their file, need their model for the row's progress.
        const unknown = node.katas.filter((summary) => this.completions.needsModel(summary, true));
        await Promise.all(unknown.map((summary) => this.workspace.index.loadById(summary.id)));
        const visible = this.options.hideCompleted ? node.katas.filter((summary) => !this.isKataCompleted(summary)) : node.katas;
        return visible.map((summary) => this.reuse(new KataNode(node, summary)));
      }
      case 'kata': {
        const kata = await this.workspace.index.loadById(node.kata.id);
        if (!kata) {
          return [];
        }
        const sections: KataTreeNode[] = kata.sections.map((section) => this.reuse(new SectionNode(node, kata, section)));
        const orphans = this.progress.orphansOf(kata);
        return orphans.length === 0 ? sections : [...sections, this.reuse(new OrphansNode(node, orphans))];
      }
      case 'section':
        return node.section.steps.map((step) => this.reuse(new StepNode(node, step)));
      case 'orphans':
        return node.orphans.map((orphan) => this.reuse(new OrphanNode(node, orphan)));
      case 'step':
      case 'orphan':
        return [];
    }
  }

  getParent(node: KataTreeNode): KataTreeNode | undefined {
    return node.kind === 'category' || node.kind === 'group' ? undefined : node.parent;
  }

  /** Selects and expands a kata in the view, building the nodes on the way if needed. */
  revealKata(kata: Kata): Promise<void> {
    return this.revealer.revealKata(kata.id);
  }

  /** Expands a kata and selects its current step; see KataRevealer.revealCurrentStep. */
  revealCurrentStep(kataId: string): Promise<SectionNode | StepNode | undefined> {
    return this.revealer.revealCurrentStep(kataId);
  }

  private async groupNodes(): Promise<KataGroupNode[]> {
    const index = this.workspace.index;
    // A large catalogue starts collapsed, so its rows are built when the learner opens a group.
    const expanded = index.katas.length <= EXPANDED_KATA_LIMIT;
    this.shownPlaces = new Map(index.katas.map((kata) => [kata.filePath, placeOf(kata)]));

    const grouping = this.options.grouping;
    let groups: KataGroup[];
    if (grouping === 'category') {
      groups = index.categories().map(({ name, katas }) => ({ key: name, label: name, katas }));
    } else {
      groups = grouping === 'difficulty' ? groupByDifficulty(index.katas) : groupByLearningPath(index.katas);
    }

    if (this.options.hideCompleted) {
      // Telling whether a kata the learner worked on is done needs its model; such katas are few.
      const worked = index.katas.filter((summary) => this.completions.needsModel(summary, false));
      await Promise.all(worked.map((summary) => index.loadById(summary.id)));
      groups = withoutCompleted(groups, (summary) => this.isKataCompleted(summary));
    }

    return groups.map((group) =>
      grouping === 'category' ? this.reuse(new CategoryNode(group.label, group.katas, expanded)) : this.reuse(GroupNode.of(grouping, group, expanded)),
    );
  }

  /** Returns true when the kata is known to be done. A kata whose steps are not counted yet counts as not done. */
  private isKataCompleted(summary: KataSummary): boolean {
    return isCompleted(this.completions.cachedOf(summary));
  }

  private async refreshKata(kataId: string): Promise<void> {
    if (this.options.hideCompleted) {
      // A kata that was just finished leaves the view, and one that was reset comes back.
      this.refresh();
      return;
    }
    const node = this.nodes.get(`kata:${kataId}`);
    // Loading the model first keeps the blocking read out of getTreeItem.
    if (node?.kind === 'kata' && this.completions.statesDifferFromFile(node.kata)) {
      await this.workspace.index.loadById(kataId);
    }
    this.changeEmitter.fire(node);
  }

  // Replaces the data of an existing node with the same id, so object
  // identity survives refreshes, and keeps the new data current.
  private reuse<T extends KataTreeNode>(fresh: T): T {
    const existing = this.nodes.get(fresh.id) as T | undefined;
    if (!existing) {
      this.nodes.set(fresh.id, fresh);
      return fresh;
    }
    Object.assign(existing, fresh);
    return existing;
  }
}

/**
 * Returns what decides a kata's row and its position in every grouping: id,
 * title, category, difficulty and prerequisites. Returns `''` for a file that is not a kata.
 */
function placeOf(kata: KataSummary | undefined): string {
  return kata ? JSON.stringify([kata.id, kata.title, kata.category, kata.difficulty ?? null, kata.prerequisites]) : '';
}
