// The Katas view: categories, katas, sections and steps with native
// checkboxes. Checkbox state is managed by hand, so VS Code does not
// propagate it; a section's box is derived from its steps instead.

import * as vscode from 'vscode';
import { stepIdsOf } from '../core/kataProgress';
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
    this.register(progress.onDidChange((kataId) => this.refreshKata(kataId)));
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
      const kata = await this.workspace.index.loadById(node.kata.id);
      if (!kata) {
        this.refresh();
        return;
      }
      node.kata = kata;
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
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
      case 'section':
        return node.toTreeItem(this.progress.statesOf(node.parent.kata.id));
      case 'step':
        return node.toTreeItem(this.progress.statesOf(node.kata.id));
    }
  }

  /**
   * Returns a node's children. Only a category's children need full models,
   * because each kata row shows its progress, so they are read without
   * blocking. Every other level comes from the index or the parent's model.
   */
  async getChildren(node?: KataTreeNode): Promise<KataTreeNode[]> {
    if (!node) {
      // Each kata row shows its progress, which needs the kata's full model, so
      // a large catalogue starts collapsed and parses a category when opened.
      const expanded = this.workspace.index.katas.length <= EXPANDED_KATA_LIMIT;
      this.shownPlaces = new Map(this.workspace.index.katas.map((kata) => [kata.filePath, placeOf(kata)]));
      return this.workspace.index.categories().map(({ name, katas }) => this.reuse(new CategoryNode(name, katas, expanded)));
    }

    switch (node.kind) {
      case 'category': {
        const katas = await Promise.all(node.katas.map((summary) => this.workspace.index.loadById(summary.id)));
        return katas.flatMap((kata) => (kata ? [this.reuse(new KataNode(node, kata))] : []));
      }
      case 'kata': {
        const sections: KataTreeNode[] = node.kata.sections.map((section) => this.reuse(new SectionNode(node, section)));
        const orphans = this.progress.orphansOf(node.kata);
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

  private refreshKata(kataId: string): void {
    const node = this.nodes.get(`kata:${kataId}`);
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
          changesFor(node.parent.kata)[id] = checked;
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
