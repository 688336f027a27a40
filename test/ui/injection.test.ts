// Kata text is untrusted. This test opens a kata whose title, objectives,
// steps, notes, hints and links carry script-injection payloads, and checks
// that the coach panel shows them as text, runs none of them and opens
// nothing when their links are clicked. Every payload that could run adds 1
// to `window.__kataPwned` and logs `PWNED-<n>`.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Dialog, Frame, Page } from 'playwright-core';
import { allSteps, Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { hintsForSection } from '../../src/core/hintReveal';
import { toPlainText } from '../../src/core/plainText';
import { coachFrame, openKataCoachView, pickQuickItem, projectRoot, runCommand, startWorkbench, Workbench } from './harness';

const FIXTURE_FOLDER = path.join(projectRoot, 'test', 'fixtures', 'injection');
const KATA_FILE = path.join('katas', 'injection-100-payloads.md');
const KATA_ID = 'injection-100-payloads';
const EXPECTED_TITLE = "100 - <script>window.__kataPwned=(window.__kataPwned||0)+1;console.log('PWNED-1')</script> Injection Payloads";
const MIN_PAYLOADS = 30;
// Upper bound on Reveal hint clicks, well above the fixture's 15 hints.
const MAX_HINT_CLICKS = 50;
const CONSOLE_PROBE = 'kata-coach-console-probe';

/** Returns the distinct `PWNED-<n>` markers of a text. */
function payloadMarkers(text: string): Set<string> {
  return new Set(text.match(/PWNED-\d+/g) ?? []);
}

/** Returns the panel's inner frame: the document that contains `#kata-title`. */
async function findPanelFrame(page: Page): Promise<Frame> {
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => (globalThis as any).document.getElementById('kata-title') !== null).catch(() => false);
    if (found) {
      return frame;
    }
  }
  throw new Error('no frame contains #kata-title, so the coach panel is not open');
}

/** Returns `window.__kataPwned` of a frame, or why it could not be read. */
async function readFlag(frame: Frame): Promise<unknown> {
  return frame.evaluate(() => (globalThis as any).__kataPwned).catch((error: Error) => `unreadable: ${error.message}`);
}

/** Lists markup in the panel document that could run script, load a document or follow a link. */
async function findActiveMarkup(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const document = (globalThis as any).document;
    const found: string[] = [];
    const describe = (element: any): string => element.outerHTML.slice(0, 160);

    // VS Code injects `_vscodeApiScript` (no nonce, no src) to define acquireVsCodeApi.
    // The panel's own script is the one that carries the CSP nonce.
    for (const script of document.querySelectorAll('script')) {
      const isVsCodeApi = script.id === '_vscodeApiScript' && !script.src && script.textContent.includes('acquireVsCodeApi');
      const isCoachScript = script.nonce !== '' && /\/dist\/media\/coach\.js$/.test(script.src);
      if (!isVsCodeApi && !isCoachScript) {
        found.push(`script: ${describe(script)}`);
      }
    }

    // The head has VS Code's style, the CSP meta and the panel's stylesheet, so only the body is checked.
    const forbidden = 'iframe, frame, frameset, object, embed, base, form, svg, math, img, video, audio, link, style, meta, template';
    for (const element of document.body.querySelectorAll(forbidden)) {
      found.push(`element <${element.localName}>: ${describe(element)}`);
    }

    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];
    const unsafeUrl = /^\s*(javascript|vbscript|data|file):/i;
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) {
          found.push(`event handler ${name}: ${describe(element)}`);
        }
        if (urlAttributes.includes(name) && (name === 'srcdoc' || unsafeUrl.test(attribute.value))) {
          found.push(`unsafe ${name}: ${describe(element)}`);
        }
      }
    }
    return found;
  });
}

/** Returns the lines of the extension's "Kata Coach" log that code-server wrote so far. */
function readExtensionLog(workbench: Workbench): string {
  // The harness keeps code-server's log, user data and logs in one run folder.
  const logsFolder = path.join(path.dirname(workbench.server.logFile), 'user-data', 'logs');
  const files = fs.existsSync(logsFolder)
    ? fs.readdirSync(logsFolder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name === 'Kata Coach.log')
    : [];
  return files.map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).join('\n');
}

/** Returns the log line the coach panel writes when it rejects the link `href`. */
function rejectedLinkLine(href: string): string {
  return `Did not open the link ${JSON.stringify(href.slice(0, 200))}`;
}

