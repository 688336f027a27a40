// The progress of kata rows, from the index's summaries where they suffice,
// so a category shows its rows without reading every kata file.

import * as vscode from 'vscode';
import { kataCompletion, type Completion } from '../core/kataProgress';
import type { KataSummary } from '../core/indexing/kataSummary';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';

export class KataCompletions {
  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Returns a kata's progress from memory: from its cached model, or from the
   * summary's step counts when the learner's states are only the `[x]` marks
   * saved in its file. Returns undefined when that needs the model, which is
   * not cached, or when the steps are not counted yet. Never reads the file.
   */
  cachedOf(summary: KataSummary): Completion | undefined {
    const cached = this.workspace.index.cachedById(summary.id);
    if (cached) {
      return kataCompletion(cached, this.progress.statesOf(summary.id));
    }
    if (summary.steps && !this.statesDifferFromFile(summary)) {
      return { done: summary.steps.checkedInFile, total: summary.steps.total };
    }
    return undefined;
  }

  /**
   * Returns a kata row's progress like `cachedOf`, parsing the kata's file
   * when needed. `getChildren` loads those models beforehand, so the parse
   * happens only when a model left the cache in between.
   */
  of(summary: KataSummary): Completion | undefined {
    const cached = this.cachedOf(summary);
    if (cached) {
      return cached;
    }
    const kata = this.workspace.index.findById(summary.id);
    return kata && kataCompletion(kata, this.progress.statesOf(summary.id));
  }

  /**
   * Returns a kata's progress, reading its model without blocking when the
   * learner's states differ from the file's marks. With `countSteps`, it also
   * reads katas whose steps are not counted yet; without it, those return undefined.
   */
  async load(summary: KataSummary, countSteps: boolean): Promise<Completion | undefined> {
    if (this.needsModel(summary, countSteps)) {
      await this.workspace.index.loadById(summary.id);
    }
    return this.cachedOf(summary);
  }

  /** Returns true when `load` would read the kata's model: see there. */
  needsModel(summary: KataSummary, countSteps: boolean): boolean {
    return this.statesDifferFromFile(summary) || (countSteps && !summary.steps);
  }

  /** Returns true when the learner's states of a kata may differ from the `[x]` marks saved in its file. */
  statesDifferFromFile(summary: KataSummary): boolean {
    if (this.progress.mode === 'markdown') {
      // An open editor may hold unsaved marks.
      return vscode.workspace.textDocuments.some((document) => document.uri.scheme === 'file' && document.uri.fsPath === summary.filePath);
    }
    return Object.keys(this.progress.storedStatesOf(summary.id)).length > 0;
  }
}
