import type { Day } from '../util/dates.js';

/**
 * The latest value of a metric up to a day, kept while streaming. Several rows on the latest day
 * count as their mean, summed in value order so that row order never changes the result.
 */
export class Latest {
  private day: Day | undefined;
  private values: number[] = [];

  constructor(private readonly until: Day) {}

  add(day: Day, value: number): void {
    if (day > this.until || (this.day !== undefined && day < this.day)) return;
    if (day !== this.day) {
      this.day = day;
      this.values = [];
    }
    this.values.push(value);
  }

  value(): number | undefined {
    if (this.values.length === 0) return undefined;
    const sorted = [...this.values].sort((a, b) => a - b);
    return sorted.reduce((a, b) => a + b, 0) / sorted.length;
  }
}
