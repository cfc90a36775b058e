import type { Source } from '../../plan/sources-schema.js';
import { outsideRange, RANGE_FIX } from '../../plan/metric-range.js';
import type { Day } from '../../util/dates.js';
import { cellInMessage, readNumber, type Header, type NumberFormat } from '../columns.js';
import { countsPeople, shareForm, totalColumn } from '../count-as-share.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Row } from '../table.js';
import type { KindContext, KindReader, RowFilter, SourcePoint } from './kind.js';

type Daily = Extract<Source, { kind: 'daily' }>;

interface Bad {
  column: number;
  problem: string;
  /** How to fix the plan, when the plan is at fault. */
  fix?: string;
}

/** One column read as the metric; `asShare` is the share form to write instead when the column counts people. */
type Reading = { metric: string; index: number; asShare?: string } | { metric: string; numerator: number; denominator: number };

/**
 * One row per day with counts for the whole organization: each metric a column, or a
 * numerator and denominator read as a percentage. Overlapping exports give one value a day.
 */
export class DailyReader implements KindReader {
  private readings: Reading[] = [];
  /** Said once for the source, not once per file. */
  private warned = false;
  /** metric -> date id -> value; a later file's row for a day replaces an earlier one's. */
  private readonly values = new Map<string, Map<number, number>>();

  constructor(
    private readonly source: Daily,
    private readonly context: KindContext,
    private readonly numbers: NumberFormat,
  ) {}

  header(header: Header): void {
    const { label } = this.context;
    this.readings = Object.entries(this.source.metrics).map(([metric, spec]) => {
      const key = `${label}.metrics.${metric}`;
      if (typeof spec === 'string') return this.single(metric, spec, header, key);
      return { metric, numerator: header.column(spec.numerator, `${key}.numerator`), denominator: header.column(spec.denominator, `${key}.denominator`) };
    });
  }

  /** A column read as it is; a percentage read from a column that counts people is said, with the share to write. */
  private single(metric: string, column: string, header: Header, key: string): Reading {
    const index = header.column(column, key);
    if (this.context.metrics.get(metric)?.unit !== 'percent' || !countsPeople(column)) return { metric, index };
    const asShare = shareForm(metric, header.cells[index]!.trim(), totalColumn(header.cells));
    if (!this.warned) this.context.warn(`${header.file}: ${key} reads "${column}", a count of people, as the percentage ${metric} (8 people would be 8%); write ${asShare}`);
    this.warned = true;
    return { metric, index, asShare };
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (!filter.matches || filter.excluded) return;
    const found: [string, number][] = [];
    for (const reading of this.readings) {
      const value = 'index' in reading ? this.cell(row, reading) : this.ratio(row, reading);
      if (typeof value === 'object') return file.bad(row.line, value.column, value.problem, 1, value.fix);
      if (value !== undefined) found.push([reading.metric, value]);
    }
    for (const [metric, value] of found) {
      let byDate = this.values.get(metric);
      if (!byDate) this.values.set(metric, (byDate = new Map()));
      byDate.set(date, value);
    }
  }

  /** A column's value in the metric's unit; undefined for an empty cell. */
  private cell(row: Row, { index, metric, asShare }: { index: number; metric: string; asShare?: string }): number | Bad | undefined {
    const text = row.text(index).trim();
    if (text === '') return undefined;
    const percentSign = text.endsWith('%');
    const value = readNumber(percentSign ? text.slice(0, -1) : text, this.numbers);
    if (value === undefined) return { column: index + 1, problem: `${metric} value${cellInMessage(text)} is not a number` };
    const described = this.context.metrics.get(metric);
    if (described?.unit !== 'percent') {
      const outside = outsideRange(value, described);
      return outside ? { column: index + 1, problem: `${metric} value${cellInMessage(text)} ${outside}`, fix: RANGE_FIX } : value;
    }
    const percent = !percentSign && described.scale === '0-1' ? value * 100 : value;
    if (percent < 0 || percent > 100) {
      // A count of people above 100 is no bad export but a column that is no percentage.
      const fix = asShare && Number.isInteger(value) ? `the column counts people: write ${asShare}` : undefined;
      return { column: index + 1, problem: `${metric} value${cellInMessage(text)} is not a percentage from 0 to 100`, ...(fix ? { fix } : {}) };
    }
    return percent;
  }

  private ratio(row: Row, r: { metric: string; numerator: number; denominator: number }): number | Bad | undefined {
    const top = row.text(r.numerator).trim();
    const bottom = row.text(r.denominator).trim();
    if (top === '' || bottom === '') return undefined;
    const numerator = readNumber(top, this.numbers);
    if (numerator === undefined) return { column: r.numerator + 1, problem: `${r.metric} numerator${cellInMessage(top)} is not a number` };
    const denominator = readNumber(bottom, this.numbers);
    if (denominator === undefined || denominator <= 0) return { column: r.denominator + 1, problem: `${r.metric} denominator${cellInMessage(bottom)} is not a number above 0` };
    return (numerator / denominator) * 100;
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    for (const [metric, byDate] of this.values) {
      const byDay = new Map<Day, number>();
      for (const [date, value] of byDate) {
        const day = dates.day(date);
        if (day !== undefined) byDay.set(day, value);
      }
      for (const [day, value] of [...byDay].sort((a, b) => a[0] - b[0])) emit({ metric, day, value, rows: 1 });
    }
  }
}
