import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Corentyne Freight: IT pilot 8 - 19 Feb 2027, Georgetown 22 Feb - 5 Mar, Paramaribo operations
 * 8 - 19 Mar, Slack off from 22 Mar. Georgetown rolls back on 15 March; its second try, decided on
 * Tuesday 30 March, runs from Monday 12 April to Friday 23 April. With the pilot a week longer
 * (decided 17 February) Georgetown's first try ran 1 - 12 March, and the second try still starts on
 * 12 April: announced on 30 March (two weeks ahead is 29 March, before it was decided), reminded on
 * 5 April. Either way Slack goes off from the Monday after the second try, 26 April (turned off
 * Friday 30 April), announced again on 12 April; Paramaribo operations does not run again.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'georgetown-middle.yaml'), 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown> };
const extensions = [{ phase: 'pilot', by: '1w', decided: '2027-02-17', reason: 'the trainer is ill' }];

function planFile(dir: string, name: string, plan: Record<string, unknown>): string {
  const file = path.join(dir, name);
  writeFileSync(file, stringify(plan));
  return file;
}

type Phase = { id: string; start: string; end: string };
const phases = (plan: string) => (JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: Phase[] }).phases;
const find = (list: Phase[], id: string) => list.find((p) => p.id === id);

describe('the second try of a middle phase, end to end', () => {
  it('schedule: Slack off from 26 April, after the second try, not after Paramaribo operations again', () => {
    const plan = planFile(tempDir(), 'rollout.yaml', base);
    const list = phases(plan);
    expect(find(list, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(find(list, 'paramaribo')).toMatchObject({ start: '2027-03-08', end: '2027-03-19' });
    expect(find(list, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    // paramaribo-active is due the day before the switch-off: Friday 23 April (it was 7 May).
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toMatch(/2027-04-23 │ +│ gate +│ paramaribo +│ +│ Gate paramaribo-active/);
  });

  it("schedule: a gate of Georgetown due within a week says in its second try that the launch it guarded went ahead, in English and Dutch", () => {
    const within = { id: 'georgetown-active', phase: 'georgetown', metric: 'active_use_pct', threshold: 60, location: 'Georgetown', within: '1w', guards: 'next' };
    const gates = (base.gates as Record<string, unknown>[]).map((g) => (g.id === 'georgetown-go-no-go' ? within : g));
    const plan = planFile(tempDir(), 'rollout.yaml', { ...base, gates, organization: { ...(base.organization as Record<string, unknown>), languages: ['en', 'nl'] } });
    const titles = (lang: string) => (JSON.parse(run(['schedule', '--plan', plan, '--format', 'json', '--lang', lang]).stdout) as { events: { key: string; title: string }[] }).events.filter((e) => e.key === 'georgetown-active').map((e) => e.title.replace(/^.*%/, ''));
    expect(titles('en')).toEqual([', before the launch for Paramaribo operations', ', in the second try of Georgetown (the launch for Paramaribo operations went ahead on 2027-03-08)']);
    expect(titles('nl')).toEqual([', vóór de start van Paramaribo operations', ', in de tweede poging van Georgetown (de start van Paramaribo operations ging door op 2027-03-08)']);
  });

  it('schedule: Paramaribo operations a week longer still has Slack off from 26 April, with its gate on 23 April', () => {
    const plan = planFile(tempDir(), 'rollout.yaml', { ...base, extensions: [{ phase: 'paramaribo', by: '1w', decided: '2027-03-10', reason: 'busy' }] });
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: Phase[]; events: { key: string; date: string }[] };
    expect(find(json.phases, 'paramaribo')).toMatchObject({ start: '2027-03-08', end: '2027-03-26' });
    expect(find(json.phases, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    expect(json.events.filter((e) => e.key === 'paramaribo-active').map((e) => e.date)).toEqual(['2027-04-23']);
  });

  it('an earlier extension leaves the second try on resume.on: table, messages and diff', () => {
    const dir = tempDir();
    const plan = planFile(dir, 'rollout.yaml', { ...base, extensions });
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const list = phases(plan);
    expect(find(list, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(find(list, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    const table = run(['schedule', '--plan', plan, '--lang', 'en']).stdout;
    expect(table).toMatch(/Georgetown \(first try, rolled back on 2027-03-15\) +│ launch +│ weeks 4-5 +│ 2027-03-01 to 2027-03-12/);
    expect(table).toMatch(/Georgetown \(second try\) +│ launch +│ weeks 10-11 +│ 2027-04-12 to 2027-04-23/);
    expect(table).toContain('Remind Georgetown of their start on 2027-04-12');
    expect(table).not.toContain('2027-04-19 to 2027-04-30');
    expect(table).toContain('moved by a second try from 2027-02-22');

    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const names = readdirSync(out);
    expect(names.filter((n) => /_georgetown_(announcement|reminder|welcome)\./.test(n))).toEqual([
      '2027-02-08_georgetown_announcement.en.md',
      '2027-02-15_georgetown_reminder.en.md',
      '2027-03-01_georgetown_welcome.en.md',
      '2027-03-30_georgetown_announcement.en.md',
      '2027-04-05_georgetown_reminder.en.md',
      '2027-04-12_georgetown_welcome.en.md',
    ]);
    expect(readFileSync(path.join(out, '2027-03-30_georgetown_announcement.en.md'), 'utf8')).toContain('your group starts on Monday, April 12, 2027');
    expect(names).toContain('2027-04-12_switch-off_decommission.en.md');

    const rollback = { ...base.rollback };
    delete rollback.resume;
    const before = planFile(dir, 'before.yaml', { ...base, rollback, extensions });
    const diff = run(['diff', before, plan, '--lang', 'en']);
    expect(diff.status).toBe(1);
    // The first try's launch stays on 1 March; the second try's is added beside it.
    expect(diff.stdout).toMatch(/\(new\) → 2027-04-12 +Launch georgetown +Launch for Georgetown: welcome email, accounts activated \(Georgetown starts again on 2027-04-12/);
    expect(diff.stdout).not.toContain('2027-03-01 →');
    expect(diff.stdout).toMatch(/\(on hold\) → 2027-04-30 +Decommission switch-off +Turn off Slack/);
  });
});
