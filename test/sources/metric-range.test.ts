import { describe, expect, it } from 'vitest';
import { adoptionCopy, planIn, points, type PlanData } from './support.js';

/** The example's Slack overview read as a daily number with a range: messages per active member a day, at most 20. */
function dailyWithRange(range: [number, number]): string {
  return adoptionCopy((plan: PlanData) => {
    const daily = plan.sources.find((s) => s.kind === 'daily')!;
    daily.metrics = { posting: 'Daily members posting messages' };
    plan.sources = [daily];
    (plan as unknown as { metrics: unknown[] }).metrics = [{ name: 'posting', label: 'Members posting', unit: 'count', range }];
  });
}

describe('a daily source: a value outside its metric range', () => {
  it('is a bad row at its file, line and column; inside the range it is read as it is', async () => {
    // Daily members posting messages is 11 on 2027-03-22, the export's first row.
    const narrow = dailyWithRange([0, 10]);
    await expect(points(planIn(narrow), narrow)).rejects.toThrow(/slack-analytics-overview-2027-03\.csv:2:6: posting value "11" is not from 0 to 10, the range of posting; correct it in the export, or run with --lenient/);
    const wide = dailyWithRange([0, 25]);
    const read = await points(planIn(wide), wide);
    expect(read.points.find((p) => p.metric === 'posting' && p.date === '2027-03-22')?.value).toBe(11);
  });
});
