// Compiles the JSON schemas that Kata Coach validates with.
//
// The esbuild bundles do not contain this module: esbuild.mjs puts in its place
// the validators that Ajv's standalone code generation writes at build time
// (scripts/lib/standaloneValidators.mjs), so the bundles have no Ajv compiler.
// Elsewhere, as in the compiled tests and the benchmark's bundle, this module
// compiles each schema with Ajv at first use.

import type { Options, ValidateFunction } from 'ajv';
import type { FormatName } from 'ajv-formats';
import { ajvClass, ajvFormats } from './libraries';

/** A schema and the Ajv options and formats it is compiled with, at run time or at build time. */
export interface ValidatorSpec {
  /** The schema. Its `$id` names the validator that the build generates for it. */
  schema: { $id: string };
  options: Options;
  formats?: FormatName[];
}

export function compileValidator(spec: ValidatorSpec): ValidateFunction {
  const Ajv = ajvClass();
  const ajv = new Ajv(spec.options);
  if (spec.formats !== undefined) {
    ajvFormats()(ajv, spec.formats);
  }
  return ajv.compile(spec.schema);
}
