// The in-memory index of every markdown file and the katas among them. Pure
// and synchronous: the indexer reads files and feeds summaries in.
//
// The index keeps a summary per file and parses full models on demand, with
// the most recently used ones kept in a bounded cache. Updates touch only the
// file and the kata id concerned, so one change costs the same at any size.

import { displayPath, duplicateIdProblem } from './indexing/duplicateId';
import { compareKatas, compareStrings, insertSorted } from './indexing/kataOrder';
import type { FileSummary, KataSummary } from './indexing/kataSummary';
import { countSteps, summarizeResult } from './indexing/kataSummary';
import { IndexModels, type ModelLoaders } from './indexing/indexModels';
import { Listeners } from './indexing/listeners';
import type { Kata, ParseResult, Problem } from './model';
import type { CheckedProblems } from './validation';

/** Size and modification time of a file when it was read, which tell whether a cached summary is stale. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** One markdown file of the index. */
export interface IndexedFile {
  summary: FileSummary;
  workspaceFolder: string;
  /** The file's size and modification time, when confirmed for the bytes indexed. Only stamped files are cached. */
  stamp?: FileStamp;
  /** The number of bytes indexed, while the stamp is not confirmed yet. */
  readSize?: number;
  /** The file's own problems for the bytes indexed, once validated; see `setChecked`. */
  checked?: CheckedProblems;
}

/** Reads and parses a file again; returns undefined when it cannot be read. */
export type ResultLoader = (filePath: string) => ParseResult | undefined;

export type KataIndexOptions = ModelLoaders;

export interface KataCategory {
  name: string;
  katas: KataSummary[];
}

interface Entry extends IndexedFile {
  /** Increases each time the file is indexed again, so callers can tell a changed kata from an unchanged one. */
  revision: number;
}

/**
 * Keeps file summaries by path. When two files declare the same `kata_id`,
 * the one whose path sorts first is the kata for that id, and the other keeps
 * its entry with a `duplicate-kata-id` problem but is left out of `katas`.
 */
export class KataIndex {
  private readonly entries = new Map<string, Entry>();
  /** Files declaring each kata id, sorted by path: the first one is the kata. */
  private readonly filesById = new Map<string, string[]>();
  private readonly listeners = new Listeners();
  private readonly detailListeners = new Listeners();
  private readonly models: IndexModels;
  private nextRevision = 1;
  private batchDepth = 0;
  private changedInBatch = false;

  // Sorted views, built on first use after a change.
  private sortedKatas: KataSummary[] | undefined;
  private sortedCategories: KataCategory[] | undefined;

  constructor(options: KataIndexOptions = {}) {
    this.models = new IndexModels(options, (result) => this.addStepCounts(result));
  }

  /** Adds or replaces a file from a full parse; the model stays cached. */
  set(result: ParseResult, workspaceFolder: string, stamp?: FileStamp, readSize?: number): void {
    this.setSummary(summarizeResult(result), workspaceFolder, stamp, readSize);
    this.models.add(result);
  }

  /** Adds or replaces a file's summary; its full model is parsed when first needed. */
  setSummary(summary: FileSummary, workspaceFolder: string, stamp?: FileStamp, readSize?: number): void {
    this.remove(summary.filePath);
    const entry: Entry = { summary, workspaceFolder, stamp, readSize, revision: this.nextRevision++ };
    this.entries.set(summary.filePath, entry);
    if (summary.kata) {
      insertSorted(this.filesById, summary.kata.id, summary.filePath);
    }
    this.changed();
  }

  delete(filePath: string): void {
    if (this.remove(filePath)) {
      this.changed();
    }
  }

  /** Replaces every entry at once with one notification. */
  replaceAll(files: readonly IndexedFile[]): void {
    this.batch(() => {
      this.entries.clear();
      this.filesById.clear();
      this.models.clear();

      // Building the maps directly and sorting each id's files once keeps a
      // start from the cache linear in the number of files.
      for (const file of files) {
        const entry: Entry = {
          summary: file.summary,
          workspaceFolder: file.workspaceFolder,
          stamp: file.stamp,
          readSize: file.readSize,
          checked: file.checked,
          revision: this.nextRevision++,
        };
        this.entries.delete(file.summary.filePath);
        this.entries.set(file.summary.filePath, entry);
      }
      for (const { summary } of this.entries.values()) {
        if (summary.kata) {
          const list = this.filesById.get(summary.kata.id);
          if (list) {
            list.push(summary.filePath);
          } else {
            this.filesById.set(summary.kata.id, [summary.filePath]);
          }
        }
      }
      for (const list of this.filesById.values()) {
        if (list.length > 1) {
          list.sort(compareStrings);
        }
      }
      this.changed();
    });
  }

