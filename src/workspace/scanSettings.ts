// Reads the settings that decide which folders the kata scan skips, for one
// workspace folder, and turns them into the core's exclusion options.

import * as vscode from 'vscode';
import {
  DEFAULT_EXCLUDE_SETTING,
  DEFAULT_USE_GITIGNORE,
  excludeGlobsFromSettings,
  type ExclusionOptions,
} from '../core/scan/exclusions';

/** The settings that readExclusionOptions reads, for `affectsConfiguration` checks. */
export const EXCLUSION_SETTINGS: readonly string[] = ['files.exclude', 'kataCoach.exclude', 'kataCoach.useGitignore'];

/**
 * Returns the exclusion options of a workspace folder. VS Code merges an object
 * setting such as `kataCoach.exclude` key by key over its default, so a user
 * entry that sets the default `dist` pattern to false turns it off. A pattern
 * set to true in either `files.exclude` or `kataCoach.exclude` is excluded.
 */
export function readExclusionOptions(folder: vscode.Uri): ExclusionOptions {
  const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude');
  const kataCoach = vscode.workspace.getConfiguration('kataCoach', folder);
  const kataCoachExclude = kataCoach.get<Record<string, unknown>>('exclude', DEFAULT_EXCLUDE_SETTING);
  const useGitignore = kataCoach.get<boolean>('useGitignore', DEFAULT_USE_GITIGNORE);

  return {
    excludeGlobs: excludeGlobsFromSettings(asObject(filesExclude), asObject(kataCoachExclude)),
    useGitignore: useGitignore !== false,
  };
}

/** Returns whether a configuration change affects the exclusion options of a workspace folder. */
export function affectsExclusionOptions(event: vscode.ConfigurationChangeEvent, folder: vscode.Uri): boolean {
  return EXCLUSION_SETTINGS.some((setting) => event.affectsConfiguration(setting, folder));
}

// A hand-edited settings.json can contain any JSON value, and anything but an object excludes nothing.
function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
