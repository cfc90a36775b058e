import { sourceSeries } from '../sources/series.js';
import { metricsCsv, metricsJson, metricsTable } from '../reporters/metrics.js';
import type { Plan } from '../plan/resolve.js';
import { readWindow } from '../sources/read-window.js';
import { formatDay, type Day } from '../util/dates.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import { atOption, choice, colors, requirePlan, say, today, withRosterGroups, writeOut } from './common.js';
import { reportImports, sourcesToRead } from './sources.js';

export interface MetricsOptions {
  plan: string;
  at?: string;
  format: string;
  lenient?: boolean;
  output?: string;
  force?: boolean;
}

const FORMATS = ['table', 'csv', 'json'] as const;

/** Why nothing was measured by `until`: a second try does not read the first attempt's exports; else the exports start later. */
function whyNone(plan: Plan, until: Day): string {
  const { from } = readWindow(plan);
  if (from !== undefined && until < from) return `this second try reads the exports from ${formatDay(from)} on (restart.readFrom, by default start), none of the first attempt's`;
  return 'if the exports start later, pass --at with a day they cover';
}

export async function metricsCommand(options: MetricsOptions): Promise<number> {
  const format = choice('format', options.format, FORMATS);
  const at = atOption(options.at);
  const { plan: written, loaded } = await requirePlan(options.plan);
  // A preset's halves start whom the roster's phase column puts in them: the exports are due from the first launch the schedule gives.
  const plan = await withRosterGroups(options.plan, loaded, written);
  const until = at ?? today(plan);
  if (plan.sources.length === 0) throw new RolloutError(`${options.plan}: the plan has no sources; describe your exports under sources: (see rollout metrics --help)`);
  const sources = await sourcesToRead(plan, options.plan, loaded, until, 'no values are computed until then');
  const { series, imports, warnings } = await sourceSeries(plan, { ...sources, lenient: options.lenient ?? false }, until);
  reportImports(imports, warnings);
  // An empty table alone reads as "nothing measured"; the usual cause is an --at (today) before the exports.
  if (series.length === 0) say(`rollout: no values up to ${formatDay(until)}${options.at === undefined ? ' (today)' : ''}; ${whyNone(plan, until)}`, colors(process.stderr).yellow);
  const text = format === 'csv' ? metricsCsv(series) : format === 'json' ? metricsJson(series) : metricsTable(series, colors(process.stdout));
  if (options.output === undefined || options.output === '-') writeOut(text);
  else await writeOutputFile(options.output, text, { force: options.force });
  return EXIT.ok;
}
