import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Teams BV: Administratie (to start Monday 15 March 2027) paused from Friday 12 until
 * Friday 19 March; its launch lands on Monday 22 March, Holi Phagwa, so on Tuesday the 23rd.
 * Easter week (29 March, Easter Monday, until 5 April) written in on 15 March.
 */
const pauses = [
  { from: '2027-03-12', until: '2027-03-19', reason: 'the pilot is extended by a week', only: { phase: 'department-1' } },
  { from: '2027-03-29', until: '2027-04-05', reason: 'Easter week', decided: '2027-03-15' },
];

function schedule() {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;
  return buildSchedule(validPlan(stringify({ ...data, pauses })));
}
const items = () => schedule().events.filter((e) => e.type === 'pause' || e.type === 'resume');

describe('the pause and resume items of the schedule', () => {
  it('put a pause written in ahead on its first day, with the day its notice goes out beside it', () => {
    const easter = items().find((e) => e.type === 'pause' && e.key === 'pause-2')!;
    // Easter Monday is a holiday: the item moves to the Tuesday, as any item does.
    expect([easter.date, easter.movedFrom, easter.noticeOn]).toEqual(['2027-03-30', '2027-03-29', '2027-03-15']);
  });

  it('name the day a paused phase actually starts, past the holiday its new day fell on (in the plan\'s first language, Dutch)', () => {
    const resume = items().find((e) => e.type === 'resume' && e.key === 'pause-1')!;
    expect([resume.date, resume.title]).toEqual(['2027-03-18', 'Verder op 2027-03-23']);
    expect(items().find((e) => e.type === 'resume' && e.key === 'pause-2')!.title).toBe('Verder op 2027-04-05');
  });
});

describe('the pauses of one location\'s schedule', () => {
  it('name a paused phase by its name, as the whole schedule does, though that phase has no item there', () => {
    const albina = filterSchedule(schedule(), { location: 'Albina' });
    expect(albina.phases.map((p) => p.id)).not.toContain('department-1');
    expect(pauseLines(albina, 'en')[0]).toBe('Pause 2027-03-12 until 2027-03-19 (5 working days), only Administratie (the rest goes on): the pilot is extended by a week');
    expect(pauseLines(albina, 'nl')[0]).toContain(', alleen Administratie (de rest gaat door)');
  });
});
