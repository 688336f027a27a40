// Runs the bundled `kata-coach` command as a real process on the CLI fixtures:
// help, bad usage, validate and inspect.

import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './sharedCorpus';

const CLI_PATH = path.join(PROJECT_ROOT, 'dist', 'cli', 'kata-coach.js');
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli');

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], cwd = FIXTURES): CliRun {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd, encoding: 'utf8' });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function skipWithoutBundle(context: Mocha.Context): void {
  if (!fs.existsSync(CLI_PATH)) {
    console.log(`    skipped: ${path.relative(PROJECT_ROOT, CLI_PATH)} is missing; run "npm run build" first`);
    context.skip();
  }
}

describe('cli process: help and usage', function () {
  before(function () {
    skipWithoutBundle(this);
  });

  it('prints general help', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = runCli(args);
      assert.strictEqual(run.status, 0, args.join(' '));
      assert.match(run.stdout, /^kata-coach \d+\.\d+\.\d+: /, args.join(' '));
      assert.ok(run.stdout.includes('  inspect '), args.join(' '));
      assert.ok(run.stdout.includes('  validate '), args.join(' '));
      assert.ok(run.stdout.includes('--version'), args.join(' '));
      assert.ok(run.stdout.includes('Exit codes:'), args.join(' '));
      assert.strictEqual(run.stderr, '', args.join(' '));
    }
  });

  it('prints help for inspect', () => {
    for (const args of [['inspect', '--help'], ['help', 'inspect'], ['inspect', '-h', 'no-such-path']]) {
      const run = runCli(args);
      assert.strictEqual(run.status, 0, args.join(' '));
      assert.ok(run.stdout.startsWith('Usage: kata-coach inspect [--json] PATH...\n'), args.join(' '));
      assert.ok(run.stdout.includes('--json'), args.join(' '));
      assert.ok(run.stdout.includes('-h, --help'), args.join(' '));
    }
  });

  it('prints help for validate', () => {
    for (const args of [['validate', '--help'], ['help', 'validate']]) {
      const run = runCli(args);
      assert.strictEqual(run.status, 0, args.join(' '));
      assert.ok(run.stdout.startsWith('Usage: kata-coach validate [--format text|json] PATH...\n'), args.join(' '));
      assert.ok(run.stdout.includes('--format text|json'), args.join(' '));
      assert.ok(run.stdout.includes('  1  at least one error'), args.join(' '));
      assert.ok(run.stdout.includes('  2  bad usage'), args.join(' '));
    }
  });

  it('prints the package version', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);

    assert.strictEqual(run.status, 0);
    assert.strictEqual(run.stdout, `${manifest.version}\n`);
  });

  it('exits 2 on bad usage', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['lint', 'clean'], /unknown command "lint"/],
      [['validate', '--strict', 'clean'], /unknown option "--strict" for validate/],
      [['inspect', '--format', 'json', 'clean'], /unknown option "--format" for inspect/],
      [['validate'], /missing PATH: validate needs at least one/],
      [['inspect', '--json'], /missing PATH: inspect needs at least one/],
      [['validate', '--format', 'xml', 'clean'], /invalid value "xml" for --format/],
      [['validate', 'no-such-folder'], /path not found: "no-such-folder"/],
      [['inspect', 'clean', 'missing.md', 'gone'], /path not found: "missing\.md", "gone"/],
      [['help', 'lint'], /unknown command "lint"/],
    ];

    for (const [args, message] of cases) {
      const run = runCli(args);
      const label = `kata-coach ${args.join(' ')}`;
      assert.strictEqual(run.status, 2, label);
      assert.strictEqual(run.stdout, '', label);
      assert.match(run.stderr, message, label);
      assert.match(run.stderr, /Run "kata-coach (\w+ )?--help" for usage\.\n$/, label);
    }
  });

  it('bundle does not load vscode', () => {
    const bundle = fs.readFileSync(CLI_PATH, 'utf8');

    assert.ok(bundle.startsWith('#!/usr/bin/env node\n'), 'the bundle starts with a node shebang');
    assert.ok(!/require\(["']vscode["']\)/.test(bundle), 'the bundle requires vscode');
  });
});

describe('cli process: validate', function () {
  before(function () {
    skipWithoutBundle(this);
  });

  it('exits 1 and prints errors', () => {
    const run = runCli(['validate', 'broken']);
    const output = lines(run.stdout);

    assert.strictEqual(run.status, 1);
    assert.strictEqual(output.length, 2, run.stdout);
    assert.match(
      output[0],
      /^broken\/100-bad-difficulty\.md:9:1: error value-out-of-range: kata_difficulty is 7, but it must be an integer from 1/,
    );
    assert.ok(
      output[1].startsWith('broken/110-invalid-yaml.md:5:1: error invalid-yaml: Invalid YAML in front matter: '),
      output[1],
    );
    assert.strictEqual(run.stderr, '2 errors, 0 warnings in 3 files\n');
  });

  it('exits 0 on a clean folder', () => {
    const run = runCli(['validate', 'clean']);

    assert.strictEqual(run.status, 0, run.stdout + run.stderr);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(run.stderr, '0 errors, 0 warnings in 3 files\n');
  });

  it('exits 0 with warnings only', () => {
    const run = runCli(['validate', 'warnings']);

    assert.strictEqual(run.status, 0);
    assert.strictEqual(
      run.stdout,
      'warnings/100-no-author.md:5:1: warning missing-field: Missing front matter field "author". ' +
        "Add it as the author's full name, at least 2 characters long.\n",
    );
    assert.strictEqual(run.stderr, '0 errors, 1 warning in 1 file\n');
  });

  it('prints JSON matching the text lines', () => {
    const text = lines(runCli(['validate', 'broken', 'warnings']).stdout);
    const run = runCli(['validate', '--format', 'json', 'broken', 'warnings']);
    const diagnostics = JSON.parse(run.stdout) as Record<string, unknown>[];

    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stderr, '', 'json output has no summary line');
    assert.strictEqual(diagnostics.length, 3);
    diagnostics.forEach((diagnostic, index) => {
      assert.deepStrictEqual(Object.keys(diagnostic), ['file', 'line', 'column', 'severity', 'code', 'message']);
      const { file, line, column, severity, code, message } = diagnostic;
      assert.strictEqual(`${file}:${line}:${column}: ${severity} ${code}: ${message}`, text[index]);
    });
    assert.deepStrictEqual(
      diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.code]),
      [
        ['broken/100-bad-difficulty.md', 'value-out-of-range'],
        ['broken/110-invalid-yaml.md', 'invalid-yaml'],
        ['warnings/100-no-author.md', 'missing-field'],
      ],
    );
  });

  it('prints an empty JSON array for a clean folder', () => {
    const run = runCli(['validate', '--format=json', 'clean']);

    assert.strictEqual(run.status, 0);
    assert.deepStrictEqual(JSON.parse(run.stdout), []);
  });

  it('shows paths as given', () => {
    const absolute = path.join(FIXTURES, 'warnings');
    const run = runCli(['validate', absolute]);

    assert.strictEqual(run.status, 0);
    assert.ok(run.stdout.startsWith(`${path.join(absolute, '100-no-author.md')}:5:1: warning missing-field: `), run.stdout);

    const fromParent = runCli(['validate', path.join('cli', 'warnings')], path.dirname(FIXTURES));
    assert.ok(fromParent.stdout.startsWith(`${path.join('cli', 'warnings', '100-no-author.md')}:5:1: `), fromParent.stdout);
  });
});

