import { planIn, requirePhaseId } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { buildSchedule, filterSchedule } from '../schedule/build.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import { colors, dayOption, requirePlan, writeOut } from './common.js';

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
  const loaded = (await requirePlan(options.plan)).plan;
  const lang = options.lang ?? loaded.language;
  const plan = planIn(loaded, lang);
  if (options.phase !== undefined) requirePhaseId(plan.phases, options.phase);
  const locations = plan.organization.locations.map((l) => l.name);
  if (options.location !== undefined && !locations.includes(options.location)) {
    throw new RolloutError(`--location: no location "${options.location}"${locations.length ? `; locations are ${locations.join(', ')}` : ' (the plan lists none)'}`);
  }
  const full = buildSchedule(plan, start === undefined ? {} : { start });
  const schedule = filterSchedule(full, { phase: options.phase, location: options.location });
  const text = await render(options.format, schedule, lang, options.output === undefined || options.output === '-');
  if (options.output && options.output !== '-') await writeOutputFile(options.output, text, { force: options.force });
  else writeOut(text);
  return EXIT.ok;
}

async function render(format: Format, schedule: Parameters<typeof filterSchedule>[0], lang: Language, toTerminal: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../reporters/schedule/json.js')).scheduleJson(schedule);
    case 'markdown':
      return (await import('../reporters/schedule/markdown.js')).scheduleMarkdown(schedule, lang);
    case 'csv':
      return (await import('../reporters/schedule/csv.js')).scheduleCsv(schedule);
    case 'ics':
      return (await import('../reporters/schedule/ics.js')).scheduleIcs(schedule, lang);
    case 'mermaid':
      return (await import('../reporters/schedule/mermaid.js')).scheduleMermaid(schedule, lang);
    case 'table':
      return (await import('../reporters/schedule/table.js')).scheduleTable(schedule, toTerminal ? colors(process.stdout) : colors({ isTTY: false } as NodeJS.WriteStream), lang);
  }
}
