// The folder walk on real temporary folders: default exclusions, settings,
// `.gitignore` files, symbolic links, failures, cancellation and pruning.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { isScanCancelledError } from '../../src/core/scan/cancellation';
import { DEFAULT_EXCLUDE_SETTING, excludeGlobsFromSettings, ExclusionRules, type ExclusionOptions } from '../../src/core/scan/exclusions';
import { nodeScanFileSystem } from '../../src/core/scan/nodeFileSystem';
import { findMarkdownCandidates, type MarkdownCandidates, type WalkOptions } from '../../src/core/scan/walk';
import { makeTempFolder, RecordingFileSystem, trySymlink, writeTree } from './scanTestSupport';

const DEFAULT_GLOBS = excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING);

function rulesWith(options: Partial<ExclusionOptions> = {}): ExclusionRules {
  return new ExclusionRules({ excludeGlobs: DEFAULT_GLOBS, useGitignore: true, gitignoreIgnoreCase: false, ...options });
}

describe('scan walk', () => {
  let root = '';

  beforeEach(() => {
    root = makeTempFolder();
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function walk(rules = rulesWith(), options?: WalkOptions): Promise<MarkdownCandidates> {
    return findMarkdownCandidates(root, nodeScanFileSystem, rules, options);
  }

  it('skips the default folders', async () => {
    writeTree(root, {
      'README.md': '',
      'katas/100-a.md': '',
      'node_modules/pkg/README.md': '',
      'packages/app/node_modules/pkg/README.md': '',
      '.git/info.md': '',
      'docs/.copilot-tracking/learning/notes.md': '',
      'out/built.md': '',
      'dist/built.md': '',
      '.vscode-test/x.md': '',
      '.cache/x.md': '',
      'docs/node_modules.md': '',
      'docs/out-of-date.md': '',
    });

    const found = await walk();

    assert.deepStrictEqual(found.files, ['README.md', 'docs/node_modules.md', 'docs/out-of-date.md', 'katas/100-a.md']);
    assert.deepStrictEqual(found.failures, []);
  });

  it('returns sorted markdown files only', async () => {
    writeTree(root, {
      'b/z.md': '',
      'a/x.md': '',
      'a-b.md': '',
      'A.MD': '',
      'notes.markdown': '',
      'x.md.txt': '',
      'empty/': '',
    });

    const found = await walk();

    assert.deepStrictEqual(found.files, ['A.MD', 'a/x.md', 'a-b.md', 'b/z.md']);
  });

  it('applies files.exclude-style globs', async () => {
    writeTree(root, {
      'keep.md': '',
      'drafts/wip.md': '',
      'docs/drafts/wip.md': '',
      'docs/archive/old.md': '',
      'docs/scratch.tmp.md': '',
    });
    const filesExclude = { '**/drafts': true, 'docs/archive/**': true, '**/*.tmp.md': true, '**/docs': { when: '$(basename).ts' } };

    const found = await walk(rulesWith({ excludeGlobs: excludeGlobsFromSettings(filesExclude, DEFAULT_EXCLUDE_SETTING) }));

    assert.deepStrictEqual(found.files, ['keep.md']);
  });

  it('lets kataCoach.exclude turn a default off', async () => {
    writeTree(root, { 'dist/guide.md': '', 'out/guide.md': '' });
    const merged = { ...DEFAULT_EXCLUDE_SETTING, '**/dist': false };

    const found = await walk(rulesWith({ excludeGlobs: excludeGlobsFromSettings({}, merged) }));

    assert.deepStrictEqual(found.files, ['dist/guide.md']);
  });

  it('lets files.exclude win over false', async () => {
    writeTree(root, { 'dist/guide.md': '', 'x.md': '' });
    const merged = { ...DEFAULT_EXCLUDE_SETTING, '**/dist': false };

    const found = await walk(rulesWith({ excludeGlobs: excludeGlobsFromSettings({ '**/dist': true }, merged) }));

    assert.deepStrictEqual(found.files, ['x.md']);
  });

  it('applies root and nested .gitignore files', async () => {
    writeTree(root, {
      '.gitignore': '# build output\nbuild/\n*.draft.md\n/top.md\n',
      'top.md': '',
      'a.draft.md': '',
      'keep.md': '',
      'build/x.md': '',
      'src/build/x.md': '',
      'src/build.md/inner.md': '',
      'src/top.md': '',
      'docs/.gitignore': '*.md\n!keep.md\n',
      'docs/x.md': '',
      'docs/keep.md': '',
      'docs/sub/keep.md': '',
      'docs/sub/y.md': '',
      'guides/.gitignore': '!intro.draft.md\n',
      'guides/intro.draft.md': '',
      'guides/other.draft.md': '',
    });

    const found = await walk();

    assert.deepStrictEqual(found.files, [
      'docs/keep.md',
      'docs/sub/keep.md',
      'guides/intro.draft.md',
      'keep.md',
      'src/build.md/inner.md',
      'src/top.md',
    ]);
  });

  it('applies .git/info/exclude under .gitignore', async () => {
    writeTree(root, {
      '.git/info/exclude': 'private/\nlocal.md\n',
      '.gitignore': '!local.md\n',
      'private/x.md': '',
      'local.md': '',
      'public.md': '',
    });

    const found = await walk();

    assert.deepStrictEqual(found.files, ['local.md', 'public.md']);
  });

  it('ignores .gitignore when turned off', async () => {
    writeTree(root, { '.gitignore': 'build/\n', 'build/x.md': '', '.git/info/exclude': 'y.md\n', 'y.md': '' });

    const found = await walk(rulesWith({ useGitignore: false }));

    assert.deepStrictEqual(found.files, ['build/x.md', 'y.md']);
  });

  it('does not follow symlinked folders', async function () {
    const outside = makeTempFolder();
    try {
      writeTree(outside, { 'linked.md': '', 'folder.md/inner.md': '' });
      writeTree(root, { 'katas/real.md': '' });
      const linked =
        trySymlink(outside, path.join(root, 'katas', 'linked-folder'), 'dir') &&
        trySymlink(root, path.join(root, 'katas', 'loop'), 'dir') &&
        trySymlink(path.join(outside, 'folder.md'), path.join(root, 'katas', 'folder-link.md'), 'dir') &&
        trySymlink(path.join(outside, 'linked.md'), path.join(root, 'katas', 'file-link.md'), 'file') &&
        trySymlink(path.join(outside, 'missing.md'), path.join(root, 'katas', 'broken-link.md'), 'file');
      if (!linked) {
        this.skip();
      }
      const recording = new RecordingFileSystem(root);

      const found = await findMarkdownCandidates(root, recording, rulesWith());

      assert.deepStrictEqual(found.files, ['katas/broken-link.md', 'katas/file-link.md', 'katas/real.md']);
      assert.deepStrictEqual(recording.listedFolders.sort(), ['', 'katas']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reports an unreadable folder and goes on', async () => {
    writeTree(root, { 'a/x.md': '', 'locked/y.md': '', 'locked/inner/z.md': '', 'z.md': '' });
    const recording = new RecordingFileSystem(root);
    recording.failingFolders.add('locked');

    const found = await findMarkdownCandidates(root, recording, rulesWith());

    assert.deepStrictEqual(found.files, ['a/x.md', 'z.md']);
    assert.deepStrictEqual(
      found.failures.map((failure) => [failure.path, failure.kind, (failure.error as NodeJS.ErrnoException).code]),
      [['locked', 'folder', 'EACCES']],
    );
  });

  it('reports an unreadable .gitignore', async () => {
    writeTree(root, { 'docs/.gitignore': 'hidden.md\n', 'docs/hidden.md': '', 'docs/shown.md': '' });
    const recording = new RecordingFileSystem(root);
    recording.failingFiles.add('docs/.gitignore');

    const found = await findMarkdownCandidates(root, recording, rulesWith());

    assert.deepStrictEqual(found.files, ['docs/hidden.md', 'docs/shown.md']);
    assert.deepStrictEqual(
      found.failures.map((failure) => [failure.path, failure.kind]),
      [['docs/.gitignore', 'file']],
    );
  });

  it('reports a folder without read permission', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) {
      // Windows ignores the mode, and root reads any folder.
      this.skip();
    }
    writeTree(root, { 'locked/y.md': '', 'z.md': '' });
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const found = await walk();

      assert.deepStrictEqual(found.files, ['z.md']);
      assert.deepStrictEqual(found.failures.map((failure) => failure.path), ['locked']);
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });

  it('reports a missing root', async () => {
    const found = await findMarkdownCandidates(path.join(root, 'missing'), nodeScanFileSystem, rulesWith());

    assert.deepStrictEqual(found.files, []);
    assert.deepStrictEqual(
      found.failures.map((failure) => [failure.path, failure.kind, (failure.error as NodeJS.ErrnoException).code]),
      [['', 'folder', 'ENOENT']],
    );
  });

  it('never lists an excluded folder', async () => {
    const tree: Record<string, string> = { '.gitignore': 'generated/\n', 'katas/a.md': '' };
    for (let index = 0; index < 20; index++) {
      tree[`node_modules/pkg-${index}/README.md`] = '';
      tree[`generated/part-${index}/notes.md`] = '';
    }
    writeTree(root, tree);
    const recording = new RecordingFileSystem(root);

    const found = await findMarkdownCandidates(root, recording, rulesWith());

    assert.deepStrictEqual(found.files, ['katas/a.md']);
    assert.deepStrictEqual(recording.listedFolders.sort(), ['', 'katas']);
  });

  it('stops when the check cancels', async () => {
    writeTree(root, { 'a/x.md': '', 'b/y.md': '', 'c/z.md': '', 'c/d/w.md': '' });
    const recording = new RecordingFileSystem(root);
    let cancelled = false;
    recording.beforeList = () => {
      cancelled = recording.listedFolders.length >= 2;
    };

    const walking = findMarkdownCandidates(root, recording, rulesWith(), { concurrency: 1, cancellation: () => cancelled });

    await assert.rejects(walking, (error: unknown) => isScanCancelledError(error) && (error as Error).name === 'ScanCancelledError');
    assert.strictEqual(recording.listedFolders.length, 3, 'no folder is listed after the check fires');
  });

  it('stops on an aborted signal', async () => {
    writeTree(root, { 'a/x.md': '' });
    const controller = new AbortController();
    controller.abort();
    const recording = new RecordingFileSystem(root);

    await assert.rejects(findMarkdownCandidates(root, recording, rulesWith(), { cancellation: controller.signal }), isScanCancelledError);
    assert.deepStrictEqual(recording.listedFolders, []);
  });

  it('finds the same files at any concurrency', async () => {
    const tree: Record<string, string> = {};
    for (let index = 0; index < 30; index++) {
      tree[`f${index % 5}/g${index % 3}/k${index}.md`] = '';
    }
    writeTree(root, tree);
    const expected = Object.keys(tree).sort((a, b) => (a < b ? -1 : 1));

    for (const concurrency of [1, 2, 64]) {
      const found = await walk(rulesWith(), { concurrency });
      assert.deepStrictEqual(found.files, expected, `concurrency ${concurrency}`);
    }
  });
});
