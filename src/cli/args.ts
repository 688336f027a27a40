// Turns the command line into a request. Pure: bad usage comes back as a
// thrown UsageError, which the runner prints with exit code 2.

import { parseArgs } from 'node:util';
import type { ProgressSource } from '../core/progress/document';
import type { FolderSearchOptions } from './files';
import {
  COMMANDS,
  EXCLUDE_OPTION,
  findCommand,
  HELP_OPTION,
  NO_GITIGNORE_OPTION,
  PROGRAM_NAME,
  type CommandName,
  type CommandSpec,
  type OptionSpec,
} from './commands';

export type OutputFormat = 'text' | 'json';

export type CliRequest =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'inspect'; paths: string[]; json: boolean; search: FolderSearchOptions }
  | { kind: 'validate'; paths: string[]; format: OutputFormat; search: FolderSearchOptions }
  | { kind: 'progress-show'; workspace: string; json: boolean; search: FolderSearchOptions }
  | {
      kind: 'progress-set';
      workspace: string;
      kataId: string;
      stepId: string;
      checked: boolean;
      source: ProgressSource;
      search: FolderSearchOptions;
    };

/** A command line that cannot be run. The message names the problem and the fix. */
export class UsageError extends Error {
  /** The command whose help the user should read, if the error is about one command. */
  readonly command?: CommandName;

  constructor(message: string, command?: CommandName) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Parses the arguments after the program name. Throws UsageError on bad usage. */
export function parseCommandLine(argv: readonly string[]): CliRequest {
  const [first, ...rest] = argv;

  if (first === undefined) {
    throw new UsageError(`missing command. Run "${PROGRAM_NAME} inspect PATH" or "${PROGRAM_NAME} validate PATH".`);
  }
  if (first === '--help' || first === '-h') {
    return { kind: 'help' };
  }
  if (first === '--version') {
    return { kind: 'version' };
  }
  if (first.startsWith('-')) {
    throw new UsageError(`unknown option "${first}". Put the command first, for example "${PROGRAM_NAME} validate ${first} PATH".`);
  }

  const command = findCommand(first);
  if (command === undefined) {
    const names = COMMANDS.map((spec) => spec.name).join(', ');
    throw new UsageError(`unknown command "${first}". The commands are ${names}.`);
  }

  const parsed = parseCommandOptions(command, rest);
  if (parsed.help) {
    return { kind: 'help', command: command.name };
  }

  switch (command.name) {
    case 'help':
      return parseHelpRequest(parsed.positionals);
    case 'inspect':
      return {
        kind: 'inspect',
        paths: requirePaths(command, parsed.positionals),
        json: parsed.values.has('json'),
        search: folderSearchOf(parsed),
      };
    case 'validate':
      return {
        kind: 'validate',
        paths: requirePaths(command, parsed.positionals),
        format: (parsed.values.get('format') ?? 'text') as OutputFormat,
        search: folderSearchOf(parsed),
      };
    case 'progress':
      return parseProgressRequest(command, parsed);
  }
}

/** Parses `progress show [WORKSPACE] [--json]` and `progress set WORKSPACE KATA_ID STEP_ID --checked|--unchecked [--source NAME]`. */
function parseProgressRequest(command: CommandSpec, parsed: ParsedOptions): CliRequest {
  const [action, ...operands] = parsed.positionals;
  const given = [...parsed.values.keys()];
  const allowOnly = (allowed: string[]) => {
    const extra = given.find((name) => !allowed.includes(name));
    if (extra !== undefined) {
      throw new UsageError(`option --${extra} does not apply to "progress ${action}".`, command.name);
    }
  };

  if (action === 'show') {
    allowOnly(['json', ...FOLDER_SEARCH_OPTION_NAMES]);
    if (operands.length > 1) {
      throw new UsageError(`progress show takes at most one WORKSPACE, but ${operands.length} were given.`, command.name);
    }
    return { kind: 'progress-show', workspace: operands[0] ?? '.', json: parsed.values.has('json'), search: folderSearchOf(parsed) };
  }

  if (action === 'set') {
    allowOnly(['checked', 'unchecked', 'source', ...FOLDER_SEARCH_OPTION_NAMES]);
    if (operands.length !== 3) {
      throw new UsageError(`progress set needs WORKSPACE KATA_ID STEP_ID, but ${operands.length} were given.`, command.name);
    }
    const checked = parsed.values.has('checked');
    if (checked === parsed.values.has('unchecked')) {
      throw new UsageError('progress set needs exactly one of --checked and --unchecked.', command.name);
    }
    const [workspace, kataId, stepId] = operands;
    const source = (parsed.values.get('source') ?? 'manual') as ProgressSource;
    return { kind: 'progress-set', workspace, kataId, stepId, checked, source, search: folderSearchOf(parsed) };
  }

  throw new UsageError(
    action === undefined ? 'missing action: use "progress show" or "progress set".' : `unknown action "${action}": use "progress show" or "progress set".`,
    command.name,
  );
}

interface ParsedOptions {
  /** Set when --help or -h appears anywhere; the other options are then not checked. */
  help: boolean;
  /**
   * Option values by name: `true` for a flag, the string for an option with a value.
   * The last value wins, except for repeatable options, which are also in `lists`.
   */
  values: Map<string, string | true>;
  /** Every value of each repeatable option, in the order given. */
  lists: Map<string, string[]>;
  positionals: string[];
}

const FOLDER_SEARCH_OPTION_NAMES = [EXCLUDE_OPTION.name, NO_GITIGNORE_OPTION.name];

function folderSearchOf(parsed: ParsedOptions): FolderSearchOptions {
  return {
    exclude: parsed.lists.get(EXCLUDE_OPTION.name) ?? [],
    useGitignore: !parsed.values.has(NO_GITIGNORE_OPTION.name),
  };
}

/**
 * Parses with `strict: false` and checks every token here, so each error can name
 * the command and its valid options instead of Node's generic message.
 */
function parseCommandOptions(command: CommandSpec, args: string[]): ParsedOptions {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const option of command.options) {
    options[option.name] = { type: option.valueName ? 'string' : 'boolean' };
    if (option.short !== undefined) {
      options[option.name].short = option.short;
    }
  }

  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedOptions = { help: false, values: new Map(), lists: new Map(), positionals: [] };

