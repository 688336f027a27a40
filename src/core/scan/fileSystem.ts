// The file operations the folder walk needs. The CLI and tests use the
// `node:fs/promises` implementation in nodeFileSystem.ts.

/** Type of a folder entry as the folder listing reports it, without following symbolic links. */
export type ScanEntryType = 'file' | 'folder' | 'symbolicLink' | 'other';

export interface ScanEntry {
  name: string;
  type: ScanEntryType;
}

/** Type of the target of a path after following symbolic links. */
export type ScanTargetType = 'file' | 'folder' | 'other';

/** Read-only file access for the walk. Paths are absolute. */
export interface ScanFileSystem {
  /** Lists the entries of a folder. Rejects when the folder cannot be listed. */
  readDirectory(path: string): Promise<ScanEntry[]>;

  /**
   * Reads a file as UTF-8 text. Resolves to undefined when the path does not
   * exist or is not a file, and rejects on other errors such as a denied permission.
   */
  readFile(path: string): Promise<string | undefined>;

  /**
   * Returns the type of what a path points to, following symbolic links.
   * Resolves to undefined when nothing is there, such as for a broken link.
   */
  statType(path: string): Promise<ScanTargetType | undefined>;
}
