import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // Each download with what a copy downloaded later does: the attendance rows carry their own dates.
    expect(week6).toContain('\n  - The attendance reports of the training sessions: each row carries its own date, so a copy downloaded later still counts,');
    const roster = readFileSync(example('adoption/people.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).flatMap((line) => line.split(',').slice(0, 2));
    expect([lines.length, roster.length]).toEqual([3, 50]);
    for (const person of roster) expect(lines.join('\n')).not.toContain(person);
  });

  it('is in the first week’s checklist for a gate due in the rollout’s first week, which has no weekly checklist', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('small-team.yaml'), '-o', 'out'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const firstWeek = readFileSync(path.join(dir, 'out', '2027-01-08_first-half_checklist-first-week.nl.md'), 'utf8');
    expect(firstWeek).toContain('- [ ] Downloaden op vrijdag 8 januari, vóór het einde van de werkdag: de export met metingen die gate-check --metrics leest (voor first-half-go-no-go,');
  });

  it('is in the report’s next two weeks', () => {
    const dir = tempDir();
    const r = run(['report', '--plan', plan, '--at', '2027-03-08', '--lang', 'en', '-o', 'report.html'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    const upcoming = /<section id="upcoming">([\s\S]*?)<\/section>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(upcoming).toContain(
      '12 Mar Download the exports: the Teams user activity report into adoption/exports/ as TeamsUserActivityUserDetail*.csv. A copy downloaded later The Teams user activity report: each copy is dated by the day it was refreshed, so one refreshed after the due day counts only for the gates due after it. IT pilot 12 Mar Gate pilot-go',
    );
  });

  it('says truly that a ticket export downloaded later can change the gate: a later ticket makes the empty days up to it count as 0', () => {
    const dir = tempDir();
    cpSync(plan, path.join(dir, 'adoption.yaml'));
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    const exportsDir = path.join(dir, 'adoption', 'exports');
    for (const f of readdirSync(exportsDir).filter((f) => f.startsWith('tickets-export-'))) rmSync(path.join(exportsDir, f));
    // Downloaded on Monday 29 March, the due day: a Teams ticket each working day, two on Friday, none on Monday.
    const days = ['03/15', '03/16', '03/17', '03/18', '03/19', '03/22', '03/23', '03/24', '03/25', '03/26', '03/26'];
    const head = '\uFEFFTicket ID,Subject,Requester,Category,Status,Priority,Created,Resolved,Agent\r\n';
    const rows = days.map((d, i) => `${2001 + i},"Teams, again",staff,Microsoft Teams,Closed,Normal,${d}/2027 10:00,,Agent\r\n`).join('');
    const tickets = path.join(exportsDir, 'tickets-export-2027-03.csv');
    const check = () => {
      const r = run(['gate-check', '--plan', 'adoption.yaml', '--at', '2027-03-29', '--format', 'json', '--lenient'], { cwd: dir });
      const gates = (JSON.parse(r.stdout) as { gates: { id: string; status: string }[] }).gates;
      return gates.find((g) => g.id === 'studio-tickets')?.status;
    };
    writeFileSync(tickets, head + rows);
    const onTheDay = check();
    // The same export downloaded on 31 March: one printer ticket more, dated after the due day.
    writeFileSync(tickets, `${head}${rows}2100,Printer jam,staff,Printer,Closed,Low,03/31/2027 10:00,,Agent\r\n`);
    expect([onTheDay, check()]).toEqual(['fail', 'pass']);
    // ... as the gate's calendar entry says.
    const ics = run(['schedule', '--plan', 'adoption.yaml', '--format', 'ics', '--lang', 'en', '-o', 'rollout.ics'], { cwd: dir });
    expect(ics.status, ics.stderr).toBe(0);
    const entry = readFileSync(path.join(dir, 'rollout.ics'), 'utf8').replace(/\r\n /g, '').replace(/\\([,;])/g, '$1').split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Gate studio-tickets '))!;
    expect(entry).toContain('a later copy can make the empty working days up to the due day count as 0 and change the verdict.');
    expect(entry).not.toContain('does not count for it');
  });

  it('leaves the launch items out of the weekly checklists kept on after the switch-off for a late gate', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('small-team.yaml'), '-o', 'st'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const en = readFileSync(path.join(dir, 'st', '2027-02-08_rollout_checklist-each-week-after.en.md'), 'utf8');
    const nl = readFileSync(path.join(dir, 'st', '2027-02-08_rollout_checklist-each-week-after.nl.md'), 'utf8');
    expect([en.includes('New phase launched'), en.includes('Previous phase monitored'), en.includes('- [ ] Download on Monday, February 8')]).toEqual([false, false, true]);
    expect([nl.includes('Nieuwe fase gestart'), nl.includes('Vorige fase gevolgd'), nl.includes('- [ ] Downloaden op maandag 8 februari')]).toEqual([false, false, true]);
  });
});
