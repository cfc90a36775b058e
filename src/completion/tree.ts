import type { Command, Option } from 'commander';

/** What a shell offers for an option's value or a command's arguments. */
export type ValueKind =
  | { kind: 'choices'; choices: string[] }
  | { kind: 'file' }
  | { kind: 'phase' }
  | { kind: 'location' }
  | { kind: 'free' };

export interface OptionSpec {
  /** `-p`, `--plan`: every spelling. */
  names: string[];
  description: string;
  /** Undefined for a flag that takes no value. */
  value?: ValueKind;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What the command's positional arguments complete to; undefined when it takes none. */
  args?: ValueKind;
}

/** The hidden command the scripts run for a plan's phase ids or location names. */
export const LOOKUP_COMMAND = '__complete';
export const LOOKUPS = ['phases', 'locations'] as const;

export interface CompletionTree {
  program: string;
  /** The program's own options (--version, --help). */
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** A value named like a path (`<file>`, `<files...>`, `<dir>`, `<folder>`) completes to paths. */
const PATH_PLACEHOLDER = /^[<[](file|files|dir|folder|path)/;

function valueKind(option: Option): ValueKind | undefined {
  if (!option.required && !option.optional) return undefined;
  if (option.argChoices) return { kind: 'choices', choices: [...option.argChoices] };
  if (option.long === '--phase') return { kind: 'phase' };
  if (option.long === '--location') return { kind: 'location' };
  const placeholder = option.flags.split(/[ ,|]+/).find((part) => /^[<[]/.test(part)) ?? '';
  return PATH_PLACEHOLDER.test(placeholder) ? { kind: 'file' } : { kind: 'free' };
}

function optionSpec(option: Option): OptionSpec {
  return {
    names: [option.short, option.long].filter((n): n is string => n !== undefined),
    description: option.description,
    value: valueKind(option),
  };
}

function argsKind(command: Command): ValueKind | undefined {
  const [first] = command.registeredArguments;
  if (!first) return undefined;
  return first.argChoices ? { kind: 'choices', choices: [...first.argChoices] } : { kind: 'file' };
}

/** The program's commands and options as commander shows them in help: hidden ones stay hidden. */
export function completionTree(program: Command): CompletionTree {
  const help = program.createHelp();
  const visible = help.visibleCommands(program);
  const names = visible.map((c) => c.name()).filter((n) => n !== 'help');
  return {
    program: program.name(),
    options: help.visibleOptions(program).map(optionSpec),
    commands: visible.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: help.visibleOptions(c).map(optionSpec),
      // `rollout help <command>`
      args: c.name() === 'help' ? { kind: 'choices', choices: names } : argsKind(c),
    })),
  };
}
