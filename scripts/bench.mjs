// `npm run bench [-- --json ...]`: bundles bench/main.ts with esbuild into
// .cache/bench/ and runs it with --expose-gc, which its timings and heap
// figures need, passing the arguments through. `npm run bench -- --help`
// lists the options.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(projectRoot, '.cache', 'bench', 'main.cjs');

await esbuild.build({
  entryPoints: [path.join(projectRoot, 'bench', 'main.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

const child = spawn(process.execPath, ['--expose-gc', '--enable-source-maps', bundle, ...process.argv.slice(2)], { stdio: 'inherit' });

// Ctrl+C reaches the child through the terminal too; this process only waits for its exit status.
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
