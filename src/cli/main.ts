// Entry point of the `kata-coach` command, bundled to dist/cli/kata-coach.js.
// It checks kata files without VS Code, so nothing here may import `vscode`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from './run';

const PACKAGE_NAME = 'kata-coach';

/**
 * Returns the version in this package's package.json, found by walking up from this
 * file, because the bundle runs from dist/cli and the compiled tests from out/src/cli.
 */
function readPackageVersion(): string {
  let folder = __dirname;
  for (;;) {
    const manifest = readManifest(path.join(folder, 'package.json'));
    if (manifest?.name === PACKAGE_NAME && typeof manifest.version === 'string') {
      return manifest.version;
    }

    const parent = path.dirname(folder);
    if (parent === folder) {
      return 'unknown';
    }
    folder = parent;
  }
}

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  // A reader that closes the pipe early (`kata-coach inspect . | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });

  // Setting exitCode instead of calling process.exit lets piped output flush first.
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    version: readPackageVersion(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

void main();
