// Prepares the workspaces that `npm start` and the in-host tests open.

import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './code-server.mjs';

export const samplesDir = path.join(projectRoot, 'samples');
export const secondRootFixture = path.join(projectRoot, 'test', 'fixtures', 'second-root');

/**
 * Copies the project's `samples/` folder to `destination`. Returns false, after
 * creating `destination` empty, when the project has no `samples/` folder.
 */
export function copySamples(destination) {
  if (!existsSync(samplesDir)) {
    mkdirSync(destination, { recursive: true });
    return false;
  }
  cpSync(samplesDir, destination, { recursive: true });
  return true;
}

/**
 * Builds the multi-root workspace of the in-host tests in `runDir`: a copy of
 * `samples/` as `ws-samples`, the second-root fixture as `ws-second`, and a
 * `.code-workspace` file that lists both. The tests read the folders from
 * `vscode.workspace.workspaceFolders`.
 */
export function createTestWorkspace(runDir) {
  const samplesFolder = path.join(runDir, 'ws-samples');
  const secondFolder = path.join(runDir, 'ws-second');

  if (!copySamples(samplesFolder)) {
    console.warn(`No samples/ folder in ${projectRoot}, so the first workspace folder is empty.`);
  }
  cpSync(secondRootFixture, secondFolder, { recursive: true });

  const workspaceFile = path.join(runDir, 'kata-coach-tests.code-workspace');
  const workspace = {
    folders: [{ path: samplesFolder }, { path: secondFolder }],
    // The tests drive the first-run notification with fakes, so the real one stays off.
    settings: { 'kataCoach.showWelcome': false },
  };
  writeFileSync(workspaceFile, `${JSON.stringify(workspace, null, 2)}\n`);

  return { workspaceFile, folders: [samplesFolder, secondFolder] };
}
