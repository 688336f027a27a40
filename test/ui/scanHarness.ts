// Helpers for UI tests that watch a scan: an extension host started with
// extra environment variables, the extension's log, and the Katas view's
// progress bar. Selectors were checked against code-server 4.139.1.

import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { EXTENSION_ID, startWorkbench, type Workbench, type WorkbenchOptions } from './harness';

/**
 * Starts a workbench as startWorkbench does, with further environment
 * variables for code-server and so for the extension host. This process gets
 * its own values back afterwards, because later test files start their own servers.
 */
export async function startWorkbenchWithEnvironment(options: WorkbenchOptions, environment: Record<string, string>): Promise<Workbench> {
  const previous = Object.keys(environment).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, environment);
  try {
    return await startWorkbench(options);
  } finally {
    for (const [name, value] of previous) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  }
}

/**
 * Returns the lines of the Kata Coach log that the extension hosts of this
 * workbench have written so far. A window reload starts a new extension host
 * with a new log file, so this joins every such file, in the order of their paths.
 */
export function readKataCoachLog(workbench: Workbench): string[] {
  // startCodeServer keeps its log and the user data folder side by side in the run folder.
  const logsFolder = path.join(path.dirname(workbench.server.logFile), 'user-data', 'logs');
  if (!fs.existsSync(logsFolder)) {
    return [];
  }
  return fs
    .readdirSync(logsFolder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'Kata Coach.log' && path.basename(entry.parentPath) === EXTENSION_ID)
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0));
}

// The progress bar of the Katas view. VS Code 1.139 gives a view's pane its
// own `.monaco-progress-container` only when the view's container shows
// several views. It merges the only view of a container into the container,
// and then the view's progress runs the bar of the side bar's content area.
// Kata Coach's container contains only the Katas view, so its pane has no bar
// and this is the one. The side bar shares it among its containers and shows
// only the open container's progress. The bar has the class `active` while it
// runs, and every fetch of the tree's rows runs it too, for as long as the fetch takes.
const KATAS_PROGRESS_BAR = '.part.sidebar > .content > .monaco-progress-container';

/**
 * Returns the progress bar of the Katas view (see KATAS_PROGRESS_BAR). With
 * `classes`, it matches only while the bar has all of them, so `waitFor` can
 * wait for a state such as `active`.
 */
export function katasProgressBar(page: Page, ...classes: string[]): Locator {
  return page.locator(KATAS_PROGRESS_BAR + classes.map((name) => `.${name}`).join(''));
}
