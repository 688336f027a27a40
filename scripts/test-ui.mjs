// `npm run test:ui`: runs the UI tests (out/test/ui/**/*.test.js) with mocha.
// Each test file starts its own code-server and Chromium through test/ui/harness.ts.
// `node scripts/test-ui.mjs coachPanel` runs only the files whose names contain `coachPanel`.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ensureCodeServer, projectRoot } from './lib/code-server.mjs';

const testDir = path.join(projectRoot, 'out', 'test', 'ui');

function findTestFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

if (!existsSync(testDir)) {
  console.error(`Missing ${path.relative(projectRoot, testDir)}: run "npm run build && npm run compile-tests" first.`);
  process.exit(2);
}
const filters = process.argv.slice(2);
const testFiles = findTestFiles(testDir).filter((file) => filters.length === 0 || filters.some((filter) => path.basename(file).includes(filter)));
if (testFiles.length === 0) {
  console.error(`No *.test.js files found under ${testDir}.`);
  process.exit(2);
}

ensureCodeServer();

// UI tests drive one workbench at a time, so they run serially with a long timeout.
const mocha = new Mocha({ ui: 'bdd', timeout: 120000, reporter: 'spec' });
for (const file of testFiles) {
  mocha.addFile(file);
}
await mocha.loadFilesAsync();
mocha.run((failures) => {
  // Exit even when a failed test left a server or browser open. The exit
  // handler in scripts/lib/code-server.mjs then kills any server still running.
  process.exit(failures > 0 ? 1 : 0);
});
