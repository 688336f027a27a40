// The Katas view in a real VS Code: the activity bar badge counts the katas
// in progress, and the Group By submenu of the view's "..." menu marks the
// current grouping and regroups the tree.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { parseKataFile } from '../../src/core/parser';
import { copySamples, startWorkbench, treeRow, Workbench } from './harness';

const KATA_FILE = path.join('katas', 'git-fundamentals', '100-first-commit-workflow.md');
const TREE = '[role="tree"][aria-label="Katas"]';

/** Returns the activity bar entry of Kata Coach. With a badge, its label ends with the badge's tooltip. */
function activityEntry(page: Page) {
  return page.locator('.activitybar li.action-item').filter({ has: page.locator('a.action-label[aria-label^="Kata Coach"]') });
}

/** Opens the view's "..." menu, then its Group By submenu. */
async function openGroupByMenu(page: Page): Promise<void> {
  await page.locator(TREE).hover();
  await page.locator('.part.sidebar a.action-label.codicon-toolbar-more').locator('visible=true').first().click();
  const groupBy = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: 'Group By' }).first();
  await groupBy.waitFor({ state: 'visible' });
  await groupBy.hover();
  await menuItem(page, /Group by Difficulty$/).waitFor({ state: 'visible' });
}

/**
 * Returns the labels of the open menus whose whole text matches `text`. The
 * label, not the menu item, is matched, because a submenu's item contains its
 * open submenu's items too.
 */
function menuItem(page: Page, text: RegExp) {
  return page.locator('.context-view .monaco-menu .action-item .action-label').filter({ hasText: text });
}

/**
 * Clicks a menu item and waits until the menu closes. A click that comes
 * right after a submenu opened is sometimes ignored and leaves the menu open,
 * so the click is repeated then, up to three times.
 */
async function chooseMenuItem(page: Page, text: RegExp): Promise<void> {
  const menu = page.locator('.context-view .monaco-menu').first();
  for (let attempt = 0; attempt < 3 && (await menu.isVisible()); attempt++) {
    await menuItem(page, text).click();
    await menu.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
  }
  assert.strictEqual(await menu.isVisible(), false, `the menu stayed open after choosing ${text}`);
}

async function topLevelLabels(page: Page): Promise<string[]> {
  return page.locator(`${TREE} [role="treeitem"][aria-level="1"] .label-name`).allTextContents();
}

describe('Katas view menus', function () {
  let workbench: Workbench;

  before(async function () {
    const folder = await copySamples();
    const kataPath = path.join(folder, KATA_FILE);
    const kata = parseKataFile(fs.readFileSync(kataPath, 'utf8'), kataPath).kata;
    assert.ok(kata, `no kata in ${kataPath}`);

    // One step done puts the kata in progress before the window opens.
    const file = path.join(folder, '.copilot-tracking', 'learning', `kata-progress-${kata.id}.json`);
    const document = {
      metadata: { version: '1.0.0', kataId: kata.id, source: 'coach', fileType: 'kata-progress' },
      timestamp: new Date().toISOString(),
      progress: { checkboxStates: { [kata.sections[0].steps[0].id]: true } },
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(document, null, 2));

    workbench = await startWorkbench({ folder });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the badge on the activity bar', async () => {
    const entry = activityEntry(workbench.page);
    const badge = entry.locator('.badge .badge-content');
    await badge.filter({ hasText: /^1$/ }).waitFor({ state: 'visible', timeout: 30000 });

    assert.strictEqual(await badge.textContent(), '1');
    assert.strictEqual(await entry.locator('a.action-label').getAttribute('aria-label'), 'Kata Coach - 1 kata in progress');
  });

  it('groups the tree from the Group By menu', async () => {
    const { page } = workbench;
    const tree = page.locator(TREE);
    if (!(await tree.isVisible())) {
      // The badge covers the entry's icon, so the click goes to the whole entry.
      await activityEntry(page).click();
    }
    await treeRow(page, 'git-fundamentals').waitFor({ state: 'visible' });

    await openGroupByMenu(page);
    assert.strictEqual(await menuItem(page, /^✓ Group by Category$/).count(), 1);
    assert.strictEqual(await menuItem(page, /^Group by Difficulty$/).count(), 1);
    assert.strictEqual(await menuItem(page, /^Group by Learning Path$/).count(), 1);
    await workbench.screenshot('50-group-by-menu');
    await chooseMenuItem(page, /^Group by Difficulty$/);

    await treeRow(page, '1 - Foundation').waitFor({ state: 'visible' });
    assert.deepStrictEqual(await topLevelLabels(page), ['1 - Foundation', '2 - Skill', '3 - Advanced']);
    await workbench.screenshot('51-grouped-by-difficulty');

    await openGroupByMenu(page);
    assert.strictEqual(await menuItem(page, /^✓ Group by Difficulty$/).count(), 1);
    assert.strictEqual(await menuItem(page, /^Group by Category$/).count(), 1);
    await chooseMenuItem(page, /^Group by Category$/);
    await treeRow(page, 'git-fundamentals').waitFor({ state: 'visible' });
    assert.deepStrictEqual(await topLevelLabels(page), ['debugging', 'git-fundamentals', 'testing-practices']);
  });

  it('sends no request off 127.0.0.1', () => {
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
