// Restricted Mode in a real VS Code. Code-server starts with workspace trust
// on, and the test chooses "No" in the trust dialog. Kata Coach then lists
// the katas, shows a dialog before it saves progress, and keeps it in memory after
// "Don't Save". A progress file that is not valid JSON stays untouched. Once
// the Workspace Trust editor trusts the folder, the kept progress is saved and
// the unreadable file is renamed aside first.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { allSteps, Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { toPlainText } from '../../src/core/plainText';
import { copySamples, expandRow, openKataCoachView, readProgress, runCommand, startWorkbench, treeRow, waitForProgress, Workbench } from './harness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');
const CORRUPT_KATA_FILE = path.join('katas', 'testing-practices', '100-first-unit-test.md');
const CORRUPT_TEXT = '{ "metadata": ';
const PROGRESS_FOLDER = path.join('.copilot-tracking', 'learning');

function readKata(folder: string, file: string): Kata {
  const kataPath = path.join(folder, file);
  const parsed = parseKataFile(fs.readFileSync(kataPath, 'utf8'), kataPath).kata;
  assert.ok(parsed, `no kata in ${kataPath}`);
  return parsed;
}

function firstSetupSection(kata: Kata) {
  return kata.sections.find((section) => section.kind === 'setup') ?? kata.sections[0];
}

/**
 * Opens the notification centre, where code-server lists notifications in
 * this harness, and returns the text of the first one that contains `text`,
 * or undefined when none does. The centre stays open for a screenshot.
 */
async function findNotification(page: Page, text: string): Promise<string | undefined> {
  await runCommand(page, 'Notifications: Show Notifications');
  const item = page.locator('.notifications-center .notification-list-item').filter({ hasText: text }).first();
  const shown = await item.waitFor({ state: 'visible', timeout: 10000 }).then(
    () => true,
    () => false,
  );
  return shown ? ((await item.textContent()) ?? '') : undefined;
}

async function hideNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Hide Notifications');
}

/** Collapses a row of the Katas tree, so that rows below it with the same text are the first match. */
async function collapseRow(page: Page, text: string): Promise<void> {
  const row = treeRow(page, text);
  if ((await row.getAttribute('aria-expanded')) === 'true') {
    await row.locator('.monaco-tl-twistie').click();
  }
  await page.locator('[role="tree"][aria-label="Katas"] [role="treeitem"][aria-expanded="false"]').filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

/** Expands the kata's first section, checks its first step in the Katas view and returns the checkbox. */
async function checkFirstStep(page: Page, kata: Kata) {
  const section = firstSetupSection(kata);
  await expandRow(page, kata.title);
  await expandRow(page, section.label);
  const row = treeRow(page, toPlainText(section.steps[0].text));
  const checkbox = row.locator('[role="checkbox"]');
  assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'false');
  await checkbox.click();
  return checkbox;
}

