// The coach panel beyond steps, on the project's samples: hints revealed one
// at a time, an answer to a reflection question, the timer, and all of it
// back after a window reload.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hintsForSection } from '../../src/core/hintReveal';
import { parseKataFile } from '../../src/core/parser';
import { closeSecondarySideBar, coachFrame, copySamples, openKataCoachView, pickQuickItem, reloadWindow, runCommand, startWorkbench, waitForProgress, Workbench } from './harness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');
const KATA_ID = 'git-fundamentals-100-first-commit-workflow';
const ANSWER = 'The build log, because it changes on every build.';

/** Clicks Ask the coach and waits for the chat input to hold the prompt, then closes the chat again. */
async function askCoachFillsChat(page: Page): Promise<void> {
  await coachFrame(page).locator('#ask-coach').click();

  const input = page.locator('.interactive-input-part .view-lines').filter({ hasText: 'Please coach me' }).first();
  await input.waitFor({ state: 'visible', timeout: 30000 });
  assert.ok(((await input.textContent()) ?? '').replace(/\s+/g, ' ').includes('Please coach me'));
  await closeSecondarySideBar(page);
}

/**
 * Starts a kata from the Command Palette's Start Kata picker.
 * NOTE: right after the test before closes the Chat side bar, VS Code can
 * move focus back to the editor late, which closes a picker that opened in
 * between (seen once in a CI run under load). A second try covers that; a
 * second failure fails the test.
 */
async function startKataFromPalette(page: Page, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'Kata Coach: Start Kata');
    try {
      await pickQuickItem(page, title);
      return;
    } catch (error) {
      if (attempt === 2) {
        throw error;
      }
      await page.keyboard.press('Escape');
    }
  }
}

