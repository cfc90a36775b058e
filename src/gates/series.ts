/**
 * A gate's observations in its window, by day, then by value. Every aggregate reads this order,
 * so that the order of rows in the files (and how they are split over files) never changes a result.
 */
export interface Observations {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
  /** Of survey answers from a source with a person column: who gave each (a roster index, -1 for nobody known); see latestAnswers. */
  people?: ArrayLike<number>;
  /** With `people`: when each was given within its day, larger for later. */
  order?: ArrayLike<number>;
}

/** The observations up to and including a day: a view, not a copy (the days are in order). */
export function through(obs: Observations, day: number): Observations {
  const end = daysEnd(obs.days, day);
  const answers = obs.people && obs.order ? { people: slice(obs.people, end), order: slice(obs.order, end) } : {};
  return { days: slice(obs.days, end), values: slice(obs.values, end), ...answers };
}

/** The index past the last observation on or before `day`, searched from `from` on (by halving: the days are in order). */
export function daysEnd(days: ArrayLike<number>, day: number, from = 0): number {
  let low = from;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

const slice = (list: ArrayLike<number>, end: number): ArrayLike<number> =>
  ArrayBuffer.isView(list) ? (list as Float64Array).subarray(0, end) : Array.prototype.slice.call(list, 0, end);
