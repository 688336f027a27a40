// Kata file discovery: the glob for candidate files and the folders never scanned.

/** Every markdown file is a candidate; the parser decides which ones are katas. */
export const KATA_FILE_GLOB = '**/*.md';

/** Folders never scanned: dependencies, build output, caches and Kata Coach's own progress files. */
export const EXCLUDED_FOLDERS: readonly string[] = [
  'node_modules',
  '.git',
  '.copilot-tracking',
  'out',
  'dist',
  '.vscode-test',
  '.cache',
];

/** The excluded folders as one glob, for file searches that take an exclude pattern. */
export const EXCLUDED_FOLDERS_GLOB = `**/{${EXCLUDED_FOLDERS.join(',')}}/**`;

/**
 * Returns whether a path relative to its workspace folder lies inside an
 * excluded folder at any depth. Accepts `/` and `\` separators.
 */
export function isExcludedPath(relativePath: string): boolean {
  const segments = relativePath.split(/[\\/]+/);
  // The last segment is the file name: a file named `out` is not a folder.
  return segments.slice(0, -1).some((segment) => EXCLUDED_FOLDERS.includes(segment));
}
