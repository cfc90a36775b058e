import type { Plan } from '../plan/resolve.js';
import { ContextBuilder } from '../render/context.js';
import { planMessages } from '../render/messages.js';
import type { Schedule } from '../schedule/types.js';
import { sameName } from '../util/same-name.js';

/** A headcount of the plan that one version gives otherwise than the other; null where a version gives none. */
export interface HeadcountChange {
  scope: 'organization' | 'group' | 'location';
  name: string;
  from: number | null;
  to: number | null;
}

/** A message both versions write, on the same day, to another number of people (its `To:` line, a checklist's count). */
export interface Recount {
  /** The draft's file name without its language and format, as render-emails writes it. */
  message: string;
  date: string;
  template: string;
  from: number;
  to: number;
}

/** The headcounts of the organization, its groups and its locations (by name) that changed. */
export function headcountChanges(before: Plan, after: Plan): HeadcountChange[] {
  const out: HeadcountChange[] = [];
  const org = [before.organization.headcount, after.organization.headcount] as const;
  if (org[0] !== org[1]) out.push({ scope: 'organization', name: after.organization.name, from: org[0], to: org[1] });
  const compare = (scope: 'group' | 'location', old: readonly { name: string; headcount?: number }[], now: readonly { name: string; headcount?: number }[]) => {
    for (const n of now) {
      const o = old.find((x) => sameName(x.name, n.name));
      if ((o?.headcount ?? null) !== (n.headcount ?? null)) out.push({ scope, name: n.name, from: o?.headcount ?? null, to: n.headcount ?? null });
    }
    for (const o of old) if (o.headcount !== undefined && !now.some((x) => sameName(x.name, o.name))) out.push({ scope, name: o.name, from: o.headcount, to: null });
  };
  compare('group', before.organization.groups, after.organization.groups);
  compare('location', before.organization.locations, after.organization.locations);
  return out;
}

/**
 * The messages whose count of people changes between two versions: those both write under the same
 * name (a message that moved is a change of the schedule's own), in date order.
 */
export function recountedMessages(before: { plan: Plan; schedule: Schedule }, after: { plan: Plan; schedule: Schedule }): Recount[] {
  const counts = ({ plan, schedule }: { plan: Plan; schedule: Schedule }) => {
    const context = new ContextBuilder(plan, schedule, plan.language);
    return new Map(planMessages(schedule, plan).map((m) => [m.base, { message: m, people: (context.build(m).message as { people: number }).people }]));
  };
  const old = counts(before);
  const out: Recount[] = [];
  for (const [base, now] of counts(after)) {
    const was = old.get(base);
    if (was && was.people !== now.people) out.push({ message: base, date: now.message.date, template: now.message.template, from: was.people, to: now.people });
  }
  return out;
}
