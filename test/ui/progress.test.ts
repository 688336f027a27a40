// Progress shared with other writers, in a real VS Code: a progress file that
// the Copilot coach writes checks the tree rows without a click, and Reset
// Progress from a kata row's context menu clears them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allSteps, Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { toPlainText } from '../../src/core/plainText';
import { copySamples, expandRow, openKataCoachView, startWorkbench, treeRow, Workbench } from './harness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');

function progressFile(folder: string, kataId: string): string {
  return path.join(folder, '.copilot-tracking', 'learning', `kata-progress-${kataId}.json`);
}

/** Writes a progress file the way the Copilot coach does: whole document, `source: "coach"`. */
function writeCoachProgress(folder: string, kata: Kata, checked: string[]): void {
  const steps = allSteps(kata);
  const document = {
    metadata: { version: '1.0.0', kataId: kata.id, kataTitle: kata.title, source: 'coach', fileType: 'kata-progress' },
    timestamp: new Date().toISOString(),
    progress: {
      checkboxStates: Object.fromEntries(steps.map((step) => [step.id, checked.includes(step.id)])),
      completedTasks: checked.length,
      totalTasks: steps.length,
    },
  };
  const file = progressFile(folder, kata.id);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(document, null, 2));
}

describe('Progress from other writers', function () {
  let workbench: Workbench;
  let folder: string;
  let kata: Kata;

  before(async function () {
    folder = await copySamples();
    const kataPath = path.join(folder, KATA_FILE);
    const parsed = parseKataFile(fs.readFileSync(kataPath, 'utf8'), kataPath).kata;
    assert.ok(parsed, `no kata in ${kataPath}`);
    kata = parsed;
    workbench = await startWorkbench({ folder });
  });

  after(async () => {
    await workbench?.close();
  });

  it('checks tree rows from a coach file', async () => {
    const { page } = workbench;
    const setup = kata.sections.find((section) => section.kind === 'setup') ?? kata.sections[0];
    await openKataCoachView(page);
    await expandRow(page, kata.category);
    await expandRow(page, kata.title);
    await expandRow(page, setup.label);
    const checkbox = treeRow(page, toPlainText(setup.steps[0].text)).locator('[role="checkbox"]');
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'false');

    writeCoachProgress(folder, kata, setup.steps.map((step) => step.id));

    await treeRow(page, toPlainText(setup.steps[0].text)).locator('[role="checkbox"][aria-checked="true"]').waitFor({ state: 'visible', timeout: 10000 });
    for (const step of setup.steps) {
      assert.strictEqual(await treeRow(page, toPlainText(step.text)).locator('[role="checkbox"]').getAttribute('aria-checked'), 'true');
    }
    const description = await treeRow(page, kata.title).locator('.label-description').textContent();
    assert.strictEqual(description, `${setup.steps.length}/${allSteps(kata).length}`);
    await workbench.screenshot('progress-01-coach-file-checked');
  });

  it('resets a kata from the context menu', async () => {
    const { page } = workbench;
    await treeRow(page, kata.title).click({ button: 'right' });
    const menuItem = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: 'Reset Progress' }).first();
    await menuItem.waitFor({ state: 'visible' });
    await workbench.screenshot('progress-02-context-menu');
    await menuItem.click();

    // The harness starts VS Code with the smoke-test driver. In code-server 4.139.1 that
    // driver still shows an extension's modal message as a dialog, so the test confirms it.
    const dialog = page.locator('.monaco-dialog-box');
    const dialogShown = await dialog.waitFor({ state: 'visible', timeout: 5000 }).then(
      () => true,
      () => false,
    );
    assert.ok(dialogShown, 'no confirmation dialog appeared after "Reset Progress"');
    const setup = kata.sections.find((section) => section.kind === 'setup') ?? kata.sections[0];
    assert.match((await dialog.textContent()) ?? '', new RegExp(`${setup.steps.length} of ${allSteps(kata).length} steps are checked now`));
    await workbench.screenshot('progress-03-confirm-dialog');
    await dialog.locator('.monaco-button', { hasText: /^Reset$/ }).click();

    const total = allSteps(kata).length;
    await treeRow(page, kata.title).locator('.label-description', { hasText: `0/${total}` }).waitFor({ state: 'visible', timeout: 10000 });
    const document = JSON.parse(fs.readFileSync(progressFile(folder, kata.id), 'utf8'));
    assert.ok(allSteps(kata).every((step) => document.progress.checkboxStates[step.id] === false), 'a step is still checked in the file');
    await workbench.screenshot('progress-04-after-reset');
  });
});