describe('cli process: inspect', function () {
  before(function () {
    skipWithoutBundle(this);
  });

  it('prints katas as JSON', () => {
    const run = runCli(['inspect', '--json', 'clean']);
    const katas = JSON.parse(run.stdout) as {
      file: string;
      id: string;
      difficulty: number;
      prerequisites: string[];
      tasks: { number: number; title: string; line: number; steps: string[] }[];
      steps: { id: string; line: number; checked: boolean }[];
      diagnostics: unknown[];
    }[];

    assert.strictEqual(run.status, 0);
    assert.strictEqual(run.stderr, '2 katas in 3 markdown files\n');
    assert.deepStrictEqual(
      katas.map((kata) => [kata.file, kata.id, kata.difficulty]),
      [
        [path.join('clean', 'cli-basics', '100-first-steps.md'), 'cli-basics-100-first-steps', 1],
        [path.join('clean', 'cli-basics', '200-second-steps.md'), 'cli-basics-200-second-steps', 2],
      ],
    );

    const [first, second] = katas;
    assert.deepStrictEqual(
      first.tasks.map((task) => [task.number, task.title, task.line, task.steps.length]),
      [
        [1, 'Run the Checker', 51, 3],
        [2, 'Read a Diagnostic', 59, 2],
      ],
    );
    assert.deepStrictEqual(first.steps.map((step) => step.line), [46, 47, 54, 56, 57, 62, 63, 69, 70]);
    assert.deepStrictEqual(first.steps.filter((step) => step.checked).map((step) => step.line), [47, 63]);
    assert.deepStrictEqual(first.tasks[1].steps, first.steps.slice(5, 7).map((step) => step.id));

    assert.deepStrictEqual(second.prerequisites, ['cli-basics-100-first-steps']);
    assert.deepStrictEqual(second.tasks.map((task) => [task.number, task.line, task.steps.length]), [[1, 42, 2]]);
    assert.deepStrictEqual(second.steps.map((step) => step.line), [45, 47, 51]);
    assert.deepStrictEqual(second.diagnostics, [], 'the prerequisite is found in the same run');
  });

  it('attaches validator diagnostics', () => {
    const run = runCli(['inspect', '--json', 'broken']);
    const katas = JSON.parse(run.stdout) as { id: string; diagnostics: { code: string; severity: string }[] }[];

    assert.strictEqual(run.status, 0, 'diagnostics do not fail inspect');
    assert.deepStrictEqual(katas.map((kata) => kata.id), ['cli-broken-100-bad-difficulty']);
    assert.deepStrictEqual(katas[0].diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code]), [
      ['error', 'value-out-of-range'],
    ]);
  });

  it('prints a readable summary', () => {
    const run = runCli(['inspect', 'clean']);

    assert.strictEqual(run.status, 0);
    assert.ok(run.stdout.startsWith('100 - First Steps with the Checker (cli-basics-100-first-steps)\n'), run.stdout);
    assert.ok(run.stdout.includes('  difficulty:  2 - Skill\n'));
    assert.ok(run.stdout.includes('    Task 1: Add the Step (20 minutes): 2 steps, line 42\n'));
    assert.ok(run.stdout.includes('  diagnostics: 0\n'));
  });

  it('lists a file named twice once', () => {
    const file = path.join('clean', 'cli-basics', '100-first-steps.md');
    const run = runCli(['inspect', '--json', file, 'clean', file]);
    const katas = JSON.parse(run.stdout) as { file: string }[];

    assert.deepStrictEqual(katas.map((kata) => kata.file), [file, path.join('clean', 'cli-basics', '200-second-steps.md')]);
  });

  it('skips a named file that is not markdown', () => {
    const run = runCli(['inspect', '--json', path.join('..', '..', '..', 'package.json')]);

    assert.strictEqual(run.status, 2, 'nothing was read');
    assert.strictEqual(run.stdout, '');
    assert.match(run.stderr, /skipped .*package\.json: not a markdown file/);
    assert.match(run.stderr, /no markdown files found/);
  });
});
