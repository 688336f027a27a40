// The coach panel page's strings table: the page's validation of it, the
// placeholder and number formatting, and translated values reaching the
// texts the page renders. The DOM writes themselves run only in the UI tests.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as ts from 'typescript';
import { completionLines, hintCountText, hintWaitText, kataProgressText, timeOnTaskText } from '../../media/texts';
import { createPageText, fillPlaceholders, PAGE_STRING_KEYS, parsePageTextData, type PageStrings } from '../../src/webview/pageStrings';
import type { CoachView, HintsView } from '../../src/webview/protocol';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Returns a table whose every text names its key, with German texts for the keys that `german` lists. */
function table(german: Partial<PageStrings> = {}): Record<string, string> {
  const strings: Record<string, string> = Object.fromEntries(PAGE_STRING_KEYS.map((key) => [key, `<${key}> {0} {1} {2}`]));
  return { ...strings, ...german };
}

const GERMAN: Partial<PageStrings> = {
  hintsAvailable: '{0} Hinweise verfügbar, noch keiner angezeigt.',
  hintsShown: 'Hinweis {0} von {1} angezeigt.',
  hintWaitMinutes: 'Versuche es zuerst selbst. Hinweise gibt es nach {0} weiteren Minuten.',
  kataStepsDone: '{0} von {1} Schritten erledigt ({2} %)',
  timeOnTaskPaused: 'Bearbeitungszeit: {0} (pausiert)',
  hintsUsed: 'Verwendete Hinweise: {0}',
};

function hints(total: number, revealed: number): HintsView {
  return {
    total,
    revealed: Array.from({ length: revealed }, (_, index) => ({ html: `hint ${index}`, level: 1, source: 'Coach note' })),
    canRevealMore: revealed < total,
    strategy: 'progressive',
  };
}

describe('parsePageTextData', () => {
  it('accepts a table with every key', () => {
    const data = parsePageTextData({ language: 'de', strings: table() });
    assert.ok(data);
    assert.equal(data.language, 'de');
    assert.equal(Object.keys(data.strings).length, PAGE_STRING_KEYS.length);
  });

  it('rejects a table without a key', () => {
    const strings = table();
    delete strings.hintsShown;
    assert.equal(parsePageTextData({ language: 'en', strings }), undefined);
  });

  it('rejects a table with an unknown key', () => {
    assert.equal(parsePageTextData({ language: 'en', strings: { ...table(), hintShown: 'Hint {0}' } }), undefined);
  });

  it('rejects malformed values and languages', () => {
    const invalid: unknown[] = [
      null,
      'strings',
      { strings: table() },
      { language: 'en' },
      { language: 'en', strings: null },
      { language: 'en', strings: { ...table(), hintsShown: 42 } },
      { language: 'en', strings: { ...table(), hintsShown: 'x'.repeat(3000) } },
      { language: '', strings: table() },
      { language: 'en_US', strings: table() },
      { language: 'x'.repeat(100), strings: table() },
    ];
    for (const value of invalid) {
      assert.equal(parsePageTextData(value), undefined, JSON.stringify(value)?.slice(0, 200));
    }
  });
});

describe('Page text formatting', () => {
  it('fills placeholders by index', () => {
    assert.equal(fillPlaceholders('Hint {0} of {1} shown.', ['2', '3']), 'Hint 2 of 3 shown.');
    assert.equal(fillPlaceholders('{1} before {0}', ['a', 'b']), 'b before a');
  });

  it('keeps a placeholder without an argument', () => {
    assert.equal(fillPlaceholders('Hint {0} of {1} shown.', ['2']), 'Hint 2 of {1} shown.');
  });

  it('formats numbers for the display language', () => {
    const german = createPageText({ language: 'de', strings: table({ hintsUsed: 'Verwendete Hinweise: {0}' }) as PageStrings });
    const english = createPageText({ language: 'en', strings: table({ hintsUsed: 'Hints used: {0}' }) as PageStrings });
    assert.equal(german.t('hintsUsed', 1234), 'Verwendete Hinweise: 1.234');
    assert.equal(english.t('hintsUsed', 1234), 'Hints used: 1,234');
  });

  it('joins lists for the display language', () => {
    const english = createPageText({ language: 'en', strings: table() as PageStrings });
    const chinese = createPageText({ language: 'zh-cn', strings: table() as PageStrings });
    assert.equal(english.list(['Git', 'Bash', 'Docker']), 'Git, Bash, Docker');
    assert.equal(chinese.list(['Git', 'Bash']), 'Git、Bash');
  });
});

describe('Page texts with a translated table', () => {
  const text = createPageText({ language: 'de', strings: table(GERMAN) as PageStrings });

  it('show the translated hint count', () => {
    assert.equal(hintCountText(hints(3, 0), text), '3 Hinweise verfügbar, noch keiner angezeigt.');
    assert.equal(hintCountText(hints(3, 2), text), 'Hinweis 2 von 3 angezeigt.');
  });

  it('pick the singular or plural text', () => {
    assert.equal(hintCountText(hints(1, 0), text), '<hintAvailable> 1 {1} {2}');
    assert.equal(hintWaitText(1, text), '<hintWaitMinute> 1 {1} {2}');
    assert.equal(hintWaitText(5, text), 'Versuche es zuerst selbst. Hinweise gibt es nach 5 weiteren Minuten.');
  });

  it('show the translated header and summary', () => {
    const view = { done: 1200, total: 1500, percent: 80, time: '12 of 20 min', timerPaused: true } as CoachView;
    assert.equal(kataProgressText(view, text), '1.200 von 1.500 Schritten erledigt (80 %)');
    assert.equal(timeOnTaskText(view, text), 'Bearbeitungszeit: 12 of 20 min (pausiert)');
    assert.deepEqual(completionLines({ time: '5 min', hintsUsed: 2, answered: 0, questions: 0 }, text), [
      '<timeSpent> 5 min {1} {2}',
      'Verwendete Hinweise: 2',
      '<noReflectionQuestions> {0} {1} {2}',
    ]);
  });
});

describe('Coach panel page scripts', () => {
  // Nothing else type-checks media/: the build only bundles it. This check
  // fails when the page uses a string key that PAGE_STRING_KEYS lacks.
  it('type-check against the strings table keys', function () {
    // A whole compiler run takes a few seconds of CPU, more on a busy machine.
    this.timeout(120_000);
    const configPath = path.join(PROJECT_ROOT, 'media', 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    assert.equal(config.error, undefined);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
    const program = ts.createProgram(parsed.fileNames, parsed.options);

    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    assert.deepEqual(problems, []);
  });
});
