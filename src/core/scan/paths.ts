// Paths inside a scanned root folder. The scan keeps them relative to the root
// and `/`-separated on every platform, the form that globs and `.gitignore`
// patterns match against. `''` is the root itself.

import * as path from 'node:path';

const SLASH = 0x2f;

/** Returns the relative path of `name` inside the folder at `folder`. */
export function joinRelative(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** Returns the relative path of the folder that contains `relativePath`, `''` for an entry of the root. */
export function parentOf(relativePath: string): string {
  const slash = relativePath.lastIndexOf('/');
  return slash < 0 ? '' : relativePath.slice(0, slash);
}

/** Returns the last segment of a relative path. */
export function nameOf(relativePath: string): string {
  return relativePath.slice(relativePath.lastIndexOf('/') + 1);
}

/** Returns the absolute path of an entry of the root, with the platform's separators. */
export function toAbsolutePath(root: string, relativePath: string): string {
  return relativePath === '' ? root : path.join(root, relativePath);
}

/**
 * Splits a path relative to the root into its segments. Accepts `/` and `\`
 * separators and drops empty and `.` segments. Throws when the path is absolute
 * or climbs out of the root with `..`.
 */
export function splitRelativePath(relativePath: string): string[] {
  if (path.isAbsolute(relativePath) || path.posix.isAbsolute(relativePath)) {
    throw new Error(`Expected a path relative to the root folder, got the absolute path "${relativePath}".`);
  }

  const segments = relativePath.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    throw new Error(`The path "${relativePath}" leaves the root folder. Give a path inside it.`);
  }
  return segments;
}

/** Returns whether a file name ends in `.md`, in any letter case. */
export function isMarkdownFileName(name: string): boolean {
  return name.length >= 3 && name.slice(-3).toLowerCase() === '.md';
}

/**
 * Compares relative paths segment by segment in code-unit order, so a sorted list
 * is the order of a depth-first walk that visits each folder's entries by name.
 * Plain string order would differ: it puts `a-b.md` before `a/x.md` because `-`
 * sorts before `/`. Code-unit order is the same on every machine and locale, unlike localeCompare.
 */
export function compareRelativePaths(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left === right) {
      continue;
    }
    // A segment that ends here sorts before any longer name with the same start.
    if (left === SLASH) {
      return -1;
    }
    if (right === SLASH) {
      return 1;
    }
    return left - right;
  }
  return a.length - b.length;
}
