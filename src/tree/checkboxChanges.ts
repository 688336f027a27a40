// Saves the checks a learner makes in the Katas view. Checking a section
// sets every step of it.

import * as vscode from 'vscode';
import { stepIdsOf } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { ProgressService } from '../progress/progressService';
import type { KataTreeNode } from './nodes';

/** Saves the step states of a checkbox change, one write per kata. */
export async function saveCheckboxChanges(event: vscode.TreeCheckboxChangeEvent<KataTreeNode>, progress: ProgressService, log: Logger): Promise<void> {
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
    log.debug(`Tree checkbox change in ${kata.id}: ${JSON.stringify(kataChanges)}`);
    await progress.setSteps(kata, kataChanges);
  }
}
