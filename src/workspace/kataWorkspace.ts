// Finds the kata files of every workspace folder and keeps the index live as
// files are created, changed and deleted. The index itself lives in the core.
//
// Nothing here reads a file before `start`: a window with a persisted index
// lists its katas from the cache, then checks every file's size and
// modification time in the background and re-reads only the changed ones.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { IndexCancelledError, Indexer } from '../core/indexing/indexer';
import { nodeIndexFileSystem, readFileSyncQuietly } from '../core/indexing/nodeIndexFileSystem';
import { KataIndex, type IndexedFile } from '../core/kataIndex';
import { Logger } from '../core/log';
import { Kata, ParseResult } from '../core/model';
import { parseKataBytes } from '../core/parser';
import { KATA_FILE_GLOB } from '../core/discovery';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { CandidateFinder, isScanCancelledError } from './candidates';
import { IndexCacheFile } from './indexCacheFile';
import { EXCLUSION_SETTINGS } from './scanSettings';

// Editors save in bursts (format on save, git checkout); one re-parse per
// burst is enough.
const CHANGE_DEBOUNCE_MS = 150;

// How long a new folder is left to fill before it is listed.
const FOLDER_SETTLE_MS = 500;

// Index changes come in bursts too; the cache is written once they settle.
const CACHE_WRITE_DELAY_MS = 2000;

export const KATAS_VIEW_ID = 'kataCoach.katas';

/** What an index update touched: some files, or anything when `files` is not set. */
export interface WorkspaceChange {
  files?: readonly string[];
}

export interface KataWorkspaceOptions {
  /** Folder for the persisted index; undefined keeps no cache. */
  storageFolder?: string;
}

export class KataWorkspace extends Disposable {
  readonly index: KataIndex;
  private readonly indexer: Indexer;
  private readonly cacheFile: IndexCacheFile;
  private readonly candidates: CandidateFinder;

