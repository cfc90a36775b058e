import type { Day } from '../../util/dates.js';
import { scopeTags, type RosterParts, type Scope } from '../scopes.js';
import type { SourcePoint } from './kind.js';

const NONE: ReadonlySet<number> = new Set();

/** What the rows say of a roster person on a day; the highest one of the day counts. */
export const NO_ROW = 0;
export const EXCLUDED = 1;
export const INACTIVE = 2;
export const ACTIVE = 3;
/** How many statuses there are: the slots per roster part in a day's counts (see RosterParts.counts). */
export const STATUSES = 4;

/**
 * On each day, in each scope, the share of its roster people who are active: `counts[d]` holds,
 * per roster part, how many of its people have each status on `days[d]`. People without a row
 * count as not active; excluded ones leave both the count and the total; the parts in
 * `absent[d]` leave that day's shares whole.
 */
export function emitShares(metric: string, scopes: Scope[], parts: RosterParts, days: Day[], counts: Int32Array[], absent: ReadonlySet<number>[], emit: (point: SourcePoint) => void): void {
  for (const scope of scopes) {
    const inScope = parts.inScope(scope);
    // The whole organization's figure counts everyone; a part's own share keeps its people while it is rolled back.
    const everyone = !scope.phase && !scope.group && !scope.location;
    days.forEach((day, d) => {
      const count = counts[d]!;
      const back = everyone ? NONE : parts.backOn(day);
      // People of a part rolled back are on the old tools: they leave the share of the rest beside them.
      const left = inScope.some((part) => back.has(part)) && inScope.some((part) => !back.has(part)) ? back : NONE;
      let total = 0;
      let active = 0;
      let found = 0;
      for (const part of inScope) {
        if (absent[d]!.has(part) || left.has(part)) continue;
        const at = part * STATUSES;
        found += count[at + INACTIVE]! + count[at + ACTIVE]!;
        total += count[at + NO_ROW]! + count[at + INACTIVE]! + count[at + ACTIVE]!;
        active += count[at + ACTIVE]!;
      }
      if (total > 0) emit({ metric, day, value: (active / total) * 100, ...scopeTags(scope), rows: found, exact: true, people: { active, total } });
    });
  }
}
