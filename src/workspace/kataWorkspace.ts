// Finds the kata files of every workspace folder and keeps the index live as
// files are created, changed and deleted. The index itself lives in the core.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { isExcludedPath, KATA_FILE_GLOB } from '../core/discovery';
import { KataIndex } from '../core/kataIndex';
import { Logger } from '../core/log';
import { Kata, ParseResult } from '../core/model';
import { parseKataBytes } from '../core/parser';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';


// Enough parallel reads to hide file system latency without opening
// thousands of files at once in a large repository.
const READ_CONCURRENCY = 16;

// Editors save in bursts (format on save, git checkout); one re-parse per
// burst is enough.
const CHANGE_DEBOUNCE_MS = 150;

// How long a new folder is left to fill before it is listed.
const FOLDER_SETTLE_MS = 500;

export class KataWorkspace extends Disposable {
  readonly index = new KataIndex();

  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  /** Fires after a scan or a file change has updated the index. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly pendingFiles = new Map<string, 'changed' | 'deleted'>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private readonly folderTimers = new Set<NodeJS.Timeout>();
  private scanning: Promise<void> | undefined;

  constructor(private readonly log: Logger) {
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
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()));
    this.register({ dispose: () => clearTimeout(this.pendingTimer) });
    this.register({ dispose: () => this.folderTimers.forEach((timer) => clearTimeout(timer)) });
  }

  /** Resolves when the scan in progress, if any, has finished. */
  get ready(): Promise<void> {
    return this.scanning ?? Promise.resolve();
  }

  /** Rescans every workspace folder; a scan requested during a scan runs after it. */
  scan(): Promise<void> {
    const previous = this.scanning ?? Promise.resolve();
    const next = previous.then(() => this.scanAll());
    this.scanning = next;
    void next.finally(() => {
      if (this.scanning === next) {
        this.scanning = undefined;
      }
    });
    return next;
  }

  /** Returns the path of the workspace folder that contains a kata file. */
  folderOf(kata: Kata): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(kata.filePath));
    return folder?.uri.fsPath;
  }

  private async scanAll(): Promise<void> {
    const started = Date.now();
    await vscode.commands.executeCommand('setContext', 'kataCoach.scanning', true);

    try {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const files: { uri: vscode.Uri; folder: string }[] = [];

      for (const folder of folders) {
        if (folder.uri.scheme !== 'file') {
          this.log.warn(`Skipped workspace folder ${folder.uri.toString()}: only local folders are scanned`);
          continue;
        }
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, KATA_FILE_GLOB));
        for (const uri of found) {
          if (!isExcludedPath(path.relative(folder.uri.fsPath, uri.fsPath))) {
            files.push({ uri, folder: folder.uri.fsPath });
          }
        }
      }

      // Parse everything first and swap the index once, so views never see a half-built index.
      const parsed: { result: ParseResult; workspaceFolder: string }[] = [];
      await forEachLimited(files, READ_CONCURRENCY, async ({ uri, folder }) => {
        const result = await this.readAndParse(uri);
        if (result) {
          parsed.push({ result, workspaceFolder: folder });
        }
      });
      this.index.replaceAll(parsed);
      const skipped = files.length - parsed.filter(({ result }) => result.kata).length;

      // The index keeps only the first file of a duplicated kata_id, so log the files it dropped.
      for (const result of this.index.results()) {
        const duplicate = result.problems.find((problem) => problem.code === 'duplicate-kata-id');
        if (duplicate) {
          this.log.warn(`Skipped ${result.filePath}: ${duplicate.message}`);
        }
      }

      const katas = this.index.katas.length;
      const categories = this.index.categories().length;
      this.log.info(
        `Scanned ${files.length} markdown files in ${folders.length} workspace folders: ` +
          `${katas} katas in ${categories} categories, ${skipped} other files skipped (${Date.now() - started} ms)`,
      );
    } catch (error) {
      this.log.error(`Scan of the workspace failed: ${describeError(error)}`);
    } finally {
      // `ready` keeps the "no katas" welcome hidden until a first scan has finished.
      await vscode.commands.executeCommand('setContext', 'kataCoach.ready', true);
      await vscode.commands.executeCommand('setContext', 'kataCoach.scanning', false);
      this.changeEmitter.fire();
    }
  }

  /** Reads and parses one file and logs its problems; returns undefined when the file cannot be read. */
  private async readAndParse(uri: vscode.Uri): Promise<ParseResult | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      this.log.error(`Could not read ${uri.fsPath}: ${describeError(error)}`);
      return undefined;
    }

    const result = parseKataBytes(bytes, uri.fsPath);
    if (result.kata) {
      for (const problem of result.problems) {
        this.log.warn(`${uri.fsPath}:${problem.line}:${problem.column}: ${problem.message}`);
      }
      return result;
    }

    // Hub pages and plain docs are expected, so they are logged at debug level.
    // A file that has problems, such as invalid YAML, gets a warning.
    if (result.problems.length > 0) {
      this.log.warn(`Skipped ${uri.fsPath}: ${result.notKataReason ?? result.problems[0].message}`);
    } else {
      this.log.debug(`Skipped ${uri.fsPath}: ${result.notKataReason ?? 'not a kata'}`);
    }
    return result;
  }

  // A deleted folder arrives as one event for the folder, not one per file.
  private deleteUnder(deletedPath: string): void {
    const prefix = deletedPath.endsWith(path.sep) ? deletedPath : deletedPath + path.sep;
    for (const result of this.index.results()) {
      if (result.filePath === deletedPath || result.filePath.startsWith(prefix)) {
        this.index.delete(result.filePath);
      }
    }
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
    // isExcludedPath looks at the folders above a file, so ask about a file inside this folder.
    if (isExcludedPath(path.join(path.relative(folder.uri.fsPath, uri.fsPath), 'file.md'))) {
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
      if (stat.type !== vscode.FileType.Directory) {
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

    for (const [filePath, change] of batch) {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(filePath));
      if (change === 'deleted' || !folder || isExcludedPath(path.relative(folder.uri.fsPath, filePath))) {
        this.deleteUnder(filePath);
        continue;
      }
      const result = await this.readAndParse(vscode.Uri.file(filePath));
      if (result) {
        this.index.set(result, folder.uri.fsPath);
      } else {
        this.index.delete(filePath);
      }
    }

    this.log.debug(`Updated the index for ${batch.length} changed files`);
    this.changeEmitter.fire();
  }
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}
