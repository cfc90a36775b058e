import type { Day } from '../util/dates.js';

/** Observations of one gate in its window, in growable typed arrays so a large export stays small. */
export class Series {
  private dayBuf = new Int32Array(64);
  private valueBuf = new Float64Array(64);
  length = 0;

  push(day: Day, value: number): void {
    if (this.length === this.dayBuf.length) {
      this.dayBuf = grow(this.dayBuf, new Int32Array(this.length * 2));
      this.valueBuf = grow(this.valueBuf, new Float64Array(this.length * 2));
    }
    this.dayBuf[this.length] = day;
    this.valueBuf[this.length] = value;
    this.length++;
  }

  /**
   * Observations by day, then by value. Every aggregate reads this order, so that the order of
   * rows in the files (and how they are split over files) never changes a result.
   */
  sorted(): Observations {
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => this.dayBuf[a]! - this.dayBuf[b]! || this.valueBuf[a]! - this.valueBuf[b]!);
    return {
      days: Int32Array.from(order, (i) => this.dayBuf[i]!),
      values: Float64Array.from(order, (i) => this.valueBuf[i]!),
    };
  }
}

export interface Observations {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
