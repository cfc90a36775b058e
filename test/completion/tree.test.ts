import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { completionScript, SHELLS } from '../../src/completion/script.js';
import { completionTree } from '../../src/completion/tree.js';

/** A program shaped like the CLI, with a command the completion code has never heard of. */
function program(): Command {
  const p = new Command('rollout').version('1.0.0', '-V, --version');
  p.command('diff')
    .description("compare two plans' schedules")
    .addArgument(new Argument('<old>'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']))
    .option('--phase <id>', 'only this phase')
    .option('--since <date>', 'from this day [inclusive]: YYYY-MM-DD')
    .option('-o, --output <file>', 'file to write')
    .option('--dry-run', 'write nothing');
  p.command('secret', { hidden: true }).option('--x');
  return p;
}

describe('completionTree', () => {
  it('reads commands, options, choices and value kinds from commander', () => {
    const tree = completionTree(program());
    expect(tree.commands.map((c) => c.name)).toEqual(['diff', 'help']);
    const diff = tree.commands[0]!;
    expect(diff.args).toEqual({ kind: 'file' });
    expect(Object.fromEntries(diff.options.map((o) => [o.names.join(' '), o.value?.kind ?? 'flag']))).toEqual({
      '--format': 'choices',
      '--phase': 'phase',
      '--since': 'free',
      '-o --output': 'file',
      '--dry-run': 'flag',
      '-h --help': 'flag',
    });
    expect(diff.options[0]!.value).toEqual({ kind: 'choices', choices: ['text', 'json'] });
    expect(tree.commands[1]!.args).toEqual({ kind: 'choices', choices: ['diff'] });
    expect(tree.options.flatMap((o) => o.names)).toEqual(['-V', '--version', '-h', '--help']);
  });

  it.each(SHELLS)('writes the new command and its choices into the %s script', (shell) => {
    const script = completionScript(shell, completionTree(program()));
    expect(script).toContain('diff');
    expect(script).toMatch(/text\W{1,3}json/);
    expect(script).toContain('__complete');
    expect(script).not.toContain('secret');
  });

  it('keeps quotes and brackets in descriptions from breaking the zsh and fish scripts', () => {
    const tree = completionTree(program());
    expect(completionScript('zsh', tree)).toContain(`'diff:compare two plans'\\'' schedules'`);
    expect(completionScript('zsh', tree)).toContain(`'--since[from this day \\[inclusive\\]\\: YYYY-MM-DD]:free: '`);
    expect(completionScript('fish', tree)).toContain(`-d 'compare two plans\\' schedules'`);
  });

  it('gives PowerShell the tree itself, as JSON it can parse', () => {
    const tree = completionTree(program());
    const json = /@'\n(.*)\n'@/.exec(completionScript('powershell', tree))![1]!;
    expect(JSON.parse(json)).toEqual(tree);
  });
});
