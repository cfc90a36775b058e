import { stat } from 'node:fs/promises';
import path from 'node:path';
import { planJsonSchema } from '../plan/json-schema.js';
import { loadPlan } from '../plan/load.js';
import { restartPlan } from '../plan/restart-plan.js';
import { checkStarter } from '../plan/starter-check.js';
import { LANGUAGES, type Language } from '../plan/schema.js';
import { STARTER_ROSTER, starterPlan, type StarterOptions } from '../plan/starter.js';
import { firstStartAfter, leadDays } from '../schedule/lead-time.js';
import { formatDay, isIsoDate, parseDay, todayDay } from '../util/dates.js';
import { EXIT, RolloutError, type Diagnostic } from '../util/errors.js';
import { builtInTemplates, readVersion } from '../util/package.js';
import { refreshCopies } from '../render/refresh.js';
import { stamped } from '../render/stamp.js';
import { writeFiles, type OutputFile } from '../util/write.js';
import { choice, planName, printDiagnostics, readPlanText, say, today, validPlan, writeOut } from './common.js';

export interface InitOptions {
  preset: string;
  start?: string;
  name: string;
  headcount?: string;
  lang: string;
  dir: string;
  templates: boolean;
  people?: boolean;
  force?: boolean;
  /** Write the second try of this plan, which rolled back as a whole, beside it. */
  restart?: string;
  /** Bring the copies in a templates folder (default DIR/templates) up to this release's built-in templates. */
  refreshTemplates?: string | true;
}

/** The first Monday far enough ahead that the plan's first message (get-started, the announcement) is not already late. */
function defaultStart(options: Omit<StarterOptions, 'start'>): string {
  // No plan yet, so no zone of its own: the machine's date.
  const today = todayDay(new Date());
  const draft = loadPlan(starterPlan({ ...options, start: formatDay(firstStartAfter(today, 0)) }), 'rollout.yaml').plan;
  return formatDay(firstStartAfter(today, draft ? leadDays(draft) : 0));
}

/** The option each part of the starting plan comes from. */
const OPTIONS: Record<string, string> = { start: '--start', 'organization.headcount': '--headcount', 'organization.name': '--name' };

/** A starting plan must pass `rollout validate`; what would not is an error in the option it came from. */
function refuseInvalid(error: Diagnostic | undefined): void {
  if (error) throw new RolloutError(`${(error.path && OPTIONS[error.path]) ?? 'rollout.yaml'}: ${error.message}`);
}

