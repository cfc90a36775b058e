import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { readPlanFile, readPlanStdin } from '../plan/read.js';
import { withGroupSplits, withRosterPlaces, type Plan } from '../plan/resolve.js';
import { placedByRoster } from '../plan/roster-places.js';
import { unplacedGroup } from '../plan/targeted.js';
import type { SourcesInput } from '../sources/read.js';
import type { Roster } from '../sources/roster.js';
import { terminalLine } from '../escape/terminal.js';
import { todayZone } from '../plan/today-zone.js';
import { FIRST_DATE, inDateRange, isIsoDate, LAST_DATE, parseDay, type Day } from '../util/dates.js';
import { todayWhere } from './clock.js';
import { EXIT, formatDiagnostic, RolloutError, type Diagnostic } from '../util/errors.js';
import { placeText } from '../util/place.js';

/**
 * Colour on a terminal; FORCE_COLOR turns it on elsewhere (CI logs); NO_COLOR turns it off whatever
 * else is set, as no-color.org asks. Decided here, not by chalk's own detection, which reads FORCE_COLOR only.
 */
export function colors(stream: NodeJS.WriteStream): ChalkInstance {
  const set = (name: string): boolean => process.env[name] !== undefined && process.env[name] !== '';
  if (set('NO_COLOR')) return new Chalk({ level: 0 });
  const force = process.env.FORCE_COLOR;
  if (set('FORCE_COLOR') && force !== '0' && force !== 'false') return new Chalk({ level: 1 });
  return new Chalk({ level: !stream.isTTY || process.env.TERM === 'dumb' ? 0 : 1 });
}

/** Reads and loads the plan named on the command line (`-` is standard input). */
export async function readAndLoad(file: string): Promise<LoadedPlan> {
  return loadPlan(await readPlanText(file), planName(file));
}

/** The text of a plan file, or of standard input for `-`. */
export async function readPlanText(file: string): Promise<string> {
  return file === '-' ? await readPlanStdin(process.stdin) : await readPlanFile(file);
}

/** How messages name a plan file. */
export const planName = (file: string): string => (file === '-' ? '<stdin>' : file);

/**
 * Where the plan's `people:` and `sources:` files are, and how to point at a line of the plan.
 * Here, not with the sources' reading: validate needs it and loads none of that.
 */
export function sourcesInput(planFile: string, loaded: LoadedPlan): Pick<SourcesInput, 'baseDir' | 'locate'> {
  const file = planName(planFile);
  return {
    baseDir: planFolder(planFile),
    locate: (at) => {
      const position = loaded.source?.position(at);
      return position && { file, line: position.line, column: position.column };
    },
  };
}

/** The folder a plan's `people:` and `sources:` files are read from. */
export const planFolder = (planFile: string): string => (planFile === '-' ? process.cwd() : path.dirname(path.resolve(planFile)));

/** Whether the plan has a targeted group only the roster places: one at no location, named by no phase. */
export const splitByRoster = (plan: Plan): plan is Plan & Required<Pick<Plan, 'people'>> => plan.people !== undefined && plan.communications.targetedGroups.some((t) => unplacedGroup(plan, t.group));

/** Whether the roster's phase column may place the people of a share or `rest` phase (the preset's halves). */
export const placesByRoster = (plan: Plan): plan is Plan & Required<Pick<Plan, 'people'>> => plan.people?.columns.phase !== undefined && plan.phases.some(placedByRoster);

/**
 * The plan with what the roster says of its phases: where it puts the people of a targeted group
 * that no launch phase brings in as a whole (at no location, named by no phase), whose messages
 * follow them to their phases; and, when its phase column names phases, who is in each share or
 * `rest` phase at each location, which its messages, their counts and the gates follow. The
 * roster is read only for such a group or phase column.
 */
export async function withRosterGroups(planFile: string, loaded: LoadedPlan, plan: Plan, roster?: Roster): Promise<Plan> {
  const split = splitByRoster(plan);
  if (!split && !placesByRoster(plan)) return plan;
  const { baseDir, locate } = sourcesInput(planFile, loaded);
  // A roster not there yet tells nothing; validate says where it is missing.
  if (!existsSync(path.resolve(baseDir, plan.people!.file))) return plan;
  const at = placeText(locate?.(['people', 'file']));
  const read = roster ?? (await (await import('../sources/roster.js')).loadRoster(plan, baseDir, at));
  const { rosterPlaces } = await import('../sources/roster-places.js');
  const placed = withRosterPlaces(plan, rosterPlaces(plan, read));
  if (!split) return placed;
  const { groupSplits } = await import('../sources/group-splits.js');
  return withGroupSplits(placed, await groupSplits(placed, baseDir, at, read));
}

export function printDiagnostics(diagnostics: Diagnostic[]): void {
  const c = colors(process.stderr);
  for (const d of diagnostics) say(formatDiagnostic(d), d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.dim);
}

/** One line of diagnostics on standard error, with whatever it quotes made safe for a terminal. */
export function say(line: string, paint: (text: string) => string = (text) => text): void {
  process.stderr.write(`${paint(terminalLine(line))}\n`);
}

/** For commands that need a valid plan: fails on errors (warnings and hints are for `validate`). */
export async function requirePlan(file: string): Promise<{ plan: Plan; loaded: LoadedPlan }> {
  const loaded = await readAndLoad(file);
  return { plan: validPlan(loaded), loaded };
}

/**
 * The plan of a loaded file. A plan with errors prints them as `validate` does, one line each,
 * and stops with exit 2; its warnings and hints are left to `validate`, so that every other
 * command's standard error holds only what concerns its run.
 */
export function validPlan(loaded: LoadedPlan): Plan {
  if (loaded.plan) return loaded.plan;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  printDiagnostics(errors);
  // Said above, one line each: nothing more to print.
  throw new RolloutError('', EXIT.input, errors);
}

const STDOUT_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file size limit is reached',
  EIO: 'an input/output error',
};

/** Waits a moment for a non-blocking pipe to drain, without giving the event loop a turn. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes to standard output until every byte is written, or fails with one line and exit 2:
 * a full disk, a file size limit (`ulimit -f`) or a short write never ends in success.
 * A reader that closes the pipe (`| head`) ends the run quietly.
 */
export function writeOut(text: string): void {
  const data = Buffer.from(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  let written = 0;
  while (written < data.length) {
    let code: string | undefined;
    try {
      const n = writeSync(1, data, written, data.length - written);
      if (n > 0) {
        written += n;
        continue;
      }
      code = 'EIO';
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    }
    if (code === 'EAGAIN') {
      pause(5);
      continue;
    }
    if (code === 'EPIPE') process.exit(0);
    throw new RolloutError(`cannot write to standard output: ${STDOUT_PROBLEMS[code] ?? code} (${code}); ${written} of ${data.length} bytes were written`);
  }
}

/** A `YYYY-MM-DD` option such as --start or --at, as a day. */
export function dayOption(name: string, value: string): Day {
  if (!isIsoDate(value)) throw new RolloutError(`${name} must be a real date written YYYY-MM-DD, not "${value}"`);
  if (!inDateRange(value)) throw new RolloutError(`${name} must be between ${FIRST_DATE} and ${LAST_DATE}, not ${value}`);
  return parseDay(value);
}

/** Today where the plan's firm is (its calendar.timezone, else its first location's): what a command without --at judges. */
export function today(plan: Plan): Day {
  return todayWhere(todayZone(plan));
}

/** `--at` as a day, checked before anything is read; undefined without it. */
export function atOption(at: string | undefined): Day | undefined {
  return at === undefined ? undefined : dayOption('--at', at);
}

export function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new RolloutError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}
