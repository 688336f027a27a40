// An esbuild plugin that compiles the JSON schema validators at build time with
// Ajv's standalone code generation (https://ajv.js.org/standalone.html). It puts
// the generated validators in place of src/core/schemaValidators.ts, so the
// bundles contain no Ajv compiler and compile no schema at run time.
//
// The specs (schema, options and formats) come from the modules that validate
// with them, so the generated code and the code the tests compile with Ajv agree.

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Each module that validates with a schema, and the name of its exported ValidatorSpec.
const VALIDATOR_SPECS = {
  'src/core/progress/schema.ts': 'progressValidatorSpec',
  'src/core/validation/frontMatterRules.ts': 'frontMatterValidatorSpec',
};

const REPLACED_MODULE = /[\\/]src[\\/]core[\\/]schemaValidators\.ts$/;
const NAMESPACE = 'standalone-validator';

/** Loads the ValidatorSpec objects by bundling their modules into memory and running the bundle. */
async function loadSpecs() {
  const contents = Object.entries(VALIDATOR_SPECS)
    .map(([module, exportName]) => `export { ${exportName} } from './${module}';`)
    .join('\n');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });

  const module = { exports: {} };
  const run = new Function('module', 'exports', 'require', result.outputFiles[0].text);
  run(module, module.exports, createRequire(path.join(projectRoot, 'package.json')));
  return Object.values(VALIDATOR_SPECS).map((exportName) => module.exports[exportName]);
}

/** Returns the standalone CommonJS code of each validator, by its schema's `$id`. */
async function generateValidators() {
  const validators = new Map();
  for (const spec of await loadSpecs()) {
    const ajv = new Ajv({ ...spec.options, code: { source: true } });
    if (spec.formats !== undefined) {
      addFormats(ajv, spec.formats);
    }
    validators.set(spec.schema.$id, standaloneCode(ajv, ajv.compile(spec.schema)));
  }
  return validators;
}

/**
 * Returns the module that the bundle gets in place of src/core/schemaValidators.ts.
 * It requires each validator at its first use, as the Ajv compiler was before.
 */
function replacementModule(ids) {
  const entries = ids.map((id) => `  [${JSON.stringify(id)}, () => require(${JSON.stringify(`${NAMESPACE}:${id}`)})],`);
  return `const validators = new Map([
${entries.join('\n')}
]);

export function compileValidator(spec) {
  const load = validators.get(spec.schema.$id);
  if (load === undefined) {
    throw new Error(\`No validator was generated for the schema \${spec.schema.$id}: add its spec to VALIDATOR_SPECS in scripts/lib/standaloneValidators.mjs\`);
  }
  return load();
}
`;
}

export function standaloneValidators() {
  return {
    name: 'standalone-validators',
    setup(build) {
      let validators = new Map();
      build.onStart(async () => {
        validators = await generateValidators();
      });

      build.onLoad({ filter: REPLACED_MODULE }, () => ({
        contents: replacementModule([...validators.keys()]),
        loader: 'js',
        resolveDir: projectRoot,
      }));

      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({
        path: args.path.slice(NAMESPACE.length + 1),
        namespace: NAMESPACE,
      }));

      // The generated code requires Ajv's runtime helpers, such as ajv/dist/runtime/ucs2length.
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: validators.get(args.path),
        loader: 'js',
        resolveDir: projectRoot,
      }));
    },
  };
}