describe('Coach panel hints and answers', function () {
  this.timeout(240000);
  let workbench: Workbench;
  let folder: string;
  let hintTotal: number;

  before(async () => {
    folder = await copySamples();
    const kata = parseKataFile(fs.readFileSync(path.join(folder, KATA_FILE), 'utf8'), path.join(folder, KATA_FILE)).kata!;
    hintTotal = hintsForSection(kata, 'task-1').length;
    assert.ok(hintTotal >= 3, `the sample has ${hintTotal} hints for Task 1`);

    workbench = await startWorkbench({ folder });
    await openKataCoachView(workbench.page);
    await runCommand(workbench.page, 'Kata Coach: Start Kata');
    await pickQuickItem(workbench.page, '100 - First Commit Workflow');
    await coachFrame(workbench.page).locator('#kata-title').waitFor({ state: 'visible', timeout: 30000 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('takes keyboard focus when started', async () => {
    // The webview's frame has focus, not the editor with the kata file.
    const focused = await workbench.page.evaluate('document.activeElement && document.activeElement.tagName');
    assert.strictEqual(focused, 'IFRAME');
  });

  it('fills the chat input on the first Ask the coach', async () => {
    await askCoachFillsChat(workbench.page);
  });

  it('reveals hints one at a time', async () => {
    const frame = coachFrame(workbench.page);
    await frame.locator('#tab-task-1').click();
    const count = frame.locator('#hint-count');
    assert.strictEqual(await count.textContent(), `${hintTotal} hints available, none shown yet.`);

    await frame.locator('#reveal-hint').click();
    await frame.locator('#hint-list li').first().waitFor({ state: 'visible' });
    await frame.locator('#reveal-hint').click();
    await frame.locator('#hint-list li').nth(1).waitFor({ state: 'visible' });

    assert.strictEqual(await frame.locator('#hint-list li').count(), 2);
    assert.strictEqual(await count.textContent(), `Hint 2 of ${hintTotal} shown.`);
    const document = await waitForProgress(folder, KATA_ID, (value) => value.progress?.kataCoach?.revealedHintCounts?.['task-1'] === 2);
    assert.strictEqual(document?.progress.kataCoach.revealedHintCounts['task-1'], 2);
    await workbench.screenshot('06-hints-revealed');
  });

  it('saves an answer as the learner types', async () => {
    const frame = coachFrame(workbench.page);
    await frame.locator('#tab-completion').click();
    const answer = frame.locator('#answer-0');
    await answer.click();
    await answer.pressSequentially(ANSWER);

    const question = 'Which file did you keep out of the repository, and what would have gone wrong if you had committed it?';
    const document = await waitForProgress(folder, KATA_ID, (value) => value.progress?.kataCoach?.reflectionAnswers?.[question] === ANSWER);
    assert.strictEqual(document?.progress.kataCoach.reflectionAnswers[question], ANSWER);
    assert.strictEqual(await answer.inputValue(), ANSWER);
    await workbench.screenshot('07-answer-typed');
  });

  it('pauses and resumes the timer', async () => {
    const frame = coachFrame(workbench.page);
    await frame.locator('#pause-timer').click();
    await frame.locator('#pause-timer[aria-pressed="true"]').waitFor({ state: 'visible' });
    assert.ok((await frame.locator('#time-on-task').textContent())?.endsWith('(paused)'));

    await frame.locator('#pause-timer').click();
    await frame.locator('#pause-timer[aria-pressed="false"]').waitFor({ state: 'visible' });
    assert.strictEqual(await frame.locator('#pause-timer').textContent(), 'Pause timer');
  });

  it('restores the section, answer and hints after a reload', async () => {
    const { page } = workbench;
    await reloadWindow(page);
    await openKataCoachView(page);

    const frame = coachFrame(page);
    const answer = frame.locator('#answer-0');
    await answer.waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await frame.locator('#current-section').getAttribute('data-section-id'), 'completion');
    assert.strictEqual(await answer.inputValue(), ANSWER);

    await frame.locator('#tab-task-1').click();
    assert.strictEqual(await frame.locator('#hint-count').textContent(), `Hint 2 of ${hintTotal} shown.`);
    assert.strictEqual(await frame.locator('#hint-list li').count(), 2);
    await workbench.screenshot('08-after-reload-hints');
  });

  it('fills the chat input on the first Ask the coach after a reload', async () => {
    // The previous test reloaded the window with the chat view closed.
    await askCoachFillsChat(workbench.page);
  });

  it('opens a prerequisite from the header', async () => {
    const { page } = workbench;
    await startKataFromPalette(page, '300 - Bisect a Regression');
    const frame = coachFrame(page);
    await frame.locator('#kata-title', { hasText: '300 - Bisect a Regression' }).waitFor({ state: 'visible', timeout: 30000 });

    const prerequisite = frame.locator('#prerequisites li', { hasText: '100 - First Unit Test' });
    await prerequisite.getByRole('button', { name: 'Start' }).click();
    await frame.locator('#kata-title', { hasText: '100 - First Unit Test' }).waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await frame.locator('#kata-title').textContent(), '100 - First Unit Test');
  });

  it('saves an answer typed just before the panel closes', async () => {
    const { page } = workbench;
    const frame = coachFrame(page);
    await runCommand(page, 'Kata Coach: Start Kata');
    await pickQuickItem(page, '100 - First Commit Workflow');
    await frame.locator('#kata-title', { hasText: '100 - First Commit Workflow' }).waitFor({ state: 'visible', timeout: 30000 });
    await frame.locator('#tab-completion').click();

    const answer = frame.locator('#answer-1');
    await answer.click();
    await answer.pressSequentially('Before a commit that mixes several changes.');
    await runCommand(page, 'View: Close Editor');

    const question = 'When would you run `git diff --staged` before a commit instead of `git diff`?';
    const document = await waitForProgress(folder, KATA_ID, (value) => value.progress?.kataCoach?.reflectionAnswers?.[question] === 'Before a commit that mixes several changes.');
    assert.strictEqual(document?.progress.kataCoach.reflectionAnswers[question], 'Before a commit that mixes several changes.');
  });

  it('sends no request off 127.0.0.1', () => {
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
