import * as assert from 'assert';
import { parseCommandLine, UsageError, type CliRequest } from '../../src/cli/args';
import { COMMANDS, findCommand } from '../../src/cli/commands';
import { formatCommandHelp, formatGeneralHelp } from '../../src/cli/help';

const DEFAULT_SEARCH = { exclude: [], useGitignore: true };

/** Returns the UsageError that parsing `argv` throws, failing the test when it parses. */
function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, `expected a UsageError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(argv)} to be rejected`);
}

describe('cli parseCommandLine', () => {
  it('parses inspect and validate', () => {
    const cases: [string[], CliRequest][] = [
      [['inspect', 'katas'], { kind: 'inspect', paths: ['katas'], json: false, search: DEFAULT_SEARCH }],
      [['inspect', '--json', 'a', 'b.md'], { kind: 'inspect', paths: ['a', 'b.md'], json: true, search: DEFAULT_SEARCH }],
      [['inspect', 'a', '--json'], { kind: 'inspect', paths: ['a'], json: true, search: DEFAULT_SEARCH }],
      [['validate', 'katas'], { kind: 'validate', paths: ['katas'], format: 'text', search: DEFAULT_SEARCH }],
      [['validate', '--format', 'json', 'katas'], { kind: 'validate', paths: ['katas'], format: 'json', search: DEFAULT_SEARCH }],
      [['validate', '--format=text', 'a', 'b'], { kind: 'validate', paths: ['a', 'b'], format: 'text', search: DEFAULT_SEARCH }],
      [
        ['validate', 'a', '--format', 'json', '--format', 'text'],
        { kind: 'validate', paths: ['a'], format: 'text', search: DEFAULT_SEARCH },
      ],
      [['validate', '--', '-odd-name.md'], { kind: 'validate', paths: ['-odd-name.md'], format: 'text', search: DEFAULT_SEARCH }],
    ];

    for (const [argv, expected] of cases) {
      assert.deepStrictEqual(parseCommandLine(argv), expected, argv.join(' '));
    }
  });

  it('parses folder search options', () => {
    const cases: [string[], CliRequest][] = [
      [
        ['inspect', '--exclude', '**/drafts', 'katas'],
        { kind: 'inspect', paths: ['katas'], json: false, search: { exclude: ['**/drafts'], useGitignore: true } },
      ],
      [
        ['validate', '--exclude', 'a/**', '--exclude=**/*.tmp.md', '--no-gitignore', 'katas'],
        { kind: 'validate', paths: ['katas'], format: 'text', search: { exclude: ['a/**', '**/*.tmp.md'], useGitignore: false } },
      ],
      [
        ['progress', 'show', 'ws', '--no-gitignore'],
        { kind: 'progress-show', workspace: 'ws', json: false, search: { exclude: [], useGitignore: false } },
      ],
      [
        ['progress', 'set', 'ws', 'kata', 'step', '--checked', '--exclude', 'old'],
        {
          kind: 'progress-set',
          workspace: 'ws',
          kataId: 'kata',
          stepId: 'step',
          checked: true,
          source: 'manual',
          search: { exclude: ['old'], useGitignore: true },
        },
      ],
    ];

    for (const [argv, expected] of cases) {
      assert.deepStrictEqual(parseCommandLine(argv), expected, argv.join(' '));
    }
  });

  it('rejects a bad --exclude', () => {
    assert.match(usageErrorOf(['validate', 'katas', '--exclude']).message, /missing value for --exclude/);
    assert.match(usageErrorOf(['validate', '--exclude', ' ', 'katas']).message, /empty value for --exclude/);
    assert.match(usageErrorOf(['inspect', '--no-gitignore=yes', 'katas']).message, /option --no-gitignore takes no value/);
  });

  it('parses help and version requests', () => {
    const cases: [string[], CliRequest][] = [
      [['--help'], { kind: 'help' }],
      [['-h'], { kind: 'help' }],
      [['help'], { kind: 'help' }],
      [['help', 'validate'], { kind: 'help', command: 'validate' }],
      [['inspect', '--help'], { kind: 'help', command: 'inspect' }],
      [['validate', '-h'], { kind: 'help', command: 'validate' }],
      [['validate', '--help', '--format', 'xml'], { kind: 'help', command: 'validate' }],
      [['--version'], { kind: 'version' }],
    ];

    for (const [argv, expected] of cases) {
      assert.deepStrictEqual(parseCommandLine(argv), expected, argv.join(' '));
    }
  });

  it('rejects a missing command', () => {
    const error = usageErrorOf([]);
    assert.match(error.message, /^missing command/);
    assert.strictEqual(error.command, undefined);
  });

  it('rejects an unknown command', () => {
    const error = usageErrorOf(['lint', 'katas']);
    assert.match(error.message, /unknown command "lint"/);
    assert.match(error.message, /inspect, validate, help/);
  });

  it('rejects an unknown option', () => {
    const error = usageErrorOf(['validate', '--strict', 'katas']);
    assert.match(error.message, /unknown option "--strict" for validate/);
    assert.match(error.message, /--format, --exclude, --no-gitignore, --help/);
    assert.strictEqual(error.command, 'validate');

    assert.match(usageErrorOf(['inspect', '-x', 'katas']).message, /unknown option "-x" for inspect/);
    assert.match(usageErrorOf(['--json', 'inspect']).message, /unknown option "--json"/);
  });

  it('rejects a missing PATH', () => {
    for (const command of ['inspect', 'validate']) {
      const error = usageErrorOf([command]);
      assert.match(error.message, new RegExp(`^missing PATH: ${command} needs at least one`));
      assert.strictEqual(error.command, command);
    }
    assert.match(usageErrorOf(['validate', '--format', 'json']).message, /^missing PATH/);
  });

  it('rejects bad option values', () => {
    assert.match(usageErrorOf(['validate', '--format', 'xml', 'a']).message, /invalid value "xml" for --format\. Use one of: text, json/);
    assert.match(usageErrorOf(['validate', 'a', '--format']).message, /missing value for --format/);
    assert.match(usageErrorOf(['validate', '--format', '--help', 'a']).message, /missing value for --format/);
    assert.match(usageErrorOf(['inspect', '--json=yes', 'a']).message, /option --json takes no value, but "yes" was given/);
  });

  it('rejects help for an unknown command', () => {
    assert.match(usageErrorOf(['help', 'lint']).message, /unknown command "lint"/);
    assert.match(usageErrorOf(['help', 'inspect', 'validate']).message, /help takes one command name, but 2 were given/);
  });
});

