// The README's images of the Katas view and of the coach panel beside Copilot
// Chat, taken on the project's samples in a fixed state. `npm run screenshots`
// runs this file and kataFile.test.ts and writes their images to docs/images/.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hintsForSection } from '../../src/core/hintReveal';
import { Kata, KataStep } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { toPlainText } from '../../src/core/plainText';
import type { Locator } from 'playwright-core';
import { activityBarEntry, coachFrame, copySamples, expandRow, openKataCoachView, pickQuickItem, runCommand, startWorkbench, treeRow, waitForProgress, Workbench } from './harness';
import { katasProgressBar } from './scanHarness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');

describe('README images', function () {
  this.timeout(240000);
  let workbench: Workbench;
  let kata: Kata;
  let folder: string;

  /** Checks a step in the tree and waits until its progress file has it. */
  async function checkStep(step: KataStep): Promise<void> {
    const isChecked = (value: any) => value.progress?.checkboxStates?.[step.id] === true;
    const checkbox = treeRow(workbench.page, toPlainText(step.text)).locator('[role="checkbox"]');
    await checkbox.click();
    let document = await waitForProgress(folder, kata.id, isChecked);

    // NOTE: Under load, a click that lands while the tree re-renders its rows
    // after the previous check is sometimes lost. A check that lands reaches
    // the file within a second or two, so after 10 seconds without it the
    // click counts as lost and is repeated.
    if (!document || !isChecked(document)) {
      await checkbox.click();
      document = await waitForProgress(folder, kata.id, isChecked);
    }
    assert.strictEqual(document?.progress.checkboxStates[step.id], true);
  }

  /**
   * Takes a shot once the workbench has settled. Chat's first use activates
   * extensions, and while the Katas view fetches rows, its activity bar entry
   * shows a progress mark in place of the badge.
   */
  async function readmeShot(name: string, readmeImage: string): Promise<void> {
    const { page } = workbench;
    await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 30000 });
    await katasProgressBar(page, 'active').waitFor({ state: 'hidden', timeout: 30000 });
    await badge().filter({ hasText: /^1$/ }).waitFor({ state: 'visible', timeout: 30000 });
    await workbench.screenshot(name, readmeImage);
  }

  function badge(): Locator {
    return activityBarEntry(workbench.page).locator('xpath=..').locator('.badge .badge-content');
  }

  before(async () => {
    folder = await copySamples();
    kata = parseKataFile(fs.readFileSync(path.join(folder, KATA_FILE), 'utf8'), path.join(folder, KATA_FILE)).kata!;
    workbench = await startWorkbench({ folder });
    await openKataCoachView(workbench.page);
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows checked steps and the badge', async () => {
    const { page } = workbench;
    const [setup, task] = kata.sections;

    await expandRow(page, 'git-fundamentals');
    await expandRow(page, kata.title);
    await expandRow(page, setup.label);
    await checkStep(setup.steps[0]);
    await checkStep(setup.steps[1]);
    await expandRow(page, task.label);
    // A step near the task's hints, so the panel's image shows it checked beside the revealed hint.
    await checkStep(task.steps[6]);

    // The badge counts the katas with some but not all steps done.
    await badge().filter({ hasText: /^1$/ }).waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await badge().textContent(), '1');
    const setupCount = treeRow(page, setup.label).locator('.label-description');
    await setupCount.filter({ hasText: /^2\/4$/ }).waitFor({ state: 'visible' });
    assert.strictEqual(await setupCount.textContent(), '2/4');

    // A click on a step's label opens the kata file at that step.
    await treeRow(page, toPlainText(task.steps[1].text)).locator('.label-name').click();
    await page.locator('.tabs-container .tab', { hasText: path.basename(KATA_FILE) }).waitFor({ state: 'visible' });
    await readmeShot('60-readme-katas-view', 'katas-view');
  });

  it('shows a hint with the chat open', async () => {
    const { page } = workbench;
    const frame = coachFrame(page);
    const hintTotal = hintsForSection(kata, 'task-1').length;

    await runCommand(page, 'Kata Coach: Start Kata');
    await pickQuickItem(page, kata.title);
    await frame.locator('#kata-title').waitFor({ state: 'visible', timeout: 30000 });
    await frame.locator('#tab-task-1').click();
    await frame.locator('#reveal-hint').click();
    await frame.locator('#hint-list li').first().waitFor({ state: 'visible' });
    assert.strictEqual(await frame.locator('#hint-count').textContent(), `Hint 1 of ${hintTotal} shown.`);

    // Ask the coach opens Chat in the secondary side bar with the prompt in its input.
    await frame.locator('#ask-coach').click();
    const input = page.locator('.interactive-input-part .view-lines').filter({ hasText: 'Please coach me' }).first();
    await input.waitFor({ state: 'visible', timeout: 30000 });
    assert.ok(((await input.textContent()) ?? '').replace(/\s+/g, ' ').includes('Please coach me'));

    // The Katas view has its own image, so the editor, the panel and the chat share the window here.
    await runCommand(page, 'View: Close Primary Side Bar');
    await frame.locator('#hint-list').scrollIntoViewIfNeeded();
    await readmeShot('61-readme-coach-panel-chat', 'coach-panel-chat');
  });
});
