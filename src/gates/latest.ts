import type { Day } from '../util/dates.js';
import { meanInOrder } from './aggregate.js';

/**
 * The latest value of a metric up to a day, per series: each location, group and phase reporting
 * on its own. The result is the lowest of those latest values, so one location at 95% cannot hide
 * two others at 20%. Several rows of one series on its latest day count as their mean, summed in
 * value order so that row order never changes the result.
 */
export class Latest<Tag = undefined> {
  /** Each series' latest day, and its rows as given (views, not copies): a day can hold thousands. */
  private readonly series = new Map<string, { day: Day; parts: ArrayLike<number>[]; tag?: Tag }>();

  constructor(private readonly until: Day) {}

  /** `values` are the rows of one series on one day, kept as given (so unchanged until read); `tag` says whose they are. */
  add(day: Day, values: ArrayLike<number>, key = '', tag?: Tag): void {
    if (day > this.until) return;
    const known = this.series.get(key);
    if (known && day < known.day) return;
    if (!known || day > known.day) this.series.set(key, { day, parts: [values], ...(tag !== undefined ? { tag } : {}) });
    else known.parts.push(values);
  }

  value(): number | undefined {
    return this.lowest()?.value;
  }

  /** The lowest series' value and tag; of equals, the one whose key sorts first, so that row order never picks it. */
  lowest(): { value: number; tag: Tag | undefined } | undefined {
    let low: { value: number; tag: Tag | undefined; key: string } | undefined;
    for (const [key, { parts, tag }] of this.series) {
      const value = meanInOrder(parts.length === 1 ? parts[0]! : joined(parts));
      if (low === undefined || value < low.value || (value === low.value && key < low.key)) low = { value, tag, key };
    }
    return low && { value: low.value, tag: low.tag };
  }
}

/** The rows of one series on one day, when they came in several parts, as one list. */
function joined(parts: ArrayLike<number>[]): Float64Array {
  const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
