// The coach panel page's strings table as the extension host builds it with
// vscode.l10n and puts it into the page's HTML, where the page reads it.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MemoryLogger } from '../../src/core/log';
import { CoachPanel, COACH_VIEW_TYPE } from '../../src/webview/coachPanel';
import { renderCoachHtml } from '../../src/webview/html';
import { buildPageTextData } from '../../src/webview/pageStringTable';
import { createPageText, PAGE_STRING_KEYS, parsePageTextData, type PageTextData } from '../../src/webview/pageStrings';
import { EXTENSION_ID, getApi } from './api';

/** Returns the JSON of the `data-page-text` attribute, as the page's `dataset` reads it. */
function pageTextOf(html: string): unknown {
  const match = /data-page-text="([^"]*)"/.exec(html);
  assert.ok(match, 'the HTML has no data-page-text attribute');
  return JSON.parse(match[1].replace(/&#(\d+);/g, (_entity, code: string) => String.fromCharCode(Number(code))));
}

function extensionUri(): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.extensionUri;
}

describe('Coach page strings table', () => {
  afterEach(() => {
    CoachPanel.disposeCurrent();
  });

  it('has exactly the keys the page uses', () => {
    const { strings } = buildPageTextData();

    const keys = Object.keys(strings);
    assert.deepEqual(
      PAGE_STRING_KEYS.filter((key) => !keys.includes(key)),
      [],
      'keys the page uses but the host does not send',
    );
    assert.deepEqual(
      keys.filter((key) => !(PAGE_STRING_KEYS as readonly string[]).includes(key)),
      [],
      'keys the host sends but the page does not know',
    );
  });

  it('passes the page validation', () => {
    const data = buildPageTextData();

    assert.ok(parsePageTextData(data));
    assert.equal(data.language, vscode.env.language);
    assert.ok(Object.values(data.strings).every((text) => text.trim() !== ''));
  });

  it('keeps the placeholders for the page', () => {
    const text = createPageText(buildPageTextData());

    assert.equal(text.t('hintsShown', 2, 3), 'Hint 2 of 3 shown.');
    assert.equal(text.t('timeOnTaskPaused', '12 of 20 min'), 'Time on task: 12 of 20 min (paused)');
    assert.equal(text.t('answersSaved'), 'Your answers are saved with your progress as you type, up to 10,000 characters each.');
  });

  it('reaches the page HTML with translated values', () => {
    const panel = vscode.window.createWebviewPanel(COACH_VIEW_TYPE, 'Strings', vscode.ViewColumn.One, {});
    try {
      const translated: PageTextData = { language: 'de', strings: { ...buildPageTextData().strings, hintsShown: 'Hinweis {0} von {1} "angezeigt" & <b>fertig</b>.' } };
      const html = renderCoachHtml(panel.webview, extensionUri(), translated);

      const received = parsePageTextData(pageTextOf(html));
      assert.ok(received, 'the page would reject the table in its HTML');
      assert.equal(createPageText(received).t('hintsShown', 2, 3), 'Hinweis 2 von 3 "angezeigt" & <b>fertig</b>.');
      assert.ok(html.includes('<html lang="de">'));
      assert.ok(!html.includes('<b>fertig'), 'a translated text put markup into the HTML');
    } finally {
      panel.dispose();
    }
  });

  it('reaches a restored coach panel', async () => {
    const api = await getApi();
    const panel = vscode.window.createWebviewPanel(COACH_VIEW_TYPE, 'Restored', vscode.ViewColumn.One, {});
    const deps = { extensionUri: extensionUri(), workspace: api.workspace, progress: api.progress, time: api.time, log: new MemoryLogger() };

    await CoachPanel.restore(panel, { kataId: 'fixture-100-second-root' }, deps);

    assert.equal(CoachPanel.currentKataId, 'fixture-100-second-root');
    assert.deepEqual(parsePageTextData(pageTextOf(panel.webview.html)), buildPageTextData());
  });
});
