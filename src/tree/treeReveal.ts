// Selects rows of the Katas view from commands: a kata, or the step a
// learner should do next. The rows are built on the way, through the
// tree's own `getChildren`, so `TreeView.reveal` finds every ancestor.

import * as vscode from 'vscode';
import { currentSection, isStepDone } from '../core/kataProgress';
import { Logger } from '../core/log';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';
import type { KataNode, KataTreeNode } from './nodes';
import type { SectionNode, StepNode } from './sectionNodes';

/** The parts of the Katas view's provider that revealing uses. */
export interface RevealableTree {
  readonly view: vscode.TreeView<KataTreeNode>;
  getChildren(node?: KataTreeNode): Promise<KataTreeNode[]>;
}

export class KataRevealer {
  constructor(
    private readonly tree: RevealableTree,
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly log: Logger,
  ) {}

  async revealKata(kataId: string): Promise<void> {
    const kataNode = await this.kataNodeOf(kataId);
    if (kataNode) {
      await this.reveal(kataNode, { select: true, focus: false, expand: true });
    }
  }

  /**
   * Expands a kata and selects the step to do next: the first unfinished step
   * of its current section (see `currentSection`). When every step is done,
   * selects that section. Returns the selected node, or undefined when the
   * kata is not in the view, for example while completed katas are hidden.
   */
  async revealCurrentStep(kataId: string): Promise<SectionNode | StepNode | undefined> {
    const kataNode = await this.kataNodeOf(kataId);
    const kata = kataNode && (await this.workspace.index.loadById(kataId));
    const states = this.progress.statesOf(kataId);
    const section = kata && currentSection(kata, states);
    if (!kataNode || !section) {
      return undefined;
    }

    const sectionNode = (await this.tree.getChildren(kataNode)).find((node): node is SectionNode => node.kind === 'section' && node.section.id === section.id);
    if (!sectionNode) {
      return undefined;
    }
    const step = section.steps.find((candidate) => !isStepDone(candidate, states));
    const stepNode = step && (await this.tree.getChildren(sectionNode)).find((node): node is StepNode => node.kind === 'step' && node.step.id === step.id);
    const target = stepNode ?? sectionNode;
    // Focus goes to the tree, so a keyboard user can check the step with Space.
    await this.reveal(target, { select: true, focus: true, expand: false });
    return target;
  }

  private async reveal(node: KataTreeNode, options: { select: boolean; focus: boolean; expand: boolean }): Promise<void> {
    try {
      await this.tree.view.reveal(node, options);
    } catch (error) {
      this.log.warn(`Could not reveal ${node.id} in the Katas view: ${String(error)}`);
    }
  }

  /** Returns the row of a kata as the current grouping and filter show it, building the nodes on the way. */
  private async kataNodeOf(kataId: string): Promise<KataNode | undefined> {
    const group = (await this.tree.getChildren()).find((node) => (node.kind === 'category' || node.kind === 'group') && node.katas.some((item) => item.id === kataId));
    const children = group ? await this.tree.getChildren(group) : [];
    return children.find((node): node is KataNode => node.kind === 'kata' && node.kata.id === kataId);
  }
}
