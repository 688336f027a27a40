// A workspace without katas: the Katas view explains what a kata is and
// creates a sample kata that then shows in the tree.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { activityBarEntry, startWorkbench, treeRow, Workbench } from './harness';

describe('Katas view without katas', () => {
  let workbench: Workbench;
  let folder: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-empty-'));
    fs.writeFileSync(path.join(folder, 'NOTES.md'), '# Notes\n\nNot a kata.\n');
    workbench = await startWorkbench({ folder });
  });

  after(async () => {
    await workbench?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('explains katas and offers a sample', async () => {
    const { page } = workbench;
    // The view shows its welcome content instead of a tree, so wait for that.
    await activityBarEntry(page).click();

    const welcome = page.locator('.part.sidebar .welcome-view-content').filter({ hasText: 'No katas found' });
    await welcome.waitFor({ state: 'visible', timeout: 30000 });
    assert.ok((await welcome.textContent())?.includes('kata_id'));
    await workbench.screenshot('10-welcome');

    await welcome.locator('a.monaco-button, .monaco-button').filter({ hasText: 'Create a Sample Kata' }).first().click();

    const row = treeRow(page, 'getting-started');
    await row.waitFor({ state: 'visible', timeout: 30000 });
    const created = path.join(folder, 'katas', 'getting-started', '100-kata-coach-tour.md');
    assert.ok(fs.existsSync(created), `${created} was not written`);
    await page.locator('.tab').filter({ hasText: '100-kata-coach-tour.md' }).first().waitFor({ state: 'visible' });
    await workbench.screenshot('11-sample-created');
  });
});
