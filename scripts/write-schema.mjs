// `npm run schema`: writes schemas/kata-progress.schema.json from the schema
// object in src/core/progress/schema.ts, which the store validates with.
// VS Code shows that file's errors to people who edit a progress file.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temporary = mkdtempSync(path.join(os.tmpdir(), 'kata-coach-schema-'));
const bundle = path.join(temporary, 'schema.cjs');

try {
  buildSync({ entryPoints: [path.join(projectRoot, 'src', 'core', 'progress', 'schema.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
  const { progressDocumentSchema } = createRequire(import.meta.url)(bundle);
  const target = path.join(projectRoot, 'schemas', 'kata-progress.schema.json');
  writeFileSync(target, `${JSON.stringify(progressDocumentSchema, null, 2)}\n`);
  console.log(`Wrote ${path.relative(projectRoot, target)}`);
} finally {
  rmSync(temporary, { recursive: true, force: true });
}
