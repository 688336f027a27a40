// A least-recently-used cache of full parse results by file path. A full
// model takes tens of kilobytes of heap, so only the katas in use stay parsed.

import type { ParseResult } from '../model';

export class ModelCache {
  // A Map iterates in insertion order, so re-inserting on use keeps the least recently used first.
  private readonly results = new Map<string, ParseResult>();

  constructor(private readonly maxSize: number) {}

  get(filePath: string): ParseResult | undefined {
    const result = this.results.get(filePath);
    if (result) {
      this.results.delete(filePath);
      this.results.set(filePath, result);
    }
    return result;
  }

  set(filePath: string, result: ParseResult): void {
    this.results.delete(filePath);
    this.results.set(filePath, result);
    while (this.results.size > this.maxSize) {
      const oldest = this.results.keys().next().value as string;
      this.results.delete(oldest);
    }
  }

  delete(filePath: string): void {
    this.results.delete(filePath);
  }

  clear(): void {
    this.results.clear();
  }

  get size(): number {
    return this.results.size;
  }
}
