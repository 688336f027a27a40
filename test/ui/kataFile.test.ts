// The kata file in the editor: CodeLenses open the coach panel on a task, a
// step checked in the tree gets a gutter mark, and a broken kata shows its
// problems in the Problems panel. The README shows the lens and Problems shots.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toPlainText } from '../../src/core/plainText';
import { parseKataFile } from '../../src/core/parser';
import { coachFrame, copySamples, expandRow, openKataCoachView, runCommand, startWorkbench, treeRow, Workbench } from './harness';
import { katasProgressBar } from './scanHarness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');

describe('Kata file in the editor', function () {
  this.timeout(240000);
  let workbench: Workbench;
  let folder: string;

  before(async () => {
    folder = await copySamples();
    workbench = await startWorkbench({ folder });
    await openKataCoachView(workbench.page);
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens the panel on a task from its lens', async () => {
    const { page } = workbench;
    const kata = parseKataFile(fs.readFileSync(path.join(folder, KATA_FILE), 'utf8'), path.join(folder, KATA_FILE)).kata!;
    const setup = kata.sections[0];

    // Clicking a step row opens the kata file at that step.
    await expandRow(page, 'git-fundamentals');
    await expandRow(page, kata.title);
    await expandRow(page, setup.label);
    await treeRow(page, toPlainText(setup.steps[0].text)).click();
    await page.locator('.tabs-container .tab', { hasText: path.basename(KATA_FILE) }).waitFor({ state: 'visible' });

    const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Start task' }).first();
    await runCommand(page, 'Go to Line/Column...');
    await page.keyboard.type(String(kata.sections[1].line));
    await page.keyboard.press('Enter');
    await lens.waitFor({ state: 'visible', timeout: 30000 });
    // The README shows this shot, so it waits until the Katas view's badge is no longer a progress mark.
    await katasProgressBar(page, 'active').waitFor({ state: 'hidden', timeout: 30000 });
    await workbench.screenshot('30-kata-file-lenses', 'kata-file-lenses');
    await lens.click();

    const section = coachFrame(page).locator('#current-section[data-section-id="task-1"]');
    await section.waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await section.getAttribute('data-section-id'), 'task-1');
  });

  it('marks a step checked in the tree in the gutter', async () => {
    const { page } = workbench;
    const kata = parseKataFile(fs.readFileSync(path.join(folder, KATA_FILE), 'utf8'), path.join(folder, KATA_FILE)).kata!;
    const step = kata.sections[0].steps[0];

    const editorTab = page.locator('.tabs-container .tab', { hasText: path.basename(KATA_FILE) });
    await editorTab.click();
    await runCommand(page, 'Go to Line/Column...');
    await page.keyboard.type(String(step.line));
    await page.keyboard.press('Enter');

    // Gutter icons of extension decorations render as `.cgmr` elements in the glyph margin.
    const marks = page.locator('.editor-instance .margin .cgmr[class*="TextEditorDecorationType"]');
    assert.strictEqual(await marks.count(), 0);
    await treeRow(page, toPlainText(step.text)).locator('[role="checkbox"]').click();
    await marks.first().waitFor({ state: 'visible', timeout: 10000 });
    assert.ok((await marks.count()) >= 1);

    // VS Code requests lenses again a moment after the provider reports a change.
    const setupLens = page.locator('.contentWidgets .codelens-decoration', { hasText: /^1\/4 done$/ });
    await setupLens.waitFor({ state: 'visible', timeout: 10000 });
    await workbench.screenshot('31-kata-file-gutter');
  });

  it('lists a broken kata in the Problems panel', async () => {
    const { page } = workbench;
    const file = path.join(folder, KATA_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kata_difficulty: 1', 'kata_difficulty: 7').replace('hint_strategy: progressive', 'hint_strategy: progresive'));

    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'kata_difficulty' }).first();
    await row.waitFor({ state: 'visible', timeout: 30000 });
    assert.ok(((await row.textContent()) ?? '').includes('7'));
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'hint_strategy' }).first().waitFor({ state: 'visible' });
    await katasProgressBar(page, 'active').waitFor({ state: 'hidden', timeout: 30000 });
    await workbench.screenshot('32-problems-panel', 'problems-panel');
  });
});
