import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { checkCountsAsShares } from './count-as-share.js';
import { checkOneSourcePerMetric } from './one-source.js';
import { checkSurveyLink } from './survey-link.js';
import { checkUngivenMetrics } from './ungiven.js';
import { checkUnreadMetrics } from './unread.js';
import { checkWholeOnlyGates } from './whole-only.js';

/**
 * What `rollout validate` can tell of `sources:` without reading a file: a source that counts
 * people needs the roster, a share audience needs the roster's phase column, what a source
 * computes should be read by a gate, and what a gate reads should come from a source.
 */
export function checkSources(plan: Plan): Check[] {
  const out: Check[] = [];
  const roster = 'add people: { file: people.csv, columns: { person: ... } } (rollout init --people writes one)';
  plan.sources.forEach((source, i) => {
    if (plan.people) return;
    if (source.kind === 'activity' || source.kind === 'sign-ins') out.push({ severity: 'error', code: 'no-roster', path: ['sources', i, 'kind'], message: `${source.kind === 'activity' ? 'an activity' : 'a sign-ins'} source counts the roster people who are active, but the plan has no roster`, hint: roster });
    if (source.kind === 'attendance') out.push({ severity: 'error', code: 'no-roster', path: ['sources', i, 'kind'], message: 'an attendance source counts the roster people who attended a training, but the plan has no roster', hint: roster });
    if ((source.kind === 'responses' || source.kind === 'events') && source.person !== undefined) {
      const rows = source.kind === 'events' ? 'tickets' : 'answers';
      out.push({ severity: 'error', code: 'no-roster', path: ['sources', i, 'person'], message: `person maps ${rows} to the roster, but the plan has no roster`, hint: `${roster}, or leave person out` });
    }
  });
  const counted = new Set(plan.sources.flatMap((s) => (s.kind === 'activity' || s.kind === 'sign-ins' || s.kind === 'attendance' ? [s.metric] : [])));
  if (plan.people && !plan.people.columns.phase) {
    plan.phases.forEach((phase, i) => {
      const share = typeof phase.audience === 'string' && phase.audience.endsWith('%');
      if (share && plan.gates.some((g) => g.phase === phase.id && g.scope !== 'organization' && counted.has(g.metric))) {
        out.push({ severity: 'error', code: 'share-without-phase', path: ['phases', i, 'audience'], message: `phase ${phase.id} brings in a share (${String(phase.audience)}), so the roster has to say who is in it`, hint: 'add a phase column to the roster and name it with people.columns.phase' });
      }
    });
  }
  out.push(...checkUnreadMetrics(plan), ...checkUngivenMetrics(plan), ...checkWholeOnlyGates(plan), ...checkCountsAsShares(plan), ...checkSurveyLink(plan), ...checkOneSourcePerMetric(plan));
  return out;
}
