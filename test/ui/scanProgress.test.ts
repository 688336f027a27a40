// The Katas view shows VS Code's progress bar while a scan of the workspace
// runs: when the view opens during the first scan, after Refresh Katas, and
// when a reloaded window scans on start. The bar stops once the scan is done
// and the katas are listed.
//
// A scan of a small workspace can end before the test looks, and every fetch
// of the tree's rows runs the same bar for a moment. So the workbench starts
// with KATA_COACH_TEST_SCAN_GATE set: every scan of the extension then waits
// until the gate file exists (src/workspace/kataWorkspace.ts), and the test
// decides when a scan may finish.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { KataIndex } from '../../src/core/kataIndex';
import { parseKataFile } from '../../src/core/parser';
import { copySamples, openKataCoachView, reloadWindow, runCommand, treeRow, Workbench } from './harness';
import { katasProgressBar, readKataCoachLog, startWorkbenchWithEnvironment } from './scanHarness';

const TREE = '[role="tree"][aria-label="Katas"]';

// The extension logs this at the end of every scan that was not cancelled.
const SCAN_DONE_LINE = /\[Index\] Scanned \d+ markdown files? /;

// The workbench of code-server 4.139.1 (VS Code 1.139) adds this class to a
// bar of unknown length after 10 s of running, and each new start of the bar
// restarts that count (ProgressBar.LONG_RUNNING_INFINITE_THRESHOLD). A tree
// fetch ends long before, so the class shows that the held scan runs the bar.
const LONG_RUNNING = 'infinite-long-running';

/** The file that every scan of the extension waits for. */
class ScanGate {
  readonly folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-scan-gate-'));
  readonly file = path.join(this.folder, 'open');

  /** Lets the waiting scans and all later ones finish. */
  open(): void {
    fs.writeFileSync(this.file, '');
  }

  /** Makes the next scans wait until open() is called. */
  close(): void {
    fs.rmSync(this.file, { force: true });
  }

  dispose(): void {
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

function categoriesOf(folder: string): string[] {
  const index = new KataIndex();
  const files = fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) {
    index.set(parseKataFile(fs.readFileSync(file, 'utf8'), file), folder);
  }
  return index.categories().map((category) => category.name);
}

function finishedScans(workbench: Workbench): number {
  return readKataCoachLog(workbench).filter((line) => SCAN_DONE_LINE.test(line)).length;
}

/** Polls the Kata Coach log until `count` scans have finished, and returns how many have. */
async function waitForFinishedScans(workbench: Workbench, count: number): Promise<number> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (finishedScans(workbench) >= count) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return finishedScans(workbench);
}

describe('Katas view progress during a scan', function () {
  let workbench: Workbench;
  let gate: ScanGate;
  let categories: string[];

  before(async function () {
    const folder = await copySamples();
    categories = categoriesOf(folder);
    // The gate starts closed, so the first scan waits while the window shows the Explorer.
    gate = new ScanGate();
    workbench = await startWorkbenchWithEnvironment({ folder }, { KATA_COACH_TEST_SCAN_GATE: gate.file });
  });

  after(async () => {
    await workbench?.close();
    gate?.dispose();
  });

  /** Waits until the tree's top rows are the workspace's categories, then asserts them. */
  async function assertKatasListed(page: Page): Promise<void> {
    await treeRow(page, categories[categories.length - 1]).waitFor({ state: 'visible' });
    // While the tree re-renders after a scan, a reused row can briefly carry another row's level.
    let topLabels: string[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      topLabels = await page.locator(`${TREE} [role="treeitem"][aria-level="1"] .label-name`).allTextContents();
      if (topLabels.join('\n') === categories.join('\n')) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepStrictEqual(topLabels, categories);
  }

  /**
   * Checks the bar while a scan is held at the gate, lets the scan finish, and
   * checks that the katas are listed and the bar stops. `scansBefore` is the
   * number of scans that had finished before the held one started.
   */
  async function assertProgressWhileHeld(page: Page, scansBefore: number, screenshot?: string): Promise<void> {
    await katasProgressBar(page, 'active', LONG_RUNNING).waitFor({ state: 'visible', timeout: 60000 });
    assert.strictEqual(finishedScans(workbench), scansBefore, 'a scan finished while the gate was closed');
    if (screenshot) {
      await workbench.screenshot(screenshot);
    }

    gate.open();
    assert.strictEqual(await waitForFinishedScans(workbench, scansBefore + 1), scansBefore + 1);
    await openKataCoachView(page);
    await assertKatasListed(page);
    // The tree fetches its rows after the scan, which runs the bar again for a
    // moment, so this waits for the bar to stop rather than checking it once.
    await katasProgressBar(page, 'active').waitFor({ state: 'hidden' });
  }

  it('shows the bar when the view opens during the first scan', async () => {
    const { page } = workbench;
    assert.strictEqual(await page.locator(TREE).count(), 0, 'the Katas view was created before the test opened it');

    // While the first scan runs, the view shows its scanning message instead of the tree.
    await page.locator('.activitybar li.action-item').filter({ has: page.locator('a.action-label[aria-label^="Kata Coach"]') }).click();
    await page.getByText('Scanning the workspace for katas...').waitFor({ state: 'visible' });
    await assertProgressWhileHeld(page, 0, '20-katas-view-scan-progress');
  });

  it('shows the bar during Refresh Katas', async () => {
    const { page } = workbench;
    await openKataCoachView(page);
    await assertKatasListed(page);
    const scansBefore = await waitForFinishedScans(workbench, 1);
    await katasProgressBar(page, 'active').waitFor({ state: 'hidden' });

    gate.close();
    await runCommand(page, 'Kata Coach: Refresh Katas');
    await assertProgressWhileHeld(page, scansBefore);
  });

  it('shows the bar during the scan after a reload', async () => {
    const { page } = workbench;
    // The Kata Coach container was open before the reload, so the window opens on it.
    const scansBefore = finishedScans(workbench);
    gate.close();
    await reloadWindow(page);
    await assertProgressWhileHeld(page, scansBefore);
  });
});
