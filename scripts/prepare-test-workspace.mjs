// Writes the two-folder workspace of the in-host tests to
// .cache/test-workspace/, so the "Extension Tests" launch configuration of
// .vscode/launch.json can open it. It starts fresh on every run.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from './lib/code-server.mjs';
import { createTestWorkspace } from './lib/workspace.mjs';

const runDir = path.join(cacheDir, 'test-workspace');
rmSync(runDir, { recursive: true, force: true });

const { workspaceFile } = createTestWorkspace(runDir);
console.log(`Wrote ${workspaceFile}`);
