import { errorAt } from '../util/place.js';
import { shown } from '../csv/shown.js';
import { didYouMean } from '../util/suggest.js';

export const ROLES = ['date', 'metric', 'value', 'phase', 'group', 'location'] as const;
export type Role = (typeof ROLES)[number];
export type ColumnNames = Partial<Record<Role, string>>;

export interface Layout {
  kind: 'long' | 'wide';
  /** Column index per role present in the file. */
  columns: Partial<Record<Role, number>>;
  /** Wide layout: one metric per column. */
  metricColumns: { index: number; metric: string }[];
  /** Wide layout under --lenient: columns that name no metric, left out. */
  ignored: string[];
  width: number;
}

const norm = (name: string): string => name.trim().toLowerCase();

/** A line above the header: a report's name or the day it was exported, one cell that is not the date column. */
export function isTitle(cells: readonly string[], names: ColumnNames): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 0 || (filled.length === 1 && norm(filled[0]!) !== norm(names.date ?? 'date'));
}

/** How many of the column names a metrics export may have (its roles' and the metrics') `cells` hold: what decides its delimiter. */
export function namedColumns(cells: readonly string[], names: ColumnNames, known: ReadonlySet<string>): number {
  const found = new Set(cells.map(norm));
  return [...new Set([...ROLES.map((role) => norm(names[role] ?? role)), ...[...known].map(norm)])].filter((name) => found.has(name)).length;
}

/** Reads the header row, on `line`: long (date, metric, value) or wide (date plus one column per metric). */
export function readHeader(header: string[], names: ColumnNames, known: ReadonlySet<string>, file: string, lenient: boolean, line = 1): Layout {
  const at = (message: string) => errorAt({ file, line }, message);
  const columns: Layout['columns'] = {};
  const seen = new Map<string, number>();
  header.forEach((cell, index) => {
    if (seen.has(norm(cell))) throw at(`column ${shown(cell.trim())} appears twice; give every column its own name`);
    seen.set(norm(cell), index);
  });
  for (const role of ROLES) {
    const index = seen.get(norm(names[role] ?? role));
    if (index !== undefined) columns[role] = index;
  }
  const label = (role: Role) => `"${names[role] ?? role}"`;
  if (columns.date === undefined) {
    const hint = didYouMean(names.date ?? 'date', header) ?? 'or map your column with metricsImport.columns.date in the plan';
    throw at(`no date column ${label('date')} in the header (${listed(header)}); ${hint}`);
  }
  if (columns.metric !== undefined || columns.value !== undefined) {
    for (const role of ['metric', 'value'] as const) {
      if (columns[role] === undefined) throw at(`a long export needs the columns ${label('date')}, ${label('metric')} and ${label('value')}; ${label(role)} is missing (map it with metricsImport.columns.${role})`);
    }
    return { kind: 'long', columns, metricColumns: [], ignored: [], width: header.length };
  }
  const roleIndexes = new Set(Object.values(columns));
  const metricColumns: Layout['metricColumns'] = [];
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    if (roleIndexes.has(index)) return;
    const metric = cell.trim();
    if (known.has(metric)) metricColumns.push({ index, metric });
    else if (lenient) ignored.push(metric);
    else throw at(`column ${shown(metric)} is not a metric of the plan; ${didYouMean(metric, known) ?? addMetric(metric)}`);
  });
  if (metricColumns.length === 0) throw at(`no metric columns; a wide export has ${label('date')} and one column per metric, such as active_use_pct`);
  return { kind: 'wide', columns, metricColumns, ignored, width: header.length };
}

/** The first few column names of a header, for a message that stays one short line. */
function listed(header: string[]): string {
  const names = header.slice(0, 8).map((h) => shown(h.trim()).slice(1, -1));
  return header.length > 8 ? `${names.join(', ')} and ${header.length - 8} more` : names.join(', ');
}

/** A hint that works for any column name: a metric name needs letters, digits and _ only. */
function addMetric(column: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(column)) return 'add it under metrics in the plan, or run with --lenient to leave it out';
  return `read it through sources: in the plan, e.g. { file: ..., kind: daily, date: ..., metrics: { my_metric: ${shown(column)} } }, or run with --lenient to leave it out`;
}
