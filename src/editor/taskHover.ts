// A hover on a task heading of a kata file that shows the hints revealed so
// far, in full. Kata text is untrusted, so the markdown runs no commands and
// renders no HTML.

import * as vscode from 'vscode';
import { revealedHints, hintsForSection } from '../core/hintReveal';
import { ProgressService } from '../progress/progressService';
import { KataDocuments } from './kataDocuments';

export class TaskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly progress: ProgressService,
    private readonly documents: KataDocuments,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const kata = this.documents.kataOf(document);
    const section = kata?.sections.find((candidate) => candidate.kind === 'task' && candidate.line === position.line + 1);
    if (!kata || !section) {
      return undefined;
    }

    const total = hintsForSection(kata, section.id).length;
    const count = this.progress.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0;
    const shown = revealedHints(kata, section.id, count);
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.isTrusted = false;
    markdown.supportHtml = false;

    if (shown.length === 0) {
      markdown.appendText(
        total === 0
          ? vscode.l10n.t('The kata has no hints for this task.')
          : vscode.l10n.t({ message: 'No hints revealed yet: {0} available. Use the "Show a hint" lens above.', args: [total], comment: ['{0} is the number of hints of the task; "Show a hint" is the CodeLens above the task heading'] }),
      );
    } else {
      markdown.appendMarkdown(`**${vscode.l10n.t('Hints revealed: {0} of {1}', shown.length, total)}**\n\n`);
      shown.forEach((hint, index) => {
        markdown.appendText(`${index + 1}. `);
        markdown.appendMarkdown(`${hint.text}\n\n`);
      });
    }
    return new vscode.Hover(markdown, document.lineAt(position.line).range);
  }
}
