// Locates the shared kata corpus that sits next to the project in some checkouts.
// A plain clone of the repository does not have it, so tests that read it must skip.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Kata, ParseResult } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

/** Project root: compiled tests run from `out/test/unit`. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Expected location of the shared kata corpus: `../shared/katas` from the project root. */
export const SHARED_KATAS_PATH = path.resolve(PROJECT_ROOT, '..', 'shared', 'katas');

/** Returns the shared kata corpus folder, or undefined when it does not exist. */
export function findSharedKatas(): string | undefined {
  return fs.existsSync(SHARED_KATAS_PATH) ? SHARED_KATAS_PATH : undefined;
}

/**
 * Returns the shared kata corpus folder. When it is absent, logs why and skips the
 * current test, so a clone without the corpus still passes.
 */
export function requireSharedKatas(context: Mocha.Context): string {
  const folder = findSharedKatas();
  if (folder === undefined) {
    console.log(`    skipped: the shared kata corpus was not found at ${SHARED_KATAS_PATH}`);
    context.skip();
  }
  return folder;
}

/** Returns every `.md` file under `folder`, recursively, sorted by path. */
export function listMarkdownFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const fullPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...listMarkdownFiles(fullPath));
    } else if (entry.name.endsWith('.md')) {
      files.push(fullPath);
    }
  }
  return files.sort();
}

/** Parses every kata of the shared corpus, or skips the current test when the corpus is absent. */
export function loadCorpusKatas(context: Mocha.Context): Kata[] {
  const shared = requireSharedKatas(context);
  const files = listMarkdownFiles(path.join(shared, 'edge-ai', 'katas'));
  return files.flatMap((file) => parseKataFile(fs.readFileSync(file, 'utf8'), file).kata ?? []);
}

/** Reads and parses every markdown file of the corpus's katas folder, or skips the current test when it is absent. */
export function readCorpusFiles(context: Mocha.Context): { texts: Map<string, string>; results: ParseResult[] } {
  const shared = requireSharedKatas(context);
  const texts = new Map(listMarkdownFiles(path.join(shared, 'edge-ai', 'katas')).map((file) => [file, fs.readFileSync(file, 'utf8')]));
  return { texts, results: [...texts].map(([file, text]) => parseKataFile(text, file)) };
}
