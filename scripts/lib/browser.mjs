// Launches the headless Chromium that drives the code-server workbench. Every
// request to a host other than 127.0.0.1 or localhost is aborted and counted,
// so tests can prove the extension works offline and reaches no other host.

import { chromium } from 'playwright-core';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isLocal(url) {
  return LOCAL_HOSTS.has(url.hostname);
}

/**
 * Launches Chromium with a persistent profile in `userDataDir`. Returns the
 * context, its first page, `blockedRequests()` (the URLs aborted so far) and `close()`.
 */
export async function launchBrowser(userDataDir) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });

  const blocked = [];
  await context.route((url) => !isLocal(url), (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blockedRequests: () => [...blocked],
    close: () => context.close(),
  };
}