  clear(): void {
    if (this.entries.size > 0) {
      this.replaceAll([]);
    }
  }

  /** Runs `update` and notifies listeners once at the end, if anything changed. */
  batch(update: () => void): void {
    this.batchDepth++;
    try {
      update();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.changedInBatch) {
        this.changedInBatch = false;
        this.notify();
      }
    }
  }

  /** The number of katas in `katas`, without building and sorting that list. */
  get kataCount(): number {
    return this.filesById.size;
  }

  /** Every indexed kata (one per id), sorted by file path. */
  get katas(): KataSummary[] {
    this.sortedKatas ??= [...this.filesById.values()]
      .map((files) => this.entries.get(files[0])?.summary.kata as KataSummary)
      .sort((a, b) => compareStrings(a.filePath, b.filePath));
    return this.sortedKatas;
  }

  /** Returns the summary of the kata with `id`. */
  summaryOf(id: string): KataSummary | undefined {
    const files = this.filesById.get(id);
    return files ? this.entries.get(files[0])?.summary.kata : undefined;
  }

  /** Returns the full model of the kata with `id`, parsing its file when the model is not cached. */
  findById(id: string): Kata | undefined {
    const files = this.filesById.get(id);
    return files ? this.modelOf(files[0], id) : undefined;
  }

  /**
   * Returns the full model of the kata with `id` like `findById`, but reads an
   * uncached file without blocking, for views that load many katas at once.
   */
  async loadById(id: string): Promise<Kata | undefined> {
    const filePath = this.filesById.get(id)?.[0];
    if (filePath === undefined) {
      return undefined;
    }
    const result = await this.models.read(filePath);
    // The file may have been re-indexed or removed while it was read.
    if (!result || this.filesById.get(id)?.[0] !== filePath) {
      return this.findById(id);
    }
    if (this.models.cached(filePath) !== result) {
      this.models.add(result);
    }
    return result.kata?.id === id ? result.kata : undefined;
  }

  /** Returns the full model of the kata with `id` when it is cached, without reading its file. */
  cachedById(id: string): Kata | undefined {
    const filePath = this.filesById.get(id)?.[0];
    const kata = filePath === undefined ? undefined : this.models.cached(filePath)?.kata;
    return kata?.id === id ? kata : undefined;
  }

  /** Returns the kata of a file, unless the file is missing, not a kata, or a duplicate of another file's id. */
  findByFile(filePath: string): Kata | undefined {
    const id = this.entries.get(filePath)?.summary.kata?.id;
    return id !== undefined && this.filesById.get(id)?.[0] === filePath ? this.modelOf(filePath, id) : undefined;
  }

  /** Returns true when the file is the kata for its id, without parsing it. */
  isKataFile(filePath: string): boolean {
    const id = this.entries.get(filePath)?.summary.kata?.id;
    return id !== undefined && this.filesById.get(id)?.[0] === filePath;
  }

  /** Categories sorted by name; katas by difficulty (unset last), then file name. */
  categories(): KataCategory[] {
    if (!this.sortedCategories) {
      const byName = new Map<string, KataSummary[]>();
      for (const kata of this.katas) {
        const katas = byName.get(kata.category) ?? [];
        katas.push(kata);
        byName.set(kata.category, katas);
      }
      this.sortedCategories = [...byName.entries()]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([name, katas]) => ({ name, katas: katas.sort(compareKatas) }));
    }
    return this.sortedCategories;
  }

  /** Returns the workspace folder the kata with `kataId` was found in. */
  workspaceFolderOf(kataId: string): string | undefined {
    const files = this.filesById.get(kataId);
    return files ? this.entries.get(files[0])?.workspaceFolder : undefined;
  }

  /** Returns a number that changes whenever the file is indexed again; undefined when it is not indexed. */
  revisionOf(filePath: string): number | undefined {
    return this.entries.get(filePath)?.revision;
  }

  get fileCount(): number {
    return this.entries.size;
  }

  /** Returns every file, katas and others, in no particular order. */
  files(): IndexedFile[] {
    return [...this.entries.values()];
  }

  /** Records the confirmed stamp of a file's indexed bytes. Views do not show stamps, so listeners are not called. */
  confirmStamp(filePath: string, stamp: FileStamp): void {
    const entry = this.entries.get(filePath);
    if (entry) {
      entry.stamp = stamp;
      entry.readSize = undefined;
    }
  }

  /** Returns the file's own problems as validated for its indexed bytes, without parsing it. */
  checkedOf(filePath: string): CheckedProblems | undefined {
    return this.entries.get(filePath)?.checked;
  }

  /**
   * Records the file's own problems for its indexed bytes, so they are
   * persisted with its summary. Views do not show them, so only detail
   * listeners are called.
   */
  setChecked(filePath: string, checked: CheckedProblems): void {
    const entry = this.entries.get(filePath);
    if (entry) {
      entry.checked = checked;
      this.detailListeners.notify();
    }
  }

  /** Registers a listener called when a file's details that only the cache keeps change: step counts and problems. */
  onDidChangeDetails(listener: () => void): () => void {
    return this.detailListeners.add(listener);
  }

  /** Returns the file's summary, stamp and folder. */
  fileOf(filePath: string): IndexedFile | undefined {
    return this.entries.get(filePath);
  }

  /** Returns the `duplicate-kata-id` problem of a file that lost its id to a file sorting before it. */
  duplicateProblemOf(filePath: string): Problem | undefined {
    const entry = this.entries.get(filePath);
    const kata = entry?.summary.kata;
    const first = kata ? this.filesById.get(kata.id)?.[0] : undefined;
    if (!entry || !kata || first === undefined || first === filePath) {
      return undefined;
    }
    return duplicateIdProblem(kata, displayPath(first, entry.workspaceFolder));
  }

  /**
   * Returns the full parse result of a file, with the index's own problems
   * added, or undefined when the file is not indexed or cannot be read.
   */
  resultOf(filePath: string): ParseResult | undefined {
    if (!this.entries.has(filePath)) {
      return undefined;
    }
    const result = this.models.load(filePath);
    const duplicate = this.duplicateProblemOf(filePath);
    return result && duplicate ? { ...result, problems: [...result.problems, duplicate] } : result;
  }

  /** Registers a listener called after every change; returns a function that removes it. */
  onDidChange(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  private modelOf(filePath: string, id: string): Kata | undefined {
    const kata = this.models.load(filePath)?.kata;
    // A file edited since it was indexed may name another id; the watcher re-indexes it soon.
    return kata?.id === id ? kata : undefined;
  }

  /** Adds a full model's step counts to the file's summary, which the quick summary could not count. */
  private addStepCounts(result: ParseResult): void {
    const summary = this.entries.get(result.filePath)?.summary.kata;
    if (summary && result.kata?.id === summary.id && !summary.steps) {
      summary.steps = countSteps(result.kata);
      this.detailListeners.notify();
    }
  }

  private remove(filePath: string): boolean {
    const entry = this.entries.get(filePath);
    if (!entry) {
      return false;
    }
    this.entries.delete(filePath);
    this.models.delete(filePath);
    const id = entry.summary.kata?.id;
    if (id !== undefined) {
      const files = this.filesById.get(id)?.filter((file) => file !== filePath) ?? [];
      if (files.length > 0) {
        this.filesById.set(id, files);
      } else {
        this.filesById.delete(id);
      }
    }
    this.sortedKatas = undefined;
    this.sortedCategories = undefined;
    return true;
  }

  private changed(): void {
    this.sortedKatas = undefined;
    this.sortedCategories = undefined;
    if (this.batchDepth > 0) {
      this.changedInBatch = true;
    } else {
      this.notify();
    }
  }

  private notify(): void {
    this.listeners.notify();
  }
}
