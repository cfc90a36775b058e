import { Argument, Command, CommanderError, Option } from 'commander';
import { terminalLine } from './escape/terminal.js';
import { SHELLS, type Shell } from './completion/script.js';
import { LOOKUP_COMMAND, LOOKUPS } from './completion/tree.js';
import { DEFAULT_PLAN_FILE, PLAN_FORMAT_VERSION } from './plan/format.js';
import { EXIT, RolloutError } from './util/errors.js';
import { slashed } from './util/plan-path.js';
import { readVersion } from './util/package.js';

/** Runs a command module's action and turns its result or error into an exit code. */
function action<A extends unknown[]>(run: (...args: A) => Promise<number>) {
  return async (...args: A): Promise<void> => {
    process.exitCode = await run(...args);
  };
}

const planOption = () => new Option('-p, --plan <file>', 'plan file, or - for standard input').default(DEFAULT_PLAN_FILE);

/** `--metrics`: each file with `\` read as `/`, as the plan's paths are (a path copied from Windows Explorer into a CI job). */
const metricsOption = (description: string) => new Option('-m, --metrics <files...>', description).argParser((file: string, files: string[] | undefined) => [...(files ?? []), slashed(file)]);

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

// `rollout ... | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('rollout')
  .description('Turn a YAML rollout plan into a dated schedule, emails, checklists and CI gate checks.')
  .version(`${readVersion()} (plan format version ${PLAN_FORMAT_VERSION})`, '-V, --version', 'print the version and the plan format version it reads')
  .exitOverride()
  // Commander's own errors (unknown option, missing option, bad choice) are said on one line below.
  .configureOutput({ outputError: () => {} });

program
  .command('init')
  .description('write a commented rollout.yaml for a preset, its JSON Schema and the editable templates')
  .addOption(new Option('--preset <preset>', 'playbook timeline').choices(['solo', 'small', 'growing', 'custom']).default('custom'))
  .option('--start <date>', 'first launch day, YYYY-MM-DD (default: the first Monday far enough ahead that nothing is dated before today)')
  .option('--name <org>', 'organization name', 'Our Organization')
  .option('--headcount <n>', 'number of people (default: typical for the preset)')
  .option('--lang <languages>', "the plan's languages, the first the main one: en, nl or nl,en (texts then in each)", 'en')
  .option('-d, --dir <folder>', 'folder to write into', '.')
  .option('--no-templates', 'do not copy the templates folder')
  .option('--people', 'also write people.csv, a roster to fill in for sources: in the plan')
  .option('-f, --force', 'overwrite existing files')
  .option('--restart <plan>', 'only write restart.yaml beside a plan that rolled back as a whole: the same plan as its second try, from --start, reading no export of the first attempt')
  .option('--refresh-templates [folder]', "only bring the template copies in a folder (default: DIR/templates) up to this release: unedited ones replaced, the new built-in written beside each edited one as NAME.new")
  .addHelpText('after', examples(['rollout init --preset small --start 2027-01-04 --name "Bakkerij Jansen"', 'rollout init --dir plans/teamchat --preset growing', 'rollout init --preset growing --lang nl,en --name "Kaiteur Design"', 'rollout init --restart rollout.yaml --start 2027-04-19', 'rollout init --refresh-templates plans/teamchat/templates']))
  .action(action(async (options) => (await import('./cli/init.js')).initCommand(options)));

program
  .command('validate')
  .description('check a plan and report every problem with its file, line and column')
  .addOption(planOption())
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--strict', 'fail on warnings too')
  .addHelpText('after', examples(['rollout validate', 'rollout validate --plan examples/enterprise.yaml --strict', 'cat rollout.yaml | rollout validate --plan - --format json']))
  .action(action(async (options) => (await import('./cli/validate.js')).validateCommand(options)));

program
  .command('schema')
  .description("print the plan's JSON Schema, for editor completion and checks")
  .option('-o, --output <file>', 'write to a file instead of standard output')
  .option('-f, --force', 'overwrite an existing file')
  .addHelpText('after', examples(['rollout schema > rollout.schema.json', 'rollout schema -o rollout.schema.json --force']))
  .action(action(async (options) => (await import('./cli/schema.js')).schemaCommand(options)));