/** Polls the extension log until it contains every line in `expected`, then returns the ones still missing. */
async function waitForLogLines(workbench: Workbench, expected: string[]): Promise<string[]> {
  let missing = expected;
  for (let attempt = 0; attempt < 100 && missing.length > 0; attempt++) {
    const log = readExtensionLog(workbench);
    missing = expected.filter((line) => !log.includes(line));
    if (missing.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return missing;
}

describe('Coach panel with injected kata text', function () {
  let workbench: Workbench;
  let page: Page;
  let parent: string;
  let kata: Kata;
  let fixtureText: string;
  let workbenchUrl: string;
  const consoleMessages: string[] = [];
  const dialogs: string[] = [];
  const openedPages: string[] = [];
  const navigations: string[] = [];

  before(async function () {
    // A copy, because the extension writes progress files into the workspace.
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-injection-'));
    const folder = path.join(parent, 'injection');
    fs.cpSync(FIXTURE_FOLDER, folder, { recursive: true });

    const kataFile = path.join(folder, KATA_FILE);
    fixtureText = fs.readFileSync(kataFile, 'utf8');
    const parsed = parseKataFile(fixtureText, kataFile);
    assert.ok(parsed.kata, `the fixture is not a kata: ${parsed.notKataReason} ${JSON.stringify(parsed.problems)}`);
    kata = parsed.kata;

    workbench = await startWorkbench({ folder });
    page = workbench.page;
    workbenchUrl = page.url();

    // Listeners go on before the kata opens, so nothing the panel does is missed.
    page.on('console', (message) => consoleMessages.push(message.text()));
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('popup', (popup) => openedPages.push(`popup ${popup.url()}`));
    page.context().on('page', (opened) => openedPages.push(`page ${opened.url()}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) {
        navigations.push(frame.url());
      }
    });
  });

  after(async () => {
    await workbench?.close();
    if (parent) {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('fixture spreads 30+ payloads over the kata', () => {
    const markers = payloadMarkers(fixtureText);
    assert.ok(markers.size >= MIN_PAYLOADS, `the fixture has ${markers.size} distinct payloads, expected at least ${MIN_PAYLOADS}`);

    const steps = allSteps(kata);
    const notes = kata.sections.flatMap((section) => section.notes ?? []);
    const places: Record<string, string[]> = {
      title: [kata.title],
      objectives: kata.learningObjectives,
      'common pitfalls': kata.commonPitfalls,
      prerequisites: kata.prerequisites,
      'section labels': kata.sections.map((section) => section.label),
      steps: steps.map((step) => step.text),
      notes: notes.map((note) => note.text),
      troubleshooting: (kata.hints ?? []).filter((hint) => hint.source === 'troubleshooting').map((hint) => hint.text),
      'completion questions': (kata.completion?.questions ?? []).map((question) => question.text),
      'completion outcomes': (kata.completion?.outcomes ?? []).map((outcome) => outcome.text),
      'step links': steps.map((step) => step.text).filter((text) => /\]\([a-z]+:/i.test(text)),
    };
    for (const [place, texts] of Object.entries(places)) {
      assert.ok(texts.some((text) => text.includes('PWNED-')), `no payload in the ${place} of the fixture`);
    }
  });

  it('shows the title as text', async () => {
    await openKataCoachView(page);
    await runCommand(page, 'Kata Coach: Start Kata');
    await pickQuickItem(page, KATA_ID);

    const title = coachFrame(page).locator('#kata-title');
    await title.waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(kata.title, EXPECTED_TITLE);
    assert.strictEqual(await title.textContent(), EXPECTED_TITLE);

    const objectives = await coachFrame(page).locator('.objectives li').allTextContents();
    assert.deepStrictEqual(objectives, kata.learningObjectives);
  });

  it('reads the panel console', async () => {
    // Proves that a console.log of the panel document reaches the listener,
    // so the absence of PWNED messages below means something.
    const frame = await findPanelFrame(page);
    await frame.evaluate((probe) => console.log(probe), CONSOLE_PROBE);
    for (let attempt = 0; attempt < 50 && !consoleMessages.includes(CONSOLE_PROBE); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(consoleMessages.includes(CONSOLE_PROBE), 'a console message of the panel never reached the test');
  });

  it('shows every section as inert text', async () => {
    const frame = coachFrame(page);
    const tabIds = await frame.locator('nav.sections button[id^="tab-"]').evaluateAll((tabs) => tabs.map((tab) => tab.id));
    assert.deepStrictEqual(tabIds, kata.sections.map((section) => `tab-${section.id}`));

    for (const section of kata.sections) {
      await frame.locator(`#tab-${section.id}`).click();
      await frame.locator(`#current-section[data-section-id="${section.id}"]`).waitFor({ state: 'visible' });
      assert.ok((await frame.locator('#current-section h2').textContent())?.startsWith(section.label), `section ${section.id} shows the wrong heading`);

      // Every hint is revealed, so the payloads in hints are on screen for the checks below.
      const reveal = frame.locator('#reveal-hint');
      const hintTotal = hintsForSection(kata, section.id).length;
      for (let click = 0; click < MAX_HINT_CLICKS && (await reveal.count()) > 0 && (await reveal.isEnabled()); click++) {
        const shown = await frame.locator('#hint-list li').count();
        await reveal.click();
        await frame.locator('#hint-list li').nth(shown).waitFor({ state: 'attached' });
      }
      assert.strictEqual(await reveal.count(), 0, `Reveal hint is still shown after ${MAX_HINT_CLICKS} clicks in ${section.id}`);
      assert.strictEqual(await frame.locator('#hint-list li').count(), hintTotal, `hints shown in ${section.id}`);

      for (const step of section.steps) {
        const label = frame.locator(`label[for="step-${step.id}"]`);
        const labelText = ((await label.textContent()) ?? '').replace(/\s+/g, ' ').trim();
        assert.strictEqual(labelText, toPlainText(step.text), `step ${step.id} of ${section.id}`);
      }

      const panel = await findPanelFrame(page);
      assert.deepStrictEqual(await findActiveMarkup(panel), [], `active markup in section ${section.id}`);
      assert.strictEqual(await readFlag(panel), undefined, `a payload ran in section ${section.id}`);
    }
  });

  it('opens nothing from panel links', async () => {
    const frame = coachFrame(page);
    const editorTabs = page.locator('.tabs-container .tab .label-name');
    const tabsBefore = await editorTabs.allTextContents();
    const clickedHrefs = new Set<string>();

    for (const section of kata.sections) {
      await frame.locator(`#tab-${section.id}`).click();
      await frame.locator(`#current-section[data-section-id="${section.id}"]`).waitFor({ state: 'visible' });

      const links = frame.locator('#app a');
      const count = await links.count();
      for (let index = 0; index < count; index++) {
        const link = links.nth(index);
        const href = (await link.getAttribute('href')) ?? '';
        assert.notStrictEqual(href, '', `link ${index} of ${section.id} has no href`);
        clickedHrefs.add(href);

        // A link inside a closed part of the panel has no box to click, so it gets a click event instead.
        // NOTE: that event is untrusted, and VS Code's webview frame ignores untrusted clicks.
        if (await link.isVisible()) {
          await link.click();
        } else {
          await link.dispatchEvent('click');
        }

        // The extension host logs each link it rejects, so this line means the click was handled.
        const missing = await waitForLogLines(workbench, [rejectedLinkLine(href)]);
        assert.deepStrictEqual(missing, [], `the extension host did not log a rejection of ${href}`);
        assert.deepStrictEqual(await editorTabs.allTextContents(), tabsBefore, `clicking ${href} opened an editor`);
        assert.strictEqual(await page.locator('.monaco-dialog-box').isVisible(), false, `clicking ${href} opened a dialog`);
        assert.ok(await frame.locator('#kata-title').isVisible(), `clicking ${href} hid the coach panel`);
      }
    }
    assert.ok(clickedHrefs.size > 0, 'the panel shows no links, so this test proves nothing');

    assert.deepStrictEqual(openedPages, []);
    assert.deepStrictEqual(navigations, []);
    assert.strictEqual(page.url(), workbenchUrl);
    assert.deepStrictEqual(workbench.blockedRequests(), []);
    assert.deepStrictEqual(await editorTabs.allTextContents(), tabsBefore);
    assert.strictEqual(await page.locator('.terminal-outer-container').isVisible(), false, 'a terminal is shown');
    assert.strictEqual(await page.locator('.xterm').count(), 0, 'a terminal was created');
  });

  it('runs no payload at all', async () => {
    const frames = page.frames();
    for (const frame of frames) {
      assert.strictEqual(await readFlag(frame), undefined, `a payload ran in frame ${frame.url().slice(0, 120)}`);
    }
    assert.strictEqual(await page.evaluate(() => (globalThis as any).__kataPwned), undefined, 'a payload ran in the workbench page');
    assert.strictEqual(await readFlag(await findPanelFrame(page)), undefined, 'a payload ran in the panel');

    assert.deepStrictEqual(consoleMessages.filter((message) => message.includes('PWNED')), []);
    assert.deepStrictEqual(dialogs, []);

    const frame = coachFrame(page);
    await frame.locator('#tab-task-1').click();
    await frame.locator('#current-section[data-section-id="task-1"]').waitFor({ state: 'visible' });
    const file = await workbench.screenshot('10-injection-panel');
    console.log(`    Screenshot: ${path.relative(projectRoot, file)}`);
  });
});