  // A request for help wins over mistakes elsewhere on the line, so `--help` always shows the fix.
  if (tokens.some((token) => token.kind === 'option' && token.name === HELP_OPTION.name)) {
    parsed.help = true;
    return parsed;
  }

  for (const token of tokens) {
    if (token.kind === 'positional') {
      parsed.positionals.push(token.value);
    } else if (token.kind === 'option') {
      const spec = command.options.find((option) => option.name === token.name);
      if (spec === undefined) {
        throw new UsageError(`unknown option "${token.rawName}" for ${command.name}. ${describeOptions(command)}`, command.name);
      }
      const value = readOptionValue(command, spec, token);
      parsed.values.set(spec.name, value);
      if (spec.repeatable && typeof value === 'string') {
        parsed.lists.set(spec.name, [...(parsed.lists.get(spec.name) ?? []), value]);
      }
    }
  }

  return parsed;
}

function readOptionValue(
  command: CommandSpec,
  spec: OptionSpec,
  token: { rawName: string; value?: string; inlineValue?: boolean },
): string | true {
  if (spec.valueName === undefined) {
    if (token.value !== undefined) {
      throw new UsageError(`option ${token.rawName} takes no value, but "${token.value}" was given.`, command.name);
    }
    return true;
  }

  // Node takes the next argument as the value even when it is another option, as in `--format --help`.
  const value = token.value;
  if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
    throw new UsageError(`missing value for ${token.rawName}. Use ${token.rawName} ${spec.valueName}.`, command.name);
  }
  if (value.trim() === '') {
    throw new UsageError(`empty value for ${token.rawName}. Use ${token.rawName} ${spec.valueName}.`, command.name);
  }
  if (spec.choices && !spec.choices.includes(value)) {
    throw new UsageError(
      `invalid value "${value}" for ${token.rawName}. Use one of: ${spec.choices.join(', ')}.`,
      command.name,
    );
  }
  return value;
}

function parseHelpRequest(positionals: string[]): CliRequest {
  if (positionals.length === 0) {
    return { kind: 'help' };
  }
  if (positionals.length > 1) {
    throw new UsageError(`help takes one command name, but ${positionals.length} were given.`, 'help');
  }

  const command = findCommand(positionals[0]);
  if (command === undefined) {
    const names = COMMANDS.map((spec) => spec.name).join(', ');
    throw new UsageError(`unknown command "${positionals[0]}". The commands are ${names}.`, 'help');
  }
  return { kind: 'help', command: command.name };
}

function requirePaths(command: CommandSpec, positionals: string[]): string[] {
  if (positionals.length === 0) {
    throw new UsageError(
      `missing PATH: ${command.name} needs at least one markdown file or folder, for example "${PROGRAM_NAME} ${command.name} katas".`,
      command.name,
    );
  }
  return positionals;
}

function describeOptions(command: CommandSpec): string {
  const names = command.options.map((option) => `--${option.name}`);
  return `Valid options: ${names.join(', ')}.`;
}
