import type { ParsedPlan } from './schema.js';

/** The playbook's timelines by team size: solo business, very small team, small team, growing business, larger. */
export type Timeline = 'solo' | 'big-bang' | 'small' | 'growing' | 'custom';

/** Up to this many people, the playbook switches everyone at once: one person, or two or three. */
export const TINY_TEAM = 3;

/** Up to this many people, the playbook's small team (5-10 people) or smaller. */
export const SMALL_TEAM = 10;

/** The timeline the playbook gives a team of `n` people. */
export function timelineFor(n: number): Timeline {
  if (n <= 1) return 'solo';
  if (n <= TINY_TEAM) return 'big-bang';
  if (n <= SMALL_TEAM) return 'small';
  if (n <= 25) return 'growing';
  return 'custom';
}

/** The timeline a plan follows: its preset, or a big-bang switch. */
export function timelineOf(plan: Pick<ParsedPlan, 'preset' | 'strategy'>): Timeline {
  if (plan.preset === 'solo') return 'solo';
  if (plan.strategy.approach === 'big-bang') return 'big-bang';
  return plan.preset;
}

/**
 * A plan run as the playbook's solo business ("Day 1: switch. Week 1: learn and adjust. Done."):
 * the solo preset, or any big-bang switch of three people or fewer. Nobody to announce to,
 * train or update: the person who switches is the one who plans.
 */
export function isSolo(plan: Pick<ParsedPlan, 'preset' | 'strategy' | 'organization'>): boolean {
  return plan.preset === 'solo' || (plan.strategy.approach === 'big-bang' && plan.organization.headcount <= TINY_TEAM);
}

/** How to choose a timeline in the plan, for a warning's hint. */
export const HOW_TO: Record<Timeline, string> = {
  solo: 'preset: solo',
  'big-bang': 'strategy: { approach: big-bang }',
  small: 'preset: small',
  growing: 'preset: growing',
  custom: 'preset: custom, or phases of your own',
};
