// Keeps user-visible text localisable: every string shown at a display place
// goes through `l10n.t`, and the English bundle matches what the sources
// extract.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { findUnlocalizedText, listSources, type UnlocalizedText } from './l10nScan';
import { PROJECT_ROOT } from './sharedCorpus';

/**
 * Sources whose text is not shown in VS Code's UI, with the reason. Their
 * strings stay English on purpose.
 */
const NOT_DISPLAYED = new Map<string, string>([
  ['src/core/chat/coachTools.ts', 'tool results and confirmations built for the language model; the extension side localises what chat shows'],
  ['src/core/chat/toolSchemas.ts', 'input schemas and descriptions that the language model reads'],
  ['src/core/coachAgent.ts', 'the agent file written for Copilot'],
  ['src/core/coachPrompt.ts', 'the prompt sent to the language model'],
  ['src/core/newKata.ts', 'the template written into a new kata file'],
  ['src/core/progress/schema.ts', 'the progress JSON schema written to disk for editors and the agent'],
  ['src/core/sampleKata.ts', 'the sample kata written to disk'],
  ['src/core/validation/frontMatterSchema.ts', 'the front matter JSON schema, whose descriptions editors show from the schema file'],
]);

/**
 * Single strings at a display place that stay English on purpose, by file and
 * the start of their text, with the reason.
 */
const KEPT_ENGLISH: readonly { file: string; start: string; reason: string }[] = [
  { file: 'src/core/frontMatter.ts', start: 'the front matter that starts', reason: 'English copy for the log and the CLI; the parser builds the translated diagnostic' },
  { file: 'src/core/frontMatter.ts', start: 'front matter must be a mapping', reason: 'English copy for the log and the CLI; the parser builds the translated diagnostic' },
  { file: 'src/core/hints.ts', start: 'Professional Tips', reason: 'a heading of the kata format that the parser matches, not a label' },
  { file: 'src/core/hints.ts', start: 'Help Resources', reason: 'a heading of the kata format that the parser matches, not a label' },
  ...['Steps', 'Essential Setup', 'Completion Check', 'Practice Tasks', 'Task '].map((start) => ({
    file: 'src/core/sections.ts',
    start,
    reason: "a section label that repeats the kata's own English heading, and that progress files and prompts store",
  })),
];

function isKeptEnglish(text: UnlocalizedText): boolean {
  return KEPT_ENGLISH.some((kept) => kept.file === text.file && text.text.startsWith(kept.start));
}

function readSource(file: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
}

describe('localisation', () => {
  const sources = [...listSources(PROJECT_ROOT, 'src'), ...listSources(PROJECT_ROOT, 'media')].filter((file) => !file.startsWith('src/cli/'));

  it('exempts only files that exist', () => {
    const missing = [...NOT_DISPLAYED.keys()].filter((file) => !sources.includes(file));
    assert.deepStrictEqual(missing, []);
  });

  it('sends displayed text through l10n.t', () => {
    const found = sources
      .filter((file) => !NOT_DISPLAYED.has(file))
      .flatMap((file) => findUnlocalizedText(file, readSource(file)))
      .filter((text) => !isKeptEnglish(text))
      .map((text) => `${text.file}:${text.line} (${text.place}) ${JSON.stringify(text.text)}`);
    assert.deepStrictEqual(found, []);
  });

  it('English bundle is current', async function () {
    // The extractor parses every source with a WebAssembly build of tree-sitter: seconds, not milliseconds.
    this.timeout(120_000);
    const scripts = listSources(PROJECT_ROOT, 'src').map((file) => ({ extension: '.ts', contents: readSource(file) }));
    const extracted = await getL10nJson(scripts);
    const bundle = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as unknown;
    assert.deepStrictEqual(bundle, extracted, 'l10n/bundle.l10n.json is out of date: run npm run l10n');
  });
});

describe('display text scan', () => {
  it('finds a bare message', () => {
    const found = findUnlocalizedText('a.ts', "vscode.window.showWarningMessage('Open a folder first.');");
    assert.deepStrictEqual(found.map((text) => text.place), ['argument of showWarningMessage']);
  });

  it('accepts a message through l10n.t', () => {
    const found = findUnlocalizedText('a.ts', "vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first.'));");
    assert.deepStrictEqual(found, []);
  });

  it('finds both branches of a label', () => {
    const found = findUnlocalizedText('a.ts', "const item = { label: done ? 'Done' : 'Not done' };");
    assert.deepStrictEqual(found.map((text) => text.text), ['Done', 'Not done']);
  });

  it('finds a template tooltip', () => {
    const found = findUnlocalizedText('a.ts', 'item.tooltip = `Step ${n} of the kata`;');
    assert.deepStrictEqual(found.map((text) => text.place), ['assignment to tooltip']);
  });

  it('ignores ids, icons and class names', () => {
    const source = [
      "const item = { label: '$(check)', description: 'kataCoach.katas' };",
      "button(l10n.t('Start'), l10n.t('Start it'), go, 'link visible');",
      "node.setAttribute('class', 'tab selected');",
    ].join('\n');
    assert.deepStrictEqual(findUnlocalizedText('a.ts', source), []);
  });

  it('finds an aria label in the page', () => {
    const found = findUnlocalizedText('a.ts', "nav.setAttribute('aria-label', 'Kata sections');");
    assert.deepStrictEqual(found.map((text) => text.place), ['aria-label attribute']);
  });
});
