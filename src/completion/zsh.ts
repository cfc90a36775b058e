import { LOOKUP_COMMAND, type CommandSpec, type CompletionTree, type OptionSpec, type ValueKind } from './tree.js';

/** Text for inside single quotes, with the brackets and colons _arguments reads escaped. */
const escape = (s: string) => s.replace(/([[\]:\\])/g, '\\$1').replace(/'/g, `'\\''`);

function action(value: ValueKind, program: string): string {
  switch (value.kind) {
    case 'choices':
      return `(${value.choices.join(' ')})`;
    case 'file':
      return '_files';
    case 'phase':
    case 'location':
      return `_${program}_lookup ${value.kind}s`;
    case 'free':
      return ' ';
  }
}

/** One _arguments spec, e.g. '(-p --plan)'{-p,--plan}'[plan file]:file:_files'. */
function optionSpec(option: OptionSpec, program: string): string {
  const names = option.names.length > 1 ? `'(${option.names.join(' ')})'{${option.names.join(',')}}'` : `'${option.names[0]}`;
  const value = option.value ? `:${option.value.kind === 'choices' ? 'value' : option.value.kind}:${escape(action(option.value, program))}` : '';
  return `${names}[${escape(option.description)}]${value}'`;
}

function commandCase(command: CommandSpec, program: string): string {
  const specs = command.options.map((o) => optionSpec(o, program));
  // Arguments, and the further values of a variadic option such as --metrics a.csv b.csv.
  specs.push(`'*:${command.args?.kind === 'choices' ? 'value' : 'file'}:${escape(action(command.args ?? { kind: 'file' }, program))}'`);
  return `        ${command.name}) _arguments -s \\\n            ${specs.join(' \\\n            ')} && ret=0 ;;`;
}

/** A zsh completion function: _arguments specs for the program and each command. */
export function zshScript(tree: CompletionTree): string {
  const { program } = tree;
  const commands = tree.commands.map((c) => `'${escape(c.name)}:${c.description.replace(/'/g, `'\\''`)}'`);
  return `#compdef ${program}
# ${program} completion for zsh. Load it in ~/.zshrc with:
#   source <(${program} completion zsh)
# or save it as _${program} in a folder on $fpath.

# _arguments calls this with compadd's options first and phases or locations last.
_${program}_lookup() {
  local plan=\${opt_args[--plan]:-\${opt_args[-p]:-rollout.yaml}}
  local -a values
  values=(\${(f)"$(${program} ${LOOKUP_COMMAND} \${@[-1]} --plan \${(Q)plan} 2>/dev/null)"})
  compadd "\${@[1,-2]}" -a values
}

_${program}() {
  local curcontext="$curcontext" state line ret=1
  typeset -A opt_args
  _arguments -C \\
    ${tree.options.map((o) => optionSpec(o, program)).join(' \\\n    ')} \\
    '1: :->command' \\
    '*:: :->argument' && ret=0
  case $state in
    command)
      local -a commands
      commands=(
        ${commands.join('\n        ')}
      )
      _describe -t commands '${program} command' commands && ret=0 ;;
    argument)
      curcontext="\${curcontext%:*:*}:${program}-$line[1]:"
      case $line[1] in
${tree.commands.map((c) => commandCase(c, program)).join('\n')}
      esac ;;
  esac
  return ret
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _${program} "$@"
else
  compdef _${program} ${program}
fi
`;
}
