import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Stichting Bosland: Brownsweg (its own phase) rolled back on Wednesday 28 April 2027. On Friday
 * 30 April the coordinator decides to try again from Monday 10 May, less than the two weeks of
 * announcement after that day: the second try's announcement, due 26 April, falls before the
 * rollback itself, while Brownsweg was still on its first try.
 */
const written = readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'brownsweg.yaml'), 'utf8');
const base = parse(written) as { rollback: { resume: Record<string, unknown> } & Record<string, unknown> };
const decidedOn = (decided: string) => stringify({ ...base, rollback: { ...base.rollback, resume: { ...base.rollback.resume, decided } } });

const ahead = (schedule: Schedule) =>
  schedule.events.filter((e) => e.phase === 'brownsweg' && ['announcement', 'reminder', 'checklist'].includes(e.type) && e.date >= '2027-04-26' && e.date <= '2027-05-10').map((e) => [e.date, e.type, e.key]);

async function emails(yaml: string) {
  const plan = validPlan(yaml);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return new Map(r.files.map((f) => [f.name, String(f.content)]));
}

describe('a second try decided after the rollback, sooner after it than the announcement lead', () => {
  it('dates its announcement and the checklist two weeks before on the day it was decided, not before the rollback', () => {
    expect(ahead(buildSchedule(validPlan(written)))).toEqual([
      ['2027-04-30', 'announcement', 'announcement'],
      ['2027-04-30', 'checklist', 'two-weeks-before'],
      ['2027-05-03', 'reminder', 'reminder'],
      ['2027-05-03', 'checklist', 'one-week-before'],
      ['2027-05-10', 'checklist', 'launch-day'],
    ]);
    // The schedule keeps the first try's announcement on its day, beside the second try's.
    const recorded = recordedSchedule(validPlan(written));
    expect(recorded.events.filter((e) => e.phase === 'brownsweg' && e.type === 'announcement').map((e) => [e.date, e.secondTry ?? null])).toEqual([
      ['2027-04-05', null],
      ['2027-04-30', '2027-05-10'],
    ]);
  });

  it('writes the announcement of the second try that day, in Dutch and English, and leaves the first try\'s as it went out', async () => {
    const files = await emails(written);
    expect([...files.keys()].filter((f) => /_brownsweg_(announcement|reminder|welcome)\.nl/.test(f))).toEqual([
      '2027-04-05_brownsweg_announcement.nl.txt',
      '2027-04-12_brownsweg_reminder.nl.txt',
      '2027-04-19_brownsweg_welcome.nl.txt',
      '2027-04-30_brownsweg_announcement.nl.txt',
      '2027-05-03_brownsweg_reminder.nl.txt',
      '2027-05-10_brownsweg_welcome.nl.txt',
    ]);
    expect(files.get('2027-04-30_brownsweg_announcement.nl.txt')).toContain('Dit is onze tweede poging: op woensdag 28 april 2027 zijn we teruggegaan naar WhatsApp-groepen.');
    expect(files.get('2027-04-30_brownsweg_announcement.nl.txt')).toContain('Wat er deze keer anders is: Een mobiele router voor Brownsweg.');
    expect(files.get('2027-04-30_brownsweg_announcement.en.txt')).toContain('This is our second try: on Wednesday, April 28, 2027 we went back to WhatsApp groups.');
    expect(files.get('2027-05-03_brownsweg_reminder.nl.txt')).toContain('maandag 10 mei 2027');
    expect(files.get('2027-05-10_brownsweg_welcome.nl.txt')).toContain('Dit is onze tweede poging; wat er anders is dan de eerste keer: een mobiele router voor Brownsweg.');
    const firstTry = await emails(stringify({ ...base, rollback: undefined }));
    for (const lang of ['nl', 'en']) expect(files.get(`2027-04-05_brownsweg_announcement.${lang}.txt`)).toBe(firstTry.get(`2027-04-05_brownsweg_announcement.${lang}.txt`));
  });

  it('decided on a Saturday, announces it on the Monday, with no reminder that day', () => {
    expect(ahead(buildSchedule(validPlan(decidedOn('2027-05-01'))))).toEqual([
      ['2027-05-03', 'announcement', 'announcement'],
      ['2027-05-03', 'checklist', 'two-weeks-before'],
      ['2027-05-03', 'checklist', 'one-week-before'],
      ['2027-05-10', 'checklist', 'launch-day'],
    ]);
  });

  it("keeps the notices of a pause of the first try on their day: they went out then", () => {
    const paused = stringify({ ...base, pauses: [{ from: '2027-04-21', until: '2027-04-22', reason: 'de mast is stuk', only: { phase: 'brownsweg' } }] });
    const events = buildSchedule(validPlan(paused)).events.filter((e) => e.phase === 'brownsweg' && (e.type === 'pause' || e.type === 'resume' || e.type === 'announcement'));
    expect(events.map((e) => [e.date, e.type])).toEqual([
      ['2027-04-21', 'pause'],
      ['2027-04-21', 'resume'],
      ['2027-04-30', 'announcement'],
    ]);
  });
});

describe('a second try written with the rollback, without resume.decided', () => {
  const withRollback = () => {
    const resume = { ...base.rollback.resume };
    delete resume.decided;
    return stringify({ ...base, rollback: { ...base.rollback, resume } });
  };

  it('is known on the rollback’s day: its announcement goes out then, not two days before the rollback', async () => {
    expect(withRollback()).not.toContain('decided');
    expect(ahead(buildSchedule(validPlan(withRollback())))).toEqual([
      ['2027-04-28', 'announcement', 'announcement'],
      ['2027-04-28', 'checklist', 'two-weeks-before'],
      ['2027-05-03', 'reminder', 'reminder'],
      ['2027-05-03', 'checklist', 'one-week-before'],
      ['2027-05-10', 'checklist', 'launch-day'],
    ]);
    const files = await emails(withRollback());
    expect(files.get('2027-04-28_brownsweg_announcement.en.txt')).toContain('This is our second try');
    expect([...files.keys()].filter((n) => n.startsWith('2027-04-26_brownsweg'))).toEqual([]);
  });
});
