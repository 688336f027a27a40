// Shows the validator's diagnostics in the Problems panel for every markdown
// file of the index. Open documents are validated from their current text, so
// problems follow typing. Rules that span files (duplicate ids, unknown
// prerequisites, cycles) run on the index's summaries; each file's own rules
// run once per change of that file.

import * as vscode from 'vscode';
import { needsNoCheck, ownProblemsOf } from '../core/indexing/ownProblems';
import { countOf } from '../core/countOf';
import { Logger } from '../core/log';
import { Problem, ProblemFix } from '../core/model';
import { checkFile, combineDiagnostics, toWorkspaceFile, type CheckedFile, type FileDiagnostics, type WorkspaceFile } from '../core/validation';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { KataDocuments } from './kataDocuments';

// Edits arrive already debounced; this only merges an edit with an index change.
const UPDATE_DEBOUNCE_MS = 100;

// Maximum time of parsing, in ms, before the run yields to other extension host work.
const SLICE_MS = 20;

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
  private generation = 0;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly documents: KataDocuments,
    private readonly log: Logger,
  ) {
    super();
    this.register(workspace.onDidChange(() => this.schedule()));
    this.register(documents.onDidChange(() => this.schedule()));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register({ dispose: () => this.generation++ });
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

  /**
   * Validates every file and shows the result. A newer call supersedes a run
   * in progress. Files are parsed in slices with pauses between them, because
   * the first run parses every file of a large workspace.
   */
  update(): Promise<void> {
    return this.validate(++this.generation);
  }

  private async validate(generation: number): Promise<void> {
    // A scan in progress, such as the check after a start from the cache, goes first: both compete for the same thread.
    await this.workspace.ready;
    if (generation !== this.generation) {
      return;
    }
    const started = Date.now();
    try {
      const index = this.workspace.index;
      const dirty = dirtyDocuments();
      const checked: CheckedFile[] = [];
      const workspaceFiles: WorkspaceFile[] = [];
      let sliceStarted = Date.now();
      let parsed = 0;

      for (const file of index.files()) {
        if (Date.now() - sliceStarted > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (generation !== this.generation) {
            return;
          }
          sliceStarted = Date.now();
        }

        const filePath = file.summary.filePath;
        const document = dirty.get(filePath);
        if (document) {
          const result = this.documents.resultOf(document);
          checked.push(checkFile(result));
          workspaceFiles.push(toWorkspaceFile(result));
          continue;
        }

        if (needsNoCheck(index, filePath)) {
          workspaceFiles.push({ filePath, broken: false });
          continue;
        }
        if (!index.checkedOf(filePath)) {
          parsed++;
        }
        const own = ownProblemsOf(index, filePath);
        if (own) {
          checked.push(own);
        }
        workspaceFiles.push({ filePath, kata: file.summary.kata, broken: file.summary.broken === true });
      }

      this.show(combineDiagnostics(checked, workspaceFiles));
      // A run that parsed files is logged at the info level, because it shows what validating a large workspace costs.
      const message = `Validated ${countOf(workspaceFiles.length, 'file')}, ${parsed} parsed, in ${Date.now() - started} ms`;
      if (parsed > 0) {
        this.log.info(message);
      } else {
        this.log.debug(message);
      }
    } catch (error) {
      this.log.error(`Validating kata files failed: ${describeError(error)}`);
    }
  }

  private show(validated: readonly FileDiagnostics[]): void {
    this.collection.clear();
    this.fixable = new Map();
    for (const file of validated) {
      const withFixes = file.diagnostics.filter((problem) => problem.fixes !== undefined);
      if (withFixes.length > 0) {
        this.fixable.set(file.filePath, withFixes);
      }
      if (file.diagnostics.length > 0) {
        this.collection.set(vscode.Uri.file(file.filePath), file.diagnostics.map(toDiagnostic));
      }
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DEBOUNCE_MS);
  }
}

/** Returns the open documents with unsaved edits, by path: their current text replaces the saved file. */
function dirtyDocuments(): Map<string, vscode.TextDocument> {
  const open = new Map<string, vscode.TextDocument>();
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme === 'file' && document.isDirty) {
      open.set(document.uri.fsPath, document);
    }
  }
  return open;
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
