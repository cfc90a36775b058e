import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';

/*
 * A `daily` source may read a percentage from one column, but a column that counts people
 * (Slack's `Weekly active members`) read that way turns 8 people into 8%: a gate then judges a
 * count against a share and nothing says so. A real share can be low, so the values alone tell
 * nothing below 100; the column's name does: people counted, and no word for a share.
 */

/** Words of a header that counts people, in English and Dutch. */
const PEOPLE = /\b(members?|membership|users?|people|persons?|accounts?|seats?|leden|gebruikers|medewerkers|personen|deelnemers)\b/i;
/** Words of a header that holds a share of them. */
const SHARE = /%|\b(percent|percentage|pct|share|rate|ratio|procent|aandeel)\b/i;

/** True for a header that names a count of people, such as `Weekly active members`. */
export function countsPeople(column: string): boolean {
  return PEOPLE.test(column) && !SHARE.test(column);
}

/** The export's column that counts everyone, such as Slack's `Total Enabled Membership`: the denominator to suggest. */
export function totalColumn(cells: readonly string[]): string | undefined {
  const totals = cells.map((c) => c.trim()).filter((c) => /^total\b/i.test(c));
  return totals.find((c) => PEOPLE.test(c)) ?? totals[0];
}

/** What to write instead: the share of the counted people in everyone. */
export function shareForm(metric: string, column: string, total: string | undefined): string {
  return `${metric}: { numerator: ${column}, denominator: ${total ?? "<the column that counts everyone, such as Total Enabled Membership in Slack's overview>"} }`;
}

/** A percentage metric that a `daily` source (`index` into sources) reads from one column whose header counts people. */
export interface CountedShare {
  index: number;
  metric: string;
  column: string;
}

export function countedShares(plan: Plan): CountedShare[] {
  const percent = new Set(plan.metrics.filter((m) => m.unit === 'percent').map((m) => m.name));
  return plan.sources.flatMap((source, index) =>
    source.kind !== 'daily'
      ? []
      : Object.entries(source.metrics).flatMap(([metric, column]) => (typeof column === 'string' && percent.has(metric) && countsPeople(column) ? [{ index, metric, column }] : [])),
  );
}

/** What to do about one: `total`, the export's column that counts everyone, when its header was read. */
export function countedShareHint({ metric, column }: CountedShare, total: string | undefined): string {
  return `write ${shareForm(metric, column, total)}; if the column does hold a percentage, this warning can be ignored`;
}

/** For `validate`: each percentage metric read from one column whose header counts people. */
export function checkCountsAsShares(plan: Plan): Check[] {
  return countedShares(plan).map((share) => ({
    severity: 'warning',
    code: 'count-as-share',
    path: ['sources', share.index, 'metrics', share.metric],
    message: `${share.metric} is a percentage, but the column "${share.column}" counts people: each day's count would be read as a percentage (8 people as 8%)`,
    hint: countedShareHint(share, undefined),
  }));
}
