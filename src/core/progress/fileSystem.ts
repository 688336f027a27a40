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
}
