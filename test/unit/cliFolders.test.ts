// Runs the bundled `kata-coach` command on temporary folders (excluded folders,
// .gitignore, --exclude, symbolic links, unreadable files) and on the shared
// kata corpus. Failures that need a fault-injecting file system run in process.

import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_FOLDER_SEARCH, findMarkdownFiles } from '../../src/cli/files';
import { RecordingFileSystem } from './scanTestSupport';
import { PROJECT_ROOT, requireSharedKatas } from './sharedCorpus';

const CLI_PATH = path.join(PROJECT_ROOT, 'dist', 'cli', 'kata-coach.js');
const CLEAN_KATA = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli', 'clean', 'cli-basics', '100-first-steps.md');

const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+): (error|warning|info) ([a-z][a-z0-9-]*): (\S.*)$/;
const SUMMARY_LINE = /^(\d+) errors?, (\d+) warnings?(, \d+ info)? in (\d+) files?$/;

function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function skipWithoutBundle(context: Mocha.Context): void {
  if (!fs.existsSync(CLI_PATH)) {
    console.log(`    skipped: ${path.relative(PROJECT_ROOT, CLI_PATH)} is missing; run "npm run build" first`);
    context.skip();
  }
}

/** Writes a copy of the clean fixture kata with its own kata_id, so copies do not clash. */
function writeKata(file: string, id: string): void {
  const text = fs.readFileSync(CLEAN_KATA, 'utf8').replace('kata_id: cli-basics-100-first-steps', `kata_id: ${id}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Creates a symbolic link, or skips the test where the platform does not allow one. */
function symlinkOrSkip(context: Mocha.Context, target: string, link: string, type: 'dir' | 'file'): void {
  try {
    fs.symlinkSync(target, link, type);
  } catch (error) {
    console.log(`    skipped: cannot create a symbolic link here (${(error as Error).message})`);
    context.skip();
  }
}

function inspectIds(folder: string, args: string[]): string[] {
  const run = runCli(['inspect', '--json', ...args], folder);
  assert.strictEqual(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { id: string }[]).map((kata) => kata.id);
}

describe('cli process: folders', function () {
  let root = '';

  before(function () {
    skipWithoutBundle(this);
  });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-cli-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('skips excluded folders when walking', () => {
    writeKata(path.join(root, 'katas', 'a', '100-kept.md'), 'walk-100-kept');
    for (const folder of ['node_modules', '.git', '.copilot-tracking', 'out', 'dist', '.vscode-test', '.cache']) {
      writeKata(path.join(root, 'katas', folder, 'inner', '100-hidden.md'), `walk-100-hidden-${folder.replace(/\W/g, '')}`);
    }
    writeKata(path.join(root, 'katas', 'b', 'node_modules.md'), 'walk-100-file-named-like-a-folder');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-kept', 'walk-100-file-named-like-a-folder']);
  });

  it('honours .gitignore files', () => {
    writeKata(path.join(root, 'katas', '100-kept.md'), 'walk-100-kept');
    writeKata(path.join(root, 'katas', 'build', '100-built.md'), 'walk-100-built');
    writeKata(path.join(root, 'katas', 'drafts', '100-draft.md'), 'walk-100-draft');
    writeKata(path.join(root, 'katas', 'drafts', '200-ready.md'), 'walk-200-ready');
    fs.writeFileSync(path.join(root, 'katas', '.gitignore'), 'build/\n');
    fs.writeFileSync(path.join(root, 'katas', 'drafts', '.gitignore'), '*.md\n!200-ready.md\n');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-kept', 'walk-200-ready']);
    assert.deepStrictEqual(inspectIds(root, ['--no-gitignore', 'katas']), [
      'walk-100-kept',
      'walk-100-built',
      'walk-100-draft',
      'walk-200-ready',
    ]);
  });

  it('skips --exclude patterns', () => {
    writeKata(path.join(root, 'katas', '100-kept.md'), 'walk-100-kept');
    writeKata(path.join(root, 'katas', 'archive', '100-old.md'), 'walk-100-old');
    writeKata(path.join(root, 'katas', 'a', 'drafts', '100-draft.md'), 'walk-100-draft');
    writeKata(path.join(root, 'katas', '100-scratch.tmp.md'), 'walk-100-scratch');

    assert.deepStrictEqual(inspectIds(root, ['--exclude', 'archive', '--exclude=**/drafts/**', '--exclude', '**/*.tmp.md', 'katas']), [
      'walk-100-kept',
    ]);
    assert.deepStrictEqual(inspectIds(root, ['--exclude', 'archive', 'katas']), ['walk-100-kept', 'walk-100-scratch', 'walk-100-draft']);
  });

  it('rejects an empty --exclude', () => {
    writeKata(path.join(root, 'katas', '100-kept.md'), 'walk-100-kept');

    const run = runCli(['validate', '--exclude=', 'katas'], root);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /^kata-coach: empty value for --exclude\. Use --exclude GLOB\.\n/);
  });

  it('reads upper-case .MD files', () => {
    writeKata(path.join(root, 'katas', '100-LOUD.MD'), 'walk-100-loud');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-loud']);
    assert.deepStrictEqual(inspectIds(root, [path.join('katas', '100-LOUD.MD')]), ['walk-100-loud']);
  });

  it('keeps folder order before longer names', () => {
    writeKata(path.join(root, 'katas', 'a-b.md'), 'walk-100-dash');
    writeKata(path.join(root, 'katas', 'a', 'x.md'), 'walk-100-nested');
    writeKata(path.join(root, 'katas', 'a.md'), 'walk-100-dot');

    // A depth-first walk by name: the folder "a" comes before "a-b.md" and "a.md".
    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-nested', 'walk-100-dash', 'walk-100-dot']);
  });

  it('reads a folder or file named explicitly', () => {
    writeKata(path.join(root, 'dist', '100-built.md'), 'walk-100-built');
    writeKata(path.join(root, 'node_modules', 'pkg', '100-dep.md'), 'walk-100-dep');

    assert.deepStrictEqual(inspectIds(root, ['dist']), ['walk-100-built']);
    assert.deepStrictEqual(inspectIds(root, [path.join('node_modules', 'pkg', '100-dep.md')]), ['walk-100-dep']);
  });

  it('reads only .md files', () => {
    writeKata(path.join(root, 'katas', '100-kata.md'), 'walk-100-md');
    writeKata(path.join(root, 'katas', '100-kata.markdown'), 'walk-100-markdown');
    writeKata(path.join(root, 'katas', '100-kata.md.txt'), 'walk-100-txt');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-md']);
  });

  it('walks folders in name order', () => {
    for (const name of ['b', 'a', 'Z', 'c']) {
      writeKata(path.join(root, 'katas', name, '100-kata.md'), `walk-100-${name.toLowerCase()}`);
    }

    // Code-unit order puts upper case before lower case, whatever the locale.
    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-z', 'walk-100-a', 'walk-100-b', 'walk-100-c']);
  });

  it('does not follow symlinked folders', function () {
    writeKata(path.join(root, 'outside', '100-linked.md'), 'walk-100-linked');
    writeKata(path.join(root, 'katas', '100-real.md'), 'walk-100-real');
    symlinkOrSkip(this, path.join(root, 'outside'), path.join(root, 'katas', 'linked-folder'), 'dir');
    symlinkOrSkip(this, path.join(root, 'katas'), path.join(root, 'katas', 'loop'), 'dir');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-real']);
    assert.deepStrictEqual(inspectIds(root, [path.join('katas', 'linked-folder')]), ['walk-100-linked'], 'a named link is followed');
  });

  it('reads symlinked files', function () {
    writeKata(path.join(root, 'outside', '100-target.md'), 'walk-100-target');
    fs.mkdirSync(path.join(root, 'katas'));
    symlinkOrSkip(this, path.join(root, 'outside', '100-target.md'), path.join(root, 'katas', '100-link.md'), 'file');

    assert.deepStrictEqual(inspectIds(root, ['katas']), ['walk-100-target']);
  });

  it('reports an unreadable file as an error', function () {
    writeKata(path.join(root, 'katas', '100-fine.md'), 'walk-100-fine');
    symlinkOrSkip(this, path.join(root, 'missing-target.md'), path.join(root, 'katas', '200-broken-link.md'), 'file');

    const validate = runCli(['validate', 'katas'], root);
    assert.strictEqual(validate.status, 1);
    assert.strictEqual(
      validate.stdout,
      `${path.join('katas', '200-broken-link.md')}:1:1: error unreadable-path: Cannot read this file: no such file or folder (ENOENT). Fix its permissions or remove the broken link.\n`,
    );
    assert.deepStrictEqual(validate.stderr.split('\n'), [
      `kata-coach: cannot read file ${path.join('katas', '200-broken-link.md')}: no such file or folder (ENOENT)`,
      '1 error, 0 warnings in 2 files',
      '',
    ]);

    const inspect = runCli(['inspect', '--json', 'katas'], root);
    assert.strictEqual(inspect.status, 1, 'inspect output is incomplete');
    assert.deepStrictEqual((JSON.parse(inspect.stdout) as { id: string }[]).map((kata) => kata.id), ['walk-100-fine']);
    assert.match(inspect.stderr, /cannot read file .*200-broken-link\.md: no such file or folder/);
  });

  it('reports duplicate ids across paths', () => {
    writeKata(path.join(root, 'one', '100-kata.md'), 'walk-100-same');
    writeKata(path.join(root, 'two', '100-kata.md'), 'walk-100-same');

    const run = runCli(['validate', 'one', 'two'], root);
    const duplicates = run.stdout.split('\n').filter((line) => line.includes(' error duplicate-kata-id: '));

    assert.strictEqual(run.status, 1);
    assert.ok(duplicates.length >= 1, run.stdout);
    assert.ok(duplicates.every((line) => DIAGNOSTIC_LINE.test(line)), run.stdout);
  });

  it('names a broken kata in inspect', () => {
    writeKata(path.join(root, 'katas', '100-fine.md'), 'walk-100-fine');
    fs.writeFileSync(path.join(root, 'katas', '200-late.md'), '<!-- markdownlint-disable MD041 -->\n---\nkata_id: walk-200-late\n---\n');

    const run = runCli(['inspect', '--json', 'katas'], root);
    assert.strictEqual(run.status, 0);
    assert.deepStrictEqual((JSON.parse(run.stdout) as { id: string }[]).map((kata) => kata.id), ['walk-100-fine']);
    assert.match(run.stderr, /200-late\.md is not read as a kata: its front matter starts on line 2 instead of line 1/);
  });

  it('reports a Latin-1 file', () => {
    const file = path.join(root, 'katas', '100-latin.md');
    writeKata(file, 'walk-100-latin');
    fs.writeFileSync(file, Buffer.from(fs.readFileSync(file, 'utf8').replace('First Steps', 'Caf\u00e9'), 'latin1'));

    const run = runCli(['validate', 'katas'], root);
    assert.strictEqual(run.status, 1);
    assert.match(run.stdout, /100-latin\.md:\d+:1: error invalid-encoding: The file is not valid UTF-8/);
  });

  it('reports an empty folder', () => {
    fs.mkdirSync(path.join(root, 'empty'));

    const run = runCli(['validate', 'empty'], root);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(run.stderr, 'kata-coach: no markdown files found under the given paths. Check the paths; only *.md files are read.\n');
  });

  it('reads UTF-8 with a byte order mark', () => {
    const file = path.join(root, 'katas', '100-bom.md');
    writeKata(file, 'walk-100-bom');
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8').replace('First Steps', 'Première étape')}`);

    const run = runCli(['inspect', '--json', 'katas'], root);
    const [kata] = JSON.parse(run.stdout) as { id: string; title: string; tasks: { line: number }[] }[];

    assert.strictEqual(kata.id, 'walk-100-bom');
    assert.strictEqual(kata.title, '100 - Première étape with the Checker');
    assert.deepStrictEqual(kata.tasks.map((task) => task.line), [51, 59]);
  });
});

