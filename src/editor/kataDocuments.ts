// The parsed model of each open kata document at its current version, so
// lenses, decorations, hovers and diagnostics follow unsaved edits without
// parsing the text again for every request.

import * as vscode from 'vscode';
import { Kata, ParseResult } from '../core/model';
import { parseKataFile } from '../core/parser';
import { Disposable } from '../common/disposable';
import { KataWorkspace } from '../workspace/kataWorkspace';

// Typing fires a change per keystroke; views follow once the typing pauses.
const EDIT_DEBOUNCE_MS = 250;

interface CachedParse {
  version: number;
  result: ParseResult;
}

export class KataDocuments extends Disposable {
  private readonly cache = new Map<string, CachedParse>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  private readonly changeEmitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with a document's URI once edits to an open markdown document pause, and when it closes. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly workspace: KataWorkspace) {
    super();
    this.register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === 'markdown' && event.contentChanges.length > 0) {
          this.schedule(event.document.uri);
        }
      }),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.changeEmitter.fire(document.uri);
      }),
    );
    this.register({ dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) });
  }

  /** Returns the parse of the document's current text, from the cache when the version is unchanged. */
  resultOf(document: vscode.TextDocument): ParseResult {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) {
      return cached.result;
    }

    const result = parseKataFile(document.getText(), document.uri.fsPath);
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  /**
   * Returns the kata of a document that the index lists as a kata, parsed from the
   * document's current text, so its lines match unsaved edits. Returns
   * undefined for other documents, and while the text does not parse as a kata.
   */
  kataOf(document: vscode.TextDocument): Kata | undefined {
    if (document.uri.scheme !== 'file' || !this.workspace.index.isKataFile(document.uri.fsPath)) {
      return undefined;
    }
    return this.resultOf(document).kata;
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.changeEmitter.fire(uri);
      }, EDIT_DEBOUNCE_MS),
    );
  }
}
