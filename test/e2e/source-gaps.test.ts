import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

const SLACK = 'exports/slack-analytics-overview-2027-03.csv';

/**
 * A 9-person firm on the small preset, reading Slack's overview export (the example's header, with
 * a workspace of 9 of whom 8 were active in the week) with `metrics` as given.
 */
function firm(metrics: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  const header = readFileSync(example(path.join('adoption', SLACK)), 'utf8').split(/\r?\n/)[0]!;
  const rows = ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'].map((day, i) => `${day},9,9,0,${6 + (i % 2)},5,8,6,30,10,0,41,37.4,11.2,51.4,38.5,12.1,49.4,Houtwerk Zuid,4,81,80,1`);
  writeFileSync(path.join(dir, SLACK), `\uFEFF${[header, ...rows].join('\r\n')}\r\n`);
  const plan = [
    'version: 1',
    'tool: { name: Slack }',
    'organization: { name: Houtwerk Zuid, headcount: 9, languages: [nl, en] }',
    'start: 2027-01-04',
    'preset: small',
    'sources:',
    '  - file: "exports/slack-analytics-overview-*.csv"',
    '    kind: daily',
    '    date: Date',
    '    metrics:',
    `      active_use_pct: ${metrics}`,
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  return dir;
}

/** What the first half's success gate (80% active use) reads so far. */
const observed = (json: string) => (JSON.parse(json) as { gates: { id: string; observed: number }[] }).gates.find((g) => g.id === 'first-half-success')!.observed;

describe('a percentage mapped to a column that counts people, through the built binary', () => {
  it('validate and gate-check say so and give the line to write; written so, the success gate reads 8 of 9, not 8%', () => {
    const dir = firm('Weekly active members');
    const validated = run(['validate'], { cwd: dir });
    expect(validated.status).toBe(0);
    expect(validated.stderr).toMatch(/rollout\.yaml:11:23: warning sources\[0\]\.metrics\.active_use_pct: active_use_pct is a percentage, but the column "Weekly active members" counts people: each day's count would be read as a percentage \(8 people as 8%\)/);
    const checked = run(['gate-check', '--at', '2027-01-25', '--format', 'json'], { cwd: dir });
    expect(checked.stderr).toContain(
      `${SLACK}: sources[0].metrics.active_use_pct reads "Weekly active members", a count of people, as the percentage active_use_pct (8 people would be 8%); write active_use_pct: { numerator: Weekly active members, denominator: Total Enabled Membership }`,
    );
    expect(observed(checked.stdout)).toBe(8);

    const fixed = firm('{ numerator: Weekly active members, denominator: Total Enabled Membership }');
    expect(run(['validate'], { cwd: fixed }).stderr).not.toContain('counts people');
    const right = run(['gate-check', '--at', '2027-01-25', '--format', 'json'], { cwd: fixed });
    expect(right.stderr).not.toContain('counts people');
    expect(observed(right.stdout)).toBeCloseTo(88.8889, 3);
  });
});

describe('a default gate whose metric no source gives, through the built binary', () => {
  it('validate warns at the preset, keeps exit 0, and fails --strict', () => {
    const dir = firm('{ numerator: Weekly active members, denominator: Total Enabled Membership }');
    const validated = run(['validate'], { cwd: dir });
    expect(validated.status).toBe(0);
    expect(validated.stderr).toContain(
      'rollout.yaml:5:1: warning preset: gate support-tickets-trend reads the metric "support_tickets", which no source gives, so it stays undecided at every check (add a source with kind: events and metric: support_tickets',
    );
    expect(run(['validate', '--strict'], { cwd: dir }).status).toBe(1);
  });

  it('validate keeps the satisfaction warning beside a share no gate reads, and never offers that share (0-100) as satisfaction (1-10)', () => {
    const dir = firm('{ numerator: Weekly active members, denominator: Total Enabled Membership }\n      posting_pct: { numerator: Weekly members posting messages, denominator: Total Enabled Membership }');
    const { stderr } = run(['validate'], { cwd: dir });
    expect(stderr).toContain('rollout.yaml:12:7: warning sources[0].metrics.posting_pct: no gate reads the metric "posting_pct", so what this source computes decides nothing (add a gate with metric: posting_pct, or leave it out)');
    expect(stderr).toContain('rollout.yaml:5:1: warning preset: gate satisfaction reads the metric "satisfaction", which no source gives, so it stays undecided at every check');
    expect(stderr).not.toContain('satisfaction: { numerator');
  });

  it('gate-check says why the gate stays undecided, unless a --metrics file is given', () => {
    const dir = firm('{ numerator: Weekly active members, denominator: Total Enabled Membership }');
    const checked = run(['gate-check', '--at', '2027-02-08', '--lang', 'en'], { cwd: dir });
    expect(checked.stdout).toMatch(/support-tickets-trend \(inconclusive\): no source gives support tickets, so there is nothing to judge: add a source with kind: events and metric: support_tickets .*, or list the gates you want under gates: without this one\n/);
    expect(checked.stdout).not.toMatch(/(satisfaction|nps|support-tickets-trend) \(inconclusive\): too few/);
    expect(checked.stderr).toContain('rollout: gate support-tickets-trend reads the metric "support_tickets", which no source gives, so it stays undecided at every check (add a source with kind: events and metric: support_tickets');
    writeFileSync(path.join(dir, 'tickets.csv'), 'date,metric,value\n2027-01-18,support_tickets,4\n2027-01-25,support_tickets,2\n2027-02-01,support_tickets,1\n');
    const fed = run(['gate-check', '--at', '2027-02-08', '--lang', 'en', '--metrics', 'tickets.csv'], { cwd: dir });
    expect(fed.stderr).not.toContain('which no source gives');
    expect(fed.stdout).not.toMatch(/support-tickets-trend \(inconclusive\)/);
  });
});