describe('cli findMarkdownFiles', () => {
  let root = '';

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-cli-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports an unreadable folder', async () => {
    writeKata(path.join(root, 'katas', '100-fine.md'), 'walk-100-fine');
    writeKata(path.join(root, 'katas', 'locked', '100-hidden.md'), 'walk-100-hidden');
    const fileSystem = new RecordingFileSystem(root);
    fileSystem.failingFolders.add('katas/locked');

    const search = await findMarkdownFiles(['katas'], root, 'validate', DEFAULT_FOLDER_SEARCH, fileSystem);

    assert.deepStrictEqual(search.files.map((file) => file.displayPath), [path.join('katas', '100-fine.md')]);
    assert.deepStrictEqual(search.failures, [
      { kind: 'folder', displayPath: path.join('katas', 'locked'), reason: 'permission denied (EACCES)' },
    ]);
  });

  it('reports an unreadable root folder', async () => {
    fs.mkdirSync(path.join(root, 'katas'));
    const fileSystem = new RecordingFileSystem(root);
    fileSystem.failingFolders.add('katas');

    const search = await findMarkdownFiles(['katas'], root, 'inspect', DEFAULT_FOLDER_SEARCH, fileSystem);

    assert.deepStrictEqual(search.files, []);
    assert.deepStrictEqual(search.failures, [{ kind: 'folder', displayPath: 'katas', reason: 'permission denied (EACCES)' }]);
  });
});

