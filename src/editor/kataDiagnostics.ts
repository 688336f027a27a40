// Shows the validator's diagnostics in the Problems panel for every markdown
// file of the index. Open documents are validated from their current text, so
// problems follow typing. All files are validated together, because some rules
// (duplicate ids, unknown prerequisites, cycles) span files.

import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { ParseResult, Problem, ProblemFix } from '../core/model';
import { validateKataFiles } from '../core/validation';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { KataDocuments } from './kataDocuments';

// Edits arrive already debounced; this only merges an edit with an index change.
const UPDATE_DEBOUNCE_MS = 100;

const SEVERITIES: Readonly<Record<Problem['severity'], vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class KataDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('kataCoach'));
  /** Problems with fixes by file path. Diagnostics reach code action providers as copies, so fixes are found by code, line and message. */
  private fixable = new Map<string, Problem[]>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly documents: KataDocuments,
    private readonly log: Logger,
  ) {
    super();
    this.register(workspace.onDidChange(() => this.schedule()));
    this.register(documents.onDidChange(() => this.schedule()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  /** Returns the diagnostics shown for a file, for tests. */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Returns the fixes of the problem shown as `diagnostic`. */
  fixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): ProblemFix[] {
    const problem = this.fixable
      .get(uri.fsPath)
      ?.find((candidate) => candidate.code === diagnostic.code && candidate.line === diagnostic.range.start.line + 1 && candidate.message === diagnostic.message);
    return problem?.fixes ?? [];
  }

  /** Validates every file now. */
  update(): void {
    const started = Date.now();
    try {
      const results = this.currentResults();
      const validated = validateKataFiles(results);

      this.collection.clear();
      this.fixable = new Map();
      let count = 0;
      for (const file of validated) {
        const withFixes = file.diagnostics.filter((problem) => problem.fixes !== undefined);
        if (withFixes.length > 0) {
          this.fixable.set(file.filePath, withFixes);
        }
        if (file.diagnostics.length > 0) {
          this.collection.set(vscode.Uri.file(file.filePath), file.diagnostics.map(toDiagnostic));
          count += file.diagnostics.length;
        }
      }
      this.log.debug(`Validated ${results.length} files: ${count} diagnostics in ${Date.now() - started} ms`);
    } catch (error) {
      this.log.error(`Validating kata files failed: ${describeError(error)}`);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DEBOUNCE_MS);
  }

  /** Returns the index's results with each open document's current text in place of the saved file. */
  private currentResults(): ParseResult[] {
    const open = new Map<string, vscode.TextDocument>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === 'file' && document.isDirty) {
        open.set(document.uri.fsPath, document);
      }
    }

    return this.workspace.index.results().map((result) => {
      const document = open.get(result.filePath);
      return document ? this.documents.resultOf(document) : result;
    });
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const column = Math.max(0, problem.column - 1);
  // The range runs to the end of the line, so the squiggle covers the value in question.
  const range = new vscode.Range(line, column, line, Number.MAX_SAFE_INTEGER);
  const diagnostic = new vscode.Diagnostic(range, problem.message, SEVERITIES[problem.severity]);
  diagnostic.source = 'Kata Coach';
  diagnostic.code = problem.code;
  return diagnostic;
}
