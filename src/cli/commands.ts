// The commands and options of `kata-coach`. The argument parser and the help
// text both read this table, so an option cannot be parsed without being documented.

import { PROGRESS_SOURCES } from '../core/progress/schema';
import { ALWAYS_EXCLUDED_FOLDERS, DEFAULT_EXCLUDE_SETTING, excludeGlobsFromSettings } from '../core/scan';

export const PROGRAM_NAME = 'kata-coach';

export type CommandName = 'inspect' | 'validate' | 'help' | 'progress';

export interface OptionSpec {
  name: string;
  short?: string;
  /** Placeholder shown after the option in help, for options that take a value. */
  valueName?: string;
  /** Allowed values of an option that takes a value. */
  choices?: readonly string[];
  defaultValue?: string;
  /** Whether the option may be given several times, each value adding to the list. */
  repeatable?: boolean;
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

export const EXCLUDE_OPTION: OptionSpec = {
  name: 'exclude',
  valueName: 'GLOB',
  repeatable: true,
  description:
    'Also skip the files and folders that GLOB matches, in VS Code glob syntax relative to each folder ' +
    'PATH, such as "**/drafts" or "archive/**". Repeat the option to give more patterns.',
};

export const NO_GITIGNORE_OPTION: OptionSpec = {
  name: 'no-gitignore',
  description: 'Also search what .gitignore files and .git/info/exclude ignore.',
};

export const PATH_RULES =
  'A PATH is a markdown file or a folder. Folders are searched recursively for *.md files, in any letter ' +
  `case of .md. The search skips the folders ${ALWAYS_EXCLUDED_FOLDERS.join(' and ')}, symbolic links to ` +
  `folders, and what these patterns match: ${excludeGlobsFromSettings(DEFAULT_EXCLUDE_SETTING).join(', ')} ` +
  'and each --exclude GLOB. It also skips what .gitignore files and .git/info/exclude ignore, unless ' +
  '--no-gitignore is given. Each .gitignore applies to its own folder and below, and only those inside PATH ' +
  'are read. A file named on the command line is read even inside a skipped folder, but it must end in .md.';

const USAGE_EXIT_CODE = '2  bad usage: unknown command or option, missing PATH, a path that does not exist, or no *.md file found';
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
      EXCLUDE_OPTION,
      NO_GITIGNORE_OPTION,
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
      EXCLUDE_OPTION,
      NO_GITIGNORE_OPTION,
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
  {
    name: 'progress',
    usage:
      `${PROGRAM_NAME} progress show [WORKSPACE] [--json]\n` +
      `       ${PROGRAM_NAME} progress set WORKSPACE KATA_ID STEP_ID --checked|--unchecked\n` +
      '                [--source NAME]',
    summary: "Show or change the learners' kata progress stored in WORKSPACE/.copilot-tracking/learning.",
    details: [
      'show finds the katas under WORKSPACE (the current folder when omitted) as inspect does, and prints for each: ' +
        'id, title, steps done of total, percent, current step, last update and the number of orphaned step ids. ' +
        'With --json, stdout is one JSON array with an object per kata.',
      'set checks or unchecks one step through the same locked read-merge-write as the VS Code extension, so ' +
        'changes of other writers are kept. Run "kata-coach inspect --json WORKSPACE" to find kata and step ids.',
      PATH_RULES,
    ],
    options: [
      { name: 'json', description: 'show: print one JSON array of katas on stdout instead of the table.' },
      { name: 'checked', description: 'set: mark the step as done.' },
      { name: 'unchecked', description: 'set: mark the step as not done.' },
      {
        name: 'source',
        valueName: 'NAME',
        choices: PROGRESS_SOURCES,
        defaultValue: 'manual',
        description: `set: writer recorded in metadata.source and in the history entry, one of ${PROGRESS_SOURCES.join(', ')}.`,
      },
      EXCLUDE_OPTION,
      NO_GITIGNORE_OPTION,
      HELP_OPTION,
    ],
    exitCodes: [
      '0  success',
      '1  a progress file could not be read or written, or a kata file could not be read',
      '2  bad usage, or an unknown kata or step id',
      INTERNAL_EXIT_CODE,
    ],
  },
];

/** Returns the spec of a command, or undefined for an unknown name. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
