// Finds the kata files of every workspace folder and keeps the index live as
// files are created, changed and deleted. The index itself lives in the core.
//
// Nothing here reads a file before `start`: a window with a persisted index
// lists its katas from the cache, then checks every file's size and
// modification time in the background and re-reads only the changed ones.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { IndexCancelledError, Indexer } from '../core/indexing/indexer';
import { nodeIndexFileSystem, readFileSyncQuietly } from '../core/indexing/nodeIndexFileSystem';
import { KataIndex, type IndexedFile } from '../core/kataIndex';
import { countOf } from '../core/countOf';
import { Logger } from '../core/log';
import { Kata, ParseResult } from '../core/model';
import { parseKataBytes } from '../core/parser';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { isScanCancelledError } from '../core/scan';
import { CandidateFinder } from './candidates';
import { FileEvents } from './fileEvents';
import { HasKatasContext } from './hasKatasContext';
import { IndexCacheFile } from './indexCacheFile';
import { EXCLUSION_SETTINGS } from './scanSettings';

// A branch switch changes many ignore files and settings at once; one rescan follows them all.
const RESCAN_DEBOUNCE_MS = 150;

// Index changes come in bursts; the cache is written once they settle.
const CACHE_WRITE_DELAY_MS = 2000;

export const KATAS_VIEW_ID = 'kataCoach.katas';

/** The files an index update touched; when `files` is not set, any file may have changed. */
export interface WorkspaceChange {
  files?: readonly string[];
}

export interface KataWorkspaceOptions {
  /** Folder for the persisted index; undefined keeps no cache. */
  storageFolder?: string;
  /** The extension's version, which the persisted index is written for. */
  release?: string;
}

export class KataWorkspace extends Disposable {
  readonly index: KataIndex;
  private readonly indexer: Indexer;
  private readonly cacheFile: IndexCacheFile;
  private readonly candidates: CandidateFinder;
  private readonly hasKatasContext: HasKatasContext;

  private readonly changeEmitter = this.register(new vscode.EventEmitter<WorkspaceChange>());
  /** Fires after a scan or a file change has updated the index. */
  readonly onDidChange = this.changeEmitter.event;

  private cacheTimer: NodeJS.Timeout | undefined;
  private rescanTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private currentScan: vscode.CancellationTokenSource | undefined;
  private started: Promise<void> | undefined;
  private listedPromise: Promise<void> | undefined;

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
    this.cacheFile = new IndexCacheFile(options.storageFolder, options.release ?? '', vscode.env.language, log);
    this.candidates = new CandidateFinder(log);
    this.hasKatasContext = this.register(new HasKatasContext(this.index, log));
    this.register(
      new FileEvents({
        index: this.index,
        indexer: this.indexer,
        candidates: this.candidates,
        log,
        ready: () => this.ready,
        onIndexed: (files) => this.changeEmitter.fire({ files }),
      }),
    );
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
    this.register({ dispose: this.index.onDidChangeDetails(() => this.scheduleCacheWrite()) });
    this.register({ dispose: () => clearTimeout(this.cacheTimer) });
    this.register({ dispose: () => this.currentScan?.cancel() });
  }

  /** Whether the index lists a kata, as the `kataCoach.hasKatas` context key was last set. */
  get hasKatas(): boolean {
    return this.hasKatasContext.value;
  }

  /** Resolves when the scan in progress, if any, has finished. */
  get ready(): Promise<void> {
    return (this.started ?? Promise.resolve()).then(() => this.scanning ?? Promise.resolve());
  }

  /**
   * Resolves once the index lists the workspace's katas: as soon as the
   * persisted index is loaded, else when the first scan has finished. Views
   * wait for this, not for `ready`, so a warm start does not wait for the
   * check of every file against the disk.
   */
  get listed(): Promise<void> {
    return this.listedPromise ?? this.ready;
  }

  /** Lists the katas from the persisted index, if any, then scans; later calls return the first one's promise. */
  start(): Promise<void> {
    if (!this.started) {
      const cacheLoaded = this.loadCache();
      const started = cacheLoaded.then(() => this.scan());
      this.started = started;
      this.listedPromise = cacheLoaded.then((loaded) => (loaded ? undefined : started));
    }
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

  /** Fills the index from the persisted one; returns false when there is none to use. */
  private async loadCache(): Promise<boolean> {
    const started = Date.now();
    const cached = await this.cacheFile.read();
    if (!cached) {
      return false;
    }

    const folders = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath));
    const files = cached.filter((file) => folders.has(file.workspaceFolder));
    this.index.replaceAll(files);
    await vscode.commands.executeCommand('setContext', 'kataCoach.ready', true);
    this.changeEmitter.fire({});
    this.log.info(`Listed ${this.index.katas.length} katas from the index cache in ${Date.now() - started} ms; checking for changes`);
    return true;
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
      await waitForTestScanGate(token);
      const candidates = await this.candidates.listAll(() => token.isCancellationRequested);
      const listedMs = Date.now() - started;
      const known = force ? new Map<string, IndexedFile>() : new Map(this.index.files().map((file) => [file.summary.filePath, file]));
      const stats = await this.indexer.indexAll(candidates, known, { isCancelled: () => token.isCancellationRequested });
      this.logDuplicates();

      const katas = this.index.katas.length;
      const categories = this.index.categories().length;
      const folders = vscode.workspace.workspaceFolders?.length ?? 0;
      this.log.info(
        `Scanned ${countOf(candidates.length, 'markdown file')} in ${countOf(folders, 'workspace folder')}: ` +
          `${countOf(katas, 'kata')} in ${countOf(categories, 'category', 'categories')}, ${countOf(candidates.length - katas, 'other file')} skipped; ` +
          `${countOf(stats.read, 'file')} read, ${stats.files - stats.read} unchanged since the index cache, ${stats.failed} unreadable ` +
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
    this.rescanTimer = setTimeout(() => void this.scan(), RESCAN_DEBOUNCE_MS);
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.writeCache(), CACHE_WRITE_DELAY_MS);
  }
}

/**
 * Test-only: while the environment variable KATA_COACH_TEST_SCAN_GATE names a
 * file that does not exist, every scan waits here with its progress shown, so
 * test/ui/scanProgress.test.ts, the only user of the variable, can look at
 * the Katas view during a scan. A cancelled scan stops waiting.
 */
async function waitForTestScanGate(token: vscode.CancellationToken): Promise<void> {
  const gate = process.env.KATA_COACH_TEST_SCAN_GATE;
  while (gate && !fs.existsSync(gate) && !token.isCancellationRequested) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
