// The "Get started with Kata Coach" walkthrough on the Welcome page: its
// steps complete when the learner opens the Katas view and starts a kata,
// and the first-run notification opens it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { copySamples, openKataCoachView, pickQuickItem, projectRoot, runCommand, startWorkbench, Workbench } from './harness';

const WALKTHROUGH_TITLE = 'Get started with Kata Coach';
const KATA_TITLE = '100 - First Commit Workflow';

/** Returns the button of a walkthrough step, whose `aria-checked` is "true" once the step is done. */
function walkthroughStep(page: Page, stepId: string): Locator {
  // The workbench prefixes step ids with the extension and walkthrough ids.
  return page.locator(`button.getting-started-step[data-step-id$="#${stepId}"]`);
}

/** Returns the heading of the open walkthrough's page, where its steps are listed. */
function walkthroughTitle(page: Page): Locator {
  return page.locator('.getting-started-category h2.category-title').filter({ hasText: WALKTHROUGH_TITLE });
}

/** Waits until the step shows as done, then returns its `aria-checked` for the assertion. */
async function checkedStateOnceDone(page: Page, stepId: string): Promise<string | null> {
  await page.locator(`button.getting-started-step[data-step-id$="#${stepId}"][aria-checked="true"]`).waitFor({ state: 'visible', timeout: 30000 });
  return walkthroughStep(page, stepId).getAttribute('aria-checked');
}

function mediaFile(name: string): string {
  return fs.readFileSync(path.join(projectRoot, 'media', 'walkthrough', name), 'utf8');
}

/** Returns the element names of an SVG in document order, which tell one media file from another. */
function elementNamesOf(svg: string): string {
  return [...svg.matchAll(/<([a-zA-Z]\w*)/g)].map((match) => match[1]).join(',');
}

/**
 * Waits until the walkthrough's media frame shows the SVG of `name`, then
 * returns the element names of the SVG it shows. The frame keeps showing the
 * previous step's SVG until the new one has loaded.
 */
async function shownMediaOnceLoaded(page: Page, name: string): Promise<string> {
  const expected = elementNamesOf(mediaFile(name));
  const svg = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('iframe#active-frame').locator('svg').first();
  const shownNames = () => svg.evaluate((root) => [root, ...root.querySelectorAll('*')].map((element) => element.tagName).join(','));
  for (let attempt = 0; attempt < 50; attempt++) {
    const names = await shownNames().catch(() => '');
    if (names === expected) {
      return names;
    }
    await page.waitForTimeout(200);
  }
  return shownNames();
}

/**
 * Opens the notification centre and returns the notification that contains
 * `text`. In this headless workbench notifications go to the centre instead
 * of showing as toasts, and the centre closes itself whenever it becomes
 * empty, for example when the "Activating Extensions..." progress ends before
 * the notification arrives. So it is opened again until the notification shows.
 */
async function notificationInCentre(page: Page, text: string): Promise<Locator> {
  const centre = page.locator('.notifications-center.visible');
  const notification = page.locator('.notifications-center .notification-list-item').filter({ hasText: text });
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await notification.isVisible()) {
      return notification;
    }
    if (!(await centre.isVisible())) {
      await runCommand(page, 'Notifications: Show Notifications');
    }
    await notification.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
  }
  await notification.waitFor({ state: 'visible' });
  return notification;
}

describe('Walkthrough', () => {
  describe('from the Command Palette', () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await startWorkbench({ folder: await copySamples() });
    });

    after(async () => {
      await workbench?.close();
    });

    it('completes the view step when the Katas view opens', async () => {
      const { page } = workbench;
      await runCommand(page, 'Welcome: Open Walkthrough...');
      await pickQuickItem(page, WALKTHROUGH_TITLE);

      await walkthroughTitle(page).waitFor({ state: 'visible' });
      const viewStep = walkthroughStep(page, 'openKatasView');
      await viewStep.waitFor({ state: 'visible' });
      assert.strictEqual(await viewStep.getAttribute('aria-checked'), 'false', 'the view step was done before the view opened');
      assert.strictEqual(await walkthroughStep(page, 'startKata').getAttribute('aria-checked'), 'false');
      await workbench.screenshot('40-walkthrough-opened');

      await openKataCoachView(page);
      assert.strictEqual(await checkedStateOnceDone(page, 'openKatasView'), 'true');
      assert.strictEqual(await walkthroughStep(page, 'startKata').getAttribute('aria-checked'), 'false', 'opening the view completed another step');
      await workbench.screenshot('41-walkthrough-view-step-done');
    });

    it("shows the start step's SVG and starts a kata from its button", async () => {
      const { page } = workbench;
      const startStep = walkthroughStep(page, 'startKata');
      await startStep.click();
      // The quick pick closes when it loses focus, and the media frame takes
      // focus as it loads, so the button is clicked once the step's SVG shows.
      assert.strictEqual(await shownMediaOnceLoaded(page, 'start-kata.svg'), elementNamesOf(mediaFile('start-kata.svg')));
      await workbench.screenshot('42-walkthrough-start-step-selected');

      await startStep.locator('.button-container .monaco-button').filter({ hasText: 'Start a Kata' }).click();
      await pickQuickItem(page, KATA_TITLE);

      assert.strictEqual(await checkedStateOnceDone(page, 'startKata'), 'true');
      assert.strictEqual(await walkthroughStep(page, 'checkStep').getAttribute('aria-checked'), 'false', 'starting a kata completed the check step');
      await workbench.screenshot('43-walkthrough-start-step-done');
    });
  });

  describe('from the first-run notification', () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await startWorkbench({ folder: await copySamples(), settings: { 'kataCoach.showWelcome': true } });
    });

    after(async () => {
      await workbench?.close();
    });

    it('opens the walkthrough', async () => {
      const { page } = workbench;
      const notification = await notificationInCentre(page, 'This workspace has katas');
      const buttons = await notification.locator('.monaco-button').allTextContents();
      assert.deepStrictEqual(buttons, ['Start a Kata', 'Open Walkthrough', "Don't Show Again"]);
      await workbench.screenshot('44-welcome-notification');

      await notification.locator('.monaco-button').filter({ hasText: 'Open Walkthrough' }).click();
      const title = walkthroughTitle(page);
      await title.waitFor({ state: 'visible' });
      assert.strictEqual(await title.textContent(), WALKTHROUGH_TITLE);
      await workbench.screenshot('45-walkthrough-from-notification');
    });
  });
});
