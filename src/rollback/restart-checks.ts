import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';

/**
 * A second try comes after the attempt it follows rolled back, and reads no export of it: its
 * readFrom, when given, is after that rollback.
 */
export function checkRestart(plan: Plan): Check[] {
  const { restart } = plan;
  if (!restart) return [];
  const { rolledBackOn, readFrom } = restart;
  const out: Check[] = [];
  if (rolledBackOn >= plan.start) {
    out.push({ severity: 'error', code: 'restart-dates', path: ['restart', 'rolledBackOn'], message: `the earlier attempt rolled back on ${rolledBackOn}, not before this try starts on ${plan.start}`, hint: "write the earlier plan's rollback.on here, and a start after it" });
  }
  if (readFrom !== undefined && readFrom <= rolledBackOn) {
    out.push({ severity: 'error', code: 'restart-dates', path: ['restart', 'readFrom'], message: `readFrom ${readFrom} would read the exports of the earlier attempt, which rolled back on ${rolledBackOn}`, hint: `choose a day after ${rolledBackOn}, or leave out readFrom to read from start` });
  }
  if (readFrom !== undefined && readFrom > plan.start) {
    out.push({ severity: 'warning', code: 'restart-dates', path: ['restart', 'readFrom'], message: `readFrom ${readFrom} is after this try starts on ${plan.start}: the exports of its first days are not read`, hint: 'leave out readFrom to read from start, or give an earlier day' });
  }
  if (restart.changed === undefined) {
    out.push({ severity: 'warning', code: 'restart-unchanged', path: ['restart'], message: 'says why the first attempt rolled back, not what is different this time: the announcement and the welcome cannot tell people', hint: 'write it in restart.changed, in each language of the plan' });
  }
  return out;
}
