// Turns a file's bytes into what the index keeps: the quick summary when it
// can decide, else the full parse, whose result also seeds the model cache.

import type { ParseResult } from '../model';
import { parseKataBytes } from '../parser';
import type { FileSummary } from './kataSummary';
import { summarizeResult } from './kataSummary';
import { quickSummary } from './quickSummary';

export interface SummarizedFile {
  summary: FileSummary;
  /** The full parse, when the quick summary could not decide. */
  result?: ParseResult;
}

export function summarizeBytes(bytes: Uint8Array, filePath: string): SummarizedFile {
  const quick = quickSummary(bytes, filePath);
  if (quick) {
    return { summary: quick };
  }
  const result = parseKataBytes(bytes, filePath);
  return { summary: summarizeResult(result), result };
}
