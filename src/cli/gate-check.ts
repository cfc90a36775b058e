import { checkGates } from '../gates/check.js';
import { exitCodeFor } from '../gates/decision.js';
import type { LoadedPlan } from '../plan/load.js';
import { planReaders } from '../gates/in-language.js';
import { planIn, type Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { renderJson } from '../reporters/gates/json.js';
import { formatDay } from '../util/dates.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { atOption, choice, colors, requirePlan, sourcesInput, today, withRosterGroups, writeOut } from './common.js';
import { reportImports, reportOutOfDate, reportRepeats, requireData, sourcesToRead, ungivenNotes } from './sources.js';
import { appendSummary, repoPath, showStopped } from './stopped-check.js';

export interface GateCheckOptions {
  plan: string;
  metrics?: string[];
  at?: string;
  format: string;
  lenient?: boolean;
  from?: string;
  to?: string;
  every?: string;
  /** Commander has checked it against the languages. */
  lang?: Language;
  /** Also append the markdown report to this file (a CI job summary). */
  summary?: string;
  /** Also write the JSON result to this file. */
  saveJson?: string;
  /** Also write the JUnit XML to this file, for a test reporter. */
  saveJunit?: string;
  force?: boolean;
}

const FORMATS = ['text', 'json', 'junit', 'github', 'markdown'] as const;

export async function gateCheckCommand(options: GateCheckOptions): Promise<number> {
  if (options.from !== undefined || options.to !== undefined) {
    if (options.summary !== undefined || options.saveJson !== undefined || options.saveJunit !== undefined) {
      throw new RolloutError('--summary, --save-json and --save-junit go with a check of one day, not with --from and --to');
    }
    return (await import('./replay.js')).replayCommand(options);
  }
  try {
    return await checkOneDay(options);
  } catch (error) {
    if (error instanceof RolloutError && error.exitCode === EXIT.input) await showStopped(error, options);
    throw error;
  }
}

async function checkOneDay(options: GateCheckOptions): Promise<number> {
  const format = choice('format', options.format, FORMATS);
  const at = atOption(options.at);
  const { plan: written, loaded } = await requirePlan(options.plan);
  const asOf = at ?? today(written);
  const lang = options.lang ?? written.language;
  if (options.summary !== undefined || options.saveJson !== undefined || options.saveJunit !== undefined) {
    const reads = { planFile: options.plan, plan: written, baseDir: sourcesInput(options.plan, loaded).baseDir, metrics: options.metrics ?? [] };
    await (await import('./saved-outputs.js')).checkOutputs(options, reads);
  }
  // A preset's halves start whom the roster's phase column puts in them, as in the schedule and the emails.
  const loadedPlan = await withRosterGroups(options.plan, loaded, written);
  // The plan's own texts (pause reasons, the rollback procedure) in that language in every format;
  // the tool's words only in text and markdown, which are for people.
  const plan = planIn(loadedPlan, lang);
  // A rollback the plan records is the decision from its day on: it needs no data to be told.
  if (!(plan.rollback && formatDay(asOf) >= plan.rollback.on)) requireData(plan, options.metrics);
  const sources = await sourcesToRead(plan, options.plan, loaded, asOf, `the gates are not judged until then${options.metrics?.length ? ' but from --metrics' : ''}`);
  const input = { plan, files: options.metrics ?? [], asOf, lenient: options.lenient ?? false, sources };
  const { result, imports, warnings, repeats } = await checkGates(input);
  reportImports(imports, [...warnings, ...ungivenNotes(plan, options.metrics)]);
  reportRepeats(repeats);
  await reportOutOfDate(result, lang);

  // One check, several outputs: a CI step needs the log, its outputs and a summary from one read.
  // Each output's code is loaded only when asked for: a check every Monday in CI starts faster.
  // JUnit and the annotations write their sentences in English whatever --lang says: so do the plan's texts they quote.
  // Each built once: --save-junit with --format junit or github reads both twice.
  // A reason it suggests writing into the plan, in each of the plan's languages: its notices go out in each.
  const readers = planReaders(result, loadedPlan);
  const english = () => readers.inLanguage('en');
  let junitText: string | undefined;
  const junit = async () => (junitText ??= (await import('../reporters/gates/junit.js')).renderJunit(english()));
  if (options.saveJson !== undefined) await save(options.saveJson, renderJson(result), options.force);
  if (options.saveJunit !== undefined) await save(options.saveJunit, await junit(), options.force);
  if (format === 'json') writeOut(renderJson(result));
  else if (format === 'junit') writeOut(await junit());
  else if (format === 'markdown') writeOut((await import('../reporters/gates/markdown.js')).renderMarkdown(result, lang, options.plan, readers));
  else if (format === 'text') writeOut((await import('../reporters/gates/text.js')).renderText(result, colors(process.stdout), lang, options.plan, readers));
  else {
    const planFile = options.plan === '-' ? undefined : repoPath(options.plan);
    writeOut((await import('../reporters/gates/github.js')).renderGithub(english(), { planFile, lineOf: (index) => gateLine(plan, loaded, index) }));
  }
  const summary = options.summary ?? (format === 'github' ? process.env.GITHUB_STEP_SUMMARY : undefined);
  if (summary) await appendSummary(summary, (await import('../reporters/gates/markdown.js')).renderMarkdown(result, lang, options.plan, readers));
  return exitCodeFor(result.decision);
}

async function save(file: string, text: string, force: boolean | undefined): Promise<void> {
  await (await import('../util/write.js')).writeOutputFile(file, text, { force });
}

/** The plan line an annotation points at: the gate, or for the default gates the phase they guard. */
function gateLine(plan: Plan, loaded: LoadedPlan, index: number): number | undefined {
  if (!plan.defaultGates) return loaded.source?.position(['gates', index])?.line;
  if (plan.presetPhases) return loaded.source?.position(['preset'], true)?.line;
  const phase = plan.phases.findIndex((p) => p.id === plan.gates[index]!.phase);
  return loaded.source?.position(['phases', phase])?.line;
}

