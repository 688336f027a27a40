// Runs the same in-host tests and workspace as scripts/test-host.mjs, but in
// a desktop VS Code that @vscode/test-electron downloads into .vscode-test/.
// Use it on machines that can reach the VS Code download servers.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { projectRoot } from './lib/code-server.mjs';
import { createTestWorkspace } from './lib/workspace.mjs';

const runDir = mkdtempSync(path.join(os.tmpdir(), 'kata-coach-electron-'));
const { workspaceFile } = createTestWorkspace(runDir);

let exitCode = 1;
try {
  exitCode = await runTests({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspaceFile, '--disable-extensions'],
  });
} catch (error) {
  console.error(`Failed to run the in-host tests in VS Code: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(exitCode);
