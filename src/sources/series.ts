import type { ImportReport } from '../gates/csv.js';
import { roundObserved } from '../gates/compare.js';
import type { Plan } from '../plan/resolve.js';
import type { Metric } from '../plan/schema.js';
import { formatDay, type Day } from '../util/dates.js';
import { readSources, type SourcePoint, type SourcesInput } from './read.js';
import { allScopes } from './scopes.js';

/** One value of the daily series the sources give: what `rollout metrics` prints. */
export interface SeriesRow {
  date: string;
  metric: string;
  /** The day's value; for survey answers, their mean (a gate may aggregate them otherwise, e.g. as an NPS). */
  value: number;
  phase?: string;
  group?: string;
  location?: string;
  /** Export rows that went into the value. */
  rows: number;
}

export interface SeriesOutput {
  series: SeriesRow[];
  imports: ImportReport[];
  warnings: string[];
}

/** Every metric the sources give, per day and per scope (the organization, each phase, group and location, and each gate's), up to a day. */
export async function sourceSeries(plan: Plan, input: Pick<SourcesInput, 'baseDir' | 'locate' | 'lenient' | 'awaited'>, until: Day): Promise<SeriesOutput> {
  const metrics = new Map<string, Metric | undefined>(plan.metrics.map((m) => [m.name, m]));
  const answers = new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric));
  const groups = new Map<string, { row: SeriesRow; sum: number; points: number }>();
  const add = (p: SourcePoint) => {
    const key = [p.metric, p.phase, p.group, p.location, p.day].join('\u0000');
    const known = groups.get(key);
    if (known) {
      known.sum += p.value;
      known.points++;
      known.row.rows += p.rows;
      return;
    }
    const row: SeriesRow = { date: formatDay(p.day), metric: p.metric, value: 0, ...(p.phase ? { phase: p.phase } : {}), ...(p.group ? { group: p.group } : {}), ...(p.location ? { location: p.location } : {}), rows: p.rows };
    groups.set(key, { row, sum: p.value, points: 1 });
  };
  const { imports, warnings } = await readSources({ plan, metrics, answers, scopes: (metric) => allScopes(plan, metric), readOn: until, ...input }, (p) => {
    if (p.day > until) return;
    add(p);
    // A survey answer is its respondent's, and the whole organization's too, as the gates that
    // read everyone's answers count it; a share (exact) has a value of its own for the organization.
    if (!p.exact && (p.phase || p.group || p.location)) add({ metric: p.metric, day: p.day, value: p.value, rows: p.rows });
  });
  // Several points of one day and scope are survey answers: the day shows their mean.
  const series = [...groups.values()].map(({ row, sum, points }) => ({ ...row, value: roundObserved(sum / points) }));
  const scope = (r: SeriesRow) => `${r.phase ?? ''}\u0000${r.group ?? ''}\u0000${r.location ?? ''}`;
  series.sort((a, b) => a.metric.localeCompare(b.metric) || scope(a).localeCompare(scope(b)) || a.date.localeCompare(b.date));
  return { series, imports, warnings };
}