program
  .command('schedule')
  .description('compute the dated week-by-week schedule: phases, emails, checklists, training, gates, reviews')
  .addOption(planOption())
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown', 'csv', 'ics', 'mermaid']).default('table'))
  .option('--start <date>', "override the plan's start, YYYY-MM-DD")
  .option('--phase <id>', 'only this phase')
  .option('--location <name>', 'only this location (and rollout-wide events)')
  .addOption(new Option('--lang <language>', "language of titles and labels (default: the plan's first language)").choices(['en', 'nl']))
  .option('-o, --output <file>', 'write to a file instead of standard output (- for standard output)')
  .option('-f, --force', 'overwrite an existing output file (a calendar carries on the SEQUENCE numbers of the one it replaces)')
  .addHelpText(
    'after',
    examples([
      'rollout schedule --plan examples/enterprise.yaml',
      'rollout schedule --format ics -o rollout.ics --force',
      'rollout schedule --format json --location Georgetown',
      'rollout schedule --start 2027-03-01 --format markdown > schedule.md',
      'rollout schedule --lang nl --format ics -o uitrol.ics',
    ]),
  )
  .action(action(async (options) => (await import('./cli/schedule.js')).scheduleCommand(options)));

program
  .command('what-if')
  .description('show what would move if the rollout paused or a running phase ran longer, or what a rollback would withdraw: launches, switch-off, messages (touches no file)')
  .addOption(planOption())
  .option('--pause <duration>', 'how long, e.g. 2w or 10d (this or --rollback)')
  .addOption(new Option('--rollback', 'ask about a rollback on --at instead: of the part --only-location or --only-phase names, or of everything').conflicts(['pause', 'phase']))
  .addOption(new Option('--extend <id>', 'ask about this running phase running --by longer instead, decided on --at').conflicts(['pause', 'rollback', 'phase', 'onlyPhase', 'onlyLocation']))
  .option('--by <duration>', 'with --extend: how much longer, e.g. 1w')
  .requiredOption('--at <date>', 'first day of the pause, the day of the rollback, or the day an extension is decided, YYYY-MM-DD (required)')
  .option('--phase <id>', 'the phase the pause concerns')
  .addOption(new Option('--only-phase <id>', 'pause this phase alone, with the phases that wait for it').conflicts('onlyLocation'))
  .addOption(new Option('--only-location <name>', 'pause this location alone').conflicts('onlyPhase'))
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
  .addOption(new Option('--lang <language>', "language of titles, reasons and labels (default: the plan's first language)").choices(['en', 'nl']))
  .addHelpText('after', examples(['rollout what-if --pause 2w --at 2027-03-15 --plan examples/enterprise.yaml', 'rollout what-if --pause 10d --at 2027-03-15 --phase port-of-spain --format json', 'rollout what-if --pause 1w --at 2027-03-29 --only-location Georgetown --plan examples/enterprise.yaml', 'rollout what-if --rollback --at 2027-03-22 --only-location Georgetown --plan examples/enterprise.yaml', 'rollout what-if --extend pilot --by 1w --at 2027-02-08 --plan examples/enterprise.yaml']))
  .action(action(async (options) => (await import('./cli/what-if.js')).whatIfCommand(options)));

program
  .command('diff')
  .description('compare two versions of a plan: which dated items moved, appeared or disappeared, and why (exit 1 when any did)')
  .argument('<old>', 'the plan before')
  .argument('<new>', 'the plan after')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
  .addOption(new Option('--lang <language>', "language of titles, reasons and labels (default: the new plan's first language)").choices(['en', 'nl']))
  .addHelpText('after', examples(['rollout diff rollout.yaml.orig rollout.yaml', 'git show HEAD~1:rollout.yaml > old.yaml && rollout diff old.yaml rollout.yaml --format markdown']))
  .action(action(async (oldFile: string, newFile: string, options) => (await import('./cli/diff.js')).diffCommand(oldFile, newFile, options)));

