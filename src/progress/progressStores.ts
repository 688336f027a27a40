// One progress store per workspace folder, and the katas that have a progress
// file at all, so loading skips katas that were never started.

import * as path from 'node:path';
import type { KataSummary } from '../core/indexing/kataSummary';
import type { Logger } from '../core/log';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { isProgressFileOf, PROGRESS_FOLDER, toStoredKataId } from '../core/progress/paths';
import { ProgressStore } from '../core/progress/store';
import { describeError } from '../common/logger';
import type { KataWorkspace } from '../workspace/kataWorkspace';

export class ProgressStores {
  private readonly stores = new Map<string, ProgressStore>();

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly log: Logger,
  ) {}

  /** Returns the store of the workspace folder that contains the kata file, or undefined outside every folder. */
  storeFor(kata: Pick<KataSummary, 'filePath'>): ProgressStore | undefined {
    const folder = this.workspace.folderOf(kata);
    return folder ? this.storeForFolder(folder) : undefined;
  }

  storeForFolder(folder: string): ProgressStore {
    let store = this.stores.get(folder);
    if (!store) {
      // Node's file system, not `vscode.workspace.fs`: the store's lock needs exclusive
      // creation, and only `file:` workspace folders are scanned.
      store = new ProgressStore(nodeFileSystem, path.join(folder, PROGRESS_FOLDER), this.log, undefined, {
        knownIds: () => this.workspace.index.katas.map((candidate) => candidate.id),
      });
      this.stores.set(folder, store);
    }
    return store;
  }

  all(): ProgressStore[] {
    return [...this.stores.values()];
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

  private async listNames(store: ProgressStore): Promise<string[]> {
    try {
      return await store.listFileNames();
    } catch (error) {
      this.log.error(`Listing progress files in ${store.progressFolder} failed: ${describeError(error)}`);
      return [];
    }
  }
}
