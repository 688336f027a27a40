// Discovery of markdown files in a root folder: exclusion rules from settings and
// `.gitignore` files, a walk that prunes excluded folders, and a check of one path
// for file watcher events.

export { isScanCancelledError, ScanCancelledError, type ScanCancellation } from './cancellation';
export { ExclusionChecker } from './exclusionChecker';
export {
  ALWAYS_EXCLUDED_FOLDERS,
  DEFAULT_EXCLUDE_SETTING,
  DEFAULT_USE_GITIGNORE,
  excludeGlobsFromSettings,
  ExclusionRules,
  type EntryKind,
  type ExclusionOptions,
} from './exclusions';
export type { ScanEntry, ScanEntryType, ScanFileSystem, ScanTargetType } from './fileSystem';
export { DEFAULT_GITIGNORE_IGNORE_CASE, GITIGNORE_FILE_NAME, INFO_EXCLUDE_PATH } from './gitignore';
export { nodeScanFileSystem } from './nodeFileSystem';
export { compareRelativePaths, isMarkdownFileName } from './paths';
export {
  DEFAULT_SCAN_CONCURRENCY,
  findMarkdownCandidates,
  type MarkdownCandidates,
  type ScanFailure,
  type WalkOptions,
} from './walk';
