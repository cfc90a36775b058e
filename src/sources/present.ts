/**
 * The one rule for who counts on a day, from the roster's `joined` and `left` columns: a person is
 * there from the day they joined (-Infinity when the roster does not say) up to the day before
 * they left (`left` is the first day they are gone; Infinity when they have not left).
 */
export function presentOn(joined: number, left: number, day: number): boolean {
  return joined <= day && day < left;
}

/** Whether a person is there on some day from `from` to `to`: a joiner during a phase is one of its people. */
export function presentDuring(joined: number, left: number, from: number, to: number): boolean {
  return joined <= to && from < left;
}
