import { existsSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../plan/schema.js';
import { FORMATS } from '../render/formats.js';
import { dueFiles } from '../render/due.js';
import { writeMessages, type MessagesWritten, type Rewritten } from '../render/output.js';
import { loadTemplates } from '../render/templates.js';
import { templatesFolder } from '../render/templates-folder.js';
import { scheduleAsOf } from '../render/eras.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { placeText } from '../util/place.js';
import { listed } from '../util/lists.js';
import { checkAndMeasure } from '../gates/check.js';
import type { LoadedPlan } from '../plan/load.js';
import type { Plan } from '../plan/resolve.js';
import { Progress } from '../progress/measured.js';
import type { GateCheckResult } from '../gates/types.js';
import type { RollbackNotice } from '../render/context.js';
import { formatDay, type Day } from '../util/dates.js';
import { atOption, choice, colors, printDiagnostics, requirePlan, say, sourcesInput, today, withRosterGroups, writeOut } from './common.js';
import { loadRoster, type Roster } from '../sources/roster.js';
import { locationsReadApart } from '../plan/location-languages.js';
import { noneRead, reportImports, reportRepeats, sourcesToRead } from './sources.js';
import { partRollbackEntry, plainRollbackReason, reasonEntry } from '../reporters/gates/labels.js';
import { planReaders } from '../gates/in-language.js';
import { dueLines, keptLine, refusedLine, removedLine, unwrittenLine, writtenLine } from './render-summary.js';

export interface RenderEmailsOptions {
  plan: string;
  out: string;
  format: string;
  phase?: string;
  lang?: string;
  templates?: string;
  dryRun?: boolean;
  force?: boolean;
  metrics?: string[];
  lenient?: boolean;
  /** The day the gates are checked, and a rollback notice dated; default today. */
  at?: string;
  /** Write the rollback notice whatever the data say; a string is the reason given. */
  rollback?: boolean | string;
}

/**
 * With --metrics or the plan's sources: the values the weekly updates report, and the gate check
 * as of --at, read once as gate-check reads them.
 */
async function measured(plan: Plan, loaded: LoadedPlan, options: RenderEmailsOptions, asOf: Day): Promise<{ progress?: Progress; check?: GateCheckResult }> {
  // Before the first launch the exports may not exist yet: the updates say what was planned.
  const sources = await sourcesToRead(plan, options.plan, loaded, asOf, `the weekly updates say what was planned${options.metrics?.length ? ' and what --metrics measured' : ''}`);
  const readSources = !noneRead(plan, sources);
  if ((options.metrics?.length ?? 0) === 0 && !readSources) return {};
  const input = { plan, files: options.metrics ?? [], asOf, lenient: options.lenient ?? false, ...(readSources ? { sources } : {}) };
  const read = await checkAndMeasure(input, Progress.metricsOf(plan), Infinity);
  reportImports(read.imports, read.warnings);
  reportRepeats(read.repeats);
  return { progress: new Progress(plan, read.ledger), check: read.result };
}

/**
 * A rollback notice when --rollback asks for one or the gates decide it as of --at, with a hint to
 * record it in the plan; the rollback the plan records, with its reason in each language.
 */
function rollbackNotice(plan: Plan, options: RenderEmailsOptions, asOf: Day, check: GateCheckResult | undefined): RollbackNotice | undefined {
  if (plan.rollback) {
    if (options.rollback !== undefined) say(`rollout: the plan records the rollback of ${plan.rollback.on}: its notice is dated that day, with the plan's reason; --rollback is not needed`);
    return { date: plan.rollback.on, gates: [] };
  }
  const date = formatDay(asOf);
  // The rollback of one location its own gates decide is written once the plan records it, to that location's people.
  const parts = check?.rollback?.parts ?? [];
  const readers = check && planReaders(check, plan);
  for (const part of parts) say(`rollout: gate-check decides the rollback of ${part.location} alone as of ${date} (${part.gates.join(', ')}): record it in the plan, and its notice goes to the people there: ${partRollbackEntry(check!, part, readers!)}`);
  const gates = check?.decision === 'rollback' && parts.length === 0 ? check.gates.filter((g) => g.effect === 'rollback') : [];
  if (options.rollback === undefined && gates.length === 0) return undefined;
  const reason = typeof options.rollback === 'string' && options.rollback.trim() !== '' ? options.rollback.trim() : undefined;
  if (gates.length > 0) say(`rollout: gate-check decides rollback as of ${date} (${gates.map((g) => g.id).join(', ')}): writing the rollback notice; nothing else planned from ${date} on is written`);
  else say(`rollout: --rollback: writing the rollback notice of ${date}; nothing else planned from that day on is written`);
  const { languages } = plan.organization;
  if (reason !== undefined && languages.length > 1) say(`rollout: warning: the reason is written as given in every language's email; record it in the plan with a text per language`, colors(process.stderr).yellow);
  // The gates' reason in plain words, in each language: the notice gives it to everyone as why.
  const reasonYaml = reasonEntry(languages, (lang) => reason ?? (gates.length > 0 ? plainRollbackReason(readers!.inLanguage(lang), gates.map((g) => g.id), lang) : 'why the rollout rolled back'));
  say(`rollout: hint: record it in the plan, so that schedule, the calendar, report, what-if and diff show it too: rollback: { on: ${date}, reason: ${reasonYaml} }`);
  return { date, gates, ...(reason !== undefined ? { reason } : {}) };
}

/**
 * The roster, when it tells the messages something: with `people.columns.language`, or locations
 * that read different languages, in which languages each email is written and to how many of its
 * readers each draft goes; with `joined` or `left`, whom each message counts on its day. `missing`
 * while a roster that gives languages is not there yet.
 */
async function messageRoster(plan: Plan, loaded: LoadedPlan, options: RenderEmailsOptions): Promise<{ roster?: Roster; missing?: string }> {
  const people = plan.people;
  const { language, joined, left } = people?.columns ?? {};
  if (people === undefined || (language === undefined && joined === undefined && left === undefined && !locationsReadApart(plan))) return {};
  const { baseDir, locate } = sourcesInput(options.plan, loaded);
  const at = placeText(locate?.(['people', 'file']));
  if (!existsSync(path.resolve(baseDir, people.file))) {
    if (language === undefined) return {};
    return { missing: `rollout: ${at ?? 'people.file'}: ${JSON.stringify(people.file)} matches no file yet; until it gives each person's language, every email is written in each language its readers' places read, to all of them` };
  }
  return { roster: await loadRoster(plan, baseDir, at) };
}

/** What changed the messages that went out (`it`: `it` or `them`), as the warning says it. */
const REWRITTEN_BY: Record<Rewritten['cause'], (it: string) => string> = {
  plan: (it) => `, and the change since (to a template or the plan) now writes ${it} otherwise`,
  measured: (it) => `; only the values ${it === 'it' ? 'it reports' : 'they report'} changed, with the exports read since (the plan and the templates write ${it} as before)`,
  unknown: (it) => `, and the change since (to a template, the plan, or the exports ${it === 'it' ? 'it reports' : 'they report'} on) now writes ${it} otherwise`,
};

export async function renderEmailsCommand(options: RenderEmailsOptions): Promise<number> {
  const format = choice('format', options.format, FORMATS);
  if (options.out.trim() === '') throw new RolloutError('--out must name a folder to write into, for example --out emails');
  const languages: Language[] | undefined = options.lang === undefined ? undefined : [choice('lang', options.lang, LANGUAGES)];
  const { plan: written, loaded } = await requirePlan(options.plan);
  // Read once: it also says where the targeted groups at no location are.
  const { roster, missing } = await messageRoster(written, loaded, options);
  const plan = await withRosterGroups(options.plan, loaded, written, roster);
  // Every message names the contact: one left as init wrote it goes out to everyone.
  printDiagnostics(loaded.diagnostics.filter((d) => d.code === 'placeholder-contact'));
  const templates = await loadTemplates(await templatesFolder(options.plan, options.templates));
  const c = colors(process.stderr);
  for (const warning of templates.warnings) say(`rollout: warning: ${warning}`, c.yellow);
  const asOf = atOption(options.at) ?? today(plan);
  const schedule = scheduleAsOf(plan, asOf);
  const { progress, check } = await measured(plan, loaded, options, asOf);
  const rollback = rollbackNotice(plan, options, asOf, check);
  if (missing) say(missing);
  const renderOptions = {
    format,
    templates,
    ...(roster && (plan.people?.columns.language !== undefined || locationsReadApart(plan)) ? { roster } : {}),
    ...(roster && roster.dated.length > 0 ? { dates: roster } : {}),
    ...(progress ? { progress } : {}),
    ...(rollback ? { rollback } : {}),
    ...(languages ? { languages } : {}),
    ...(options.phase !== undefined ? { phase: options.phase } : {}),
  };
  const where = (name: string) => path.join(options.out, name);
  const lang = languages?.[0] ?? plan.language;
  const dryRun = options.dryRun ?? false;
  const result = await writeMessages(options.out, plan, schedule, { ...renderOptions, force: options.force ?? false, sentBefore: formatDay(asOf), dryRun });
  if (result.refused.length > 0) {
    const line = refusedLine(result.refused, options.out, lang, dryRun);
    if (!dryRun) throw new RolloutError(line);
    say(`rollout: ${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${line}`, c.yellow);
  }
  for (const name of result.written) writeOut(where(name));
  if (result.interrupted) {
    const done = result.messages > 0 ? `wrote ${result.messages} of ${result.total} messages and their index to ${options.out}` : 'nothing was written';
    say(`rollout: interrupted by ${result.interrupted}: ${done}; no temporary file is left${result.messages > 0 ? '. Run again to write the rest' : ''}`);
    return EXIT.interrupted;
  }
  say(writtenLine(result, options.out, lang, dryRun));
  if (result.unwritten.length > 0) say(unwrittenLine(result.unwritten, lang));
  if (result.removed.length > 0) say(removedLine(result.removed, lang, dryRun));
  if (result.kept.length > 0) say(keptLine(result.kept, formatDay(asOf), lang));
  if (!dryRun) warnRewrites(result, asOf);
  for (const line of dueLines(dueFiles(result.entries, asOf), result.late, lang)) say(line);
  return EXIT.ok;
}

/** The files of earlier runs this one kept, and those of past days it rewrote with --force. */
function warnRewrites(result: MessagesWritten, asOf: Day): void {
  const c = colors(process.stderr);
  if (result.edited.length > 0) {
    say(`rollout: warning: kept ${result.edited.length} file${result.edited.length === 1 ? '' : 's'} an earlier run wrote, changed since: ${result.edited.join(', ')}`, c.yellow);
  }
  for (const cause of ['plan', 'measured', 'unknown'] as const) {
    const files = result.rewritten.filter((r) => r.cause === cause).map((r) => r.file);
    const n = files.length;
    if (n === 0) continue;
    say(
      `rollout: warning: rewrote ${n} message${n === 1 ? '' : 's'} dated before ${formatDay(asOf)} with another text than an earlier run wrote (${listed(files)}): by ${n === 1 ? 'its' : 'their'} date ${n === 1 ? 'it' : 'they'} went out with the earlier text${REWRITTEN_BY[cause](n === 1 ? 'it' : 'them')}; what was sent is in your mail program's sent items`,
      c.yellow,
    );
  }
  if (result.rewrittenChecklists.length > 0) {
    const n = result.rewrittenChecklists.length;
    say(
      `rollout: warning: rewrote ${n} message${n === 1 ? '' : 's'} dated before ${formatDay(asOf)} with another text than an earlier run wrote, your own checklist${n === 1 ? '' : 's'} (${listed(result.rewrittenChecklists)}): ${n === 1 ? 'it now says' : 'they now say'} what the plan says today (a headcount, a date), not what was to be done on ${n === 1 ? 'its' : 'their'} date; git or a backup of the folder has the earlier text`,
      c.yellow,
    );
  }
  if (result.withdrawn.length > 0) {
    const n = result.withdrawn.length;
    say(
      `rollout: warning: kept ${n} message${n === 1 ? '' : 's'} dated before ${formatDay(asOf)} that the plan no longer writes (${listed(result.withdrawn)}): by ${n === 1 ? 'its' : 'their'} date ${n === 1 ? 'it' : 'they'} went out, and ${n === 1 ? 'its' : 'their'} readers still have the dates ${n === 1 ? 'it' : 'they'} gave: tell them what changed (a phase that moved, a pause, a rollback)`,
      c.yellow,
    );
  }
}
