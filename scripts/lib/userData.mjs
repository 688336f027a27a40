// Prepares the user data folder that code-server starts with: the user
// settings of a clean test profile, and the language pack entry that lets a
// test pick the display language.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeUserSettings(userDataDir, settings) {
  const userDir = path.join(userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  const merged = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    ...settings,
  };
  writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(merged, null, 2)}\n`);
}

// code-server 4.139.1 (VS Code 1.139.1) shows the display language that
// --locale names only when languagepacks.json in the user data lists a
// language pack for it. Without one, the workbench and `vscode.env.language`
// in the extension host stay `en`, and extensions load no bundle. VS Code
// writes that list when a language pack extension is installed from the
// marketplace, which tests cannot reach. This entry names a translations file
// with no VS Code strings, so VS Code's own texts stay English while
// extensions get `vscode.env.language === locale` and load their bundles and
// package.nls.<locale>.json for it.
export function registerEmptyLanguagePack(userDataDir, locale) {
  const translationsFile = path.join(userDataDir, 'empty-language-pack', 'main.i18n.json');
  mkdirSync(path.dirname(translationsFile), { recursive: true });
  writeFileSync(translationsFile, `${JSON.stringify({ contents: {} })}\n`);

  // VS Code caches the generated messages under clp/<hash>.<locale> in the
  // user data. It reads the first extension's id when it lists the installed
  // languages, and throws on an entry without one.
  const languagePacks = {
    [locale]: {
      hash: 'empty-language-pack',
      label: locale,
      extensions: [{ extensionIdentifier: { id: 'kata-coach-tests.empty-language-pack' }, version: '0.0.0' }],
      translations: { vscode: translationsFile },
    },
  };
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), `${JSON.stringify(languagePacks, null, 2)}\n`);
}
