// Accessibility of the coach panel in a real VS Code: axe-core finds no WCAG
// 2.1 AA or best-practice violation in any section or color theme, and the
// keyboard reaches every control with a visible focus indicator.
//
// The themes change at run time through "Preferences: Color Theme", the way
// a learner changes them, so the test also shows that the open panel follows
// a theme change.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { parseKataFile } from '../../src/core/parser';
import { Kata } from '../../src/core/model';
import { bodyClasses, coachDocumentFrame, describeViolations, FocusStop, hasFocusIndicator, listControls, runAxe, waitForTheme, walkTabOrder } from './axe';
import { coachFrame, copySamples, openKataCoachView, pickQuickItem, runCommand, startWorkbench, Workbench } from './harness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');

interface ThemeCase {
  /** Value of the `workbench.colorTheme` setting. */
  name: string;
  /** Class that VS Code puts on the webview's body for this kind of theme: light, dark or high contrast. */
  bodyClass: string;
  screenshot: string;
}

// VS Code 1.139 renamed "Default Light Modern" and "Default Dark Modern" to
// "Light Modern" and "Dark Modern" and still reads the old setting values.
// Light 2026 and Dark 2026 are its default themes.
const THEMES: ThemeCase[] = [
  { name: 'Light Modern', bodyClass: 'vscode-light', screenshot: '20-panel-light' },
  { name: 'Dark Modern', bodyClass: 'vscode-dark', screenshot: '21-panel-dark' },
  { name: 'Default High Contrast', bodyClass: 'vscode-high-contrast', screenshot: '22-panel-high-contrast' },
  { name: 'Default High Contrast Light', bodyClass: 'vscode-high-contrast-light', screenshot: '23-panel-high-contrast-light' },
  { name: 'Dark 2026', bodyClass: 'vscode-dark', screenshot: '25-panel-dark-2026' },
  { name: 'Light 2026', bodyClass: 'vscode-light', screenshot: '26-panel-light-2026' },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Picks a color theme by its setting value and waits until the panel's document has taken it. */
async function switchColorTheme(page: Page, theme: ThemeCase): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(theme.name);

  // VS Code 1.139 labels the built-in themes with short names such as "Dark
  // High Contrast" and shows the setting value as the description. Both
  // "Default High Contrast" rows match the filter, so click the exact one.
  const exactText = page.locator('.label-name, .label-description', { hasText: new RegExp(`^${escapeRegExp(theme.name)}$`) });
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: exactText }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await row.waitFor({ state: 'hidden' });

  const frame = await coachDocumentFrame(page);
  await waitForTheme(frame, theme.name);
}

/** Shows the section of `sectionId` and returns the panel's document frame once it is rendered. */
async function showSection(page: Page, sectionId: string): Promise<Frame> {
  const panel = coachFrame(page);
  await panel.locator(`#tab-${sectionId}`).click();
  await panel.locator(`#current-section[data-section-id="${sectionId}"]`).waitFor({ state: 'visible' });
  return coachDocumentFrame(page);
}

async function assertNoViolations(frame: Frame, where: string): Promise<void> {
  const result = await runAxe(frame);
  assert.ok(result.passes.length > 0, `axe checked no rule in ${where}`);
  if (result.incomplete.length > 0) {
    console.log(`    axe could not decide ${result.incomplete.join(', ')} in ${where}: review these by hand.`);
  }
  assert.strictEqual(result.violations.length, 0, `axe violations in ${where}:\n${describeViolations(result.violations)}`);
}

function describeStop(stop: FocusStop): string {
  return `${stop.tag}${stop.id ? `#${stop.id}` : ''} "${stop.text}"`;
}

describe('Coach panel accessibility', function () {
  let workbench: Workbench;
  let firstTaskId: string;
  let completionId: string;

  before(async function () {
    const folder = await copySamples();
    const kataPath = path.join(folder, KATA_FILE);
    const parsed = parseKataFile(fs.readFileSync(kataPath, 'utf8'), kataPath).kata;
    assert.ok(parsed, `no kata in ${kataPath}`);
    const kata: Kata = parsed;
    const task = kata.sections.find((section) => section.kind === 'task' && section.steps.length > 0);
    assert.ok(task, `${kataPath} has no task with steps`);
    firstTaskId = task.id;
    const completion = kata.sections.find((section) => section.label === 'Completion Check');
    assert.ok(completion, `${kataPath} has no Completion Check`);
    completionId = completion.id;

    workbench = await startWorkbench({ folder, settings: { 'workbench.colorTheme': THEMES[0].name } });
    // The tree shows once the extension has activated and registered its commands.
    await openKataCoachView(workbench.page);
    await runCommand(workbench.page, 'Kata Coach: Start Kata');
    await pickQuickItem(workbench.page, kata.title);
    await coachFrame(workbench.page).locator('#kata-title').waitFor({ state: 'visible', timeout: 30000 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('reaches every control by Tab', async () => {
    const { page } = workbench;
    const frame = await showSection(page, firstTaskId);

    // A click on the title, which takes no focus, moves the starting point of
    // sequential focus navigation to the top of the panel.
    await coachFrame(page).locator('#kata-title').click();
    const stops = await walkTabOrder(page, frame);
    console.log(`    Tab order: ${stops.map(describeStop).join(' > ')}`);

    const sectionControls = await listControls(frame, '#current-section');
    assert.ok(sectionControls.some((control) => control.tag === 'input'), 'the section shows no step checkbox');
    const reached = new Set(stops.map((stop) => stop.index));
    const missed = (await listControls(frame, '#app')).filter((control) => !reached.has(control.index));
    assert.deepStrictEqual(missed, [], 'panel controls that Tab never focused');

    const indexes = stops.map((stop) => stop.index);
    assert.deepStrictEqual(indexes, [...indexes].sort((a, b) => a - b), 'the focus order differs from the document order');

    const unmarked = stops.filter((stop) => !hasFocusIndicator(stop)).map(describeStop);
    assert.deepStrictEqual(unmarked, [], 'focused controls without an outline or box shadow');

    // A screenshot with a step checkbox focused shows the focus indicator and the "Go to" button it reveals.
    const checkboxPresses = stops.findIndex((stop) => stop.tag === 'input') + 1;
    assert.ok(checkboxPresses > 0, 'Tab never focused a step checkbox');
    await coachFrame(page).locator('#kata-title').click();
    for (let press = 0; press < checkboxPresses; press++) {
      await page.keyboard.press('Tab');
    }
    await workbench.screenshot('24-panel-keyboard-focus');
  });

  for (const theme of THEMES) {
    it(`passes axe in ${theme.name}`, async () => {
      const { page } = workbench;
      await switchColorTheme(page, theme);
      const classes = await bodyClasses(await coachDocumentFrame(page));
      assert.ok(classes.includes(theme.bodyClass), `body classes: ${classes.join(' ')}`);

      const sectionIds = await coachFrame(page).locator('nav.sections button.tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-section-id') ?? ''));
      assert.ok(sectionIds.includes(firstTaskId), `no tab for ${firstTaskId} among ${sectionIds.join(', ')}`);
      assert.ok(sectionIds.includes(completionId), `no tab for ${completionId} among ${sectionIds.join(', ')}`);
      for (const sectionId of sectionIds) {
        const frame = await showSection(page, sectionId);
        await assertNoViolations(frame, `${theme.name}, section ${sectionId}`);
      }

      await showSection(page, firstTaskId);
      await workbench.screenshot(theme.screenshot);
    });
  }

  it('sends no request off 127.0.0.1', () => {
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
