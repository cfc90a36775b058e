import { fstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { planIn, requirePhaseId } from '../plan/resolve.js';
import { locationLanguages } from '../plan/location-languages.js';
import type { Language } from '../plan/schema.js';
import { severalClocks } from '../reporters/schedule/clocks.js';
import { filterSchedule, recordedSchedule } from '../schedule/build.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import { colors, dayOption, requirePlan, say, withRosterGroups, writeOut } from './common.js';
import { readBounded } from '../util/read.js';
import type { PreviousEntry } from '../reporters/schedule/ics-previous.js';

type Format = 'table' | 'json' | 'markdown' | 'csv' | 'ics' | 'mermaid';

export interface ScheduleOptions {
  plan: string;
  format: Format;
  start?: string;
  phase?: string;
  location?: string;
  output?: string;
  force?: boolean;
  /** Commander has checked it against the languages. */
  lang?: Language;
}

export async function scheduleCommand(options: ScheduleOptions): Promise<number> {
  if (options.output?.trim() === '') throw new RolloutError('--output must name a file, or - for standard output');
  const start = options.start === undefined ? undefined : dayOption('--start', options.start);
  const read = await requirePlan(options.plan);
  // The announcement names a targeted group in each phase the roster puts its people in.
  const loaded = await withRosterGroups(options.plan, read.loaded, read.plan);
  // One location's calendar is for its people: in the first language they read.
  const lang = options.lang ?? (options.location === undefined ? loaded.language : locationLanguages(loaded, options.location)[0]) ?? loaded.language;
  const plan = planIn(loaded, lang);
  if (options.phase !== undefined) requirePhaseId(plan.phases, options.phase);
  const locations = plan.organization.locations.map((l) => l.name);
  if (options.location !== undefined && !locations.includes(options.location)) {
    throw new RolloutError(`--location: no location "${options.location}"${locations.length ? `; locations are ${locations.join(', ')}` : ' (the plan lists none)'}`);
  }
  const full = recordedSchedule(plan, start === undefined ? {} : { start });
  const schedule = filterSchedule(full, { phase: options.phase, location: options.location });
  const toFile = options.output !== undefined && options.output !== '-';
  // A calendar written over the one before carries its SEQUENCEs on (README: the calendar).
  const previous = options.format === 'ics' && toFile && options.force ? await previousIcs(options.output!) : undefined;
  // One location's or phase's times say whose clock they are on when the whole plan's are on several.
  const text = await render(options.format, schedule, lang, !toFile, severalClocks(full), previous);
  if (toFile) await writeOutputFile(options.output!, text, { force: options.force });
  else {
    writeOut(text);
    // Said once the calendar is written: a failed write says only why it failed.
    if (options.format === 'ics' && stdoutIsFile()) say('rollout: warning: a calendar sent to a file with > cannot carry on the SEQUENCE numbers of the one it replaces, so calendars that have that one may ignore some changes; write it with -o FILE --force instead', colors(process.stderr).yellow);
  }
  return EXIT.ok;
}

/** The bound on reading the calendar a new one replaces: rollout's own output, 27,000 entries in about 10 MiB. */
const MAX_PREVIOUS_BYTES = 64 * 1024 * 1024;

/** The entries of the calendar file about to be replaced; none when there is no file, or it is not rollout's. */
async function previousIcs(file: string): Promise<Map<string, PreviousEntry> | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const { previousCalendar } = await import('../reporters/schedule/ics-previous.js');
  return previousCalendar((await readBounded(file, MAX_PREVIOUS_BYTES, { what: 'the calendar it replaces' })).toString('utf8'));
}

/** Whether standard output is a regular file: `> rollout.ics`, which the shell emptied before the run. */
function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

async function render(format: Format, schedule: Parameters<typeof filterSchedule>[0], lang: Language, toTerminal: boolean, clocks: boolean, previous?: Map<string, PreviousEntry>): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../reporters/schedule/json.js')).scheduleJson(schedule);
    case 'markdown':
      return (await import('../reporters/schedule/markdown.js')).scheduleMarkdown(schedule, lang, clocks);
    case 'csv':
      return (await import('../reporters/schedule/csv.js')).scheduleCsv(schedule);
    case 'ics':
      return (await import('../reporters/schedule/ics.js')).scheduleIcs(schedule, lang, new Date(), previous);
    case 'mermaid':
      return (await import('../reporters/schedule/mermaid.js')).scheduleMermaid(schedule, lang);
    case 'table':
      return (await import('../reporters/schedule/table.js')).scheduleTable(schedule, toTerminal ? colors(process.stdout) : colors({ isTTY: false } as NodeJS.WriteStream), lang, clocks);
  }
}