  private readonly changeEmitter = this.register(new vscode.EventEmitter<WorkspaceChange>());
  /** Fires after a scan or a file change has updated the index. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly pendingFiles = new Map<string, 'changed' | 'deleted'>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private cacheTimer: NodeJS.Timeout | undefined;
  private rescanTimer: NodeJS.Timeout | undefined;
  private readonly folderTimers = new Set<NodeJS.Timeout>();
  private scanning: Promise<void> | undefined;
  private currentScan: vscode.CancellationTokenSource | undefined;
  private started: Promise<void> | undefined;

  constructor(
    private readonly log: Logger,
    options: KataWorkspaceOptions = {},
  ) {
    super();
    this.index = new KataIndex({
      loadResult: (filePath) => this.loadResult(filePath),
      readResult: (filePath) => this.readResult(filePath),
    });
    this.indexer = new Indexer(this.index, nodeIndexFileSystem, log);
    this.cacheFile = new IndexCacheFile(options.storageFolder, log);
    this.candidates = new CandidateFinder(log);

    const watcher = this.register(vscode.workspace.createFileSystemWatcher(KATA_FILE_GLOB));
    this.register(watcher.onDidCreate((uri) => this.queueFile(uri, 'changed')));
    this.register(watcher.onDidChange((uri) => this.queueFile(uri, 'changed')));
    this.register(watcher.onDidDelete((uri) => this.queueFile(uri, 'deleted')));

    // Deleting or renaming a folder of katas reports only the folder, which
    // the markdown pattern above does not match.
    const folderWatcher = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    this.register(folderWatcher.onDidDelete((uri) => this.queueFile(uri, 'deleted')));
    this.register(folderWatcher.onDidCreate((uri) => this.onCreated(uri)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()));

    // New exclusion rules can add or remove many files; a rescan reads only the added ones.
    const gitignoreWatcher = this.register(vscode.workspace.createFileSystemWatcher('**/.gitignore'));
    const onGitignore = (uri: vscode.Uri) => {
      this.candidates.forget(uri.fsPath);
      this.scheduleRescan();
    };
    this.register(gitignoreWatcher.onDidCreate(onGitignore));
    this.register(gitignoreWatcher.onDidChange(onGitignore));
    this.register(gitignoreWatcher.onDidDelete(onGitignore));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (EXCLUSION_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
          this.candidates.forget();
          this.scheduleRescan();
        }
      }),
    );
    this.register({ dispose: () => clearTimeout(this.rescanTimer) });
    this.register({ dispose: this.index.onDidChange(() => this.scheduleCacheWrite()) });
    this.register({ dispose: () => clearTimeout(this.pendingTimer) });
    this.register({ dispose: () => clearTimeout(this.cacheTimer) });
    this.register({ dispose: () => this.folderTimers.forEach((timer) => clearTimeout(timer)) });
    this.register({ dispose: () => this.currentScan?.cancel() });
  }

  /** Resolves when the scan in progress, if any, has finished. */
  get ready(): Promise<void> {
    return (this.started ?? Promise.resolve()).then(() => this.scanning ?? Promise.resolve());
  }

  /** Lists the katas from the persisted index, if any, then scans; later calls return the first one's promise. */
  start(): Promise<void> {
    this.started ??= this.loadCache().then(() => this.scan());
    return this.started;
  }

  /**
   * Rescans every workspace folder, reading only files whose size or
   * modification time changed, or every file when `force` is set. A new scan
   * cancels the one in progress.
   */
  scan(options: { force?: boolean } = {}): Promise<void> {
    this.currentScan?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.currentScan = source;

    const previous = this.scanning ?? Promise.resolve();
    const next = previous.then(() => this.scanWithProgress(source.token, options.force === true));
    this.scanning = next;
    void next.finally(() => {
      source.dispose();
      if (this.scanning === next) {
        this.scanning = undefined;
      }
    });
    return this.untilLatestScan(next);
  }

  /** Resolves once `scan` and any scan that cancelled it have finished, so a caller never sees a cancelled scan's index. */
  private async untilLatestScan(scan: Promise<void>): Promise<void> {
    await scan;
    while (this.scanning !== undefined && this.scanning !== scan) {
      scan = this.scanning;
      await scan;
    }
  }

  /** Returns the path of the workspace folder that contains a kata file. */
  folderOf(kata: Pick<Kata, 'filePath'>): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(kata.filePath));
    return folder?.uri.fsPath;
  }

  /** Writes the persisted index now, for tests and before the window closes. */
  async writeCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    await this.indexer.confirmStamps();
    await this.cacheFile.write(this.index.files());
  }

  private async loadCache(): Promise<void> {
    const started = Date.now();
    const cached = await this.cacheFile.read();
    if (!cached) {
      return;
    }

    const folders = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath));
    const files = cached.filter((file) => folders.has(file.workspaceFolder));
    this.index.replaceAll(files);
    await vscode.commands.executeCommand('setContext', 'kataCoach.ready', true);
    this.changeEmitter.fire({});
    this.log.info(`Listed ${this.index.katas.length} katas from the index cache in ${Date.now() - started} ms; checking for changes`);
  }

  private async scanWithProgress(token: vscode.CancellationToken, force: boolean): Promise<void> {
    if (token.isCancellationRequested) {
      return;
    }
    await vscode.window.withProgress({ location: { viewId: KATAS_VIEW_ID } }, () => this.scanAll(token, force));
  }

  private async scanAll(token: vscode.CancellationToken, force: boolean): Promise<void> {
    const started = Date.now();
    await vscode.commands.executeCommand('setContext', 'kataCoach.scanning', true);

    try {
      const candidates = await this.candidates.listAll(() => token.isCancellationRequested);
      const listedMs = Date.now() - started;
      const known = force ? new Map<string, IndexedFile>() : new Map(this.index.files().map((file) => [file.summary.filePath, file]));
      const stats = await this.indexer.indexAll(candidates, known, { isCancelled: () => token.isCancellationRequested });
      this.logDuplicates();

      const katas = this.index.katas.length;
      const categories = this.index.categories().length;
      const folders = vscode.workspace.workspaceFolders?.length ?? 0;
      this.log.info(
        `Scanned ${candidates.length} markdown files in ${folders} workspace folders: ` +
          `${katas} katas in ${categories} categories, ${candidates.length - katas} other files skipped; ` +
          `${stats.read} files read, ${stats.files - stats.read} unchanged since the index cache, ${stats.failed} unreadable ` +
          `(${Date.now() - started} ms, listing ${listedMs} ms)`,
      );
    } catch (error) {
      if (error instanceof IndexCancelledError || isScanCancelledError(error) || token.isCancellationRequested) {
        this.log.info(`Scan cancelled after ${Date.now() - started} ms`);
      } else {
        this.log.error(`Scan of the workspace failed: ${describeError(error)}`);
      }
    } finally {
      // `ready` keeps the "no katas" welcome hidden until a first scan has finished.
      await vscode.commands.executeCommand('setContext', 'kataCoach.ready', true);
      await vscode.commands.executeCommand('setContext', 'kataCoach.scanning', false);
      this.changeEmitter.fire({});
    }
  }

  // The index keeps only the first file of a duplicated kata_id, so the files it dropped are logged.
  private logDuplicates(): void {
    for (const file of this.index.files()) {
      const duplicate = this.index.duplicateProblemOf(file.summary.filePath);
      if (duplicate) {
        this.log.warn(`Skipped ${file.summary.filePath}: ${duplicate.message}`);
      }
    }
  }

  /** Parses a file whose model left the index's cache. Synchronous, because views ask for models synchronously. */
  private loadResult(filePath: string): ParseResult | undefined {
    const bytes = readFileSyncQuietly(filePath);
    if (!bytes) {
      this.log.warn(`Could not read ${filePath} to parse it; the watcher will update the index`);
      return undefined;
    }
    return parseKataBytes(bytes, filePath);
  }

  private async readResult(filePath: string): Promise<ParseResult | undefined> {
    try {
      return parseKataBytes(await nodeIndexFileSystem.readFile(filePath), filePath);
    } catch (error) {
      this.log.warn(`Could not read ${filePath} to parse it; the watcher will update the index: ${describeError(error)}`);
      return undefined;
    }
  }

  private scheduleRescan(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scan(), CHANGE_DEBOUNCE_MS);
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.writeCache(), CACHE_WRITE_DELAY_MS);
  }

  /** Removes a file, or every file under a folder, and returns the paths removed. A deleted folder arrives as one event, not one per file. */
  private deleteUnder(deletedPath: string): string[] {
    if (this.index.fileOf(deletedPath)) {
      this.index.delete(deletedPath);
      return [deletedPath];
    }
    const prefix = deletedPath.endsWith(path.sep) ? deletedPath : deletedPath + path.sep;
    const inside = this.index.files().map((file) => file.summary.filePath).filter((filePath) => filePath.startsWith(prefix));
    this.index.batch(() => inside.forEach((filePath) => this.index.delete(filePath)));
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
      if (stat.type !== vscode.FileType.Directory || !(await this.candidates.candidateOf(uri.fsPath, 'folder'))) {
        return;
      }
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, KATA_FILE_GLOB));
      this.log.debug(`New folder ${uri.fsPath} contains ${found.length} markdown files`);
      for (const file of found) {
        this.queueFile(file, 'changed');
      }
    } catch (error) {
      this.log.debug(`Could not list new folder ${uri.fsPath}: ${describeError(error)}`);
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
    await this.ready;
    const batch = [...this.pendingFiles];
    this.pendingFiles.clear();

    const touched: string[] = [];
    for (const [filePath, change] of batch) {
      const candidate = change === 'changed' ? await this.candidates.candidateOf(filePath) : undefined;
      if (candidate) {
        await this.indexer.updateFile(candidate);
        touched.push(filePath);
      } else {
        touched.push(...this.deleteUnder(filePath));
      }
    }

    this.log.debug(`Updated the index for ${batch.length} changed files`);
    this.changeEmitter.fire({ files: touched });
  }
}
