// Keeps the index live between scans: file watcher events re-index the
// files they name, in debounced batches, and a new folder is listed once it
// settles, because its files can appear before the watcher covers it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { KATA_FILE_GLOB } from '../core/discovery';
import { countOf } from '../core/countOf';
import type { Indexer } from '../core/indexing/indexer';
import type { KataIndex } from '../core/kataIndex';
import type { Logger } from '../core/log';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { DEFAULT_EXCLUDE_SETTING, ExclusionRules, excludeGlobsFromSettings, findMarkdownCandidates, nodeScanFileSystem } from '../core/scan';
import type { CandidateFinder } from './candidates';

// Editors save in bursts (format on save, git checkout); one re-parse per
// burst is enough.
const CHANGE_DEBOUNCE_MS = 150;

// How long a new folder is left to fill before it is listed.
const FOLDER_SETTLE_MS = 500;

export interface FileEventsDeps {
  index: KataIndex;
  indexer: Indexer;
  candidates: CandidateFinder;
  log: Logger;
  /** Resolves when no scan is running; a batch waits for it so a scan cannot overwrite it. */
  ready(): Promise<void>;
  /** Receives the paths of the files a batch added, changed or removed. */
  onIndexed(files: string[]): void;
}

export class FileEvents extends Disposable {
  private readonly pendingFiles = new Map<string, 'changed' | 'deleted'>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private readonly folderTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly deps: FileEventsDeps) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(KATA_FILE_GLOB));
    this.register(watcher.onDidCreate((uri) => this.queueFile(uri, 'changed')));
    this.register(watcher.onDidChange((uri) => this.queueFile(uri, 'changed')));
    this.register(watcher.onDidDelete((uri) => this.queueFile(uri, 'deleted')));

    // Deleting or renaming a folder of katas reports only the folder, which
    // the markdown pattern above does not match.
    const folderWatcher = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    this.register(folderWatcher.onDidDelete((uri) => this.queueFile(uri, 'deleted')));
    this.register(folderWatcher.onDidCreate((uri) => this.onCreated(uri)));
    this.register({ dispose: () => clearTimeout(this.pendingTimer) });
    this.register({ dispose: () => this.folderTimers.forEach((timer) => clearTimeout(timer)) });
  }

  /** Removes a file, or every file under a folder, and returns the paths removed. A deleted folder arrives as one event, not one per file. */
  private deleteUnder(deletedPath: string): string[] {
    if (this.deps.index.fileOf(deletedPath)) {
      this.deps.index.delete(deletedPath);
      return [deletedPath];
    }
    const prefix = deletedPath.endsWith(path.sep) ? deletedPath : deletedPath + path.sep;
    const inside = this.deps.index.files().map((file) => file.summary.filePath).filter((filePath) => filePath.startsWith(prefix));
    this.deps.index.batch(() => inside.forEach((filePath) => this.deps.index.delete(filePath)));
    return inside;
  }

  // Files written right after their folder is created (git checkout, unzip,
  // mkdir -p then write) can arrive before the watcher covers the new folder,
  // so their events are lost. Listing a new folder once it settles finds them.
  // NOTE: a file written into a new folder later than FOLDER_SETTLE_MS after
  // it, but before the watcher covers it, is still missed until the next scan.
  private onCreated(uri: vscode.Uri): void {
    // Folders rarely have an extension, so this skips the stat for most new files.
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (uri.scheme !== 'file' || !folder || path.extname(uri.fsPath) !== '') {
      return;
    }
    const timer = setTimeout(() => {
      this.folderTimers.delete(timer);
      void this.indexNewFolder(uri);
    }, FOLDER_SETTLE_MS);
    this.folderTimers.add(timer);
  }

  private async indexNewFolder(uri: vscode.Uri): Promise<void> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type !== vscode.FileType.Directory || !(await this.deps.candidates.candidateOf(uri.fsPath, 'folder'))) {
        return;
      }
      // The core's walk, not findFiles, which needs VS Code's ripgrep. Every file
      // found still passes the workspace folder's rules when its batch runs.
      const rules = new ExclusionRules({ excludeGlobs: excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING), useGitignore: false });
      const found = await findMarkdownCandidates(uri.fsPath, nodeScanFileSystem, rules);
      this.deps.log.debug(`New folder ${uri.fsPath} contains ${found.files.length} markdown files`);
      for (const relativePath of found.files) {
        this.queueFile(vscode.Uri.file(path.join(uri.fsPath, relativePath)), 'changed');
      }
    } catch (error) {
      this.deps.log.debug(`Could not list new folder ${uri.fsPath}: ${describeError(error)}`);
    }
  }

  private queueFile(uri: vscode.Uri, change: 'changed' | 'deleted'): void {
    if (uri.scheme !== 'file') {
      return;
    }
    this.pendingFiles.set(uri.fsPath, change);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flushPending(), CHANGE_DEBOUNCE_MS);
  }

  private async flushPending(): Promise<void> {
    await this.deps.ready();
    const batch = [...this.pendingFiles];
    this.pendingFiles.clear();

    const touched: string[] = [];
    for (const [filePath, change] of batch) {
      const candidate = change === 'changed' ? await this.deps.candidates.candidateOf(filePath) : undefined;
      if (candidate) {
        await this.deps.indexer.updateFile(candidate);
        touched.push(filePath);
      } else {
        touched.push(...this.deleteUnder(filePath));
      }
    }

    // The folder watcher also reports files that were never indexed, such as
    // the progress store's lock and temporary files. They change nothing, so
    // views and diagnostics are not notified.
    if (touched.length === 0) {
      return;
    }
    this.deps.log.debug(`Updated the index for ${countOf(touched.length, 'changed file')}`);
    this.deps.onIndexed(touched);
  }
}
