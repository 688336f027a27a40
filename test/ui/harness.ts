// Helpers for UI tests that drive Kata Coach in a real VS Code workbench
// (code-server 4.139.1, VS Code 1.139.1) through headless Chromium. The
// selectors below were checked against that version.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { CodeServer, LaunchedBrowser, loadBrowserModule, loadCodeServerModule, loadWorkspaceModule, projectRoot } from './scripts';

import { runCommand } from './commandPalette';

export { projectRoot };
export { pickQuickItem, runCommand } from './commandPalette';
export { readProgress, sharedKatasPath, waitForProgress } from './workspaceFiles';

export const EXTENSION_ID = 'kata-coach.kata-coach';
const VIEW_CONTAINER_TITLE = 'Kata Coach';
const TREE_NAME = 'Katas';
const WORKBENCH_LOAD_TIMEOUT_MS = 60000;
const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots');

// `npm run screenshots` sets this variable, so the shots that the README shows
// are also written to docs/images/.
const readmeImageDir = process.env.KATA_COACH_README_IMAGES === '1' ? path.join(projectRoot, 'docs', 'images') : undefined;

const DEFAULT_SETTINGS: Record<string, unknown> = {
  // VS Code 1.139 opens Chat in the secondary side bar on first start, which
  // takes room from the editor and the coach panel.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The first-run notification would cover the parts of the workbench that
  // tests click. A test that checks it sets this to true.
  'kataCoach.showWelcome': false,
  // Ports that other programs on the machine open would otherwise show up in
  // the Ports view and the status bar, and so in the README's images.
  'remote.autoForwardPorts': false,
};

export interface WorkbenchOptions {
  /** Absolute path of the folder to open. Give this or `workspaceFile`. */
  folder?: string;
  /** Absolute path of a `.code-workspace` file to open. */
  workspaceFile?: string;
  /** User settings on top of the harness defaults. */
  settings?: Record<string, unknown>;
  /**
   * Absolute paths of further unpacked extensions, such as test-only ones. They
   * are copied into the extensions folder, because code-server loads only one
   * development extension.
   */
  extraExtensions?: string[];
  /**
   * Turns workspace trust on; by default the harness starts code-server with
   * it off. Code-server 4.139.1 then opens the workspace in Restricted Mode
   * without asking, because `security.workspace.trust.startupPrompt` defaults
   * to `never` there. Set that to `always` to get the dialog "Do you trust the
   * authors of the files in this folder?".
   */
  workspaceTrust?: boolean;
  /**
   * Absolute path of the unpacked extension to load in place of the project,
   * such as a copy with more translations. It needs the runtime files that
   * .vscodeignore ships.
   */
  extensionPath?: string;
  /**
   * Display language, such as `qps-ploc`, that code-server gives the
   * extension host. VS Code's own texts stay English (see `locale` in
   * scripts/lib/code-server.mjs).
   */
  locale?: string;
}

/** Titles of the Kata Coach view container and its Katas view in the display language. */
export interface ViewTitles {
  container: string;
  tree: string;
}

const ENGLISH_VIEW_TITLES: ViewTitles = { container: VIEW_CONTAINER_TITLE, tree: TREE_NAME };

export interface Workbench {
  page: Page;
  server: CodeServer;
  /** URLs of the requests to hosts other than 127.0.0.1 that the browser aborted. */
  blockedRequests(): string[];
  /**
   * Saves a PNG of the page under test-results/screenshots/ and returns its
   * path. Under `npm run screenshots`, a shot with a `readmeImage` name is also
   * copied to docs/images/<readmeImage>.png.
   */
  screenshot(name: string, readmeImage?: string): Promise<string>;
  /** Closes the browser, stops code-server and deletes the run folder. */
  close(): Promise<void>;
}

// Folders made by copySamples(), deleted by the close() of the workbench that opened them.
const temporaryWorkspaces = new Map<string, string>();

// Workbenches started and not yet closed, so a failed test can leave a screenshot behind.
const openWorkbenches = new Set<Workbench>();

// Test files load this module, so this hook runs after every UI test.
afterEach(async function () {
  if (this.currentTest?.state !== 'failed') {
    return;
  }
  for (const workbench of openWorkbenches) {
    const file = await workbench.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
    if (file) {
      console.log(`    Screenshot of the failure: ${path.relative(projectRoot, file)}`);
    }
  }
});

/** Copies the project's samples/ folder to a new temporary folder and returns its path. */
export async function copySamples(): Promise<string> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-ws-'));
  const folder = path.join(parent, 'samples');

  const { copySamples: copyInto } = await loadWorkspaceModule();
  copyInto(folder);

  temporaryWorkspaces.set(folder, parent);
  return folder;
}

