// Runs the in-host integration tests (out/test/integration) inside
// code-server's extension host: the workbench loads the unpackaged extension
// and the mocha runner from the URL payload, runs them, and reports the exit
// code through `window.codeAutomationExit`, which this script exposes via Playwright.

import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { ensureCodeServer, projectRoot, startCodeServer } from './lib/code-server.mjs';
import { createTestWorkspace } from './lib/workspace.mjs';

const RUN_TIMEOUT_MS = 10 * 60 * 1000;
const runnerPath = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
const extensionBundle = path.join(projectRoot, 'dist', 'extension.js');

function requireBuildOutput() {
  for (const file of [extensionBundle, runnerPath]) {
    if (!existsSync(file)) {
      console.error(`Missing ${path.relative(projectRoot, file)}: run "npm run build && npm run compile-tests" first.`);
      process.exit(2);
    }
  }
}

// Workbench log messages unrelated to the tests. They are written to the
// console log file in the run folder but not printed.
const WORKBENCH_NOISE = [
  /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\] /,
  /^Resolv(ing|ed) connection token /,
  /^Creating a socket /,
  /^Ignoring fetching additional builtin extensions /,
  /^Updating additional builtin extensions cache/,
];

// The workbench calls codeAutomationLog(level, args) with printf-style args:
// its own log messages and, during a test run, the extension host's console output.
function createLogPrinter(consoleLogFile) {
  return (level, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    appendFileSync(consoleLogFile, `[${level}] ${text}\n`);

    if (level === 'error' || level === 'warn') {
      console.error(text);
    } else if (!WORKBENCH_NOISE.some((pattern) => pattern.test(text))) {
      console.log(text);
    }
  };
}

function saveLogs(runDir, logs) {
  const logDir = path.join(runDir, 'workbench-logs');
  for (const { relativePath, contents } of logs ?? []) {
    const file = path.join(logDir, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
  return logDir;
}

async function runTestsInWorkbench(server, browser, runDir) {
  let reportExit;
  const exitCode = new Promise((resolve) => {
    reportExit = resolve;
  });

  let logs = [];
  await browser.page.exposeFunction('codeAutomationLog', createLogPrinter(path.join(runDir, 'workbench-console.log')));
  await browser.page.exposeFunction('codeAutomationExit', (code, workbenchLogs) => {
    logs = workbenchLogs;
    reportExit(code);
  });

  const url = server.workbenchUrl([
    ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
    ['extensionTestsPath', server.remoteUri(runnerPath)],
  ]);
  await browser.page.goto(url);

  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`Timed out: the in-host tests did not finish within ${RUN_TIMEOUT_MS / 60000} minutes.`);
      resolve(1);
    }, RUN_TIMEOUT_MS);
  });
  const code = await Promise.race([exitCode, timeout]);
  clearTimeout(timer);

  if (code !== 0) {
    console.error(`Workbench logs saved to ${saveLogs(runDir, logs)}`);
  }
  return code;
}

async function main() {
  requireBuildOutput();
  ensureCodeServer();

  const runDir = mkdtempSync(path.join(os.tmpdir(), 'kata-coach-host-'));
  const { workspaceFile } = createTestWorkspace(runDir);

  const server = await startCodeServer({ workspaceFile, runDir, smokeTestDriver: true });
  let browser;
  let code = 1;
  try {
    browser = await launchBrowser(path.join(runDir, 'browser'));
    code = await runTestsInWorkbench(server, browser, runDir);

    const blocked = browser.blockedRequests();
    if (blocked.length > 0) {
      console.warn(`Blocked ${blocked.length} request(s) to hosts other than 127.0.0.1, first: ${blocked[0]}`);
    }
  } finally {
    await browser?.close();
    await server.stop();
  }

  if (code === 0) {
    rmSync(runDir, { recursive: true, force: true });
  } else {
    console.error(`In-host tests failed with exit code ${code}. Run folder kept at ${runDir}`);
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
