// Loads the parsing libraries when first used. Evaluating markdown-it, js-yaml,
// gray-matter and Ajv takes time that VS Code would otherwise wait for during
// activation, before the extension has anything to parse.
//
// `require` inside a function stays lazy in the esbuild bundles: the module is
// evaluated at the first call, not when the bundle loads. The extension host
// bundle goes further and requires markdown-it, js-yaml and gray-matter from
// files of their own in dist/libraries. The bundles that esbuild.mjs builds
// never call the Ajv loaders: they validate with code that Ajv generated at
// build time (see src/core/schemaValidators.ts).

import type AjvClass from 'ajv';
import type * as JsYaml from 'js-yaml';
import type GrayMatter from 'gray-matter';
import type MarkdownIt from 'markdown-it';

type AjvFormats = typeof import('ajv-formats').default;

const loaded = new Set<string>();

/** Returns the names of the libraries loaded so far, in load order. */
export function loadedLibraries(): string[] {
  return [...loaded];
}

export function markdownItClass(): typeof MarkdownIt {
  loaded.add('markdown-it');
  return withDefault(require('markdown-it'));
}

export function jsYaml(): typeof JsYaml {
  loaded.add('js-yaml');
  return require('js-yaml') as typeof JsYaml;
}

export function grayMatter(): typeof GrayMatter {
  loaded.add('gray-matter');
  return withDefault(require('gray-matter'));
}

export function ajvClass(): typeof AjvClass {
  loaded.add('ajv');
  return withDefault(require('ajv'));
}

export function ajvFormats(): AjvFormats {
  loaded.add('ajv-formats');
  return withDefault(require('ajv-formats'));
}

/** Returns a CommonJS module's `default` export when it has one, else the module itself. */
function withDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : (module as T);
}
