// Binds the core progress store to the workspace. It keeps one store per
// workspace folder and a cache of step states per kata for the views. A
// watcher picks up files that other writers (the Copilot coach, a second
// window, git) put in the progress folder.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { parseProgressFileName, PROGRESS_FOLDER, toStoredKataId } from '../core/progress/paths';
import { ProgressStore } from '../core/progress/store';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { VscodeFileSystem } from '../workspace/vscodeFileSystem';
import { KataWorkspace } from '../workspace/kataWorkspace';

export class ProgressService extends Disposable {
  private readonly fileSystem = new VscodeFileSystem();
  private readonly stores = new Map<string, ProgressStore>();
  private readonly states = new Map<string, StepStates>();

  private readonly changeEmitter = this.register(new vscode.EventEmitter<string>());
  /** Fires with a kata id after its step states changed, from any writer. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
  ) {
    super();

    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${PROGRESS_FOLDER}/*.json`));
    this.register(watcher.onDidCreate((uri) => void this.reloadFromFile(uri)));
    this.register(watcher.onDidChange((uri) => void this.reloadFromFile(uri)));
    this.register(watcher.onDidDelete((uri) => void this.reloadFromFile(uri)));
    this.register(workspace.onDidChange(() => void this.loadAll()));
  }

  /** Returns the cached step states of a kata; empty until its file was read. */
  statesOf(kataId: string): StepStates {
    return this.states.get(kataId) ?? {};
  }

  /** Saves step changes at once and updates the views; reports a failure to the user. */
  async setSteps(kata: Kata, changes: Record<string, boolean>): Promise<void> {
    const store = this.storeFor(kata);
    if (!store) {
      void vscode.window.showErrorMessage(`Cannot save progress for "${kata.title}": its file is outside every workspace folder.`);
      return;
    }

    // Show the change before the write lands, so a click feels instant.
    this.states.set(kata.id, { ...this.statesOf(kata.id), ...changes });
    this.changeEmitter.fire(kata.id);

    try {
      const saved = await store.save(kata, changes, 'ui');
      this.states.set(kata.id, saved.states);
    } catch (error) {
      this.log.error(`Saving progress of ${kata.id} to ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Kata Coach could not save progress for "${kata.title}": ${describeError(error)}`);
      await this.load(kata);
    }
    this.changeEmitter.fire(kata.id);
  }

  /** Reads the progress of every indexed kata. */
  async loadAll(): Promise<void> {
    await Promise.all(this.workspace.index.katas.map((kata) => this.load(kata)));
  }

  /** Reads one kata's progress file into the cache and notifies the views. */
  async load(kata: Kata): Promise<void> {
    const store = this.storeFor(kata);
    if (!store) {
      return;
    }

    try {
      const stored = await store.load(kata.id);
      if (stored.recovered) {
        this.reportRecovered(kata, stored.recovered.movedTo, stored.recovered.reason);
      }
      this.states.set(kata.id, stored.states);
    } catch (error) {
      this.log.error(`Reading progress of ${kata.id} from ${store.filePathOf(kata.id)} failed: ${describeError(error)}`);
    }
    this.changeEmitter.fire(kata.id);
  }

  private async reloadFromFile(uri: vscode.Uri): Promise<void> {
    // File names hold the stored form of the id (lowercase, see toStoredKataId).
    const storedId = parseProgressFileName(path.basename(uri.fsPath));
    const kata = storedId === undefined ? undefined : this.workspace.index.katas.find((candidate) => toStoredKataId(candidate.id) === storedId);
    if (!kata || vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath !== this.workspace.folderOf(kata)) {
      return;
    }

    const store = this.storeFor(kata);
    const text = await this.fileSystem.readFile(uri.fsPath).catch(() => undefined);
    if (store && text !== undefined && store.isOwnWrite(uri.fsPath, text)) {
      return;
    }

    this.log.info(`Progress of ${kata.id} changed on disk; reloading ${uri.fsPath}`);
    await this.load(kata);
  }

  private storeFor(kata: Kata): ProgressStore | undefined {
    const folder = this.workspace.folderOf(kata);
    if (!folder) {
      return undefined;
    }

    let store = this.stores.get(folder);
    if (!store) {
      store = new ProgressStore(this.fileSystem, path.join(folder, PROGRESS_FOLDER), this.log);
      this.stores.set(folder, store);
    }
    return store;
  }

  private reportRecovered(kata: Kata, movedTo: string, reason: string): void {
    this.log.warn(`Progress file of ${kata.id} was unreadable (${reason}); kept it as ${movedTo}`);
    const open = 'Open Kept File';
    void vscode.window
      .showWarningMessage(
        `The progress file of "${kata.title}" was unreadable (${reason}). Kata Coach kept it as ${path.basename(movedTo)} and started fresh progress.`,
        open,
      )
      .then((choice) => {
        if (choice === open) {
          void vscode.window.showTextDocument(vscode.Uri.file(movedTo));
        }
      });
  }
}