describe('Restricted Mode', function () {
  let workbench: Workbench;
  let folder: string;
  let kata: Kata;
  /** A kata whose progress file is not valid JSON. */
  let corruptKata: Kata;
  let corruptName: string;

  before(async function () {
    folder = await copySamples();
    kata = readKata(folder, KATA_FILE);
    corruptKata = readKata(folder, CORRUPT_KATA_FILE);
    corruptName = `kata-progress-${corruptKata.id}.json`;
    fs.mkdirSync(path.join(folder, PROGRESS_FOLDER), { recursive: true });
    fs.writeFileSync(path.join(folder, PROGRESS_FOLDER, corruptName), CORRUPT_TEXT);

    workbench = await startWorkbench({
      folder,
      workspaceTrust: true,
      settings: { 'security.workspace.trust.startupPrompt': 'always' },
    });
  });

  after(async () => {
    await workbench?.close();
  });

  function progressFolderNames(): string[] {
    return fs.readdirSync(path.join(folder, PROGRESS_FOLDER)).sort();
  }

  /** Polls the progress folder until it has a moved-aside copy of the kata's progress file, and returns their names. */
  async function waitForCorruptCopies(kataId: string): Promise<string[]> {
    const copies = () => progressFolderNames().filter((name) => name.startsWith(`kata-progress-${kataId}.corrupt-`));
    for (let attempt = 0; attempt < 100 && copies().length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return copies();
  }

  it('opens untrusted after No', async () => {
    const { page } = workbench;
    const dialog = page.locator('.monaco-dialog-box').filter({ hasText: 'Do you trust the authors of the files in this folder?' });
    await dialog.waitFor({ state: 'visible', timeout: 30000 });
    const buttons = await dialog.locator('.monaco-button').allTextContents();
    assert.deepStrictEqual(buttons, ["No, I don't trust the authors", 'Yes, I trust the authors']);
    await workbench.screenshot('restricted-01-trust-dialog');

    await dialog.locator('.monaco-button', { hasText: /^No, I don't trust the authors$/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const status = page.locator('[id="status.workspaceTrust"]');
    await status.waitFor({ state: 'visible' });
    assert.strictEqual((await status.textContent())?.trim(), 'Restricted Mode');
    const banner = page.locator('.part.banner');
    assert.match((await banner.textContent()) ?? '', /Restricted Mode is intended for safe code browsing/);
  });

  it('lists the katas', async () => {
    const { page } = workbench;
    await openKataCoachView(page);

    for (const listed of [kata, corruptKata]) {
      const row = treeRow(page, listed.title);
      await row.waitFor({ state: 'visible' });
      assert.strictEqual(await row.locator('.label-description').textContent(), `0/${allSteps(listed).length}`);
    }
    await workbench.screenshot('restricted-02-katas-view');
  });

  it('reports the corrupt file untouched', async () => {
    const notice = await findNotification(workbench.page, corruptName);
    await workbench.screenshot('restricted-03-corrupt-file-notice');
    await hideNotifications(workbench.page);

    assert.ok(notice, `no notification names ${corruptName}`);
    assert.match(notice, / is not valid JSON \(/);
    assert.match(notice, /leaves it untouched on disk/);
    assert.deepStrictEqual(progressFolderNames(), [corruptName]);
    assert.strictEqual(fs.readFileSync(path.join(folder, PROGRESS_FOLDER, corruptName), 'utf8'), CORRUPT_TEXT);
  });

  it("keeps a check in memory after Don't Save", async () => {
    const { page } = workbench;
    const checkbox = await checkFirstStep(page, kata);

    const question = page.locator('.monaco-dialog-box').filter({ hasText: 'Save your progress to' });
    await question.waitFor({ state: 'visible', timeout: 10000 });
    assert.match((await question.textContent()) ?? '', /This workspace is in Restricted Mode\. Save your progress to samples\/\.copilot-tracking\/learning\?/);
    const buttons = await question.locator('.monaco-button').allTextContents();
    assert.deepStrictEqual(buttons, ['Manage Workspace Trust', "Don't Save", 'Cancel', 'Save']);
    await workbench.screenshot('restricted-04-save-question');
    await question.locator('.monaco-button', { hasText: /^Don't Save$/ }).click();
    await question.waitFor({ state: 'hidden' });

    // VS Code shows the notice only after the dialog closes with "Don't Save", so the write already goes to memory.
    const notice = await findNotification(page, 'Kata Coach keeps your progress in this window only');
    await hideNotifications(page);
    assert.ok(notice, "no notice after Don't Save");
    await treeRow(page, kata.title).locator('.label-description', { hasText: `1/${allSteps(kata).length}` }).waitFor({ state: 'visible' });
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'true');
    assert.strictEqual(readProgress(folder, kata.id), undefined, "a progress file was written after Don't Save");
    assert.deepStrictEqual(progressFolderNames(), [corruptName]);
    await workbench.screenshot('restricted-05-checked-in-memory');
  });

  it('checks a step over the corrupt file', async () => {
    const { page } = workbench;
    // Both katas have an "Essential Setup" section.
    await collapseRow(page, kata.title);
    const checkbox = await checkFirstStep(page, corruptKata);

    await treeRow(page, corruptKata.title).locator('.label-description', { hasText: `1/${allSteps(corruptKata).length}` }).waitFor({ state: 'visible' });
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'true');
    assert.strictEqual(await page.locator('.monaco-dialog-box').count(), 0, 'the question was asked again');
    assert.deepStrictEqual(progressFolderNames(), [corruptName]);
    assert.strictEqual(fs.readFileSync(path.join(folder, PROGRESS_FOLDER, corruptName), 'utf8'), CORRUPT_TEXT);
  });

  it('saves kept progress once trusted', async () => {
    const { page } = workbench;
    await page.locator('[id="status.workspaceTrust"]').click();
    const editor = page.locator('.workspace-trust-editor');
    await editor.waitFor({ state: 'visible' });
    await workbench.screenshot('restricted-06-trust-editor');
    await editor.locator('.monaco-button', { hasText: /^Trust$/ }).click();

    const step = firstSetupSection(kata).steps[0];
    const document = await waitForProgress(folder, kata.id, (value) => value.progress?.checkboxStates?.[step.id] === true);
    assert.ok(document, 'the progress kept in memory was not saved after the grant of trust');
    assert.strictEqual(document.progress.checkboxStates[step.id], true);
    assert.strictEqual(document.progress.completedTasks, 1);

    // The corrupt file is renamed aside before the new progress is written, so the copy shows first.
    const copies = await waitForCorruptCopies(corruptKata.id);
    assert.strictEqual(copies.length, 1, `names in the progress folder: ${progressFolderNames().join(', ')}`);
    const corruptStep = firstSetupSection(corruptKata).steps[0];
    const written = await waitForProgress(folder, corruptKata.id, (value) => value.progress?.checkboxStates?.[corruptStep.id] === true);
    assert.strictEqual(written?.progress.checkboxStates[corruptStep.id], true);
    assert.match(copies[0], /\.corrupt-\d{8}T\d{6}Z\.json$/);
    assert.strictEqual(fs.readFileSync(path.join(folder, PROGRESS_FOLDER, copies[0]), 'utf8'), CORRUPT_TEXT);

    await page.locator('[id="status.workspaceTrust"]').waitFor({ state: 'hidden' });
    await workbench.screenshot('restricted-07-trusted');

    const keptNotice = await findNotification(page, `Kata Coach kept it as ${copies[0]}`);
    await workbench.screenshot('restricted-08-kept-aside-notice');
    await hideNotifications(page);
    assert.ok(keptNotice, `no notification names the kept copy ${copies[0]}`);
  });

  it('sends no request off 127.0.0.1', () => {
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
