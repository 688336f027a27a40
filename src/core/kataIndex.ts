// The in-memory index of every parsed markdown file and the katas among them.
// Pure and synchronous: the workspace layer reads files and feeds results in.

import * as path from 'node:path';
import type { Kata, ParseResult, Problem } from './model';

interface Entry {
  result: ParseResult;
  workspaceFolder: string;
}

export interface KataCategory {
  name: string;
  katas: Kata[];
}

/**
 * Keeps parse results by file path. When two files declare the same `kata_id`,
 * the one whose path sorts first is the kata for that id, and the other keeps
 * its result with a `duplicate-kata-id` problem but is left out of `katas`.
 */
export class KataIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();

  // Derived on every mutation, so lookups stay cheap and consistent.
  private byId = new Map<string, Entry>();
  private derivedResults = new Map<string, ParseResult>();

  /** Adds or replaces the result for `result.filePath`. */
  set(result: ParseResult, workspaceFolder: string): void {
    this.entries.set(result.filePath, { result, workspaceFolder });
    this.rebuild();
  }

  delete(filePath: string): void {
    if (this.entries.delete(filePath)) {
      this.rebuild();
    }
  }

  /** Replaces every entry at once, with one rebuild, so a scan of many files stays linear. */
  replaceAll(items: readonly { result: ParseResult; workspaceFolder: string }[]): void {
    this.entries.clear();
    for (const { result, workspaceFolder } of items) {
      this.entries.set(result.filePath, { result, workspaceFolder });
    }
    this.rebuild();
  }

  clear(): void {
    if (this.entries.size > 0) {
      this.entries.clear();
      this.rebuild();
    }
  }

  /** Every indexed kata (one per id), sorted by file path. */
  get katas(): Kata[] {
    return [...this.byId.values()]
      .map((entry) => entry.result.kata as Kata)
      .sort((a, b) => compareStrings(a.filePath, b.filePath));
  }

  findById(id: string): Kata | undefined {
    return this.byId.get(id)?.result.kata;
  }

  /** Returns the kata of a file, unless the file is missing, not a kata, or a duplicate of another file's id. */
  findByFile(filePath: string): Kata | undefined {
    const kata = this.entries.get(filePath)?.result.kata;
    return kata && this.byId.get(kata.id)?.result.kata === kata ? kata : undefined;
  }

  /** Categories sorted by name; katas by difficulty (unset last), then file name. */
  categories(): KataCategory[] {
    const byName = new Map<string, Kata[]>();
    for (const kata of this.katas) {
      const katas = byName.get(kata.category) ?? [];
      katas.push(kata);
      byName.set(kata.category, katas);
    }

    return [...byName.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([name, katas]) => ({ name, katas: katas.sort(compareKatas) }));
  }

  /** Returns the workspace folder the kata with `kataId` was found in. */
  workspaceFolderOf(kataId: string): string | undefined {
    return this.byId.get(kataId)?.workspaceFolder;
  }

  /** Returns every result, katas and other files alike, sorted by file path, with index problems added. */
  results(): ParseResult[] {
    return [...this.derivedResults.values()].sort((a, b) => compareStrings(a.filePath, b.filePath));
  }

  /** Registers a listener called after every change; returns a function that removes it. */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private rebuild(): void {
    const sorted = [...this.entries.values()].sort((a, b) => compareStrings(a.result.filePath, b.result.filePath));
    const byId = new Map<string, Entry>();
    const derived = new Map<string, ParseResult>();

    for (const entry of sorted) {
      const { result } = entry;
      const kata = result.kata;
      const first = kata ? byId.get(kata.id) : undefined;

      if (kata && first) {
        const problem = duplicateIdProblem(kata, displayPath(first.result.filePath, entry.workspaceFolder));
        derived.set(result.filePath, { ...result, problems: [...result.problems, problem] });
        continue;
      }

      if (kata) {
        byId.set(kata.id, entry);
      }
      derived.set(result.filePath, result);
    }

    this.byId = byId;
    this.derivedResults = derived;

    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}

/** Returns `filePath` relative to `folder` when it lies inside it, else unchanged. */
function displayPath(filePath: string, folder: string): string {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

function duplicateIdProblem(kata: Kata, firstFilePath: string): Problem {
  return {
    code: 'duplicate-kata-id',
    severity: 'error',
    line: kata.idLine ?? 1,
    column: 1,
    message:
      `The kata_id "${kata.id}" is already used by ${firstFilePath}, so Kata Coach ignores this file. ` +
      'Give this kata a unique kata_id.',
  };
}

function compareKatas(a: Kata, b: Kata): number {
  const difficultyA = a.difficulty ?? Number.POSITIVE_INFINITY;
  const difficultyB = b.difficulty ?? Number.POSITIVE_INFINITY;
  if (difficultyA !== difficultyB) {
    return difficultyA < difficultyB ? -1 : 1;
  }
  return compareStrings(path.basename(a.filePath), path.basename(b.filePath)) || compareStrings(a.filePath, b.filePath);
}

/** Code-unit order: stable across machines and locales, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
