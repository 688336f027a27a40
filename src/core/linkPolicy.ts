// Decides what a link clicked in the coach panel may open. Kata text is
// untrusted, so only web links and files inside the workspace are allowed.
// `command:`, `javascript:`, `data:`, `file:` and every other scheme are refused.

import * as path from 'node:path';

export type LinkTarget = { kind: 'external'; url: string } | { kind: 'file'; filePath: string } | { kind: 'refused'; reason: string };

const MAX_LINK_LENGTH = 2048;

/**
 * Resolves `href` from a kata at `kataFilePath`. Relative paths resolve
 * against the kata's folder, and a path starting with `/` against the
 * workspace folder. Either must stay inside `workspaceFolder`.
 */
export function resolveLink(href: string, kataFilePath: string, workspaceFolder: string | undefined): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_LINK_LENGTH) {
    return { kind: 'refused', reason: 'empty or too long' };
  }

  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      return { kind: 'external', url: new URL(trimmed).toString() };
    } catch {
      return { kind: 'refused', reason: 'not a valid URL' };
    }
  }
  if (scheme !== undefined) {
    return { kind: 'refused', reason: `the ${scheme}: scheme is not allowed` };
  }

  if (workspaceFolder === undefined) {
    return { kind: 'refused', reason: 'the kata is outside every workspace folder' };
  }

  // Anchors and query strings do not change which file opens.
  const withoutFragment = decodeSafely(trimmed.replace(/[?#].*$/, ''));
  if (withoutFragment === undefined) {
    return { kind: 'refused', reason: 'the path has invalid percent-encoding' };
  }
  if (withoutFragment === '') {
    return { kind: 'refused', reason: 'a link inside the page' };
  }

  const base = withoutFragment.startsWith('/') ? workspaceFolder : path.dirname(kataFilePath);
  const filePath = path.resolve(base, withoutFragment.replace(/^\/+/, ''));
  const relative = path.relative(workspaceFolder, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { kind: 'refused', reason: 'the path leaves the workspace folder' };
  }
  return { kind: 'file', filePath };
}

function decodeSafely(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
