// The Katas view's badge: how many katas are in progress, that is with at
// least one step done and not all. Most katas are counted from the index's
// summaries. Only katas whose learner states differ from their file's marks
// need their model, and those are few: the katas the learner worked on.

import * as vscode from 'vscode';
import { describeError } from '../common/logger';
import { Disposable } from '../common/disposable';
import type { Completion } from '../core/kataProgress';
import { describeInProgress, isInProgress } from '../core/kataStatus';
import type { KataSummary } from '../core/indexing/kataSummary';
import { Logger } from '../core/log';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { KataCompletions } from './kataCompletions';

// Quiet time after the last step count arrives before the badge counts again.
const DETAILS_DELAY_MS = 300;

export class InProgressBadge extends Disposable {
  /**
   * Completions that needed a model read, by kata id, kept until that kata's
   * progress or the index changes, so recounts after every validated file
   * read no file again.
   */
  private readonly loaded = new Map<string, Completion | undefined>();
  private stale = false;
  private detailsTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly view: vscode.TreeView<unknown>,
    private readonly workspace: KataWorkspace,
    progress: ProgressService,
    private readonly completions: KataCompletions,
    private readonly log: Logger,
  ) {
    super();
    this.register(
      progress.onDidChange((kataId) => {
        this.loaded.delete(kataId);
        void this.update();
      }),
    );
    this.register(
      workspace.onDidChange(() => {
        this.loaded.clear();
        void this.update();
      }),
    );
    // Step counts arrive as files are parsed, and a file's `[x]` marks can put
    // its kata in progress. Background validation adds thousands of them in a
    // large workspace, so they are counted once they pause.
    const removeDetailsListener = workspace.index.onDidChangeDetails(() => {
      clearTimeout(this.detailsTimer);
      this.detailsTimer = setTimeout(() => void this.update(), DETAILS_DELAY_MS);
    });
    this.register({ dispose: removeDetailsListener });
    this.register({ dispose: () => clearTimeout(this.detailsTimer) });
  }

  /**
   * Counts the katas in progress again. Calls that arrive while a count runs
   * share one more count, and the returned promise resolves once the badge
   * includes every change made before the call.
   */
  update(): Promise<void> {
    this.stale = true;
    this.running ??= this.run();
    return this.running;
  }

  private async run(): Promise<void> {
    try {
      while (this.stale && !this.isDisposed) {
        // Yielding first lets a burst of change events share one count.
        await new Promise((resolve) => setTimeout(resolve, 0));
        this.stale = false;
        const count = await this.countInProgress();
        if (!this.stale && !this.isDisposed) {
          this.view.badge = count > 0 ? { value: count, tooltip: describeInProgress(count) } : undefined;
        }
      }
    } catch (error) {
      this.log.warn(`Could not count the katas in progress: ${describeError(error)}`);
    } finally {
      this.running = undefined;
    }
  }

  private async countInProgress(): Promise<number> {
    let count = 0;
    for (const summary of this.workspace.index.katas) {
      const completion = this.completions.cachedOf(summary) ?? (await this.loadedCompletionOf(summary));
      if (isInProgress(completion)) {
        count++;
      }
    }
    return count;
  }

  private async loadedCompletionOf(summary: KataSummary): Promise<Completion | undefined> {
    if (!this.completions.needsModel(summary, false)) {
      return undefined;
    }
    if (this.loaded.has(summary.id)) {
      return this.loaded.get(summary.id);
    }
    const completion = await this.completions.load(summary, false);
    // A change during the read may have made it stale; the count that change asked for reads it again.
    if (!this.stale) {
      this.loaded.set(summary.id, completion);
    }
    return completion;
  }
}
