import { LOOKUP_COMMAND, type CompletionTree, type OptionSpec, type ValueKind } from './tree.js';

const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;

function values(value: ValueKind, program: string): string {
  switch (value.kind) {
    case 'choices':
      return `-x -a ${quote(value.choices.join(' '))}`;
    case 'file':
      return '-r -F';
    case 'phase':
    case 'location':
      return `-x -a '(__${program}_lookup ${value.kind}s)'`;
    case 'free':
      return '-x';
  }
}

function optionLine(program: string, condition: string, option: OptionSpec): string {
  const names = option.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : n.length === 2 ? `-s ${n.slice(1)}` : `-o ${n.slice(1)}`));
  return [`complete -c ${program} -n ${quote(condition)}`, ...names, ...(option.value ? [values(option.value, program)] : []), `-d ${quote(option.description)}`].join(' ');
}

/** fish `complete` lines for the program and each command. */
export function fishScript(tree: CompletionTree): string {
  const { program } = tree;
  const lines = [`complete -c ${program} -f`];
  for (const option of tree.options) lines.push(optionLine(program, '__fish_use_subcommand', option));
  for (const command of tree.commands) lines.push(`complete -c ${program} -n __fish_use_subcommand -a ${quote(command.name)} -d ${quote(command.description)}`);
  for (const command of tree.commands) {
    const condition = `__fish_seen_subcommand_from ${command.name}`;
    for (const option of command.options) lines.push(optionLine(program, condition, option));
    // Arguments, and the further values of a variadic option such as --metrics a.csv b.csv.
    lines.push(`complete -c ${program} -n ${quote(condition)} ${values(command.args ?? { kind: 'file' }, program).replace('-r ', '')}`);
  }
  return `# ${program} completion for fish. Install it with:
#   ${program} completion fish > ~/.config/fish/completions/${program}.fish

function __${program}_lookup
    set -l tokens (commandline -opc)
    set -l plan rollout.yaml
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case -p --plan
                set -q tokens[(math $i + 1)]; and set plan $tokens[(math $i + 1)]
            case '--plan=*'
                set plan (string replace -- --plan= '' $tokens[$i])
        end
    end
    ${program} ${LOOKUP_COMMAND} $argv[1] --plan $plan 2>/dev/null
end

${lines.join('\n')}
`;
}
