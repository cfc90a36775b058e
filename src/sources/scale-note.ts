import type { Plan } from '../plan/resolve.js';
import { satisfactionGoal } from '../plan/satisfaction-scale.js';

/** Fewer answers, all 5 or lower, can be a bad week on 1 to 10; five or more say the question has five levels. */
const FEWEST = 5;
const FIVE_LEVELS = 5;

/**
 * A note when every satisfaction answer is 5 or lower while the plan gives satisfaction no range:
 * read on the playbook's 1 to 10, a form's 1-5 rating (Microsoft Forms' default) fails the goal of
 * 7 however happy people are. Undefined when the plan gives a range, or an answer is above 5.
 */
export function fivePointNote(plan: Plan, label: string, metric: string, values: readonly number[]): string | undefined {
  if (metric !== 'satisfaction' || values.length < FEWEST || values.some((v) => v > FIVE_LEVELS)) return undefined;
  if (plan.raw.metrics.some((m) => m.name === metric && m.range !== undefined)) return undefined;
  const fivePoint = [{ name: metric, range: [1, FIVE_LEVELS] }];
  return (
    `${label}.metrics.${metric}: all ${values.length} ${metric} answers are ${FIVE_LEVELS} or lower, but the plan reads them from 1 to 10 (goal: a mean of ${satisfactionGoal(plan.raw.metrics)} or more); ` +
    `if the question asks from 1 to ${FIVE_LEVELS}, give that range under metrics: - { name: ${metric}, unit: score, range: [1, ${FIVE_LEVELS}] } (the playbook's gate then asks ${satisfactionGoal(fivePoint)} or more, and the survey and the weekly updates say 1 to ${FIVE_LEVELS})`
  );
}
