// Bundles the extension host code, the webview scripts and the command-line
// tool separately. The host bundle is CommonJS for Node with `vscode` left
// external. The webview bundle is a browser IIFE that the coach panel loads
// by URI. The CLI bundle is an executable CommonJS script for Node.

import { chmodSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
};

// Sets the execute bits after each successful build, so the CLI runs as
// `./dist/cli/kata-coach.js` and through npm's bin links without `node` in front.
function makeExecutable(file) {
  return {
    name: 'make-executable',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) {
          chmodSync(file, 0o755);
        }
      });
    },
  };
}

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { coach: 'media/coach.ts' },
    outdir: 'dist/media',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: { 'kata-coach': 'src/cli/main.ts' },
    outdir: 'dist/cli',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [makeExecutable('dist/cli/kata-coach.js')],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
