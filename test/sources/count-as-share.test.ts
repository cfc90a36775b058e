import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countsPeople } from '../../src/sources/count-as-share.js';
import { diagnosticLines, example, run } from '../helpers.js';
import { adoptionCopy, planIn, points, type PlanData } from './support.js';

/** The small preset for 9 people reading Slack's overview export (kind: daily) with these metrics. */
function slackPlan(metrics: Record<string, unknown>, described: unknown[] = []): Record<string, unknown> {
  const plan = parse(readFileSync(example('small-team.yaml'), 'utf8')) as Record<string, unknown>;
  const sources = [{ file: 'exports/slack-analytics-overview-*.csv', kind: 'daily', date: 'Date', metrics }];
  return { ...plan, organization: { ...(plan.organization as object), headcount: 9 }, metrics: described, sources };
}

const warnings = (plan: Record<string, unknown>) => diagnosticLines(plan, 'count-as-share');

describe('rollout validate: a percentage read from a column that counts people', () => {
  it('warns at the column name and says to write the share of everyone', () => {
    expect(warnings(slackPlan({ active_use_pct: 'Weekly active members' }))).toEqual([
      expect.stringMatching(
        /^rollout\.yaml:\d+:\d+: warning sources\[0\]\.metrics\.active_use_pct: active_use_pct is a percentage, but the column "Weekly active members" counts people: each day's count would be read as a percentage \(8 people as 8%\) \(write active_use_pct: \{ numerator: Weekly active members, denominator: <the column that counts everyone, such as Total Enabled Membership in Slack's overview> \}; /,
      ),
    ]);
  });

  it('is quiet for the numerator and denominator form, a column that holds a share, and a metric that is a count', () => {
    expect(warnings(slackPlan({ active_use_pct: { numerator: 'Weekly active members', denominator: 'Total Enabled Membership' } }))).toEqual([]);
    expect(warnings(slackPlan({ active_use_pct: 'Percent of members active' }))).toEqual([]);
    expect(warnings(slackPlan({ active_use_pct: 'Active members %' }))).toEqual([]);
    expect(warnings(slackPlan({ weekly_active: 'Weekly active members' }, [{ name: 'weekly_active', label: 'Weekly active', unit: 'count' }]))).toEqual([]);
  });

  it.each([
    ['Weekly active members', true],
    ['Daily active users', true],
    ['Actieve leden per week', true],
    ['Actieve gebruikers', true],
    ['Aantal medewerkers actief', true],
    ['Aandeel actieve gebruikers', false],
    ['Active use', false],
    ['Messages posted', false],
  ])('reads the header %s as a count of people: %s', (header, counted) => {
    expect(countsPeople(header)).toBe(counted);
  });
});

/** The example's copy whose Slack source reads one column as the percentage slack_active_pct. */
function oneColumn(change: (csv: string) => string = (csv) => csv): string {
  const dir = adoptionCopy((plan: PlanData) => {
    const daily = plan.sources.find((s) => s.kind === 'daily')!;
    daily.metrics = { slack_active_pct: 'Weekly active members' };
    plan.sources = [daily];
  });
  const file = path.join(dir, 'adoption/exports/slack-analytics-overview-2027-03.csv');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return dir;
}

describe('reading a daily source: a percentage from a column that counts people', () => {
  it('says so once, with the file and the share to write in the export’s own column names', async () => {
    const dir = oneColumn();
    const { warnings } = await points(planIn(dir), dir);
    expect(warnings).toEqual([
      `${path.join(dir, 'adoption/exports/slack-analytics-overview-2027-03.csv')}: sources[0].metrics.slack_active_pct reads "Weekly active members", a count of people, as the percentage slack_active_pct (8 people would be 8%); write slack_active_pct: { numerator: Weekly active members, denominator: Total Enabled Membership }`,
    ]);
  });

  it('validate names the export\'s own Total column where the export is there to read, as gate-check does', () => {
    const dir = oneColumn();
    const hint = (r: { stderr: string }) => r.stderr.split('\n').find((l) => l.includes('count-as-share') || l.includes('counts people'));
    expect(hint(run(['validate'], { cwd: dir }))).toMatch(/\(write slack_active_pct: \{ numerator: Weekly active members, denominator: Total Enabled Membership \}; if the column does hold a percentage/);
    // Without the export, the fix describes the column to look for.
    rmSync(path.join(dir, 'adoption/exports'), { recursive: true });
    expect(hint(run(['validate'], { cwd: dir }))).toContain('denominator: <the column that counts everyone, such as Total Enabled Membership in Slack\'s overview>');
  });

  it('stops on a count above 100 and names the plan line to write, not the export, as the fix', async () => {
    // A workspace of 150: Weekly active members at 120 can be no percentage.
    const dir = oneColumn((csv) => csv.replace(/^(2027-03-22),25,24,1,14,11,20,/m, '$1,150,149,1,114,11,120,'));
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /slack-analytics-overview-2027-03\.csv:2:7: slack_active_pct value "120" is not a percentage from 0 to 100; the column counts people: write slack_active_pct: \{ numerator: Weekly active members, denominator: Total Enabled Membership \}$/,
    );
  });
});
