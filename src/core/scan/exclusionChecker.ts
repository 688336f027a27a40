// Decides whether one path is excluded, for file watcher events, with the same
// rules as the walk. The `.gitignore` files of the path's parent folders are
// read on first use and cached until forgetGitignore is called.

import { silentLogger, type Logger } from '../log';
import type { EntryKind, ExclusionRules } from './exclusions';
import type { ScanFileSystem } from './fileSystem';
import { GITIGNORE_FILE_NAME, INFO_EXCLUDE_PATH, readFolderGitignore, readInfoExclude, type GitignoreLayer } from './gitignore';
import { joinRelative, nameOf, parentOf, splitRelativePath, toAbsolutePath } from './paths';

export class ExclusionChecker {
  /** Ignore rules that cover the entries of each folder, keyed by the folder's relative path. */
  private readonly gitignoreByFolder = new Map<string, Promise<GitignoreLayer | undefined>>();
  private infoExclude: Promise<GitignoreLayer | undefined> | undefined;

  constructor(
    private readonly root: string,
    private readonly fs: ScanFileSystem,
    private readonly rules: ExclusionRules,
    private readonly log: Logger = silentLogger,
  ) {}

  /**
   * Returns whether a path is excluded, by itself or because one of its parent
   * folders is. The path is relative to the root, with `/` or `\` separators.
   * The root itself is never excluded. The caller gives the path's `kind`,
   * because patterns such as `build/` match folders only. Pass 'file' for a
   * symbolic link, which the walk never enters.
   * Rejects when the path is absolute or leaves the root.
   *
   * NOTE: the parent folders are not checked for symbolic links, so a path
   * inside a linked folder is not excluded here although the walk skips it.
   */
  async isExcluded(relativePath: string, kind: EntryKind): Promise<boolean> {
    const segments = splitRelativePath(relativePath);
    if (segments.length === 0) {
      return false;
    }

    let folder = '';
    for (const segment of segments.slice(0, -1)) {
      const gitignore = await this.gitignoreFor(folder);
      folder = joinRelative(folder, segment);
      if (this.rules.excludes(folder, 'folder', gitignore)) {
        return true;
      }
    }

    const gitignore = await this.gitignoreFor(folder);
    return this.rules.excludes(segments.join('/'), kind, gitignore);
  }

  /**
   * Drops cached ignore rules after an ignore file changed, was created or was
   * deleted. `changedFile` is its path relative to the root. A `.gitignore`
   * drops the rules of its folder and the folders below it. Any other path,
   * `.git/info/exclude` included, or no path drops every cached rule.
   * Throws when the path is absolute or leaves the root.
   */
  forgetGitignore(changedFile?: string): void {
    const segments = changedFile === undefined ? [] : splitRelativePath(changedFile);
    const path = segments.join('/');
    if (segments.length === 0 || nameOf(path) !== GITIGNORE_FILE_NAME) {
      this.gitignoreByFolder.clear();
      this.infoExclude = undefined;
      return;
    }

    const folder = parentOf(path);
    for (const key of [...this.gitignoreByFolder.keys()]) {
      if (folder === '' || key === folder || key.startsWith(`${folder}/`)) {
        this.gitignoreByFolder.delete(key);
      }
    }
  }

  /** Returns the ignore rules that cover the entries of `folder`, its own `.gitignore` included. */
  private gitignoreFor(folder: string): Promise<GitignoreLayer | undefined> {
    if (!this.rules.useGitignore) {
      return Promise.resolve(undefined);
    }

    const cached = this.gitignoreByFolder.get(folder);
    if (cached !== undefined) {
      return cached;
    }

    const parent = folder === '' ? this.readInfoExclude() : this.gitignoreFor(parentOf(folder));
    const loading = parent.then((parentLayer) => this.readGitignore(folder, parentLayer));
    this.gitignoreByFolder.set(folder, loading);
    return loading;
  }

  private async readGitignore(folder: string, parent: GitignoreLayer | undefined): Promise<GitignoreLayer | undefined> {
    try {
      return await readFolderGitignore(this.fs, this.root, folder, parent, this.rules.gitignoreIgnoreCase);
    } catch (error) {
      // The walk reports the same failure and also goes on without the file's rules.
      const file = toAbsolutePath(this.root, joinRelative(folder, GITIGNORE_FILE_NAME));
      this.log.warn(`Could not read ${file}, so its rules are not applied: ${messageOf(error)}`);
      return parent;
    }
  }

  private readInfoExclude(): Promise<GitignoreLayer | undefined> {
    this.infoExclude ??= readInfoExclude(this.fs, this.root, this.rules.gitignoreIgnoreCase).catch((error: unknown) => {
      const file = toAbsolutePath(this.root, INFO_EXCLUDE_PATH);
      this.log.warn(`Could not read ${file}, so its rules are not applied: ${messageOf(error)}`);
      return undefined;
    });
    return this.infoExclude;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
