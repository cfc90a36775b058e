import type { Check } from './checks.js';
import type { Plan } from './resolve.js';
import type { ParsedPlan } from './schema.js';

/** The playbook's timelines by team size: solo business, very small team, small team, growing business, larger. */
export type Timeline = 'solo' | 'big-bang' | 'small' | 'growing' | 'custom';

/** Up to this many people, the playbook switches everyone at once: one person, or two or three. */
export const TINY_TEAM = 3;

/** Up to this many people, the playbook's small team (5-10 people) or smaller. */
export const SMALL_TEAM = 10;

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
const HOW_TO: Record<Timeline, string> = {
  solo: 'preset: solo',
  'big-bang': 'strategy: { approach: big-bang }',
  small: 'preset: small',
  growing: 'preset: growing',
  custom: 'preset: custom, or phases of your own',
};

/**
 * The sizes the playbook gives each timeline: big bang for "solo businesses, very small teams
 * (2-3 people)", "Small Team (5-10 people)", "Growing Business (10-25 people)" (at 10 both fit),
 * and its phased plan, "recommendation for most businesses", for the larger teams.
 */
const SIZES: Record<Timeline, { from: number; to: number; what: string }> = {
  solo: { from: 1, to: 1, what: "the solo preset follows the playbook's solo business (1 person)" },
  'big-bang': { from: 1, to: TINY_TEAM, what: 'a big-bang switch is what the playbook advises for solo businesses and very small teams (2-3 people)' },
  small: { from: 5, to: SMALL_TEAM, what: "the small preset follows the playbook's small team (5-10 people)" },
  growing: { from: SMALL_TEAM, to: 25, what: "the growing preset follows the playbook's growing business (10-25 people)" },
  custom: { from: TINY_TEAM + 1, to: Infinity, what: "the custom preset follows the playbook's phased plan, which it advises for teams larger than 3 people" },
};

const NAMES: Record<Exclude<Timeline, 'custom'>, string> = { solo: 'the solo preset', 'big-bang': 'a big-bang switch', small: 'the small preset', growing: 'the growing preset' };

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/**
 * A plan that uses a preset or a big-bang switch outside the size the playbook gives it hears
 * which of the playbook's timelines fit its headcount, or that the playbook gives none for it;
 * a plan with phases of its own is custom by choice.
 */
export function checkFit(plan: Plan): Check[] {
  const n = plan.organization.headcount;
  const mine = timelineOf(plan);
  if (!plan.presetPhases && mine !== 'big-bang') return [];
  const fits = (t: Timeline) => SIZES[t].from <= n && n <= SIZES[t].to;
  if (fits(mine)) return [];
  const examples = (Object.keys(NAMES) as (keyof typeof NAMES)[]).filter((t) => t !== mine && fits(t));
  const hint = examples.length
    ? `for ${people(n)} the playbook advises ${examples.map((t) => `${NAMES[t]} (${HOW_TO[t]})`).join(' or ')}`
    : `the playbook gives no example timeline for ${people(n)} (only for 1, 2-3, 5-10 and 10-25 people); for most businesses it advises its phased plan: ${mine === 'big-bang' ? 'strategy: { approach: phased } and ' : ''}${HOW_TO.custom}`;
  const risk = mine === 'big-bang' ? `; a big-bang switch affects all ${n} people at once if problems occur` : '';
  return [{ severity: 'warning', code: mine === 'big-bang' ? 'big-bang' : 'preset-size', path: mine === 'big-bang' ? ['strategy', 'approach'] : ['preset'], message: `${SIZES[mine].what}, not ${n}${risk}`, hint }];
}
