/**
 * A gate's observations in its window, by day, then by value. Every aggregate reads this order,
 * so that the order of rows in the files (and how they are split over files) never changes a result.
 */
export interface Observations {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** The observations up to and including a day: a view, not a copy (the days are in order). */
export function through(obs: Observations, day: number): Observations {
  const { days, values } = obs;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return { days: slice(days, low), values: slice(values, low) };
}

const slice = (list: ArrayLike<number>, end: number): ArrayLike<number> =>
  ArrayBuffer.isView(list) ? (list as Float64Array).subarray(0, end) : Array.prototype.slice.call(list, 0, end);
