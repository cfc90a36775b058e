import { TZDate } from '@date-fns/tz';
import type { Plan } from '../plan/resolve.js';

/** A launch phase a buddy may come from: when it launched and where its people work. */
interface Candidate {
  launch: string;
  locations: string[];
}

/**
 * The buddies' phase among `earlier`, the launch phases before the readers' whose people read a
 * language they read: one with people where the readers work (`at`), so that a buddy can drop by;
 * else the one whose clocks are closest to theirs, so that the two can talk in working hours
 * (newcomers in Willemstad with Paramaribo, an hour ahead, rather than Amsterdam, five or six);
 * among equals, the last to launch, whose use of the tool is freshest. Without locations, the last.
 */
export function nearestBuddies<T extends Candidate>(plan: Pick<Plan, 'organization'>, earlier: readonly T[], at: readonly string[], day: string): T | null {
  const zones = new Map(plan.organization.locations.map((l) => [l.name, l.timezone]));
  const offset = (location: string) => {
    const zone = zones.get(location);
    return zone === undefined ? undefined : new TZDate(`${day}T12:00:00`, zone).getTimezoneOffset();
  };
  const here = at.flatMap((l) => offset(l) ?? []);
  const distance = (p: T): number => {
    if (p.locations.some((l) => at.includes(l))) return -1;
    const there = p.locations.flatMap((l) => offset(l) ?? []);
    return Math.min(Infinity, ...here.flatMap((a) => there.map((b) => Math.abs(a - b))));
  };
  let best: { phase: T; distance: number } | null = null;
  for (const phase of earlier) {
    const d = distance(phase);
    if (!best || d < best.distance || (d === best.distance && phase.launch >= best.phase.launch)) best = { phase, distance: d };
  }
  return best?.phase ?? null;
}
