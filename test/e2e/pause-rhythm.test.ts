import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** The growing preset for 25 people from Monday 2026-11-30, in Dutch and English, paused over the year-end holidays. */
function yearEndPlan(pause: string): string {
  const dir = tempDir();
  expect(run(['init', '--preset', 'growing', '--start', '2026-11-30', '--headcount', '25', '--dir', 'p'], { cwd: dir }).status).toBe(0);
  const file = path.join(dir, 'p', 'rollout.yaml');
  const text = readFileSync(file, 'utf8').replace('languages: [en]', 'languages: [nl, en]').replace(/holidays: \[\].*/, 'holidays: [2026-12-25, 2027-01-01]');
  writeFileSync(file, `${text}pauses:\n  - { from: ${pause}, reason: year-end rush }\n`);
  return file;
}

describe('a pause keeps the weekly rhythm', () => {
  it('two weeks over Christmas and New Year: Monday launches, Friday updates, surveys a week apart, answers due on working days', () => {
    const plan = yearEndPlan('2026-12-21, until: 2027-01-04');
    const rows = run(['schedule', '--plan', plan, '--format', 'csv']).stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    const of = (type: string) => rows.filter((r) => r[2] === type).map((r) => r[0]!);
    expect(of('launch')).toEqual(['2026-11-30', '2026-12-14', '2027-01-11', '2027-01-25']);
    expect(of('weekly-update').every((d) => weekday(d) === 5)).toBe(true);
    const surveys = of('survey').map((d) => Date.parse(d) / 864e5);
    expect(surveys.slice(1).map((d, i) => d - surveys[i]!)).toEqual([7, 21, ...Array(surveys.length - 3).fill(7)]);

    const out = path.join(path.dirname(plan), 'out');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const files = readdirSync(out);
    const read = (f: string) => readFileSync(path.join(out, f), 'utf8');
    for (const f of files.filter((n) => n.includes('_survey.'))) expect(read(f), f).not.toMatch(/before (Saturday|Sunday)|vóór (zaterdag|zondag)/);
    // Each week's checklist is headed with the week the schedule gives it, and every week once.
    const weeks = files.filter((n) => n.includes('each-week-after.en')).map((n) => [n.slice(0, 10), read(n).split('\n')[0]]);
    const scheduled = rows.filter((r) => r[3] === 'each-week-after').map((r) => [r[0], `# Week ${r[1]}`]);
    expect(weeks).toEqual(scheduled);
    expect(new Set(weeks.map((w) => w[1])).size).toBe(weeks.length);
    // The pause notice gives its reason as a sentence; an update's subject names its day, not a "week of Friday".
    expect(read('2026-12-21_rollout_pause.nl.md')).toContain('**Waarom:** Year-end rush.');
    // Its week is the one the schedule gives it: the paused weeks are skipped, never renumbered.
    expect(rows.find((r) => r[0] === '2027-01-08' && r[2] === 'weekly-update')![1]).toBe('6');
    expect(read('2027-01-08_rollout_weekly-update.en.md')).toMatch(/^- \*\*Subject:\*\* \S+ update, week 6, Friday, January 8$/m);
    expect(read('2027-01-08_rollout_weekly-update.nl.md')).toMatch(/^- \*\*Onderwerp:\*\* \S+-update, week 6, vrijdag 8 januari$/m);
    // gate-check during the pause says from when until when, in either language.
    const metrics = path.join(path.dirname(plan), 'm.csv');
    writeFileSync(metrics, 'date,metric,value\n2026-12-18,active_use_pct,70\n');
    const during = (lang: string) => run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', '2026-12-22', '--lang', lang]).stdout;
    expect(during('en')).toContain('the rollout is paused from 2026-12-21 until 2027-01-04: year-end rush');
    expect(during('nl')).toContain('de invoering is gepauzeerd van 2026-12-21 tot 2027-01-04: year-end rush');
  });

  it('a reminder says "one more week" only when the launch is a week away', () => {
    // From Wednesday 9 until Wednesday 23 December, planned on 30 November: the reminder of 7 December gives the launch's new day, 28 December.
    const plan = yearEndPlan('2026-12-09, until: 2026-12-23, decided: 2026-11-30');
    const out = path.join(path.dirname(plan), 'out');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const body = (date: string, lang: string, folder = out) => readFileSync(path.join(folder, `${date}_department-1_reminder.${lang}.md`), 'utf8');
    expect(body('2026-12-07', 'en')).toMatch(/^On Monday, December 28, 2026, /m);
    expect(body('2026-12-07', 'nl')).toMatch(/^Op maandag 28 december 2026 /m);
    expect(readFileSync(path.join(out, readdirSync(out).find((n) => /department-2_reminder\.en/.test(n))!), 'utf8')).toMatch(/^One more week: on Monday/m);
    // Written in on its first day, the pause came after that reminder went out: it is written as it went out, for 14 December.
    const asItHappened = yearEndPlan('2026-12-09, until: 2026-12-23');
    const sent = path.join(path.dirname(asItHappened), 'out');
    expect(run(['render-emails', '--plan', asItHappened, '--out', sent]).status).toBe(0);
    expect(body('2026-12-07', 'en', sent)).toMatch(/^One more week: on Monday, December 14, 2026, /m);
    expect(readdirSync(sent).filter((n) => n.includes('_department-1_welcome.'))).toEqual(['2026-12-28_department-1_welcome.en.md', '2026-12-28_department-1_welcome.nl.md']);
  });
});
