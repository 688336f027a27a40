// The commands and options of `kata-coach`. The argument parser and the help
// text both read this table, so an option cannot be parsed without being documented.

import { EXCLUDED_FOLDERS } from '../core/discovery';

export const PROGRAM_NAME = 'kata-coach';

export type CommandName = 'inspect' | 'validate' | 'help';

export interface OptionSpec {
  name: string;
  short?: string;
  /** Placeholder shown after the option in help, for options that take a value. */
  valueName?: string;
  /** Allowed values of an option that takes a value. */
  choices?: readonly string[];
  defaultValue?: string;
  description: string;
}

export interface CommandSpec {
  name: CommandName;
  usage: string;
  summary: string;
  /** Paragraphs printed between the usage line and the options. */
  details: readonly string[];
  options: readonly OptionSpec[];
  exitCodes: readonly string[];
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'Print help and exit.' };

export const VERSION_OPTION: OptionSpec = { name: 'version', description: 'Print the version of kata-coach and exit.' };

export const PATH_RULES =
  'A PATH is a markdown file or a folder. Folders are searched recursively for *.md files; ' +
  `the folders ${EXCLUDED_FOLDERS.join(', ')} and symbolic links to folders are skipped. ` +
  'A file named on the command line is read even inside such a folder, but it must end in .md.';

const USAGE_EXIT_CODE = '2  bad usage: unknown command or option, missing PATH, or a path that does not exist';
const INTERNAL_EXIT_CODE = '3  unexpected internal failure (please report it with the command you ran)';

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'inspect',
    usage: `${PROGRAM_NAME} inspect [--json] PATH...`,
    summary: 'Print the katas found under the paths: metadata, tasks, steps and diagnostics.',
    details: [
      'A markdown file is a kata when its YAML front matter has a kata_id, the same rule the VS Code extension uses. ' +
        'Without --json, each kata gets a readable summary: title, id, file, difficulty, minutes, category, ' +
        'tasks with their step counts, and the number of diagnostics.',
      'With --json, stdout is one JSON array with an object per kata: file, id, title, category, difficulty, ' +
        'estimatedMinutes, prerequisites, tasks (number, title, minutes, line, step ids), steps (id, line, checked, ' +
        'text, kind, section), questions, hints and diagnostics. Lines and columns are 1-based.',
      PATH_RULES,
    ],
    options: [
      { name: 'json', description: 'Print one JSON array of katas on stdout instead of the readable summary.' },
      HELP_OPTION,
    ],
    exitCodes: ['0  success, even when a kata has diagnostics', '1  a file or folder could not be read', USAGE_EXIT_CODE, INTERNAL_EXIT_CODE],
  },
  {
    name: 'validate',
    usage: `${PROGRAM_NAME} validate [--format text|json] PATH...`,
    summary: 'Check every markdown file under the paths and print its diagnostics.',
    details: [
      'Every markdown file found is validated, katas and other files alike. The text format prints one line per ' +
        'diagnostic, "file:line:col: severity code: message", then a summary such as "3 errors, 5 warnings in 42 files" ' +
        'on stderr. Files that cannot be read are reported on stderr and count as errors.',
      PATH_RULES,
    ],
    options: [
      {
        name: 'format',
        valueName: 'text|json',
        choices: ['text', 'json'],
        defaultValue: 'text',
        description:
          'Output format. text prints one line per diagnostic; json prints one JSON array of ' +
          '{ file, line, column, severity, code, message } on stdout.',
      },
      HELP_OPTION,
    ],
    exitCodes: [
      '0  no errors (warnings and info diagnostics are allowed)',
      '1  at least one error, or a file or folder could not be read',
      USAGE_EXIT_CODE,
      INTERNAL_EXIT_CODE,
    ],
  },
  {
    name: 'help',
    usage: `${PROGRAM_NAME} help [COMMAND]`,
    summary: 'Print the general help, or the help of one command.',
    details: [],
    options: [HELP_OPTION],
    exitCodes: ['0  help printed', '2  unknown command'],
  },
];

/** Returns the spec of a command, or undefined for an unknown name. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
