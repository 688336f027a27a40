// The file operations the progress store needs. The extension implements them with
// `vscode.workspace.fs`, tests and the CLI with `node:fs/promises` (nodeFileSystem.ts).

/** File access for the progress store. Paths are absolute and text is UTF-8. */
export interface ProgressFileSystem {
  /** Reads a file as text. Resolves to undefined when the file does not exist. */
  readFile(path: string): Promise<string | undefined>;

  /** Creates or replaces a file. The parent folder must exist. */
  writeFile(path: string, text: string): Promise<void>;

  /**
   * Renames a file, replacing `to` when it exists. The store relies on the
   * replacement being atomic on one volume for its writes.
   */
  rename(from: string, to: string): Promise<void>;

  /** Creates a folder and any missing parents. Succeeds when it already exists. */
  mkdir(path: string): Promise<void>;

  /** Lists the entry names of a folder. Resolves to `[]` when the folder does not exist. */
  readDirectory(path: string): Promise<string[]>;

  /** Deletes a file. Succeeds when the file does not exist. */
  delete(path: string): Promise<void>;

  /**
   * Creates a file only when it does not exist yet, atomically (`wx` in Node),
   * and resolves to false when it exists. The store's lock between processes
   * relies on it. Optional because `vscode.workspace.fs` has no atomic
   * create-if-absent: without it the store serialises writes in its own process only.
   */
  createExclusive?(path: string, text: string): Promise<boolean>;

  /** Returns a file's modification time in milliseconds since the epoch, or undefined when it does not exist. */
  modifiedTime?(path: string): Promise<number | undefined>;
}
