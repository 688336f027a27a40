// Lists the markdown files of the workspace folders that the index reads, with
// the folders that `files.exclude`, `kataCoach.exclude` and `.gitignore` files
// exclude skipped, and answers the same question for one file at a time.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Candidate } from '../core/indexing/indexer';
import type { Logger } from '../core/log';
import { ExclusionChecker, ExclusionRules, findMarkdownCandidates, nodeScanFileSystem } from '../core/scan';
import { describeError } from '../common/logger';
import { readExclusionOptions } from './scanSettings';

export class CandidateFinder {
  // Checkers cache `.gitignore` files, so they live until the rules change.
  private readonly checkers = new Map<string, ExclusionChecker>();

  constructor(private readonly log: Logger) {}

  /** Lists the candidate files of every local workspace folder; remote folders are skipped with a warning. */
  async listAll(isCancelled: () => boolean): Promise<Candidate[]> {
    const candidates: Candidate[] = [];

    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') {
        this.log.warn(`Skipped workspace folder ${folder.uri.toString()}: only local folders are scanned`);
        continue;
      }

      const root = folder.uri.fsPath;
      const rules = this.rulesOf(folder);
      const found = await findMarkdownCandidates(root, nodeScanFileSystem, rules, { cancellation: isCancelled });
      for (const failure of found.failures) {
        this.log.warn(`Could not read ${path.join(root, failure.path)} while listing kata files, so files under it may be missing: ${describeError(failure.error)}`);
      }
      for (const relativePath of found.files) {
        candidates.push({ filePath: path.join(root, relativePath), workspaceFolder: root });
      }
    }
    return candidates;
  }

  /** Returns the candidate for a file, or undefined when it lies outside every local folder or is excluded. */
  async candidateOf(filePath: string, kind: 'file' | 'folder' = 'file'): Promise<Candidate | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(filePath));
    if (!folder || folder.uri.scheme !== 'file') {
      return undefined;
    }

    const relativePath = path.relative(folder.uri.fsPath, filePath).split(path.sep).join('/');
    let checker = this.checkers.get(folder.uri.fsPath);
    if (!checker) {
      checker = new ExclusionChecker(folder.uri.fsPath, nodeScanFileSystem, this.rulesOf(folder), this.log);
      this.checkers.set(folder.uri.fsPath, checker);
    }
    try {
      return (await checker.isExcluded(relativePath, kind)) ? undefined : { filePath, workspaceFolder: folder.uri.fsPath };
    } catch (error) {
      this.log.warn(`Could not check whether ${filePath} is excluded, so it is indexed: ${describeError(error)}`);
      return { filePath, workspaceFolder: folder.uri.fsPath };
    }
  }

  /** Forgets the rules, after a settings change, or the cached ignore file that changed. */
  forget(changedGitignore?: string): void {
    if (changedGitignore === undefined) {
      this.checkers.clear();
      return;
    }
    for (const [root, checker] of this.checkers) {
      if (changedGitignore.startsWith(root + path.sep)) {
        checker.forgetGitignore(path.relative(root, changedGitignore).split(path.sep).join('/'));
      }
    }
  }

  private rulesOf(folder: vscode.WorkspaceFolder): ExclusionRules {
    const rules = new ExclusionRules(readExclusionOptions(folder.uri));
    if (rules.invalidGlobs.length > 0) {
      this.log.warn(`Ignored invalid exclude patterns for ${folder.uri.fsPath}: ${rules.invalidGlobs.join(', ')}`);
    }
    return rules;
  }
}

