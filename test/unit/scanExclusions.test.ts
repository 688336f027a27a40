// Exclusion rules without a file system: glob forms as VS Code matches them,
// settings turned into patterns, `.gitignore` precedence, defaults, path order.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  ALWAYS_EXCLUDED_FOLDERS,
  DEFAULT_EXCLUDE_SETTING,
  DEFAULT_USE_GITIGNORE,
  excludeGlobsFromSettings,
  ExclusionRules,
  type EntryKind,
} from '../../src/core/scan/exclusions';
import { addGitignoreLayer, isGitignored, type GitignoreLayer } from '../../src/core/scan/gitignore';
import { compareRelativePaths, isMarkdownFileName, splitRelativePath } from '../../src/core/scan/paths';
import { PROJECT_ROOT } from './sharedCorpus';

function globRules(...globs: string[]): ExclusionRules {
  return new ExclusionRules({ excludeGlobs: globs, useGitignore: false });
}

describe('scan exclusions: globs', () => {
  // Expected values follow VS Code's glob matcher (src/vs/base/common/glob.ts):
  // `*` and `**` match dot names, a pattern without `**/` is anchored at the
  // root folder, and braces list alternatives.
  const cases: [glob: string, path: string, kind: EntryKind, excluded: boolean][] = [
    ['**/node_modules', 'node_modules', 'folder', true],
    ['**/node_modules', 'packages/app/node_modules', 'folder', true],
    ['**/node_modules', '.hidden/node_modules', 'folder', true],
    ['**/node_modules', 'node_modules_old', 'folder', false],
    ['**/node_modules', 'docs/node_modules.md', 'file', false],
    ['**/node_modules/**', 'node_modules', 'folder', true],
    ['**/node_modules/**', 'packages/node_modules', 'folder', true],
    ['**/node_modules/**', 'packages/node_modules/x.md', 'file', true],
    ['**/node_modules/**', 'packages/node_modules_old', 'folder', false],
    ['dist', 'dist', 'folder', true],
    ['dist', 'packages/dist', 'folder', false],
    ['dist/', 'dist', 'folder', true],
    ['  dist  ', 'dist', 'folder', true],
    ['**/*.tmp', 'x.tmp', 'file', true],
    ['**/*.tmp', 'a/b/x.tmp', 'file', true],
    ['**/*.tmp', '.cache-like/x.tmp', 'file', true],
    ['**/*.tmp', 'x.tmpl', 'file', false],
    ['**/*.tmp', 'scratch.tmp', 'folder', true],
    ['{drafts,archive}', 'drafts', 'folder', true],
    ['{drafts,archive}', 'archive', 'folder', true],
    ['{drafts,archive}', 'docs/drafts', 'folder', false],
    ['{drafts,archive}', 'draftsarchive', 'folder', false],
    ['**/{drafts,archive}', 'docs/archive', 'folder', true],
    ['docs/*.md', 'docs/x.md', 'file', true],
    ['docs/*.md', 'docs/sub/x.md', 'file', false],
    ['**/[!a]*.md', 'b.md', 'file', true],
    ['**/[!a]*.md', 'a.md', 'file', false],
    ['!keep', 'other', 'folder', false],
    ['!keep', '!keep', 'folder', true],
    ['**/*.MD', 'x.md', 'file', false],
  ];

  it('match the common VS Code forms', () => {
    for (const [glob, relativePath, kind, excluded] of cases) {
      assert.strictEqual(globRules(glob).excludes(relativePath, kind), excluded, `${JSON.stringify(glob)} on ${kind} ${relativePath}`);
    }
  });

  it('skip the always-excluded folders', () => {
    const rules = globRules();

    assert.deepStrictEqual(ALWAYS_EXCLUDED_FOLDERS, ['.git', '.copilot-tracking']);
    assert.strictEqual(rules.excludes('.git', 'folder'), true);
    assert.strictEqual(rules.excludes('docs/.copilot-tracking', 'folder'), true);
    assert.strictEqual(rules.excludes('.git', 'file'), false, 'a worktree has a .git file');
    assert.strictEqual(rules.excludes('node_modules', 'folder'), false, 'only settings exclude node_modules');
  });

  it('report invalid patterns', () => {
    const rules = globRules('', '   ', '**/ok');

    assert.deepStrictEqual(rules.invalidGlobs, ['', '   ']);
    assert.strictEqual(rules.excludes('a/ok', 'folder'), true);
  });
});

