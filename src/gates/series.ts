/**
 * A gate's observations in its window, by day, then by value. Every aggregate reads this order,
 * so that the order of rows in the files (and how they are split over files) never changes a result.
 */
export interface Observations {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
}
