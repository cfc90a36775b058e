import { metricRange } from './metric-range.js';
import type { Metric } from './schema.js';

/** The playbook's satisfaction question and goal: from 1 to 10, a mean of 7 or more. */
const PLAYBOOK_SCALE: readonly [number, number] = [1, 10];
const PLAYBOOK_GOAL = 7;

/** The scale the satisfaction question asks on: the range of the plan's `satisfaction`, else the playbook's 1 to 10. */
export function satisfactionScale(metrics: readonly Pick<Metric, 'name' | 'range'>[]): readonly [number, number] {
  return metricRange(metrics.find((m) => m.name === 'satisfaction')) ?? PLAYBOOK_SCALE;
}

/**
 * The playbook's goal on that scale: as far up it as 7 is on 1 to 10 (two thirds), so that the
 * same opinions pass on any scale; to one decimal, as a mean is shown. 7 on 1 to 10, 3.7 on 1 to 5.
 */
export function satisfactionGoal(metrics: readonly Pick<Metric, 'name' | 'range'>[]): number {
  const [lo, hi] = satisfactionScale(metrics);
  const share = (PLAYBOOK_GOAL - PLAYBOOK_SCALE[0]) / (PLAYBOOK_SCALE[1] - PLAYBOOK_SCALE[0]);
  return Math.round((lo + share * (hi - lo)) * 10) / 10;
}

/** The playbook's goal said for a scale other than its own: `the playbook's 7 of 10 is 3.7 on 1 to 5`. */
export function playbookGoalOn(metrics: readonly Pick<Metric, 'name' | 'range'>[]): string | undefined {
  const [lo, hi] = satisfactionScale(metrics);
  if (lo === PLAYBOOK_SCALE[0] && hi === PLAYBOOK_SCALE[1]) return undefined;
  return `the playbook's ${PLAYBOOK_GOAL} of ${PLAYBOOK_SCALE[1]} is ${satisfactionGoal(metrics)} on ${lo} to ${hi}`;
}
