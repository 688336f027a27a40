// Help text of `kata-coach` and of each command, built from the command table.

import { DIAGNOSTIC_RULES } from '../core/validation';
import {
  COMMANDS,
  EXCLUDE_OPTION,
  HELP_OPTION,
  NO_GITIGNORE_OPTION,
  PATH_RULES,
  PROGRAM_NAME,
  VERSION_OPTION,
  type CommandSpec,
  type OptionSpec,
} from './commands';

const WRAP_WIDTH = 80;

/** Formats the general help: commands, global options and exit codes. */
export function formatGeneralHelp(version: string): string {
  const commandWidth = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const lines = [
    `${PROGRAM_NAME} ${version}: check kata markdown files without VS Code.`,
    '',
    'Usage:',
    `  ${PROGRAM_NAME} inspect [--json] PATH...`,
    `  ${PROGRAM_NAME} validate [--format text|json] PATH...`,
    `  ${PROGRAM_NAME} progress show [WORKSPACE] [--json]`,
    `  ${PROGRAM_NAME} progress set WORKSPACE KATA_ID STEP_ID --checked|--unchecked`,
    `  ${PROGRAM_NAME} help [COMMAND]`,
    `  ${PROGRAM_NAME} COMMAND --help`,
    `  ${PROGRAM_NAME} --version`,
    '',
    'Commands:',
    ...COMMANDS.flatMap((command) => formatTerm(command.name, commandWidth, command.summary)),
    '',
    'Options:',
    ...formatOptions([HELP_OPTION, VERSION_OPTION]),
    '',
    'Folder options of inspect, validate and progress:',
    ...formatOptions([EXCLUDE_OPTION, NO_GITIGNORE_OPTION]),
    '',
    ...wrap(PATH_RULES, ''),
    '',
    'Exit codes:',
    ...formatExitCodes([
      '0  success (validate: no errors; warnings are allowed)',
      '1  validate found at least one error, or a file or folder could not be read',
      '2  bad usage: unknown command or option, missing PATH, a path that does not exist, or no *.md file found',
      '3  unexpected internal failure (please report it with the command you ran)',
    ]),
    '',
    `Run "${PROGRAM_NAME} COMMAND --help" for the options of one command.`,
  ];
  return lines.join('\n') + '\n';
}

/** Formats the help of one command: usage, description, options and exit codes. */
export function formatCommandHelp(command: CommandSpec): string {
  const lines = [`Usage: ${command.usage}`, '', ...wrap(command.summary, '')];

  for (const paragraph of command.details) {
    lines.push('', ...wrap(paragraph, ''));
  }

  lines.push('', 'Options:', ...formatOptions(command.options));

  if (command.name === 'validate') {
    lines.push('', 'Rules:', ...formatRules());
  }

  lines.push('', 'Exit codes:', ...formatExitCodes(command.exitCodes));
  return lines.join('\n') + '\n';
}

/** Formats `  term  description` with the description wrapped and aligned after the term column. */
function formatTerm(term: string, termWidth: number, description: string): string[] {
  const [first, ...more] = wrap(description, ' '.repeat(2 + termWidth));
  return [`  ${term.padEnd(termWidth)}${first.trimStart()}`, ...more];
}

/** Formats exit code lines such as `0  success`, wrapping each description after its code. */
function formatExitCodes(exitCodes: readonly string[]): string[] {
  return exitCodes.flatMap((line) => {
    const [code, ...description] = line.split('  ');
    return formatTerm(code, code.length + 2, description.join('  '));
  });
}

function formatOptions(options: readonly OptionSpec[]): string[] {
  const names = options.map((option) => {
    const long = option.valueName ? `--${option.name} ${option.valueName}` : `--${option.name}`;
    return option.short ? `-${option.short}, ${long}` : `    ${long}`;
  });
  const width = Math.max(...names.map((name) => name.length)) + 2;

  return options.flatMap((option, index) => {
    const description = option.defaultValue
      ? `${option.description} Default: ${option.defaultValue}.`
      : option.description;
    return formatTerm(names[index], width, description);
  });
}

function formatRules(): string[] {
  if (DIAGNOSTIC_RULES.length === 0) {
    return ['  (no rules are registered)'];
  }

  const codeWidth = Math.max(...DIAGNOSTIC_RULES.map((rule) => rule.code.length)) + 2;
  const severityWidth = Math.max(...DIAGNOSTIC_RULES.map((rule) => rule.severity.length)) + 2;
  const indent = ' '.repeat(2 + codeWidth + severityWidth);

  return DIAGNOSTIC_RULES.flatMap((rule) => {
    const [first, ...more] = wrap(rule.summary, indent);
    return [`  ${rule.code.padEnd(codeWidth)}${rule.severity.padEnd(severityWidth)}${first.trimStart()}`, ...more];
  });
}

/** Wraps text at word boundaries to WRAP_WIDTH columns, each line starting with `indent`. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = indent;

  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line.trim() !== '' && line.length + 1 + word.length > WRAP_WIDTH) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }

  lines.push(line);
  return lines;
}
