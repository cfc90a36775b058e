import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/*
 * The coordinator's Monday in Paramaribo: the calendar, the checklists and the report say on each
 * gate's due day which exports to download that day, and where to put them.
 */
const plan = example('adoption.yaml');

describe('what to download on a gate’s due day, from the built binary', () => {
  it('is in the gate’s calendar entry and its JSON', () => {
    const dir = tempDir();
    const ics = run(['schedule', '--plan', plan, '--format', 'ics', '--lang', 'nl', '-o', 'rollout.ics'], { cwd: dir });
    expect(ics.status, ics.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'rollout.ics'), 'utf8').replace(/\r\n /g, '').replace(/\\([,;])/g, '$1');
    const go = text.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Toetsmoment pilot-go '))!;
    expect(go).toContain('DTSTART;VALUE=DATE:20270312');
    expect(go).toContain('DESCRIPTION:Vandaag downloaden, vóór het einde van de werkdag: het Teams-rapport gebruikersactiviteit in adoption/exports/ als TeamsUserActivityUserDetail*.csv.');
    const json = run(['schedule', '--plan', plan, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const tickets = (JSON.parse(json.stdout) as { events: { type: string; key: string; downloads?: unknown }[] }).events.find((e) => e.type === 'gate' && e.key === 'studio-tickets');
    expect(tickets?.downloads).toEqual([{ kind: 'events', file: 'adoption/exports/tickets-export-*.csv' }]);
  });

  it('is in the weekly checklist of its week, also after the last launch', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', plan, '-o', 'out'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const out = path.join(dir, 'out');
    const week7 = readdirSync(out).filter((f) => f.startsWith('2027-04-12_rollout_checklist-each-week-after'));
    expect(week7.sort()).toEqual(['2027-04-12_rollout_checklist-each-week-after.en.md', '2027-04-12_rollout_checklist-each-week-after.nl.md']);
    const nl = readFileSync(path.join(out, week7[1]!), 'utf8');
    expect(nl).toContain('- [ ] Downloaden op maandag 12 april, vóór het einde van de werkdag: het Teams-rapport gebruikersactiviteit in adoption/exports/ als TeamsUserActivityUserDetail\\*.csv (voor nickerie-active,');
    // The training gate's week: the attendance reports, into their own folder.
    const week6 = readFileSync(path.join(out, '2027-04-05_rollout_checklist-each-week-after.en.md'), 'utf8');
    expect(week6).toContain('Download on Monday, April 5, before the working day ends: the attendance reports of the training sessions into adoption/exports/training/ as \\*.csv (for nickerie-trained,');
    // Gate ids and the plan's file patterns: no one from the roster.
    const lines = `${nl}${week6}`.split('\n').filter((line) => line.includes('ownload'));
    const roster = readFileSync(example('adoption/people.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).flatMap((line) => line.split(',').slice(0, 2));
    expect([lines.length, roster.length]).toEqual([2, 50]);
    for (const person of roster) expect(lines.join('\n')).not.toContain(person);
  });

  it('is in the report’s next two weeks', () => {
    const dir = tempDir();
    const r = run(['report', '--plan', plan, '--at', '2027-03-08', '--lang', 'en', '-o', 'report.html'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    const upcoming = /<section id="upcoming">([\s\S]*?)<\/section>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(upcoming).toContain('12 Mar Download the exports the Teams user activity report into adoption/exports/ as TeamsUserActivityUserDetail*.csv IT pilot 12 Mar Gate pilot-go');
  });
});
