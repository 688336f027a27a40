// The file listing and the bounded parallel reads that every subject shares,
// so the subjects differ only in what they do with the bytes.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folders the product skips by default: always `.git` and `.copilot-tracking`, and the `kataCoach.exclude` defaults. */
export const EXCLUDED_FOLDERS: readonly string[] = ['.git', '.copilot-tracking', 'node_modules', 'out', 'dist', '.vscode-test', '.cache'];

/**
 * Returns the absolute path of every `*.md` file under `root`, sorted, without
 * entering a folder named in EXCLUDED_FOLDERS at any depth. Symbolic links are
 * skipped, and the generated repositories have none.
 */
export async function listCandidateFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const folders = [root];

  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const entries = await fs.promises.readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!EXCLUDED_FOLDERS.includes(entry.name)) {
          folders.push(entryPath);
        }
      } else if (entry.isFile() && entry.name.endsWith('.md')) {
        files.push(entryPath);
      }
    }
  }

  return files.sort();
}