program
  .command('render-emails')
  .description('write every email and checklist of the rollout, dated, from editable templates in English and Dutch')
  .addOption(planOption())
  .option('-o, --out <dir>', 'folder to write into', 'emails')
  // --output as in every other command.
  .addOption(new Option('--output <dir>').hideHelp())
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'txt', 'html', 'eml']).default('md'))
  .option('--phase <id>', 'only the messages of this phase')
  .addOption(new Option('--lang <lang>', "only this language (default: the plan's organization.languages)").choices(['en', 'nl']))
  .option('--templates <dir>', 'your templates folder, overriding the built-in templates file by file (default: ./templates next to the plan, if any)')
  .option('-n, --dry-run', 'list what would be written and say what is new, changed, unchanged and due; write nothing')
  .option('-f, --force', 'also overwrite files changed by hand since rollout wrote them and files dated before --at, and remove the files an earlier run wrote that this one does not (unless edited since)')
  .addOption(metricsOption('metrics exports: the weekly updates report the measured values up to their date (also read: the plan\'s sources)'))
  .option('--lenient', 'skip bad rows of the metrics and report how many, instead of failing')
  .option('--at <date>', 'the day the gates are checked, a rollback notice is dated and what is due is said; what is dated before it went out (default: today in the plan\'s time zone)')
  .option('--rollback [reason]', 'write the rollback notice and checklist (also written when the gates decide rollback), and nothing planned after that day')
  .addHelpText(
    'after',
    examples([
      'rollout render-emails --plan examples/enterprise.yaml',
      'rollout render-emails --plan examples/enterprise.yaml --metrics examples/metrics/enterprise.csv',
      "rollout render-emails --rollback 'the mailboxes lost messages' --at 2027-03-15 --force",
      'rollout render-emails --format eml --out outbox --phase georgetown',
      'rollout render-emails --lang nl --format html --dry-run',
      'rollout render-emails --templates my-templates --force',
    ]),
  )
  .action(action(async ({ output, ...options }) => (await import('./cli/render-emails.js')).renderEmailsCommand({ ...options, out: output ?? options.out })));

program
  .command('gate-check')
  .description('evaluate the gates against metrics exports and decide: continue (exit 0), pause (1) or roll back (3)')
  .addOption(planOption())
  .addOption(metricsOption("metrics CSV exports (long or wide; comma, semicolon or tab); optional when the plan has sources"))
  .option('--at <date>', 'evaluate as of this day, YYYY-MM-DD (default: today in the plan\'s time zone)')
  .option('--from <date>', 'replay: evaluate as of each day from this one (with --to), YYYY-MM-DD')
  .option('--to <date>', 'replay: the last day evaluated; the exit code is its decision')
  .option('--every <duration>', 'replay: the step between days evaluated, e.g. 1d or 1w (default 1d)')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'junit', 'github', 'markdown', 'jsonl']).default('text'))
  .addOption(new Option('--lang <language>', "language of the text and markdown output (default: the plan's first language; errors and notes stay in English)").choices(['en', 'nl']))
  .option('--lenient', 'skip bad rows and report how many, instead of failing')
  .option('--summary <file>', 'also append the markdown report to this file (with --format github: $GITHUB_STEP_SUMMARY when set)')
  .option('--save-json <file>', 'also write the JSON result to this file')
  .option('--save-junit <file>', 'also write the JUnit XML to this file, for a test reporter')
  .option('-f, --force', 'overwrite an existing --save-json or --save-junit file (never a file the check reads)')
  .addHelpText(
    'after',
    examples([
      'rollout gate-check --plan examples/enterprise.yaml --metrics examples/metrics/enterprise.csv --at 2027-03-15',
      'rollout gate-check --metrics usage.csv --lang nl --format markdown',
      'rollout gate-check --metrics usage.csv survey.csv --format json',
      'rollout gate-check --metrics export.csv --lenient --format github',
      'rollout gate-check --metrics usage.csv --from 2027-02-01 --to 2027-04-30 --every 1w --format jsonl',
    ]),
  )
  .action(action(async (options) => (await import('./cli/gate-check.js')).gateCheckCommand(options)));

