// Progress kept as `[x]` marks in the kata files themselves (storage mode
// `markdown`). Writes go through a `WorkspaceEdit` that replaces one marker
// character per step, so Undo in the editor reverts a check. States come from
// the open editor buffer when there is one, else from the file as parsed.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { findCheckboxes } from '../core/markdown';
import { allSteps, Kata } from '../core/model';
import { CheckboxToggleError, locateCheckboxMarker } from '../core/toggle';
import { describeError } from '../common/logger';
import { showFailureMessage } from '../common/failureMessage';
import { Disposable } from '../common/disposable';
import { KataWorkspace } from '../workspace/kataWorkspace';

export interface ApplyOptions {
  /** False leaves the edited document unsaved, as in Restricted Mode after "Don't Save". Defaults to true. */
  save?: boolean;
}

interface BufferStates {
  version: number;
  states: StepStates;
}

export class MarkdownProgress extends Disposable {
  // Parsing a buffer for every tree row would be slow, so states are kept per document version.
  private readonly bufferStates = new Map<string, BufferStates>();

  private readonly changeEmitter = this.register(new vscode.EventEmitter<string>());
  /** Fires with a kata id when the editor buffer of its file changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
  ) {
    super();

    this.register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        const kata = this.kataOf(event.document);
        if (kata && event.contentChanges.length > 0) {
          this.changeEmitter.fire(kata.id);
        }
      }),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.bufferStates.delete(document.uri.fsPath);
        const kata = this.kataOf(document);
        if (kata) {
          this.changeEmitter.fire(kata.id);
        }
      }),
    );
  }

  /**
   * Returns the checked state of every step as the `[x]` marks show it. A step
   * whose line in the open buffer no longer contains its text keeps the state
   * parsed from the saved file.
   */
  statesOf(kata: Kata): StepStates {
    const document = this.openDocumentOf(kata);
    if (!document) {
      return Object.fromEntries(allSteps(kata).map((step) => [step.id, step.checkedInFile]));
    }

    const cached = this.bufferStates.get(kata.filePath);
    if (cached && cached.version === document.version) {
      return cached.states;
    }

    const byLine = new Map(findCheckboxes(document.getText()).map((checkbox) => [checkbox.line, checkbox]));
    const states: Record<string, boolean> = {};
    for (const step of allSteps(kata)) {
      const checkbox = byLine.get(step.line);
      states[step.id] = checkbox !== undefined && checkbox.text === step.text ? checkbox.checked : step.checkedInFile;
    }
    this.bufferStates.set(kata.filePath, { version: document.version, states });
    return states;
  }

  /**
   * Applies step changes and reports a failure to the user; returns false on
   * failure. A checkbox that moved since the last parse makes the workspace
   * scan again.
   */
  async applyAndReport(kata: Kata, changes: Record<string, boolean>, options: ApplyOptions = {}): Promise<boolean> {
    try {
      await this.apply(kata, changes, options);
      return true;
    } catch (error) {
      this.log.error(`Writing checkboxes of ${kata.id} into ${kata.filePath} failed: ${describeError(error)}`);
      if (error instanceof CheckboxToggleError) {
        void showFailureMessage(
          vscode.l10n.t({
            message: 'Kata Coach could not change the checkbox in {0}: {1} Kata Coach rescans the workspace now. Save the file if it has unsaved edits.',
            args: [path.basename(kata.filePath), error.message],
            comment: ['{0} is a file name; {1} is the reason, a sentence'],
          }),
        );
        void this.workspace.scan();
      } else {
        void showFailureMessage(
          vscode.l10n.t({ message: 'Kata Coach could not write checks into {0}: {1}', args: [path.basename(kata.filePath), describeError(error)], comment: ['{0} is a file name; {1} is the error message'] }),
        );
      }
      return false;
    }
  }

  /**
   * Writes `changes` (checked state by step id) as marker edits into the kata
   * file. Saves the document afterwards unless it had unsaved edits before, so
   * those stay unsaved, or `options.save` is false. Throws `CheckboxToggleError`
   * when a step's line no longer contains its text, and then changes nothing.
   */
  async apply(kata: Kata, changes: Record<string, boolean>, options: ApplyOptions = {}): Promise<void> {
    const uri = vscode.Uri.file(kata.filePath);
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    const text = document.getText();
    const steps = new Map(allSteps(kata).map((step) => [step.id, step]));

    // Every marker is located before the edit is applied, so a stale step rejects the whole change.
    const edit = new vscode.WorkspaceEdit();
    let edits = 0;
    for (const [stepId, checked] of Object.entries(changes)) {
      const step = steps.get(stepId);
      if (!step) {
        this.log.warn(`Kata ${kata.id} has no step ${stepId}; its checkbox was not changed in ${kata.filePath}`);
        continue;
      }

      const marker = locateCheckboxMarker(text, step.line, { text: step.text });
      if (marker.checked === checked) {
        continue;
      }
      const start = new vscode.Position(marker.line - 1, marker.character);
      edit.replace(uri, new vscode.Range(start, start.translate(0, 1)), checked ? 'x' : ' ');
      edits++;
    }

    if (edits === 0) {
      return;
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new Error(vscode.l10n.t('VS Code rejected the edit of {0}. Check that the file is not read-only.', kata.filePath));
    }

    const save = options.save !== false && !wasDirty;
    if (save && !(await document.save())) {
      throw new Error(vscode.l10n.t('Saving {0} failed after its checkboxes were changed.', kata.filePath));
    }
    const unsaved = wasDirty ? ' (left unsaved: the file had unsaved edits)' : ' (left unsaved: Restricted Mode)';
    this.log.debug(`Wrote ${edits} checkbox changes into ${kata.filePath}${save ? '' : unsaved}`);
  }

  private openDocumentOf(kata: Kata): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'file' && document.uri.fsPath === kata.filePath);
  }

  private kataOf(document: vscode.TextDocument): Kata | undefined {
    return document.uri.scheme === 'file' ? this.workspace.index.findByFile(document.uri.fsPath) : undefined;
  }
}
