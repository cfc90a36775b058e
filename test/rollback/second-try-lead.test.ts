import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { run, tempDir, validPlan } from '../helpers.js';
import { kaiteur, kaiteurText, NICKERIE_BACK } from './kaiteur.js';

/*
 * Kaiteur Design announces each phase one week ahead (announceLead: 1w): the coordinator's
 * checklist two weeks before still comes a week before the announcement it asks for, and the
 * reminder a week ahead, the announcement's day, is left out. The branch
 * rolls back and starts again on 10 May: its second try gets that checklist again, on 26 April.
 */
const oneWeek = (text: string) => text.replace(/^communications:\n/m, 'communications:\n  announceLead: 1w\n');

const ahead = (schedule: Schedule) =>
  schedule.events.filter((e) => e.phase === 'nickerie' && ['announcement', 'reminder', 'checklist'].includes(e.type) && e.key !== 'first-week').map((e) => [e.date, e.key, e.secondTry ?? '']);

describe('a second try announced one week ahead', () => {
  it('gets the checklist two weeks before, as its first try did', () => {
    expect(ahead(recordedSchedule(validPlan(kaiteurText(NICKERIE_BACK, oneWeek))))).toEqual([
      ['2027-03-15', 'two-weeks-before', ''],
      ['2027-03-22', 'announcement', ''],
      ['2027-03-22', 'one-week-before', ''],
      ['2027-03-29', 'launch-day', ''],
      ['2027-04-26', 'two-weeks-before', '2027-05-10'],
      ['2027-05-03', 'announcement', '2027-05-10'],
      ['2027-05-03', 'one-week-before', '2027-05-10'],
      ['2027-05-10', 'launch-day', '2027-05-10'],
    ]);
  });

  it('writes that checklist, naming the second try’s start and announcement, in English and Dutch', () => {
    const plan = kaiteur(NICKERIE_BACK, oneWeek);
    const out = path.join(tempDir(), 'emails');
    const r = run(['render-emails', '--plan', plan, '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('2027-04-26_nickerie'))).toEqual(['2027-04-26_nickerie_checklist-two-weeks-before.en.md', '2027-04-26_nickerie_checklist-two-weeks-before.nl.md']);
    const en = readFileSync(path.join(out, '2027-04-26_nickerie_checklist-two-weeks-before.en.md'), 'utf8');
    expect(en).toContain('starts for Nieuw Nickerie branch on Monday, May 10, 2027');
    expect(en).toContain('Announcement sent to Nieuw Nickerie branch on Monday, May 3');
    expect(readFileSync(path.join(out, '2027-04-26_nickerie_checklist-two-weeks-before.nl.md'), 'utf8')).toContain('maandag 10 mei 2027');
    const table = run(['schedule', '--plan', plan, '--format', 'csv']);
    expect(table.stdout).toMatch(/^2027-04-26,.*two-weeks-before.*2027-05-10/m);
  });
});
