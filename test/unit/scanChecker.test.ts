// The single-path exclusion check: it must agree with the walk on every path of
// a generated tree, and re-read `.gitignore` files only after forgetGitignore.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import { ExclusionChecker } from '../../src/core/scan/exclusionChecker';
import { DEFAULT_EXCLUDE_SETTING, excludeGlobsFromSettings, ExclusionRules } from '../../src/core/scan/exclusions';
import { nodeScanFileSystem } from '../../src/core/scan/nodeFileSystem';
import { isMarkdownFileName } from '../../src/core/scan/paths';
import { findMarkdownCandidates } from '../../src/core/scan/walk';
import { listTree, makeTempFolder, RecordingFileSystem, writeTree } from './scanTestSupport';

const FOLDER_NAMES = ['docs', 'build', 'node_modules', 'drafts', 'keep'];
const FILE_NAMES = ['a.md', 'keep.md', 'x.draft.md', 'notes.txt', 'Upper.MD'];

/** Returns a tree of every combination of FOLDER_NAMES up to three levels deep, each folder with every file of FILE_NAMES. */
function generatedTree(): Record<string, string> {
  const tree: Record<string, string> = {
    '.gitignore': 'build/\n*.draft.md\n',
    '.git/info/exclude': 'drafts/drafts/\n',
    'docs/.gitignore': '*.md\n!keep.md\n',
    'keep/.gitignore': '!*.draft.md\nnode_modules.md\n',
    'keep/keep/.gitignore': 'docs\n',
  };
  let folders = [''];
  for (let depth = 0; depth < 3; depth++) {
    folders = folders.flatMap((parent) => FOLDER_NAMES.map((name) => (parent === '' ? name : `${parent}/${name}`)));
    for (const folder of folders) {
      for (const file of FILE_NAMES) {
        tree[`${folder}/${file}`] = '';
      }
    }
  }
  return tree;
}

function treeRules(): ExclusionRules {
  return new ExclusionRules({
    excludeGlobs: [...excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING), '**/keep/drafts', 'docs/*/keep.md'],
    useGitignore: true,
    gitignoreIgnoreCase: false,
  });
}

