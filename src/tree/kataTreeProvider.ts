// The Katas view: categories, katas, sections and steps with native
// checkboxes. Checkbox state is managed by hand, so VS Code does not
// propagate it; a section's box is derived from its steps instead.

import * as vscode from 'vscode';
import { kataCompletion, stepIdsOf, type Completion } from '../core/kataProgress';
import { Logger } from '../core/log';
import type { KataSummary } from '../core/indexing/kataSummary';
import { Kata } from '../core/model';
import { Disposable } from '../common/disposable';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace, type WorkspaceChange } from '../workspace/kataWorkspace';
import { CategoryNode, KataNode, KataTreeNode, OrphanNode, OrphansNode, SectionNode, StepNode } from './nodes';

// Up to this many katas, categories start expanded.
const EXPANDED_KATA_LIMIT = 100;

export const KATAS_VIEW_ID = 'kataCoach.katas';

export class KataTreeProvider extends Disposable implements vscode.TreeDataProvider<KataTreeNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<KataTreeNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;

  readonly view: vscode.TreeView<KataTreeNode>;

  // Nodes are reused by id, because `reveal` and targeted refreshes need the
  // same object that `getChildren` returned.
  private readonly nodes = new Map<string, KataTreeNode>();

  /** The place of each kata file in the tree as last built, by path; see placeOf. */
  private shownPlaces = new Map<string, string>();

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly log: Logger,
  ) {
    super();

    this.view = this.register(
      vscode.window.createTreeView(KATAS_VIEW_ID, {
        treeDataProvider: this,
        showCollapseAll: true,
        manageCheckboxStateManually: true,
      }),
    );
    this.register(this.view.onDidChangeCheckboxState((event) => void this.onCheckboxChange(event)));
    this.register(workspace.onDidChange((change) => void this.onIndexChange(change)));
    this.register(progress.onDidChange((kataId) => void this.refreshKata(kataId)));
  }

  refresh(): void {
    this.updateBadge();
    this.changeEmitter.fire(undefined);
  }

  /**
   * Refreshes only the rows of edited katas when their place in the tree
   * (id, title, category, difficulty) is unchanged, else the whole tree. A
   * kata's place is compared with the one the tree last showed, so a kata in
   * a collapsed category that changes place or stops being a kata refreshes too.
   */
  private async onIndexChange(change: WorkspaceChange): Promise<void> {
    if (change.files === undefined) {
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
      case 'orphans':
      case 'orphan':
        return node.toTreeItem();
      case 'kata':
        return node.toTreeItem(this.completionOf(node.kata));
      case 'section':
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
      case 'step':
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
    }
  }

  /** Builds a kata row's tooltip on hover, because it needs the kata's full model. */
  async resolveTreeItem(item: vscode.TreeItem, node: KataTreeNode): Promise<vscode.TreeItem> {
    if (node.kind === 'kata') {
      const kata = await this.workspace.index.loadById(node.kata.id);
      if (kata) {
        item.tooltip = node.tooltipOf(kata, kataCompletion(kata, this.progress.statesOf(kata.id)));
      }
    }
    return item;
  }

  /**
   * Returns a node's children. Categories and kata rows come from the
   * index's summaries, which count each kata's steps once it has been parsed;
   * see `completionOf`. A kata's sections come from its full model, read
   * without blocking when the kata is expanded.
   */
  async getChildren(node?: KataTreeNode): Promise<KataTreeNode[]> {
    if (!node) {
      // A large catalogue starts collapsed, so its rows are built when the learner opens a category.
      const expanded = this.workspace.index.katas.length <= EXPANDED_KATA_LIMIT;
      this.shownPlaces = new Map(this.workspace.index.katas.map((kata) => [kata.filePath, placeOf(kata)]));
      return this.workspace.index.categories().map(({ name, katas }) => this.reuse(new CategoryNode(name, katas, expanded)));
    }

    switch (node.kind) {
      case 'category': {
        // Katas not parsed yet, and katas whose states differ from their file, need their model for the row's progress.
        const unknown = node.katas.filter((summary) => !summary.steps || this.statesDifferFromFile(summary));
        await Promise.all(unknown.map((summary) => this.workspace.index.loadById(summary.id)));
        return node.katas.map((summary) => this.reuse(new KataNode(node, summary)));
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
    return node.kind === 'category' ? undefined : node.parent;
  }

  /** Selects and expands a kata in the view, building the nodes on the way if needed. */
  async revealKata(kata: Kata): Promise<void> {
    const category = (await this.getChildren()).find((node) => node.kind === 'category' && node.katas.some((item) => item.id === kata.id));
    const kataNode = category && (await this.getChildren(category)).find((node) => node.kind === 'kata' && node.kata.id === kata.id);
    if (!kataNode) {
      return;
    }
    try {
      await this.view.reveal(kataNode, { select: true, focus: false, expand: true });
    } catch (error) {
      this.log.warn(`Could not reveal ${kata.id} in the Katas view: ${String(error)}`);
    }
  }

  /**
   * Returns a kata row's progress. When the kata's states are only the `[x]`
   * marks saved in its file, the index's summary counts them without the model.
   * Otherwise the model is used, which `getChildren` loaded beforehand.
   */
  private completionOf(summary: KataSummary): Completion | undefined {
    const cached = this.workspace.index.cachedById(summary.id);
    if (cached) {
      return kataCompletion(cached, this.progress.statesOf(summary.id));
    }
    if (summary.steps && !this.statesDifferFromFile(summary)) {
      return { done: summary.steps.checkedInFile, total: summary.steps.total };
    }
    // Reached only when the model left the cache since getChildren loaded it.
    const kata = this.workspace.index.findById(summary.id);
    return kata && kataCompletion(kata, this.progress.statesOf(summary.id));
  }

  /** Returns true when the learner's states of a kata may differ from the `[x]` marks saved in its file. */
  private statesDifferFromFile(summary: KataSummary): boolean {
    if (this.progress.mode === 'markdown') {
      // An open editor may hold unsaved marks.
      return vscode.workspace.textDocuments.some((document) => document.uri.scheme === 'file' && document.uri.fsPath === summary.filePath);
    }
    return Object.keys(this.progress.storedStatesOf(summary.id)).length > 0;
  }

  private async refreshKata(kataId: string): Promise<void> {
    const node = this.nodes.get(`kata:${kataId}`);
    // Loading the model first keeps the blocking read out of getTreeItem.
    if (node?.kind === 'kata' && this.statesDifferFromFile(node.kata)) {
      await this.workspace.index.loadById(kataId);
    }
    this.updateBadge();
    this.changeEmitter.fire(node);
  }

  private updateBadge(): void {
    const count = this.workspace.index.katas.length;
    this.view.description = count === 0 ? undefined : count === 1 ? '1 kata' : `${count} katas`;
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

  private async onCheckboxChange(event: vscode.TreeCheckboxChangeEvent<KataTreeNode>): Promise<void> {
    const changes = new Map<Kata, Record<string, boolean>>();
    const changesFor = (kata: Kata) => {
      let kataChanges = changes.get(kata);
      if (!kataChanges) {
        kataChanges = {};
        changes.set(kata, kataChanges);
      }
      return kataChanges;
    };

    for (const [node, state] of event.items) {
      const checked = state === vscode.TreeItemCheckboxState.Checked;
      if (node.kind === 'step') {
        changesFor(node.kata)[node.step.id] = checked;
      } else if (node.kind === 'section') {
        for (const id of stepIdsOf(node.section)) {
          changesFor(node.kata)[id] = checked;
        }
      }
    }

    for (const [kata, kataChanges] of changes) {
      this.log.debug(`Tree checkbox change in ${kata.id}: ${JSON.stringify(kataChanges)}`);
      await this.progress.setSteps(kata, kataChanges);
    }
  }
}

/** Returns what decides a kata's row and its position: id, title, category and difficulty; `''` for a file that is not a kata. */
function placeOf(kata: KataSummary | undefined): string {
  return kata ? JSON.stringify([kata.id, kata.title, kata.category, kata.difficulty ?? null]) : '';
}
