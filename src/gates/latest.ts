import type { Day } from '../util/dates.js';
import { meanInOrder } from './aggregate.js';

/**
 * The latest value of a metric up to a day, kept while streaming, per series: each location,
 * group and phase reporting on its own. The result is the lowest of those latest values, so one
 * location at 95% cannot hide two others at 20%. Several rows of one series on its latest day
 * count as their mean, summed in value order so that row order never changes the result.
 */
export class Latest<Tag = undefined> {
  private readonly series = new Map<string, { day: Day; values: number[]; tag?: Tag }>();

  constructor(private readonly until: Day) {}

  /** `values` are the rows of one series on one day; `tag` says whose they are. */
  add(day: Day, values: ArrayLike<number>, key = '', tag?: Tag): void {
    if (day > this.until) return;
    const known = this.series.get(key);
    if (known && day < known.day) return;
    if (!known || day > known.day) this.series.set(key, { day, values: Array.from(values), ...(tag !== undefined ? { tag } : {}) });
    else for (let i = 0; i < values.length; i++) known.values.push(values[i]!);
  }

  value(): number | undefined {
    return this.lowest()?.value;
  }

  /** The lowest series' value and tag (the first of equals). */
  lowest(): { value: number; tag: Tag | undefined } | undefined {
    let low: { value: number; tag: Tag | undefined } | undefined;
    for (const { values, tag } of this.series.values()) {
      const value = meanInOrder(values);
      if (low === undefined || value < low.value) low = { value, tag };
    }
    return low;
  }
}
