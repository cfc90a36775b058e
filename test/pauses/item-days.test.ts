import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
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
    // Easter week moves the phases after Administratie a week further.
    expect(pauseLines(albina, 'en')[0]).toBe(
      'Pause 2027-03-12 until 2027-03-19 (5 working days), only Administratie (the phases after it wait for it: Projecten now starts on 2027-04-12 and Alle overige collega’s now starts on 2027-04-26; the switch-off waits for it: Oude systeem uitzetten now starts on 2027-05-10): the pilot is extended by a week',
    );
    expect(pauseLines(albina, 'nl')[0]).toContain(', alleen Administratie (de fasen daarna wachten erop: Projecten begint nu op 2027-04-12');
  });
});

describe('the line of a pause of one phase that later phases wait for', () => {
  const extended = pauses[0]!;
  /** The schedule with these pauses, its names in `lang`. */
  const scheduleWith = (list: unknown[], lang: Language) => {
    const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;
    return buildSchedule(planIn(validPlan(stringify({ ...data, pauses: list })), lang));
  };

  it('names them with their new start instead of saying the rest goes on, as the notice does', () => {
    expect(pauseLines(scheduleWith([extended], 'en'), 'en')[0]).toContain('only Administratie (the phases after it wait for it: Projecten now starts on 2027-04-05 and Everyone else now starts on 2027-04-19; the switch-off waits for it: Decommission old system now starts on 2027-05-03)');
    expect(pauseLines(scheduleWith([extended], 'nl'), 'nl')[0]).toContain('alleen Administratie (de fasen daarna wachten erop: Projecten begint nu op 2027-04-05 en Alle overige collega’s begint nu op 2027-04-19; de uitfasering wacht erop: Oude systeem uitzetten begint nu op 2027-05-03)');
  });

  it('while the pause is open, says they wait until it ends', () => {
    const open = [{ from: extended.from, reason: extended.reason, only: extended.only }];
    expect(pauseLines(scheduleWith(open, 'en'), 'en')[0]).toContain('(the phases after it wait for it: Projecten waits until the pause ends and Everyone else waits until the pause ends; the switch-off waits for it: Decommission old system waits until the pause ends)');
    expect(pauseLines(scheduleWith(open, 'nl'), 'nl')[0]).toContain('(de fasen daarna wachten erop: Projecten wacht tot de pauze voorbij is en Alle overige collega’s wacht tot de pauze voorbij is; de uitfasering wacht erop: Oude systeem uitzetten wacht tot de pauze voorbij is)');
  });

  it('says the switch-off moves and the rest goes on when only the switch-off waits for the paused part, as the notice does', () => {
    const last = [{ from: '2027-04-02', until: '2027-04-09', reason: 'the branch line is down', only: { phase: 'everyone-else' } }];
    expect(pauseLines(scheduleWith(last, 'en'), 'en')[0]).toContain(', only Everyone else (the switch-off waits for it: Decommission old system now starts on 2027-05-03; the rest goes on)');
    expect(pauseLines(scheduleWith(last, 'nl'), 'nl')[0]).toContain(', alleen Alle overige collega’s (de uitfasering wacht erop: Oude systeem uitzetten begint nu op 2027-05-03; de rest gaat door)');
  });
});
