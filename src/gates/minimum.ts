import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { isSurveyGate } from '../plan/success-gates.js';
import type { TimedPhase } from '../schedule/phases.js';
import { daysEnd } from './series.js';
import { sameName } from '../util/same-name.js';

/** The playbook's surveys go to a team: below five answers one person's mood decides. */
const SURVEY_ANSWERS = 5;
/** Never judge a survey on one answer, however small the scope. */
const FEWEST_ANSWERS = 2;
/** A trend over two days is a line through two points. */
export const SLOPE_DAYS = 3;

/** What a gate needs before it judges: rows (answers, for a survey), and days for a slope. */
export interface Minimum {
  samples: number;
  days: number;
  survey: boolean;
}

/**
 * The people a gate speaks for: its phase's (everyone, with `scope: organization`), narrowed to
 * its location or group when their headcount is known (a phase that brings in nobody speaks for
 * the whole organization).
 */
export function peopleInScope(plan: Plan, gate: Gate, phase: TimedPhase): number {
  const sizes = [phase.people > 0 && gate.scope !== 'organization' ? phase.people : plan.organization.headcount];
  const location = gate.location && plan.organization.locations.find((l) => sameName(l.name, gate.location!));
  if (location && location.headcount !== undefined) sizes.push(location.headcount);
  const group = gate.group && plan.organization.groups.find((g) => sameName(g.name, gate.group!));
  if (group) sizes.push(group.headcount);
  return Math.min(...sizes);
}

/** Answers a survey needs among `people`: five, or everyone when fewer, but never fewer than two. */
export function surveyMinimum(people: number): number {
  return Math.max(FEWEST_ANSWERS, Math.min(SURVEY_ANSWERS, people));
}

/**
 * The plan's own minimums win; otherwise a survey gate needs five answers, or everyone in its
 * scope when fewer people are, but never fewer than two; any other gate one row.
 */
export function gateMinimum(plan: Plan, gate: Gate, phase: TimedPhase): Minimum {
  const survey = isSurveyGate(plan, gate);
  const fallback = survey ? surveyMinimum(peopleInScope(plan, gate, phase)) : 1;
  return { samples: gate.minSamples ?? fallback, days: gate.minDays ?? SLOPE_DAYS, survey };
}

/** Distinct days among observations sorted by day. */
export function distinctDays(days: ArrayLike<number>): number {
  let n = 0;
  // From day to day, not row to row: a window holds few days and can hold a million rows.
  for (let i = 0; i < days.length; i = daysEnd(days, days[i]!, i)) n++;
  return n;
}
