import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';
import { dutchReport, teamsBytes, teamsReport } from '../sources/attendance-files.js';

const plan = example('adoption.yaml');
/** Who is in the example's attendance files, the guest and the external consultant too: none may reach any output. */
const PEOPLE = ['Mireille', 'Kartodikromo', 'Ramdin, Anjali', 'Jeroen Bakker', 'hosting-partner', 'Printer leverancier', 'Marco de Wolf', 'marco.de.wolf', 'Amit Dwarka', 'harold'];

function expectNobody(text: string): void {
  for (const name of PEOPLE) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
}

describe('training completion from Teams attendance reports and a sign-in sheet', () => {
  it('metrics shows the share trained so far, read from the reports as Teams writes them (UTF-16, sections)', () => {
    const r = run(['metrics', '--plan', plan, '--at', '2027-03-29', '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n').filter((line) => line.includes('training_completion_pct'));
    expect(rows.filter((line) => /,studio,,,|,,,,/.test(line))).toEqual([
      '2027-03-01,training_completion_pct,12,,,,3',
      '2027-03-12,training_completion_pct,12,,,,3',
      '2027-03-15,training_completion_pct,64,,,,16',
      '2027-03-26,training_completion_pct,64,,,,16',
      '2027-03-29,training_completion_pct,88,,,,22',
      '2027-03-01,training_completion_pct,0,studio,,,0',
      '2027-03-12,training_completion_pct,0,studio,,,0',
      '2027-03-15,training_completion_pct,86.6667,studio,,,13',
      '2027-03-26,training_completion_pct,86.6667,studio,,,13',
      '2027-03-29,training_completion_pct,86.6667,studio,,,13',
    ]);
    expect(r.stderr).toContain('2 participants in the attendance files (guests, external users) are not in the roster examples/adoption/people.csv and left out');
    expectNobody(r.stdout + r.stderr);
  });

  it('gate-check judges a gate on it in the first week of the phase, naming nobody in text or JUnit', () => {
    const r = run(['gate-check', '--plan', plan, '--at', '2027-03-29', '--format', 'json']);
    const gate = (JSON.parse(r.stdout) as { gates: { id: string; observed: number; status: string }[] }).gates.find((g) => g.id === 'studio-trained');
    expect(gate).toMatchObject({ observed: 86.6667, status: 'fail' });
    for (const format of ['text', 'junit']) expectNobody(run(['gate-check', '--plan', plan, '--at', '2027-03-29', '--format', format]).stdout);
    const report = run(['report', '--plan', plan, '--at', '2027-03-29', '-o', path.join(adoptionCopy(), 'report.html')]);
    expect(report.status).toBe(0);
  });

  it('the weekly update gives each phase its share trained beside its active use, in English and Dutch', () => {
    const out = path.join(adoptionCopy(), 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const en = readFileSync(path.join(out, '2027-03-26_rollout_weekly-update.en.md'), 'utf8');
    const nl = readFileSync(path.join(out, '2027-03-26_rollout_weekly-update.nl.md'), 'utf8');
    expect(en).toContain('- **Design and office:** 86% active use (goal 80%), measured on Monday, March 22; 87% trained (goal 90%)\n');
    expect(nl).toContain('- **Ontwerp en kantoor:** 86% actief gebruik (doel 80%), gemeten op maandag 22 maart; 87% heeft de training gevolgd (doel 90%)\n');
    // The pilot has no gate on training, so its share is not read for it.
    expect(en).toMatch(/- \*\*IT pilot:\*\* 100% active use \(goal 80%\)[^;\n]*\n/);
    expectNobody(en + nl);
  });

  it("reads a US organiser's report of 8 March beside the Dutch ones and the sheet, month-first", () => {
    const dir = adoptionCopy();
    const report = teamsReport('3/8/27, 9:00:00 AM', [['Mangal, Harold', '3/8/27, 9:02:11 AM', '3/8/27, 10:30:00 AM', '1h 27m 49s', 'harold.mangal@kaiteur.example']]);
    writeFileSync(path.join(dir, 'adoption/exports/training/Training - Attendance report 3-8-27.csv'), teamsBytes(report));
    const r = run(['metrics', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2027-03-08,training_completion_pct,16,,,,4');
    expect(r.stdout).not.toContain('2027-08-03');
    expectNobody(r.stdout + r.stderr);
  });

  it('stops with exit 2 and one line naming a sheet whose own dates read both ways, though the reports beside it are day-first', () => {
    const dir = adoptionCopy();
    writeFileSync(path.join(dir, 'adoption/exports/training/extra.csv'), 'Datum,Naam\n8/3/2027,Rachel Soekhai\n');
    const r = run(['gate-check', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29']);
    expect(r.status).toBe(2);
    const line = r.stderr.split('\n').find((l) => l.includes('extra.csv'));
    expect(line).toMatch(/extra\.csv:2:1: every date, such as "8\/3\/2027", reads both day-first and month-first; say which with sources\[\d\]\.dateFormat: dd-mm-yyyy \("8\/3\/2027" is 8 March\) or sources\[\d\]\.dateFormat: mm-dd-yyyy \("8\/3\/2027" is 3 August\) at .*rollout\.yaml:\d+:\d+$/);
    expectNobody(r.stdout + r.stderr);
  });

  it('quotes the start time as the report writes it (a two-digit year) when its date reads both ways', () => {
    const dir = adoptionCopy();
    const report = teamsReport('3/1/27, 09:00:00', [['Mangal, Harold', '3/1/27, 09:02:11', '3/1/27, 10:30:00', '1h 27m 49s', 'harold.mangal@kaiteur.example']]);
    writeFileSync(path.join(dir, 'adoption/exports/training/Training - Attendance report.csv'), teamsBytes(report));
    const r = run(['gate-check', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29']);
    expect(r.status).toBe(2);
    const line = r.stderr.split('\n').find((l) => l.includes('Attendance report.csv'));
    expect(line).toContain('Attendance report.csv:4:2: every date, such as "3/1/27, 09:00:00", reads both day-first and month-first;');
    expect(line).toContain('("3/1/27, 09:00:00" is 1 March)');
    expect(r.stderr).not.toContain('2027, 09:00:00');
    expectNobody(r.stdout + r.stderr);
  });

  it('reads a report of before mid-2021 whose times have a two-digit year, a row per join', () => {
    const dir = adoptionCopy();
    const lines = [
      ['Full Name', 'User Action', 'Timestamp'],
      ['Harold Mangal', 'Joined', '3/22/27, 9:58:40 AM'],
      ['Harold Mangal', 'Left', '3/22/27, 11:30:00 AM'],
    ];
    writeFileSync(path.join(dir, 'adoption/exports/training/meetingAttendanceList.csv'), teamsBytes(lines));
    // The example's source has minimum: 30m, which such a report cannot give: read without it.
    writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').replace(/\n\s+minimum: 30m/, ''));
    const r = run(['metrics', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29', '--format', 'csv']);
    expect(r.stderr).not.toContain('not a real date');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2027-03-22,training_completion_pct,\d+,,,,\d+\r?$/m);
    expectNobody(r.stdout + r.stderr);
  });

  it('reads a Dutch report without an e-mail column by its Deelnemer-id (UPN), with minimum, naming nobody', () => {
    // The example's attendance source has minimum: 30m.
    const dir = adoptionCopy();
    writeFileSync(path.join(dir, 'adoption/exports/training/Groepstraining - Aanwezigheidsrapport 22-3-27.csv'), teamsBytes(dutchReport));
    const r = run(['metrics', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29', '--format', 'csv']);
    expect(r.stderr).not.toContain('no In-Meeting Duration column');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2027-03-22,training_completion_pct,68,,,,17');
    expectNobody(r.stdout + r.stderr);
  });

  it('stops with exit 2 and one line naming the file and line when a file is no attendance report', () => {
    const dir = adoptionCopy();
    writeFileSync(path.join(dir, 'adoption/exports/training/boodschappen.csv'), teamsBytes([['Lijst'], ['melk', '2']]));
    const r = run(['gate-check', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-29']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('boodschappen.csv'))).toHaveLength(1);
    expect(lines.find((line) => line.includes('boodschappen.csv'))).toMatch(/boodschappen\.csv:2: no table of participants after the summary: this is no Teams attendance report; download it again/);
  });
});
