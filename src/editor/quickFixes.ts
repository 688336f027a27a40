// Quick fixes for the authoring diagnostics whose fix is clear: the core
// attaches them to each problem, and this provider turns them into edits.

import * as vscode from 'vscode';
import { ProblemFix } from '../core/model';
import { applyFix } from '../core/validation/applyFix';
import { KataDiagnostics } from './kataDiagnostics';

export class KataQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: KataDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const lines = document.getText().split(/\r?\n/);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const actions: vscode.CodeAction[] = [];

    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'Kata Coach') {
        continue;
      }
      this.diagnostics.fixesFor(document.uri, diagnostic).forEach((fix, index) => {
        const action = toAction(document.uri, lines, eol, fix);
        if (action) {
          action.diagnostics = [diagnostic];
          action.isPreferred = index === 0;
          actions.push(action);
        }
      });
    }
    return actions;
  }
}

function toAction(uri: vscode.Uri, lines: readonly string[], eol: string, fix: ProblemFix): vscode.CodeAction | undefined {
  const edit = applyFix(lines, fix);
  if (!edit) {
    return undefined;
  }

  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(edit.start - 1, 0, edit.end - 1, 0);
  action.edit.replace(uri, range, edit.lines.map((line) => line + eol).join(''));
  return action;
}