describe('scan exclusions: settings', () => {
  it('keep patterns set to true', () => {
    const filesExclude = { '**/.git': true, '**/*.js': { when: '$(basename).ts' }, '**/keep': false };
    const kataCoachExclude = { '**/.git': true, '**/drafts': true, '**/odd': 'yes' };

    assert.deepStrictEqual(excludeGlobsFromSettings(filesExclude, undefined, kataCoachExclude), ['**/.git', '**/drafts']);
  });

  it('let false override a default', () => {
    const globs = excludeGlobsFromSettings({ ...DEFAULT_EXCLUDE_SETTING, '**/dist': false });

    assert.ok(!globs.includes('**/dist'));
    assert.ok(globs.includes('**/node_modules'));
  });

  it('match the package.json defaults', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: unknown }> } };
    };
    const properties = manifest.contributes.configuration.properties;

    assert.deepStrictEqual(properties['kataCoach.exclude'].default, { ...DEFAULT_EXCLUDE_SETTING });
    assert.strictEqual(properties['kataCoach.useGitignore'].default, DEFAULT_USE_GITIGNORE);
  });
});

describe('scan exclusions: gitignore layers', () => {
  function layers(...files: [folder: string, text: string][]): GitignoreLayer | undefined {
    let layer: GitignoreLayer | undefined;
    for (const [folder, text] of files) {
      layer = addGitignoreLayer(layer, folder, text, false);
    }
    return layer;
  }

  it('let a deeper file win', () => {
    const layer = layers(['', '*.draft.md\n'], ['guides', '!intro.draft.md\n']);

    assert.strictEqual(isGitignored(layer, 'guides/intro.draft.md', false), false);
    assert.strictEqual(isGitignored(layer, 'guides/other.draft.md', false), true);
  });

  it('apply a file to its own folder only', () => {
    const root = layers(['', 'notes.md\n']);
    const nested = layers(['', 'notes.md\n'], ['docs', '*.md\n!keep.md\n']);

    assert.strictEqual(isGitignored(root, 'a/notes.md', false), true, 'no slash matches at any depth');
    assert.strictEqual(isGitignored(nested, 'docs/x.md', false), true);
    assert.strictEqual(isGitignored(nested, 'docs/keep.md', false), false);
    assert.strictEqual(isGitignored(nested, 'docs/sub/keep.md', false), false);
  });

  it('match build/ on folders only', () => {
    const layer = layers(['', 'build/\n/top-only\n']);

    assert.strictEqual(isGitignored(layer, 'build', true), true);
    assert.strictEqual(isGitignored(layer, 'src/build', true), true);
    assert.strictEqual(isGitignored(layer, 'build', false), false);
    assert.strictEqual(isGitignored(layer, 'top-only', true), true);
    assert.strictEqual(isGitignored(layer, 'docs/top-only', true), false);
  });

  it('add no layer without rules', () => {
    assert.strictEqual(addGitignoreLayer(undefined, '', '# comment only\n\n', false), undefined);
  });

  it('honour the letter case option', () => {
    assert.strictEqual(isGitignored(addGitignoreLayer(undefined, '', 'Build/\n', false), 'build', true), false);
    assert.strictEqual(isGitignored(addGitignoreLayer(undefined, '', 'Build/\n', true), 'build', true), true);
  });
});

describe('scan paths', () => {
  it('sort like a depth-first walk', () => {
    const paths = ['a.md', 'a-b.md', 'B.md', 'a/x.md', 'a/b/y.md', 'ab.md'];

    assert.deepStrictEqual([...paths].sort(compareRelativePaths), ['B.md', 'a/b/y.md', 'a/x.md', 'a-b.md', 'a.md', 'ab.md']);
  });

  it('recognise markdown names', () => {
    for (const name of ['x.md', 'X.MD', 'notes.Md', '.md']) {
      assert.strictEqual(isMarkdownFileName(name), true, name);
    }
    for (const name of ['x.markdown', 'md', 'x.md.txt', 'xmd']) {
      assert.strictEqual(isMarkdownFileName(name), false, name);
    }
  });

  it('split relative paths', () => {
    assert.deepStrictEqual(splitRelativePath('a\\b/./c//d.md'), ['a', 'b', 'c', 'd.md']);
    assert.deepStrictEqual(splitRelativePath(''), []);
    assert.throws(() => splitRelativePath('a/../../b'), /leaves the root folder/);
    assert.throws(() => splitRelativePath('/etc/x'), /absolute path/);
  });
});
