// Mocha runner for the tests that run inside the extension host. VS Code loads
// this module through `extensionTestsPath` and awaits `run()`, both in
// code-server (scripts/test-host.mjs) and in @vscode/test-electron
// (scripts/test-electron.mjs).

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

// A recursive readdir instead of `fs.globSync`, which needs Node 22 while the
// VS Code that @vscode/test-electron downloads may run Node 20.
function findTestFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...findTestFiles(entryPath));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      files.push(entryPath);
    }
  }
  return files.sort();
}

/** Runs every `*.test.js` under this folder and rejects when any test fails. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000 });

  const testFiles = findTestFiles(__dirname);
  if (testFiles.length === 0) {
    throw new Error(`No *.test.js files found under ${__dirname}. Run "npm run compile-tests" first.`);
  }
  for (const file of testFiles) {
    mocha.addFile(file);
  }

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) {
    throw new Error(`${failures} in-host test(s) failed`);
  }
}
