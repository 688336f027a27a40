// Completion inside kata front matter: field names from the front matter
// schema, the allowed values of enum and boolean fields, and kata ids for
// prerequisite_katas. Pure: the caller passes the lines and the cursor.

import * as l10n from '@vscode/l10n';
import { describeField } from './validation/fieldDescriptions';
import { kataFrontMatterSchema } from './validation/frontMatterSchema';

export interface FrontMatterCompletion {
  label: string;
  /** Text put in place of the word at the cursor. */
  insertText: string;
  /** Description of the field or value: what the field must hold, or the kata's title. */
  detail?: string;
  kind: 'field' | 'value' | 'kata-id';
}

interface FieldSchema {
  type?: string;
  enum?: string[];
}

const FIELDS = kataFrontMatterSchema.properties as Record<string, FieldSchema>;
const REQUIRED = new Set<string>(kataFrontMatterSchema.required);

/** A kata the workspace has, offered for prerequisite_katas. */
export interface KnownKata {
  id: string;
  title: string;
}

/**
 * Returns completions for the cursor at `line` (0-based) and `character` in
 * a file's `lines`, or an empty list outside the front matter. The front
 * matter runs from a `---` on the first line to the next `---` line.
 */
export function frontMatterCompletions(lines: readonly string[], line: number, character: number, katas: readonly KnownKata[]): FrontMatterCompletion[] {
  if (lines[0]?.trimEnd() !== '---' || line < 1) {
    return [];
  }
  for (let index = 1; index < line; index++) {
    if (lines[index].trimEnd() === '---') {
      return [];
    }
  }

  const before = (lines[line] ?? '').slice(0, character);
  const keyValue = /^([A-Za-z_][\w.]*):\s*(.*)$/.exec(before);
  if (keyValue) {
    return valueCompletions(keyValue[1], keyValue[2], katas);
  }

  // An indented list entry belongs to the nearest key above it.
  if (/^\s+-\s*[^\s]*$/.test(before)) {
    const key = keyAbove(lines, line);
    return key === 'prerequisite_katas' ? kataIdCompletions(katas) : [];
  }

  if (/^[A-Za-z_][\w.]*$|^$/.test(before)) {
    const present = currentKeys(lines);
    return Object.entries(FIELDS)
      .filter(([name]) => !present.has(name))
      .sort(([a], [b]) => Number(REQUIRED.has(b)) - Number(REQUIRED.has(a)) || a.localeCompare(b))
      .map(([name]) => ({ label: name, insertText: `${name}: `, detail: fieldDetail(name), kind: 'field' }));
  }
  return [];
}

function valueCompletions(key: string, typed: string, katas: readonly KnownKata[]): FrontMatterCompletion[] {
  if (key === 'prerequisite_katas' && typed.startsWith('[')) {
    return kataIdCompletions(katas);
  }

  const schema = FIELDS[key];
  if (schema?.enum) {
    return schema.enum.map((value) => ({ label: value, insertText: value, detail: describeField(key), kind: 'value' }));
  }
  if (schema?.type === 'boolean') {
    return ['true', 'false'].map((value) => ({ label: value, insertText: value, detail: describeField(key), kind: 'value' }));
  }
  return [];
}

function kataIdCompletions(katas: readonly KnownKata[]): FrontMatterCompletion[] {
  return [...katas]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((kata) => ({ label: kata.id, insertText: kata.id, detail: kata.title, kind: 'kata-id' }));
}

function fieldDetail(name: string): string {
  const description = describeField(name);
  if (REQUIRED.has(name)) {
    return description === undefined
      ? l10n.t({ message: 'Required', comment: ['A front matter field that every kata must have.'] })
      : l10n.t({ message: 'Required: {0}', args: [description], comment: ['{0} describes what the front matter field must hold.'] });
  }
  return description === undefined
    ? l10n.t({ message: 'Optional', comment: ['A front matter field that a kata may leave out.'] })
    : l10n.t({ message: 'Optional: {0}', args: [description], comment: ['{0} describes what the front matter field must hold.'] });
}

/** Returns the top-level keys written in the front matter. */
function currentKeys(lines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let index = 1; index < lines.length && lines[index].trimEnd() !== '---'; index++) {
    const match = /^([A-Za-z_][\w.]*):/.exec(lines[index]);
    if (match) {
      keys.add(match[1]);
    }
  }
  return keys;
}

/** Returns the nearest top-level key above `line`. */
function keyAbove(lines: readonly string[], line: number): string | undefined {
  for (let index = line - 1; index >= 1; index--) {
    const match = /^([A-Za-z_][\w.]*):/.exec(lines[index]);
    if (match) {
      return match[1];
    }
  }
  return undefined;
}
