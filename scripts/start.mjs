// `npm start [-- <folder>] [--port N] [--workspace-trust]`: opens Kata Coach,
// loaded unpackaged from this project, in code-server. Without a folder it opens a sample
// workspace that is copied from samples/ on first use, so progress made in it
// survives restarts. Ctrl+C stops the server.

import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, ensureCodeServer, projectRoot, startCodeServer } from './lib/code-server.mjs';
import { copySamples } from './lib/workspace.mjs';

const USAGE = 'Usage: npm start [-- <folder>] [--port N] [--workspace-trust]';

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, 'workspace-trust': { type: 'boolean' } },
  });
  if (positionals.length > 1) {
    console.error(`Expected at most one folder, got ${positionals.length}.\n${USAGE}`);
    process.exit(2);
  }

  let port;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      console.error(`Invalid --port "${values.port}": expected an integer from 1 to 65535.\n${USAGE}`);
      process.exit(2);
    }
  }
  return { folderArgument: positionals[0], port, workspaceTrust: values['workspace-trust'] === true };
}

// npm runs scripts in the project root and keeps the caller's directory in INIT_CWD.
function resolveUserFolder(folderArgument) {
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), folderArgument);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`Folder not found: ${folder}\n${USAGE}`);
    process.exit(2);
  }
  return folder;
}

function prepareSampleWorkspace() {
  const folder = path.join(cacheDir, 'sample-workspace');
  if (existsSync(folder)) {
    console.log(`Opening the sample workspace ${folder} (delete it to start over from samples/).`);
    return folder;
  }

  if (copySamples(folder)) {
    console.log(`Created the sample workspace ${folder} from samples/.`);
  } else {
    console.log(`The project has no samples/ folder, so the sample workspace ${folder} starts empty.`);
  }
  return folder;
}

async function main() {
  let parsed;
  try {
    parsed = parseOptions();
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  const { folderArgument, port, workspaceTrust } = parsed;
  const folder = folderArgument ? resolveUserFolder(folderArgument) : prepareSampleWorkspace();

  ensureCodeServer();

  // User data stays in the cache between starts, like a normal VS Code profile.
  const runDir = path.join(cacheDir, 'start');
  mkdirSync(runDir, { recursive: true });
  // code-server runs without Workspace Trust unless asked, so that every
  // folder opens trusted. With it, a folder not yet trusted in this profile
  // opens in Restricted Mode, and the trust decisions stay in the profile.
  const server = await startCodeServer({ folder, runDir, port, smokeTestDriver: true, workspaceTrust });

  const url = server.workbenchUrl([['extensionDevelopmentPath', server.remoteUri(projectRoot)]]);
  console.log(`Kata Coach is running in VS Code: ${url}`);
  // The smoke-test driver that loads the unpackaged extension also hides notification pop-ups.
  console.log('Notifications show only in the notification centre (the bell in the status bar).');
  console.log('Press Ctrl+C to stop it.');

  const exitReason = await server.exited;
  if (server.stopRequested) {
    return;
  }
  console.error(`code-server stopped unexpectedly (exit code or signal: ${exitReason}). See its log: ${server.logFile}`);
  process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
