import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progressDocumentSchema } from '../../src/core/progress/schema';

// The extension contributes schemas/kata-progress.schema.json for editors of
// progress files; the store validates with the schema object in the code.
describe('progress schema file', () => {
  it('matches the schema in the code', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'schemas', 'kata-progress.schema.json');
    const stored: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));

    assert.deepEqual(stored, JSON.parse(JSON.stringify(progressDocumentSchema)), 'schemas/kata-progress.schema.json is out of date: run npm run schema');
  });
});
