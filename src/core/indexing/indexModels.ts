// The full models of the index's files: a bounded cache, filled by a
// blocking or a non-blocking read. The index decides which file a kata id
// names; this only keeps and loads parse results by path.

import type { ParseResult } from '../model';
import { ModelCache } from './modelCache';

const DEFAULT_MAX_MODELS = 64;

export interface ModelLoaders {
  /** Parses a file whose model left the cache. Without it, models never leave the cache. */
  loadResult?: (filePath: string) => ParseResult | undefined;
  /** Reads and parses a file without blocking; `loadResult` is used when it is not set. */
  readResult?: (filePath: string) => Promise<ParseResult | undefined>;
  /** Number of full models kept; 64 when not set. */
  maxModels?: number;
}

export class IndexModels {
  private readonly cache: ModelCache;

  constructor(
    private readonly loaders: ModelLoaders,
    /** Called with every result that enters the cache. */
    private readonly onModel: (result: ParseResult) => void,
  ) {
    this.cache = new ModelCache(loaders.loadResult ? (loaders.maxModels ?? DEFAULT_MAX_MODELS) : Number.POSITIVE_INFINITY);
  }

  /** Returns the cached result of a file, without reading it. */
  cached(filePath: string): ParseResult | undefined {
    return this.cache.get(filePath);
  }

  /** Returns the result of a file, parsing it with a blocking read when it is not cached. */
  load(filePath: string): ParseResult | undefined {
    const cached = this.cache.get(filePath);
    if (cached) {
      return cached;
    }
    const result = this.loaders.loadResult?.(filePath);
    if (result) {
      this.add(result);
    }
    return result;
  }

  /** Returns the result of a file, reading it without blocking when it is not cached. The caller adds it once it is still wanted. */
  async read(filePath: string): Promise<ParseResult | undefined> {
    const cached = this.cache.get(filePath);
    if (cached || !this.loaders.readResult) {
      return cached ?? this.load(filePath);
    }
    return this.loaders.readResult(filePath);
  }

  add(result: ParseResult): void {
    this.cache.set(result.filePath, result);
    this.onModel(result);
  }

  delete(filePath: string): void {
    this.cache.delete(filePath);
  }

  clear(): void {
    this.cache.clear();
  }
}