program
  .command('metrics')
  .description("print the daily series computed from the plan's sources: what the gates will read")
  .addOption(planOption())
  .option('--at <date>', 'up to this day, YYYY-MM-DD (default: today in the plan\'s time zone)')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
  .option('--lenient', 'skip bad rows and report how many, instead of failing')
  .option('-o, --output <file>', 'write to a file instead of standard output')
  .option('-f, --force', 'overwrite an existing output file')
  .addHelpText('after', examples(['rollout metrics --plan examples/adoption.yaml --at 2027-03-29', 'rollout metrics --format csv -o series.csv']))
  .action(action(async (options) => (await import('./cli/metrics.js')).metricsCommand(options)));

program
  .command('report')
  .description('write a self-contained HTML report: timeline, adoption charts, gates, next steps, support')
  .addOption(planOption())
  .addOption(metricsOption('metrics CSV exports; without them or sources in the plan the gates are shown but not judged'))
  .option('--lenient', 'skip bad rows and report how many, instead of failing')
  .option('--at <date>', 'report as of this day, YYYY-MM-DD (default: today in the plan\'s time zone)')
  .requiredOption('-o, --output <file>', 'HTML file to write, - for standard output (required)')
  .addOption(new Option('--lang <language>', "language of the report (default: the plan's first language)").choices(['en', 'nl']))
  .option('-f, --force', 'overwrite an existing output file')
  .addHelpText(
    'after',
    examples([
      'rollout report --plan examples/enterprise.yaml --metrics examples/metrics/enterprise.csv --at 2027-03-15 -o report.html',
      'rollout report --metrics usage.csv survey.csv --lang nl -o rapport.html --force',
      'rollout report -o plan-overview.html',
    ]),
  )
  .action(action(async (options) => (await import('./cli/report.js')).reportCommand(options)));

program
  .command('completion')
  .description('print a shell completion script for commands, options, formats and the plan\'s phases')
  .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
  .addHelpText('after', examples(['source <(rollout completion bash)            # in ~/.bashrc', 'rollout completion fish > ~/.config/fish/completions/rollout.fish', 'rollout completion powershell | Out-String | Invoke-Expression   # in $PROFILE']))
  .action(action(async (shell: Shell) => (await import('./cli/completion.js')).completionCommand(shell, program)));

// What the completion scripts run for a plan's phase ids and location names.
program
  .command(LOOKUP_COMMAND, { hidden: true })
  .addArgument(new Argument('<what>').choices(LOOKUPS))
  .addOption(planOption())
  .action(action(async (what: (typeof LOOKUPS)[number], options: { plan: string }) => (await import('./cli/completion.js')).lookupCommand(what, options)));

/** A usage error on one line, with the command's help to turn to. */
function usageLine(error: CommanderError): string {
  const args = process.argv.slice(2);
  const name = args.find((arg) => program.commands.some((c) => c.name() === arg));
  const text = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\.$/, '');
  return terminalLine(`${text}${formatHint(error, args, name)} (see rollout ${name ? `${name} ` : ''}--help)`);
}

/** `-f ics` is read as --force and a stray argument; other tools spell --format that way. */
function formatHint(error: CommanderError, args: string[], name: string | undefined): string {
  const options = program.commands.find((c) => c.name() === name)?.options ?? [];
  if (error.code !== 'commander.excessArguments' || !options.some((o) => o.long === '--format') || !options.some((o) => o.short === '-f')) return '';
  const at = args.findIndex((arg, i) => arg === '-f' && args[i + 1] !== undefined && !args[i + 1]!.startsWith('-'));
  return at < 0 ? '' : `; -f is --force; did you mean --format ${args[at + 1]}?`;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    if (error.exitCode !== 0 && error.code !== 'commander.help') process.stderr.write(`rollout: ${usageLine(error)}\n`);
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.input;
  } else if (error instanceof RolloutError) {
    // A message may list details on lines of its own; each line is made safe for a terminal. An
    // empty one was said already, as diagnostics.
    if (error.message !== '') process.stderr.write(`rollout: ${error.message.split('\n').map(terminalLine).join('\n')}\n`);
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rollout: internal error: ${terminalLine(message)}\n(please report this with the command you ran)\n`);
    process.exitCode = 70;
  }
});