describe('cli process: shared corpus', function () {
  let katasFolder = '';

  before(function () {
    skipWithoutBundle(this);
    katasFolder = path.join(requireSharedKatas(this), 'edge-ai', 'katas');
    if (!fs.existsSync(katasFolder)) {
      console.log('    skipped: the shared corpus has no edge-ai/katas folder');
      this.skip();
    }
  });

  it('inspect lists 42 katas', () => {
    const run = runCli(['inspect', '--json', katasFolder], PROJECT_ROOT);
    const katas = JSON.parse(run.stdout) as { id: string; category: string; file: string; tasks: unknown[]; steps: unknown[] }[];

    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(katas.length, 42);
    assert.strictEqual(new Set(katas.map((kata) => kata.id)).size, 42);
    assert.strictEqual(new Set(katas.map((kata) => kata.category)).size, 8);
    assert.ok(katas.every((kata) => path.basename(kata.file) !== 'README.md'), 'hub pages are not katas');
    assert.ok(katas.every((kata) => kata.tasks.length > 0 && kata.steps.length > 0), 'every kata has tasks and steps');
    assert.match(run.stderr, /^42 katas in \d+ markdown files\n$/);
  });

  it('validate prints well-formed lines', () => {
    const run = runCli(['validate', katasFolder], PROJECT_ROOT);
    const output = run.stdout.split('\n');

    assert.ok(run.status === 0 || run.status === 1, `exit code ${run.status}: ${run.stderr}`);
    assert.strictEqual(output.pop(), '', 'output ends with a newline');
    for (const line of output) {
      assert.match(line, DIAGNOSTIC_LINE);
      assert.ok(line.startsWith(katasFolder + path.sep), line);
    }

    const summary = SUMMARY_LINE.exec(run.stderr.trimEnd());
    assert.ok(summary, `summary line: ${run.stderr}`);
    const errors = Number(summary[1]);
    assert.strictEqual(errors, output.filter((line) => DIAGNOSTIC_LINE.exec(line)?.[4] === 'error').length);
    assert.strictEqual(run.status, errors > 0 ? 1 : 0);
  });

  it('validate JSON matches the text', () => {
    const text = runCli(['validate', katasFolder], PROJECT_ROOT).stdout.split('\n').filter((line) => line !== '');
    const run = runCli(['validate', '--format', 'json', katasFolder], PROJECT_ROOT);
    const diagnostics = JSON.parse(run.stdout) as { file: string; line: number; column: number; code: string }[];

    assert.strictEqual(diagnostics.length, text.length);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.line >= 1 && diagnostic.column >= 1));
  });
});
