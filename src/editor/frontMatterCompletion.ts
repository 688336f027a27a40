// Completion in the front matter of markdown files: field names, allowed
// values and kata ids (see core/frontMatterCompletion).

import * as vscode from 'vscode';
import { frontMatterCompletions } from '../core/frontMatterCompletion';
import { KataWorkspace } from '../workspace/kataWorkspace';

const KINDS = {
  field: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  'kata-id': vscode.CompletionItemKind.Reference,
} as const;

export class FrontMatterCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '-', '['];

  constructor(private readonly workspace: KataWorkspace) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    // Only the lines up to the front matter's end matter, and a kata file's front matter is short.
    const lines: string[] = [];
    for (let line = 0; line < Math.min(document.lineCount, position.line + 200); line++) {
      lines.push(document.lineAt(line).text);
    }

    const own = this.workspace.index.fileOf(document.uri.fsPath)?.summary.kata?.id;
    const katas = this.workspace.index.katas.filter((kata) => kata.id !== own).map((kata) => ({ id: kata.id, title: kata.title }));
    const items = frontMatterCompletions(lines, position.line, position.character, katas);
    const word = document.getWordRangeAtPosition(position, /[\w.-]+/);

    return items.map((item, index) => {
      const completion = new vscode.CompletionItem(item.label, KINDS[item.kind]);
      // VS Code sorts by label otherwise, and the core's order puts required fields first.
      completion.sortText = String(index).padStart(4, '0');
      completion.insertText = item.insertText;
      completion.detail = item.detail;
      if (word) {
        completion.range = word;
      }
      if (item.kind === 'field') {
        // After the key, suggest its values at once.
        completion.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
      }
      return completion;
    });
  }
}
