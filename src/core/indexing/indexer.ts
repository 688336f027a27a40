// Fills a KataIndex from the file system. A cold scan reads every candidate
// file, and a refresh re-reads only the files whose size or modification time
// changed since the cache. A file change re-reads that file alone. Listing the
// candidates is the caller's job.

import type { FileStamp, IndexedFile, KataIndex } from '../kataIndex';
import { mapLimited } from '../concurrency';
import type { Logger } from '../log';
import { isSameStamp } from './indexCache';
import { summarizeBytes } from './summarize';

/** File access for the indexer. Paths are absolute. */
export interface IndexFileSystem {
  /** Reads a file; rejects when it cannot be read. */
  readFile(filePath: string): Promise<Uint8Array>;
  /** Returns a file's stamp, or undefined when it does not exist. */
  stat(filePath: string): Promise<FileStamp | undefined>;
}

/** A markdown file to index and the workspace folder it belongs to. */
export interface Candidate {
  filePath: string;
  workspaceFolder: string;
}

export interface IndexRunOptions {
  /** Polled between files; a cancelled run rejects with IndexCancelledError and leaves the index unchanged. */
  isCancelled?: () => boolean;
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface IndexRunStats {
  files: number;
  /** Files read from disk; the others came from the cache. */
  read: number;
  failed: number;
}

export class IndexCancelledError extends Error {
  constructor() {
    super('Indexing was cancelled');
    this.name = 'IndexCancelledError';
  }
}

// Enough parallel reads to hide file system latency without opening
// thousands of files at once in a large repository.
export const READ_CONCURRENCY = 16;

export class Indexer {
  constructor(
    readonly index: KataIndex,
    private readonly fs: IndexFileSystem,
    private readonly log: Logger,
  ) {}

  /**
   * Indexes `candidates` and replaces the whole index with them in one
   * change. Files whose stamp equals their entry in `cached` keep the cached
   * summary; every other file is read.
   */
  async indexAll(candidates: readonly Candidate[], cached: ReadonlyMap<string, IndexedFile> = new Map(), options: IndexRunOptions = {}): Promise<IndexRunStats> {
    const files: IndexedFile[] = [];
    const models: Parameters<KataIndex['set']>[] = [];
    const stats: IndexRunStats = { files: candidates.length, read: 0, failed: 0 };
    let done = 0;

    await mapLimited(candidates, READ_CONCURRENCY, async (candidate) => {
      throwIfCancelled(options);
      const previous = cached.get(candidate.filePath);
      const stamp = previous ? await this.statQuietly(candidate.filePath) : undefined;

      if (previous && isSameStamp(stamp, previous.stamp) && previous.workspaceFolder === candidate.workspaceFolder) {
        files.push(previous);
      } else {
        // A stamp taken before the read is safe to confirm: a later write changes it again.
        const read = await this.read(candidate, stamp);
        stats.read++;
        if (read) {
          files.push(read.file);
          if (read.model) {
            models.push(read.model);
          }
        } else {
          stats.failed++;
        }
      }
      options.onProgress?.(++done, candidates.length);
    });

    throwIfCancelled(options);
    this.index.batch(() => {
      this.index.replaceAll(files);
      for (const model of models) {
        this.index.set(...model);
      }
    });
    return stats;
  }

  /** Re-reads one file after a change; removes it from the index when it cannot be read. */
  async updateFile(candidate: Candidate): Promise<void> {
    const read = await this.read(candidate);
    if (!read) {
      this.index.delete(candidate.filePath);
    } else if (read.model) {
      this.index.set(...read.model);
    } else {
      this.index.setSummary(read.file.summary, candidate.workspaceFolder, read.file.stamp, read.file.readSize);
    }
  }

  /**
   * Takes the stamps of files indexed without one, so the cache can hold them.
   * A file whose size differs from the bytes indexed changed after the read:
   * it stays unstamped, out of the cache, and its watcher event re-reads it.
   *
   * NOTE: a write that keeps the size, between the read and this call, whose
   * watcher event is lost, leaves a stale summary cached until the file changes
   * again or Refresh Katas runs.
   */
  async confirmStamps(): Promise<void> {
    const unconfirmed = this.index.files().filter((file) => file.stamp === undefined && file.readSize !== undefined);
    await mapLimited(unconfirmed, READ_CONCURRENCY, async (file) => {
      const stamp = await this.statQuietly(file.summary.filePath);
      if (stamp && stamp.size === file.readSize) {
        this.index.confirmStamp(file.summary.filePath, stamp);
      }
    });
  }

  /**
   * Reads and summarizes a file. Taking a stamp costs another file system call
   * per file, so a first read leaves it to `confirmStamps`, which runs after
   * the index is ready, unless the caller already has one from before the read.
   */
  private async read(candidate: Candidate, stampBeforeRead?: FileStamp): Promise<{ file: IndexedFile; model?: Parameters<KataIndex['set']> } | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(candidate.filePath);
    } catch (error) {
      this.log.error(`Could not read ${candidate.filePath}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }

    const { summary, result } = summarizeBytes(bytes, candidate.filePath);
    if (!summary.kata) {
      // Hub pages and plain docs are expected; a file with an error, such as invalid YAML, gets a warning.
      const message = `Skipped ${candidate.filePath}: ${summary.notKataReason ?? 'not a kata'}`;
      if (summary.broken) {
        this.log.warn(message);
      } else {
        this.log.debug(message);
      }
    }

    const stamp = stampBeforeRead?.size === bytes.length ? stampBeforeRead : undefined;
    const readSize = stamp ? undefined : bytes.length;
    const file: IndexedFile = { summary, workspaceFolder: candidate.workspaceFolder, stamp, readSize };
    return { file, model: result ? [result, candidate.workspaceFolder, stamp, readSize] : undefined };
  }

  private async statQuietly(filePath: string): Promise<FileStamp | undefined> {
    try {
      return await this.fs.stat(filePath);
    } catch {
      return undefined;
    }
  }
}

function throwIfCancelled(options: IndexRunOptions): void {
  if (options.isCancelled?.()) {
    throw new IndexCancelledError();
  }
}
