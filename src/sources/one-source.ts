import type { Check } from '../plan/checks.js';
import { formatPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import { computedMetrics } from './unread.js';

/*
 * Survey answers of one metric from two sources are answers all the same: a day's mean takes them
 * all. Any other metric is a value per day and scope that one source computes from its own files
 * (a share of the roster people in them, a count of tickets): from two sources, a day with both
 * would average two values that each describe only part of the data.
 */

/** A metric, other than survey answers, that more than one source gives: said at each source after the first. */
export function checkOneSourcePerMetric(plan: Plan): Check[] {
  const computed = computedMetrics(plan);
  const answersOnly = (metric: string) => computed.every((c) => c.metric !== metric || c.kind === 'responses');
  const first = new Map<string, string>();
  const out: Check[] = [];
  for (const c of computed) {
    const where = formatPath(c.path.slice(0, 2));
    const earlier = first.get(c.metric);
    if (earlier === undefined) first.set(c.metric, where);
    else if (!answersOnly(c.metric)) {
      out.push({
        severity: 'error',
        code: 'metric-of-two-sources',
        path: c.path,
        ...(c.atKey ? { atKey: true } : {}),
        message: `${where} gives the metric "${c.metric}", as ${earlier} does: each source computes it from its own files alone, so a day both give would average two values that each count only part of the data`,
        hint: `read the files of ${c.metric} with one source: a file: glob that matches them all (such as "exports/training/*", where Teams reports in any language and sign-in sheets sit side by side), or give this source another metric`,
      });
    }
  }
  return out;
}
