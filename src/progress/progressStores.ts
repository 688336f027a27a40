// Two progress stores per workspace folder: one on disk, and one that keeps
// changes in memory for Restricted Mode (see writeConsent.ts). Reads go to
// the memory store while writes stay in memory, so the views show what the
// user did in this window. Also lists the katas that have a progress file at
// all, so loading skips katas that were never started.

import * as path from 'node:path';
import type { KataSummary } from '../core/indexing/kataSummary';
import type { Logger } from '../core/log';
import type { ProgressFileSystem } from '../core/progress/fileSystem';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { isProgressFileOf, PROGRESS_FOLDER, toStoredKataId } from '../core/progress/paths';
import { ProgressStore } from '../core/progress/store';
import { describeError } from '../common/logger';
import type { KataWorkspace } from '../workspace/kataWorkspace';
import { MemoryOverlayFileSystem } from './memoryOverlay';

export class ProgressStores {
  private readonly diskStores = new Map<string, ProgressStore>();
  private memoryStores = new Map<string, ProgressStore>();
  private memory = new MemoryOverlayFileSystem(nodeFileSystem);

  /** `keepsInMemory` returns true while writes stay in memory (Restricted Mode without "Save"). */
  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
    private readonly keepsInMemory: () => boolean,
  ) {}

  /** Returns the workspace folder that contains the kata file, or undefined outside every folder. */
  folderOf(kata: Pick<KataSummary, 'filePath'>): string | undefined {
    return this.workspace.folderOf(kata);
  }

  /** Returns the store to read the kata's progress from, or undefined outside every folder. */
  storeFor(kata: Pick<KataSummary, 'filePath'>): ProgressStore | undefined {
    const folder = this.folderOf(kata);
    return folder ? this.storeForFolder(folder) : undefined;
  }

  storeForFolder(folder: string): ProgressStore {
    return this.keepsInMemory() ? this.memoryStoreFor(folder) : this.diskStoreFor(folder);
  }

  diskStoreFor(folder: string): ProgressStore {
    // Node's file system, not `vscode.workspace.fs`: the store's lock needs exclusive
    // creation, and only `file:` workspace folders are scanned.
    return this.storeIn(this.diskStores, nodeFileSystem, folder);
  }

  /**
   * Returns the folder's store that reads the disk and keeps every change in
   * memory. It leaves unusable progress files in place, because moving one
   * aside changes the disk. The disk store moves it aside at the first write
   * after the user allows saving.
   */
  memoryStoreFor(folder: string): ProgressStore {
    return this.storeIn(this.memoryStores, this.memory, folder, true);
  }

  /** Drops what the memory stores kept, after it was saved to disk. Waits for their writes first. */
  async discardMemory(): Promise<void> {
    const stores = [...this.memoryStores.values()];
    await Promise.allSettled(stores.map((store) => store.flush()));
    this.memoryStores = new Map();
    this.memory = new MemoryOverlayFileSystem(nodeFileSystem);
  }

  all(): ProgressStore[] {
    return [...this.diskStores.values(), ...this.memoryStores.values()];
  }

  /**
   * Splits `katas` into those with a progress file and those without, listing
   * each progress folder once. A folder that cannot be listed is logged and
   * counts as empty.
   */
  async partitionByFile(katas: readonly KataSummary[]): Promise<{ withFile: KataSummary[]; withoutFile: KataSummary[] }> {
    const namesByFolder = new Map<string, Promise<string[]>>();
    const withFile: KataSummary[] = [];
    const withoutFile: KataSummary[] = [];

    await Promise.all(
      katas.map(async (kata) => {
        const folder = this.workspace.index.workspaceFolderOf(kata.id);
        if (folder === undefined) {
          return;
        }
        let names = namesByFolder.get(folder);
        if (!names) {
          names = this.listNames(this.storeForFolder(folder));
          namesByFolder.set(folder, names);
        }
        const storedId = toStoredKataId(kata.id);
        ((await names).some((name) => isProgressFileOf(name, storedId)) ? withFile : withoutFile).push(kata);
      }),
    );
    return { withFile, withoutFile };
  }

  private storeIn(stores: Map<string, ProgressStore>, fileSystem: ProgressFileSystem, folder: string, leaveUnusableFiles = false): ProgressStore {
    let store = stores.get(folder);
    if (!store) {
      store = new ProgressStore(fileSystem, path.join(folder, PROGRESS_FOLDER), this.log, undefined, {
        knownIds: () => this.workspace.index.katas.map((candidate) => candidate.id),
        leaveUnusableFiles,
      });
      stores.set(folder, store);
    }
    return store;
  }

  private async listNames(store: ProgressStore): Promise<string[]> {
    try {
      return await store.listFileNames();
    } catch (error) {
      this.log.error(`Listing progress files in ${store.progressFolder} failed: ${describeError(error)}`);
      return [];
    }
  }
}
