import { LOOKUP_COMMAND, type CompletionTree, type ValueKind } from './tree.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The COMPREPLY line for a value of this kind; undefined for free text, which offers nothing. */
function reply(value: ValueKind, program: string): string | undefined {
  switch (value.kind) {
    case 'choices':
      return `COMPREPLY=($(compgen -W ${quote(value.choices.join(' '))} -- "$cur"))`;
    case 'file':
      return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))';
    case 'phase':
    case 'location':
      // One per line, and names such as "Port of Spain" go in with their spaces escaped.
      return `local IFS=$'\\n'; COMPREPLY=($(compgen -W "$(${program} ${LOOKUP_COMMAND} ${value.kind}s --plan "$plan" 2>/dev/null)" -- "$cur")); COMPREPLY=("\${COMPREPLY[@]// /\\\\ }")`;
    case 'free':
      return undefined;
  }
}

/** A bash completion function with the command tree written out in `case` statements. */
export function bashScript(tree: CompletionTree): string {
  const { program } = tree;
  const fn = `_${program.replace(/\W/g, '_')}_completion`;
  const valueCases: string[] = [];
  for (const command of tree.commands) {
    for (const option of command.options) {
      if (!option.value) continue;
      const line = reply(option.value, program);
      valueCases.push(`    ${option.names.map((n) => `${command.name}:${n}`).join('|')}) ${line ?? 'COMPREPLY=()'}; return ;;`);
    }
  }
  const optionCases = tree.commands.map((c) => `      ${c.name}) words=${quote(c.options.flatMap((o) => o.names).join(' '))} ;;`);
  // Anything else completes to paths, as for the values of --metrics <files...> after the first.
  const argCases = tree.commands.flatMap((c) => (c.args && c.args.kind !== 'file' ? [`    ${c.name}) ${reply(c.args, program) ?? 'COMPREPLY=()'} ;;`] : []));
  return `# ${program} completion for bash. Load it in ~/.bashrc with:
#   source <(${program} completion bash)
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" plan="rollout.yaml" words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -p|--plan) plan="\${COMP_WORDS[i+1]}" ;;
      --plan=*) plan="\${COMP_WORDS[i]#--plan=}" ;;
      -*) ;;
      *) [[ -z "$command" ]] && command="\${COMP_WORDS[i]}" ;;
    esac
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W ${quote([...tree.commands.map((c) => c.name), ...tree.options.flatMap((o) => o.names)].join(' '))} -- "$cur"))
    return
  fi
  case "$command:$prev" in
${valueCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$command" in
${optionCases.join('\n')}
      *) words="" ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    return
  fi
  case "$command" in
${argCases.join('\n')}
    *) ${reply({ kind: 'file' }, program)} ;;
  esac
}
complete -F ${fn} ${program}
`;
}
