import { FEW_PEOPLE } from '../gates/part-people.js';
import { locationSizes } from '../schedule/reach.js';
import type { TimedPhase } from '../schedule/phases.js';
import type { Check } from './checks.js';
import type { Plan } from './resolve.js';

/**
 * The switch-off reads the lowest part started: in a part of a few people its threshold can
 * demand every one of them (80% of 3 is 2.4, so 3), and one colleague on leave then holds it while
 * nearly everyone uses the tool. Said as a hint at the condition of a plan with a roster, with what keeps leave out of the shares.
 */
export function checkEveryoneNeeded(plan: Plan, timed: readonly TimedPhase[]): Check[] {
  // Leave is recorded in the roster: a plan without one has nothing to do about it yet.
  if (!plan.people) return [];
  return timed.flatMap((t) => {
    const when = t.phase.when;
    if (t.kind !== 'decommission' || !when || (when.op !== '>=' && when.op !== '>')) return [];
    const all = (n: number) => n > 0 && n <= FEW_PEOPLE && (when.op === '>=' ? Math.ceil((when.threshold * n) / 100 - 1e-9) >= n : Math.floor((when.threshold * n) / 100 + 1e-9) + 1 >= n);
    const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
    const phases = timed.filter((p) => p.kind === 'launch' && all(p.people)).map((p) => `phase "${p.id}" (${people(p.people)})`);
    const sizes = locationSizes(plan);
    const locations = plan.organization.locations.length < 2 ? [] : plan.organization.locations.flatMap((l, i) => (all(sizes[i]!) ? [`location "${l.name}" (${people(sizes[i]!)})`] : []));
    const parts = [...phases, ...locations];
    if (parts.length === 0) return [];
    const away = plan.people?.columns.away;
    return [
      {
        severity: 'hint',
        code: 'switch-off-needs-everyone',
        path: plan.presetPhases ? ['preset'] : ['phases', t.index, 'when'],
        message: `the switch-off waits until ${when.metric} is ${when.op} ${when.threshold} in every part started, and in ${parts.join(', ')} that is everyone: one person away holds it`,
        hint: `record leave in the roster (${away ? `its ${JSON.stringify(away)} column` : 'a column named in people.columns.away'}, periods such as 15-3-2027 - 26-3-2027): people away count in no share on those days, so the others decide`,
      },
    ];
  });
}
