import type { Plan } from '../plan/resolve.js';
import { messageSender } from '../plan/sender.js';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Who works the checklists: the plan's contact and the owner of its communications. In a small
 * office the organiser is often its only champion, and is not asked to brief or thank themselves.
 */
export function organizers(plan: Plan): string[] {
  return [plan.tool.contact?.name, plan.communications.owner].filter((n): n is string => n !== undefined && n.trim() !== '');
}

/** A champion the organisers are to brief, or null when the champion is one of them. */
export function championToBrief(champion: string | null, plan: Plan): string | null {
  return champion !== null && !organizers(plan).some((o) => same(o, champion)) ? champion : null;
}

/**
 * The champions a message thanks: a checklist leaves out its organisers, an email the person who
 * signs it, so that no one thanks themselves.
 */
export function championsThanked(names: readonly string[], plan: Plan, message: { kind: string; first: boolean }): string[] {
  const self = message.kind === 'checklist' ? organizers(plan) : [messageSender(plan, message.first)?.name].filter((n): n is string => n !== undefined);
  return names.filter((n) => !self.some((s) => same(s, n)));
}
