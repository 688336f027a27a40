// Marks done steps in kata files without editing them: a gutter check and a
// subtle line background, in `workspace` storage mode. In `markdown` mode the
// file's own `[x]` shows it.

import * as vscode from 'vscode';
import { isStepDone } from '../core/kataProgress';
import { allSteps } from '../core/model';
import { Disposable } from '../common/disposable';
import { ProgressService } from '../progress/progressService';
import { KataDocuments } from './kataDocuments';

export class StepDecorations extends Disposable {
  private readonly type: vscode.TextEditorDecorationType;
  /** The gutter check, on the step's first visual line only: a whole-line decoration repeats it on every wrapped line. */
  private readonly gutterType: vscode.TextEditorDecorationType;

  constructor(
    extensionUri: vscode.Uri,
    private readonly progress: ProgressService,
    private readonly documents: KataDocuments,
  ) {
    super();
    this.type = this.register(
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('kataCoach.doneStepBackground'),
        overviewRulerColor: new vscode.ThemeColor('kataCoach.doneStepOverviewRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        isWholeLine: true,
      }),
    );

    this.gutterType = this.register(
      vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'step-done.svg'),
        gutterIconSize: 'contain',
      }),
    );

    const refresh = () => this.updateAll();
    this.register(vscode.window.onDidChangeVisibleTextEditors(refresh));
    this.register(progress.onDidChange(refresh));
    this.register(progress.onDidChangeStorageMode(refresh));
    this.register(documents.onDidChange(refresh));
    refresh();
  }

  /** Returns the 0-based lines decorated in an editor, for tests. */
  decoratedLines(editor: vscode.TextEditor): number[] {
    return this.rangesOf(editor.document).map((range) => range.start.line);
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const ranges = this.rangesOf(editor.document);
      editor.setDecorations(this.type, ranges);
      editor.setDecorations(this.gutterType, ranges);
    }
  }

  private rangesOf(document: vscode.TextDocument): vscode.Range[] {
    const kata = this.progress.mode === 'workspace' ? this.documents.kataOf(document) : undefined;
    if (!kata) {
      return [];
    }
    const states = this.progress.statesOf(kata.id);
    return allSteps(kata)
      .filter((step) => isStepDone(step, states))
      .map((step) => new vscode.Range(step.line - 1, 0, step.line - 1, 0));
  }
}
