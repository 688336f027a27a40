// Reads package.json and package.nls.json as they are on disk, for the
// manifest tests. `Extension.packageJSON` cannot serve, because VS Code has
// already replaced the `%key%` references in it.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CommandContribution {
  command: string;
  title?: string;
  shortTitle?: string;
  category?: string;
  icon?: unknown;
  enablement?: string;
}

export interface MenuItem {
  command?: string;
  alt?: string;
  submenu?: string;
  when?: string;
  group?: string;
}

export interface SettingContribution {
  type?: string | string[];
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  order?: number;
}

interface ConfigurationSection {
  title?: string;
  properties?: Record<string, SettingContribution>;
}

export interface Manifest {
  main: string;
  displayName?: string;
  description?: string;
  capabilities?: unknown;
  contributes: {
    commands?: CommandContribution[];
    menus?: Record<string, MenuItem[]>;
    keybindings?: { command: string; when?: string }[];
    views?: Record<string, { id: string }[]>;
    viewsWelcome?: { view: string; contents: string; when?: string }[];
    configuration?: ConfigurationSection | ConfigurationSection[];
    languageModelTools?: { name: string; modelDescription: string }[];
  };
}

/** A package.nls.json entry: the text, or the text with notes for translators. */
export type NlsMessage = string | { message: string; comment?: string[] };

/** A `%key%` reference. vsce replaces only keys of word characters and dots, so hyphens are not allowed. */
export const NLS_REFERENCE = /^%([\w.]+)%$/;

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function readManifest(extensionRoot: string): { manifest: Manifest; messages: Record<string, NlsMessage> } {
  return {
    manifest: readJson<Manifest>(path.join(extensionRoot, 'package.json')),
    messages: readJson<Record<string, NlsMessage>>(path.join(extensionRoot, 'package.nls.json')),
  };
}

/** Returns the text of a `%key%` reference, or undefined when `text` is no reference or names no message. */
export function resolveMessage(messages: Record<string, NlsMessage>, text: string | undefined): string | undefined {
  const key = text === undefined ? undefined : NLS_REFERENCE.exec(text)?.[1];
  const message = key === undefined || !Object.hasOwn(messages, key) ? undefined : messages[key];
  return typeof message === 'object' ? message.message : message;
}

export type JsonPath = (string | number)[];

/** Yields every string under `value`, depth first, with the path of keys and indexes that leads to it. */
export function* stringsIn(value: unknown, at: JsonPath = []): Generator<{ path: JsonPath; text: string }> {
  if (typeof value === 'string') {
    yield { path: at, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      yield* stringsIn(item, [...at, index]);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield* stringsIn(item, [...at, key]);
    }
  }
}

/** Formats a path as `contributes.commands[0].title`. */
export function formatPath(at: JsonPath): string {
  let formatted = '';
  for (const part of at) {
    if (typeof part === 'number') {
      formatted += `[${part}]`;
    } else {
      formatted += formatted === '' ? part : `.${part}`;
    }
  }
  return formatted;
}

// Fields whose strings users read in the workbench, the settings editor, chat
// or the Marketplace, wherever they occur in the manifest.
const TEXT_FIELDS = new Set([
  'displayName',
  'description',
  'markdownDescription',
  'title',
  'shortTitle',
  'category',
  'contextualTitle',
  'contents',
  'label',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'userDescription',
  'fullName',
  'altText',
]);

// Subtrees whose strings are not shown to users: tool input schemas are
// instructions to the language model, and defaults and enums are values.
const NON_TEXT_SUBTREES = new Set(['inputSchema', 'default', 'defaults', 'enum']);

// Walkthrough fields that hold ids, paths or conditions. Every other string
// of a walkthrough is text, so a field VS Code adds later is checked too.
const WALKTHROUGH_NON_TEXT = new Set(['id', 'when', 'icon', 'completionEvents', 'featuredFor']);

/**
 * Tells whether the string at `at` (a path from the manifest's root) is text
 * that users read. `modelDescription` is not: it is written for the model.
 */
export function isUserVisible(at: JsonPath): boolean {
  if (at.some((part) => typeof part === 'string' && NON_TEXT_SUBTREES.has(part))) {
    return false;
  }
  const field = [...at].reverse().find((part): part is string => typeof part === 'string');
  if (field === undefined) {
    return false;
  }
  if (at[0] === 'contributes' && at[1] === 'walkthroughs') {
    // Media fields are file paths, except `altText`, the text that replaces an image for screen readers.
    return at.includes('media') ? field === 'altText' : !WALKTHROUGH_NON_TEXT.has(field);
  }
  // A view's name is its title. Elsewhere `name` is an id: of a tool, a chat participant or a participant's command.
  if (field === 'name') {
    return at[0] === 'contributes' && at[1] === 'views';
  }
  return TEXT_FIELDS.has(field);
}

/** Returns every setting the manifest declares, by name, whether `configuration` is one section or a list. */
export function settingsOf(manifest: Manifest): Map<string, SettingContribution> {
  const configuration = manifest.contributes.configuration ?? [];
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return new Map(sections.flatMap((section) => Object.entries(section.properties ?? {})));
}

/** Returns every `when` and `enablement` clause under `contributes`, with its path. */
export function whenClausesOf(manifest: Manifest): { path: string; clause: string }[] {
  return [...stringsIn(manifest.contributes, ['contributes'])]
    .filter(({ path: at }) => at.at(-1) === 'when' || at.at(-1) === 'enablement')
    .map(({ path: at, text }) => ({ path: formatPath(at), clause: text }));
}
