// The @kata participant through the real chat view, with a fake language
// model from a test-only extension, since these machines have no real one.

import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { coachFrame, copySamples, openKataCoachView, pickQuickItem, projectRoot, runCommand, startWorkbench, waitForProgress, Workbench } from './harness';

const KATA_ID = 'git-fundamentals-100-first-commit-workflow';

/** Sends a chat request and returns the text of the response to it once it contains `expected`. */
async function ask(page: Page, text: string, expected: string | RegExp): Promise<string> {
  const input = page.locator('.interactive-input-part .monaco-editor').first();
  await input.click();
  // @kata is sticky, so the input may already hold it after the previous request.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  // Enter would accept the open suggestion of a participant command instead of sending.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');

  const response = page.locator('.interactive-item-container.interactive-response').filter({ hasText: expected }).last();
  await response.waitFor({ state: 'visible', timeout: 30000 });
  return (await response.textContent()) ?? '';
}

describe('Chat with @kata', function () {
  this.timeout(240000);
  let workbench: Workbench;
  let folder: string;

  before(async () => {
    folder = await copySamples();
    workbench = await startWorkbench({ folder, extraExtensions: [path.join(projectRoot, 'test', 'fixtures', 'fake-language-model')] });
    await openKataCoachView(workbench.page);
    await runCommand(workbench.page, 'Kata Coach: Start Kata');
    await pickQuickItem(workbench.page, '100 - First Commit Workflow');
    await coachFrame(workbench.page).locator('#kata-title').waitFor({ state: 'visible', timeout: 30000 });
    await runCommand(workbench.page, 'Chat: Open Chat');
    await workbench.page.locator('.interactive-input-part .monaco-editor').first().waitFor({ state: 'visible', timeout: 30000 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('answers /status from local state', async () => {
    const text = await ask(workbench.page, '@kata /status', 'steps done');

    assert.ok(text.includes('100 - First Commit Workflow'), text);
    assert.ok(text.includes('0 of 31 steps done'), text);
    await workbench.screenshot('40-chat-status');
  });

  it('reveals a hint with /hint', async () => {
    const text = await ask(workbench.page, '@kata /hint', 'Hint 1 for');

    assert.ok(text.includes('Hint 1 for Task 1'), text);
    const document = await waitForProgress(folder, KATA_ID, (value) => value.progress?.kataCoach?.revealedHintCounts?.['task-1'] === 1);
    assert.strictEqual(document?.progress.kataCoach.revealedHintCounts['task-1'], 1);
    assert.strictEqual(document?.progress.kataCoach.revealedHintLevels['task-1'], 1);
    assert.strictEqual(document?.metadata.source, 'coach');
    await workbench.screenshot('41-chat-hint');
  });

  it('says plainly when the model fails', async () => {
    const text = await ask(workbench.page, '@kata /check FAIL-MODEL I committed the file', 'No language model is available');

    assert.ok(text.includes('/status, /next and /hint still work'), text);
  });

  it('asks the model a free question', async () => {
    const text = await ask(workbench.page, '@kata why stage before committing?', 'FAKE-MODEL-ANSWER');

    assert.ok(text.includes('FAKE-MODEL-ANSWER: My question: why stage before committing?'), text);
  });
});