describe('scan exclusion checker', () => {
  let root = '';

  beforeEach(() => {
    root = makeTempFolder();
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('agrees with the walk on every path', async () => {
    writeTree(root, generatedTree());
    const rules = treeRules();
    const recording = new RecordingFileSystem(root);
    const found = await findMarkdownCandidates(root, recording, rules);
    const walkedFiles = new Set(found.files);
    const listedFolders = new Set(recording.listedFolders);

    const paths = listTree(root).filter(({ path: entry, kind }) => kind === 'folder' || isMarkdownFileName(path.posix.basename(entry)));
    // A fresh checker on the reversed list reads deep `.gitignore` files before their parents' ones.
    const inOrder = new ExclusionChecker(root, nodeScanFileSystem, rules);
    const reversed = new ExclusionChecker(root, nodeScanFileSystem, rules);
    const mismatches: string[] = [];
    for (const checker of [inOrder, reversed]) {
      const ordered = checker === inOrder ? paths : [...paths].reverse();
      for (const { path: entry, kind } of ordered) {
        const walked = kind === 'folder' ? listedFolders.has(entry) : walkedFiles.has(entry);
        if ((await checker.isExcluded(entry, kind)) === walked) {
          mismatches.push(`${kind} ${entry}: walked ${walked}`);
        }
      }
    }

    assert.deepStrictEqual(mismatches, []);
    // Guards against a tree where nearly everything or nothing is excluded, which would prove little.
    assert.ok(found.files.length > 20, `${found.files.length} of ${paths.length} paths walked`);
    assert.ok(found.files.length < paths.length / 2, `${found.files.length} of ${paths.length} paths walked`);
    assert.ok(found.files.includes('keep/x.draft.md'), 'a nested negation re-includes a file');
    assert.ok(!found.files.includes('keep/keep/docs/a.md'), 'a nested .gitignore excludes a folder');
  });

  it('never excludes the root', async () => {
    const checker = new ExclusionChecker(root, nodeScanFileSystem, treeRules());

    assert.strictEqual(await checker.isExcluded('', 'folder'), false);
    assert.strictEqual(await checker.isExcluded('.', 'folder'), false);
  });

  it('checks parents and the kind', async () => {
    writeTree(root, { '.gitignore': 'build/\n' });
    const checker = new ExclusionChecker(root, nodeScanFileSystem, treeRules());

    assert.strictEqual(await checker.isExcluded('build', 'folder'), true);
    assert.strictEqual(await checker.isExcluded('build', 'file'), false, 'build/ matches folders only');
    assert.strictEqual(await checker.isExcluded('src\\build\\guide.md', 'file'), true, 'backslashes separate too');
    assert.strictEqual(await checker.isExcluded('packages/node_modules/pkg/README.md', 'file'), true);
    assert.strictEqual(await checker.isExcluded('.git/config', 'file'), true);
    await assert.rejects(checker.isExcluded('../outside.md', 'file'), /leaves the root folder/);
  });

  it('uses cached .gitignore rules until told', async () => {
    writeTree(root, { 'docs/.gitignore': '# nothing yet\n', 'docs/a.md': '' });
    const recording = new RecordingFileSystem(root);
    const checker = new ExclusionChecker(root, recording, treeRules());

    assert.strictEqual(await checker.isExcluded('docs/a.md', 'file'), false);
    fs.writeFileSync(path.join(root, 'docs', '.gitignore'), 'a.md\n');
    assert.strictEqual(await checker.isExcluded('docs/a.md', 'file'), false, 'the old rules are cached');
    assert.strictEqual(recording.readFiles.filter((file) => file === 'docs/.gitignore').length, 1);

    checker.forgetGitignore('docs/.gitignore');

    assert.strictEqual(await checker.isExcluded('docs/a.md', 'file'), true);
    assert.strictEqual(recording.readFiles.filter((file) => file === 'docs/.gitignore').length, 2);
  });

  it('forgets folders below a changed root .gitignore', async () => {
    writeTree(root, { 'docs/sub/b.md': '' });
    const checker = new ExclusionChecker(root, nodeScanFileSystem, treeRules());

    assert.strictEqual(await checker.isExcluded('docs/sub/b.md', 'file'), false);
    fs.writeFileSync(path.join(root, '.gitignore'), 'b.md\n');
    checker.forgetGitignore('.gitignore');

    assert.strictEqual(await checker.isExcluded('docs/sub/b.md', 'file'), true);
  });

  it('forgets everything for info/exclude', async () => {
    writeTree(root, { '.git/info/exclude': '\n', 'docs/c.md': '' });
    const checker = new ExclusionChecker(root, nodeScanFileSystem, treeRules());

    assert.strictEqual(await checker.isExcluded('docs/c.md', 'file'), false);
    fs.writeFileSync(path.join(root, '.git', 'info', 'exclude'), 'c.md\n');
    checker.forgetGitignore('docs/.gitignore');
    assert.strictEqual(await checker.isExcluded('docs/c.md', 'file'), false, 'a nested .gitignore keeps the root rules');

    checker.forgetGitignore('.git/info/exclude');

    assert.strictEqual(await checker.isExcluded('docs/c.md', 'file'), true);
  });

  it('logs an unreadable .gitignore', async () => {
    writeTree(root, { 'docs/.gitignore': 'd.md\n', 'docs/d.md': '' });
    const recording = new RecordingFileSystem(root);
    recording.failingFiles.add('docs/.gitignore');
    const log = new MemoryLogger();
    const checker = new ExclusionChecker(root, recording, treeRules(), log);

    assert.strictEqual(await checker.isExcluded('docs/d.md', 'file'), false);
    assert.deepStrictEqual(log.entries.map((entry) => entry.level), ['warn']);
    assert.match(log.entries[0].message, /^Could not read .*\.gitignore, so its rules are not applied: EACCES/);
  });
});
