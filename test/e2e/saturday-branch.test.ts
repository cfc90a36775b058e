import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * An accounting firm whose branch in Nieuw Nickerie works Monday to Saturday and launches last:
 * the pilot runs a week longer, and the branch pauses for two weeks in its second week, from
 * Monday 17 May until Monday 31 May 2027. Saturday 5 June is Indian Arrival Day.
 */
const PLAN = `version: 1
tool:
  name: Microsoft Teams
  replaces: { en: WhatsApp groups, nl: WhatsApp-groepen }
  contact: { name: Servicedesk, email: it@boekhouding-sr.example }
organization:
  name: Administratiekantoor Sewnath
  headcount: 24
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 17 }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 7, workingDays: [mon, tue, wed, thu, fri, sat], languages: [nl] }
  groups:
    - { name: Pilot, headcount: 4, kind: pilot, location: Paramaribo }
    - { name: Kantoor Paramaribo, headcount: 13, kind: department, location: Paramaribo }
    - { name: Filiaal Nickerie, headcount: 7, location: Nieuw Nickerie }
start: 2027-04-05
calendar:
  timezone: America/Paramaribo
  holidays:
    - { date: 2027-06-05, name: { en: Indian Arrival Day, nl: Dag van de Hindostaanse Immigratie } }
phases:
  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 2 }
  - { id: paramaribo, name: Paramaribo, audience: { groups: [Kantoor Paramaribo] }, weeks: 2 }
  - { id: nickerie, name: Nieuw Nickerie, audience: { locations: [Nieuw Nickerie] }, weeks: 2 }
  - { id: decommission, name: { en: Switch off WhatsApp groups, nl: WhatsApp-groepen uitzetten }, kind: decommission, audience: none, weeks: 2 }
communications:
  surveyLink: https://forms.office.com/r/abc123
extensions:
  - { phase: pilot, by: 1w, decided: 2027-04-12, reason: { en: the trainer is ill, nl: de trainer is ziek } }
pauses:
  - { from: 2027-05-17, until: 2027-05-31, reason: { en: network outage in Nickerie, nl: netwerkstoring in Nickerie }, only: { location: Nieuw Nickerie } }
`;

describe('rollout with a branch that works Saturdays, paused after a longer pilot', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
  });
  const rollout = (args: string[]) => {
    const result = run(args, { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };

  it('schedule: weekly updates and surveys end in the week the branch ends, and the pause is told in weeks', () => {
    const schedule = JSON.parse(rollout(['schedule', '--format', 'json'])) as { events: { type: string; date: string }[]; pauses: { workingDays: number; weeks?: number }[]; extensions: unknown[] };
    const dates = (type: string) => schedule.events.filter((e) => e.type === type).map((e) => e.date);
    expect(dates('weekly-update').at(-1)).toBe('2027-06-04');
    expect(dates('survey').at(-1)).toBe('2027-06-07');
    expect(schedule.pauses[0]).toMatchObject({ workingDays: 10, weeks: 2 });
    expect(schedule.extensions[0]).toMatchObject({ workingDays: 5, weeks: 1 });
    expect(rollout(['schedule', '--lang', 'en'])).toContain('Pause 2027-05-17 until 2027-05-31 (2 weeks), only Nieuw Nickerie');
  });

  it('schedule, report: the longer pilot is told in weeks, as the branch counts 6 of its days and the office 5', () => {
    expect(rollout(['schedule', '--lang', 'en'])).toContain('Pilot runs longer (decided 2027-04-12): until 2027-04-23 instead of 2027-04-16 (1 week; the phases after it wait for it:');
    expect(rollout(['schedule'])).toContain('tot en met 2027-04-23 in plaats van 2027-04-16 (1 week; de fasen daarna wachten erop:');
    rollout(['report', '--at', '2027-04-20', '-o', 'report.html']);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('besloten 12 apr: tot en met 23 apr in plaats van 16 apr, 1 week langer');
  });

  it('calendar: the branch’s office hours after the pause are its week back, not its first week', () => {
    rollout(['schedule', '--format', 'ics', '-o', 'cal.ics']);
    const summaries = readFileSync(path.join(dir, 'cal.ics'), 'utf8')
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .filter((v) => v.includes('Spreekuur') && v.includes('Nickerie'))
      .map((v) => `${/DTSTART[^:]*:(\d{8})/.exec(v)![1]} ${/SUMMARY:(.*)/.exec(v)![1]!.trim()}`);
    expect(summaries).toContain('20270515 Spreekuur (elke werkdag\\, eerste week van Nieuw Nickerie)');
    expect(summaries).toContain('20270531 Spreekuur (elke werkdag\\, eerste week na de pauze\\, Nieuw Nickerie)');
    expect(summaries.filter((s) => s > '20270517' && s.includes('eerste week van'))).toEqual([]);
  });

  it('render-emails: no update or survey the week after, and the notices say the pause moves things two weeks', () => {
    rollout(['render-emails', '--out', 'emails']);
    const emails = path.join(dir, 'emails');
    expect(existsSync(path.join(emails, '2027-06-04_rollout_weekly-update.nl.md'))).toBe(true);
    expect(existsSync(path.join(emails, '2027-06-11_rollout_weekly-update.nl.md'))).toBe(false);
    expect(existsSync(path.join(emails, '2027-06-14_rollout_survey.nl.md'))).toBe(false);
    const read = (name: string) => readFileSync(path.join(emails, name), 'utf8');
    expect(read('2027-05-17_rollout_pause.nl.md')).toContain('dat daarop wacht, schuiven 2 weken op;');
    expect(read('2027-05-17_rollout_pause.en.md')).toContain('that waits for it, move by 2 weeks;');
    expect(read('2027-05-28_rollout_resume.nl.md')).toContain('zijn 2 weken opgeschoven.');
    expect(read('2027-05-28_rollout_resume.en.md')).toContain('have moved by 2 weeks.');
    expect(read('2027-05-17_rollout_pause.nl.md')).not.toMatch(/werkdagen op/);
  });
});
