// Bundles the extension host code, the webview scripts and the command-line
// tool separately. The host bundle is CommonJS for Node with `vscode` left
// external, and the parsing libraries it loads on first use are bundles of
// their own in dist/libraries. The webview bundle is a browser IIFE that the
// coach panel loads by URI. The CLI bundle is an executable CommonJS script for Node.

import { chmodSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { standaloneValidators } from './scripts/lib/standaloneValidators.mjs';

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

// The libraries that src/core/libraries.ts requires at first use. The host
// bundle keeps those require calls, pointing at a bundle of each library in
// dist/libraries, so VS Code reads these files only when they are first used
// and activation reads only dist/extension.js. The CLI stays a single file.
const LAZY_LIBRARIES = ['markdown-it', 'js-yaml', 'gray-matter'];

function lazyLibraryFiles() {
  return {
    name: 'lazy-library-files',
    setup(build) {
      const filter = new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`);
      build.onResolve({ filter }, (args) => ({ path: `./libraries/${args.path}.js`, external: true }));
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
    plugins: [standaloneValidators(), lazyLibraryFiles()],
  },
  {
    ...common,
    entryPoints: Object.fromEntries(LAZY_LIBRARIES.map((name) => [name, name])),
    outdir: 'dist/libraries',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
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
    plugins: [standaloneValidators(), makeExecutable('dist/cli/kata-coach.js')],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
