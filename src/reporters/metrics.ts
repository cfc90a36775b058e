import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { SeriesRow } from '../sources/series.js';

const COLUMNS = ['date', 'metric', 'value', 'phase', 'group', 'location', 'rows'] as const;

/** Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text. */
const cell = (value: string | undefined): string => (value === undefined ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function metricsCsv(series: SeriesRow[]): string {
  const rows = series.map((r) => [r.date, cell(r.metric), r.value, cell(r.phase), cell(r.group), cell(r.location), r.rows]);
  return stringify([[...COLUMNS], ...rows], { record_delimiter: '\r\n' });
}

export function metricsJson(series: SeriesRow[]): string {
  return `${JSON.stringify({ series: series.map((r) => ({ date: r.date, metric: r.metric, value: r.value, phase: r.phase ?? null, group: r.group ?? null, location: r.location ?? null, rows: r.rows })) }, null, 2)}\n`;
}

/** A row without phase, group and location is the whole organization, as in csv, json and a metrics export. */
export function metricsTable(series: SeriesRow[], c: ChalkInstance): string {
  const table = new Table({ head: [...COLUMNS], style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } });
  for (const r of series) table.push([r.date, c.bold(r.metric), { content: String(r.value), hAlign: 'right' }, r.phase ?? '', r.group ?? '', r.location ?? '', { content: String(r.rows), hAlign: 'right' }]);
  return `${table.toString()}\n`;
}