/** `--lang nl,en`: the languages in order, each once. */
function planLanguages(list: string): Language[] {
  const languages = [...new Set(list.split(',').map((l) => l.trim().toLowerCase()))];
  const unknown = languages.find((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (unknown !== undefined) throw new RolloutError(`--lang: "${unknown}" is not a language rollout writes; use ${LANGUAGES.join(', ')}, or several separated by commas such as nl,en`);
  return languages as Language[];
}

export async function initCommand(options: InitOptions): Promise<number> {
  if (options.restart !== undefined) return restartBeside(options.restart, options.start, options.force);
  if (options.refreshTemplates !== undefined) return refreshTemplates(options.refreshTemplates === true ? path.join(options.dir, 'templates') : options.refreshTemplates, options.force);
  const preset = choice('preset', options.preset, ['solo', 'small', 'growing', 'custom'] as const);
  const headcount = options.headcount === undefined ? undefined : Number(options.headcount);
  if (headcount !== undefined && (!Number.isInteger(headcount) || headcount < 1)) {
    throw new RolloutError(`--headcount must be a whole number of people, not "${options.headcount}"`);
  }
  const starter = { preset, name: options.name, headcount, languages: planLanguages(options.lang), schemaPath: './rollout.schema.json', people: options.people === true };
  const start = options.start ?? defaultStart(starter);
  if (!isIsoDate(start)) throw new RolloutError(`--start must be a real date written YYYY-MM-DD, not "${start}"`);
  const plan = starterPlan({ ...starter, start });
  const where = (name: string) => path.join(options.dir, name);
  const check = checkStarter(plan, where('rollout.yaml'));
  refuseInvalid(check.error);
  const files: OutputFile[] = [
    { name: 'rollout.yaml', content: plan },
    { name: 'rollout.schema.json', content: `${JSON.stringify(planJsonSchema(), null, 2)}\n` },
  ];
  if (options.people) files.push({ name: STARTER_ROSTER.file, content: STARTER_ROSTER.content });
  if (options.templates) {
    // Each copy is stamped with the built-in it came from, so that a later release can tell when that built-in changed.
    const release = readVersion();
    for (const template of await builtInTemplates()) files.push({ name: `templates/${template.name}`, content: stamped(template.name, (await template.read()).toString('utf8'), release) });
  }
  await writeFiles(options.dir, files, { force: options.force });
  const templates = files.filter((f) => f.name.startsWith('templates/')).length;
  writeOut(`wrote ${where('rollout.yaml')} (preset ${preset}, start ${start}), ${where('rollout.schema.json')}${templates ? ` and ${templates} templates in ${where('templates')}` : ''}`);
  if (options.people) writeOut(`wrote ${where(STARTER_ROSTER.file)}, which rollout.yaml reads (people:): one row per person, the example row replaced (Language: what the person reads, such as nl or en, empty for the languages of their location; Joined and Left: the day someone starts or leaves during the rollout, YYYY-MM-DD; keep a leaver's row)`);
  if (options.people) writeOut(`${where(STARTER_ROSTER.file)} will hold names and e-mail addresses, personal data like the exports: never commit them to a public repository (README: Privacy)`);
  // What validate would warn of the options (a preset that does not fit the headcount), said now rather than at the first validate.
  printDiagnostics(check.warnings);
  writeOut(`next: rollout validate --plan ${where('rollout.yaml')}`);
  return EXIT.ok;
}

/**
 * `--restart PLAN`: restart.yaml beside it, so that the second try reads the same exports by the same paths.
 * A plan on standard input (`-`) is read once, and its restart.yaml written in the current folder,
 * from which a piped plan reads its exports.
 */
async function restartBeside(file: string, start: string | undefined, force?: boolean): Promise<number> {
  const first = await readPlanText(file);
  const name = planName(file);
  const plan = validPlan(loadPlan(first, name));
  // By default the first Monday whose messages go out after the rollback and after today, in the plan's zone.
  const after = Math.max(today(plan), plan.rollback ? parseDay(plan.rollback.on) : -Infinity);
  const day = start ?? formatDay(firstStartAfter(after, leadDays(plan)));
  if (!isIsoDate(day)) throw new RolloutError(`--start must be a real date written YYYY-MM-DD, not "${day}"`);
  const text = restartPlan(first, plan, name, day);
  const dir = path.dirname(file);
  const out = path.join(dir, 'restart.yaml');
  const loaded = loadPlan(text, out);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    printDiagnostics(errors);
    throw new RolloutError(`${out} not written: the second try from ${day} would not validate; give --start a later Monday, or leave it out for the first one that fits`);
  }
  await writeFiles(dir, [{ name: 'restart.yaml', content: text }], { force });
  writeOut(`wrote ${out}: the second try after the rollback of ${plan.rollback!.on}, from ${day}, reading the same exports from ${day} on (its own pauses and rollback start empty)`);
  // What the first plan already had is validate's to say: here only what stops the new one, and what it lacks.
  printDiagnostics(loaded.diagnostics.filter((d) => d.code?.startsWith('restart')));
  writeOut(`next: write in restart.changed what is different this time, then rollout validate --plan ${out}, and point gate-check in CI at it (--plan ${out}); keep ${file === '-' ? 'the plan you piped in' : file} as the record of the first attempt`);
  return EXIT.ok;
}

/** `--refresh-templates`: unedited copies replaced, the new built-in beside each edited one; no edit is lost. */
async function refreshTemplates(dir: string, force?: boolean): Promise<number> {
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new RolloutError(`${dir}: no such templates folder; --refresh-templates takes the folder rollout init wrote (the one that holds emails/, checklists/ and partials/)`);
  const { replaced, beside, current } = await refreshCopies(dir, readVersion());
  // The files beside the edited copies first: when one is there already (without --force), nothing is written.
  await writeFiles(dir, beside, { force });
  await writeFiles(dir, replaced, { force: true });
  for (const f of replaced) writeOut(`refreshed ${path.join(dir, f.name)}`);
  for (const f of beside) writeOut(`wrote ${path.join(dir, f.name)}: the current built-in beside your edited copy; compare them (diff -u ${path.join(dir, f.name.slice(0, -'.new'.length))} ${path.join(dir, f.name)}), carry your edits over to it and rename it, or copy its first line into your copy`);
  say(`${dir}: ${replaced.length} refreshed, ${beside.length} edited cop${beside.length === 1 ? 'y' : 'ies'} with the current built-in beside, ${current.length} already current`);
  return EXIT.ok;
}
