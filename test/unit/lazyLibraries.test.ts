import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './sharedCorpus';

// These libraries must load through src/core/libraries.ts, so activation evaluates none of them.
const LAZY_LIBRARIES = ['markdown-it', 'js-yaml', 'gray-matter', 'ajv', 'ajv-formats'];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const fullPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(fullPath);
    }
    return entry.name.endsWith('.ts') ? [fullPath] : [];
  });
}

describe('lazy libraries', () => {
  it('has no eager import outside libraries.ts', () => {
    const eager = new RegExp(`^import (?!type )[^;]*from '(${LAZY_LIBRARIES.join('|')})';`, 'm');
    const offenders = sourceFiles(path.join(PROJECT_ROOT, 'src'))
      .filter((file) => !file.endsWith(path.join('core', 'libraries.ts')))
      .filter((file) => eager.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(PROJECT_ROOT, file));

    assert.deepStrictEqual(offenders, []);
  });
});