/**
 * Starts code-server with the extension loaded unpackaged, from the project
 * (its last build in dist/) unless `extensionPath` is given, and opens the
 * workbench in Chromium.
 */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const { startCodeServer } = await loadCodeServerModule();
  const { launchBrowser } = await loadBrowserModule();

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-ui-'));
  for (const extension of options.extraExtensions ?? []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
    fs.cpSync(extension, path.join(runDir, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  const server = await startCodeServer({
    folder: options.folder,
    workspaceFile: options.workspaceFile,
    runDir,
    smokeTestDriver: true,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    workspaceTrust: options.workspaceTrust,
    locale: options.locale,
  });

  let browser: LaunchedBrowser | undefined;
  try {
    browser = await launchBrowser(path.join(runDir, 'browser'));
    await browser.page.goto(server.workbenchUrl([['extensionDevelopmentPath', server.remoteUri(options.extensionPath ?? projectRoot)]]));
    await browser.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WORKBENCH_LOAD_TIMEOUT_MS });
  } catch (error) {
    await browser?.close();
    await server.stop();
    console.error(`Workbench failed to load; code-server log: ${server.logFile}`);
    throw error;
  }

  const openedBrowser = browser;
  const workbench: Workbench = {
    page: openedBrowser.page,
    server,
    blockedRequests: () => openedBrowser.blockedRequests(),

    async screenshot(name: string, readmeImage?: string): Promise<string> {
      fs.mkdirSync(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${name.replace(/[^a-zA-Z0-9_-]+/g, '-')}.png`);
      await openedBrowser.page.screenshot({ path: file });
      if (readmeImage && readmeImageDir) {
        fs.copyFileSync(file, path.join(readmeImageDir, `${readmeImage}.png`));
      }
      return file;
    },

    async close(): Promise<void> {
      openWorkbenches.delete(workbench);
      await openedBrowser.close();
      await server.stop();
      fs.rmSync(runDir, { recursive: true, force: true });

      const workspaceParent = options.folder ? temporaryWorkspaces.get(options.folder) : undefined;
      if (workspaceParent) {
        fs.rmSync(workspaceParent, { recursive: true, force: true });
        temporaryWorkspaces.delete(options.folder!);
      }
    },
  };
  openWorkbenches.add(workbench);
  return workbench;
}

/**
 * Returns the activity bar entry of the Kata Coach view container. Its label
 * gains the badge's text while katas are in progress ("Kata Coach - 1 kata in
 * progress"), so only its start is matched.
 */
export function activityBarEntry(page: Page, containerTitle = VIEW_CONTAINER_TITLE): Locator {
  return page.locator(`.activitybar a.action-label[aria-label^="${containerTitle}"]`);
}

/** Shows the Kata Coach view container and returns its `Katas` tree once it is visible. */
export async function openKataCoachView(page: Page, titles: ViewTitles = ENGLISH_VIEW_TITLES): Promise<Locator> {
  const entry = activityBarEntry(page, titles.container);
  await entry.waitFor({ state: 'visible' });
  const tab = page
    .locator('.activitybar li.action-item')
    .filter({ has: page.locator(`a.action-label[aria-label^="${titles.container}"]`) });
  const tree = page.locator(`[role="tree"][aria-label="${titles.tree}"]`);

  // A click on the entry of the open container closes it again, and after a
  // reload the workbench may still be restoring the side bar when the entry
  // appears. So click only while the container is closed, and look again
  // after each click instead of trusting the first reading.
  for (let attempt = 0; attempt < 10; attempt++) {
    if (await tree.isVisible()) {
      return tree;
    }
    if ((await tab.getAttribute('aria-expanded')) !== 'true') {
      // The badge covers the icon and takes a click on the link, so the click goes to the whole entry.
      await tab.click();
    }
    await tree.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
  }

  await tree.waitFor({ state: 'visible' });
  return tree;
}

/** Reloads the window the way a user does, so the workbench saves its editors first, and waits for it. */
export async function reloadWindow(page: Page): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 60000 });
  await runCommand(page, 'Developer: Reload Window');
  await navigated;
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
}

/** Returns the first row of the Katas tree whose text contains `text`. */
export function treeRow(page: Page, text: string, treeTitle = TREE_NAME): Locator {
  return page.locator(`[role="tree"][aria-label="${treeTitle}"] [role="treeitem"]`).filter({ hasText: text }).first();
}

/** Expands a collapsed row of the Katas tree and waits until it is expanded. */
export async function expandRow(page: Page, text: string): Promise<Locator> {
  const row = treeRow(page, text);
  await row.waitFor({ state: 'visible' });

  // The twistie toggles the row without running the item's command.
  if ((await row.getAttribute('aria-expanded')) === 'false') {
    await row.locator('.monaco-tl-twistie').click();
  }

  const expanded = page
    .locator(`[role="tree"][aria-label="${TREE_NAME}"] [role="treeitem"][aria-expanded="true"]`)
    .filter({ hasText: text })
    .first();
  await expanded.waitFor({ state: 'visible' });
  return expanded;
}

/** Returns the content frame of the coach panel, the webview of this extension. */
export function coachFrame(page: Page): FrameLocator {
  return page
    .frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`)
    .frameLocator('iframe#active-frame');
}

/** Closes the secondary side bar (where VS Code opens Chat) when it is visible. */
export async function closeSecondarySideBar(page: Page): Promise<void> {
  const sideBar = page.locator('.part.auxiliarybar');
  if (!(await sideBar.isVisible())) {
    return;
  }
  await runCommand(page, 'View: Hide Secondary Side Bar');
  await sideBar.waitFor({ state: 'hidden' });
}
