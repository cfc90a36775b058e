import { minimalPlan } from '../helpers.js';

/*
 * A branch's own critical gate is due the day before the switch-off it guards (Friday 26 February
 * 2027). It failed, and the coordinator wrote the branch's rollback into the plan the Monday after:
 * the switch-off waits for the branch, but the gate was judged on its day and caused the rollback.
 */
const place = (name: string, headcount: number) => ({ name, timezone: 'America/Paramaribo', headcount });

export const branchPlan = (rollback?: Record<string, unknown>) =>
  minimalPlan({
    start: '2027-02-01',
    organization: { name: 'Acme', headcount: 30, locations: [place('Paramaribo', 24), place('Nieuw Nickerie', 6)] },
    phases: [
      { id: 'office', name: 'Office', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'branch', name: 'Branch', audience: { locations: ['Nieuw Nickerie'] }, weeks: 2 },
      { id: 'switch-off', name: 'Switch off', kind: 'decommission', audience: 'none', weeks: 1 },
    ],
    gates: [{ id: 'branch-active', phase: 'branch', metric: 'active_use_pct', threshold: 60, due: 'day-before', location: 'Nieuw Nickerie', guards: 'decommission', severity: 'critical' }],
    ...(rollback ? { rollback } : {}),
  });
