// A temporary copy of the built extension with pseudo-translated string
// files added, so a UI test can load it under a pseudo display language.
// The pseudo files are made from the current English files on every run and
// never written into the project, where the .vsix package would pick them up.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { config as configureL10n } from '@vscode/l10n';
import { getL10nPseudoLocalized, type l10nJsonFormat } from '@vscode/l10n-dev';
import { projectRoot } from './scripts';

/** The pseudo language of `vscode-l10n-dev generate-pseudo`, whose texts keep their English letters with accents added. */
export const PSEUDO_LOCALE = 'qps-ploc';

// What the extension loads at run time, as .vscodeignore ships it. dist/cli
// is the CLI's bundle, which the extension does not load.
const EXTENSION_ENTRIES = ['package.json', 'package.nls.json', 'dist', 'media', 'l10n', 'agents', 'prompts', 'schemas'];
const SKIPPED_ENTRIES = new Set([path.join(projectRoot, 'dist', 'cli')]);

/** A text in English and as the pseudo-translated file has it. */
export interface TranslatedText {
  english: string;
  translated: string;
}

export interface PseudoExtension {
  /** Folder of the copy, to pass as `extensionPath` to startWorkbench. */
  folder: string;
  /** Returns a message of the code (vscode.l10n.t or @vscode/l10n), whatever comment its bundle key carries. */
  message(english: string): TranslatedText;
  /** Returns a manifest string of package.nls.json by its key. */
  manifest(key: string): TranslatedText;
  /**
   * Runs `run` with the pseudo bundle given to @vscode/l10n, as activation
   * gives the display language's bundle to the core, and then takes it away.
   */
  inPseudoLanguage<T>(run: () => T): T;
  /** Deletes the copy. */
  dispose(): void;
}

function readJson(file: string): l10nJsonFormat {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function messageText(value: l10nJsonFormat[string] | undefined): string | undefined {
  return typeof value === 'object' ? value.message : value;
}

/** Returns a pseudo-translated copy of the JSON file `file` of the project, written as `translatedFile` in the copy. */
function writePseudoFile(file: string, translatedFile: string): { english: l10nJsonFormat; translated: l10nJsonFormat } {
  const english = readJson(file);
  const translated = getL10nPseudoLocalized(english);
  fs.writeFileSync(translatedFile, `${JSON.stringify(translated, null, 2)}\n`);
  return { english, translated };
}

/** Copies the built extension to a temporary folder and adds pseudo-translated files for PSEUDO_LOCALE. */
export function createPseudoExtension(): PseudoExtension {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-pseudo-'));
  const folder = path.join(parent, 'kata-coach');
  for (const entry of EXTENSION_ENTRIES) {
    fs.cpSync(path.join(projectRoot, entry), path.join(folder, entry), { recursive: true, filter: (source) => !SKIPPED_ENTRIES.has(source) });
  }

  const bundle = writePseudoFile(path.join(projectRoot, 'l10n', 'bundle.l10n.json'), path.join(folder, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`));
  const manifest = writePseudoFile(path.join(projectRoot, 'package.nls.json'), path.join(folder, `package.nls.${PSEUDO_LOCALE}.json`));

  return {
    folder,

    message(english: string): TranslatedText {
      // vscode.l10n.t keys a message with comments as `message/comment`.
      const keys = Object.keys(bundle.english).filter((key) => key === english || key.startsWith(`${english}/`));
      const translations = new Set(keys.map((key) => messageText(bundle.translated[key])));
      assert.strictEqual(translations.size, 1, `expected one translation of "${english}" in the bundle, found keys ${JSON.stringify(keys)}`);
      return { english, translated: [...translations][0]! };
    },

    manifest(key: string): TranslatedText {
      const english = messageText(manifest.english[key]);
      const translated = messageText(manifest.translated[key]);
      assert.ok(english, `package.nls.json has no string "${key}"`);
      assert.ok(translated, `package.nls.${PSEUDO_LOCALE}.json has no string "${key}"`);
      return { english, translated };
    },

    inPseudoLanguage<T>(run: () => T): T {
      configureL10n({ contents: bundle.translated });
      try {
        return run();
      } finally {
        // An empty bundle makes l10n.t return English, as before the first config call.
        configureL10n({ contents: {} });
      }
    },

    dispose(): void {
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** Fills `{0}`, `{1}` ... of a message the way vscode.l10n.t does. */
export function formatMessage(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (args[Number(index)] === undefined ? match : String(args[Number(index)])));
}