describe('cli help text', () => {
  it('lists commands, options and exit codes', () => {
    const help = formatGeneralHelp('1.2.3');

    assert.match(help, /^kata-coach 1\.2\.3: /);
    for (const command of COMMANDS) {
      assert.ok(help.includes(`  ${command.name}  `), `general help lists ${command.name}`);
    }
    assert.ok(help.includes('-h, --help'));
    assert.ok(help.includes('--version'));
    assert.ok(help.includes('  2  bad usage'));
    assert.ok(help.includes('node_modules'), 'general help names the skipped folders');
  });

  it('names every option of each command', () => {
    for (const command of COMMANDS) {
      const help = formatCommandHelp(command);
      assert.ok(help.startsWith(`Usage: ${command.usage}\n`), command.name);
      for (const option of command.options) {
        assert.ok(help.includes(`--${option.name}`), `${command.name} help names --${option.name}`);
      }
      assert.ok(help.includes('Exit codes:'), `${command.name} help lists exit codes`);
    }
  });

  it('shows validate format values and default', () => {
    const help = formatCommandHelp(findCommand('validate')!);

    assert.ok(help.includes('--format text|json'));
    assert.ok(help.includes('Default: text.'));
    assert.ok(help.includes('file:line:col: severity code: message'));
    assert.ok(help.includes('Rules:'));
    assert.ok(help.includes('duplicate-kata-id'), 'validate help lists the rules');
  });

  it('wraps help lines at 80 columns', () => {
    const texts = [formatGeneralHelp('0.0.0'), ...COMMANDS.map(formatCommandHelp)];
    for (const line of texts.join('\n').split('\n')) {
      assert.ok(line.length <= 80, `line longer than 80 columns: ${line}`);
    }
  });
});
