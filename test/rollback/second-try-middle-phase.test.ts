import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compareSchedules } from '../../src/changes/compare.js';
import { eventNotes, moverOf, pauseLines } from '../../src/reporters/schedule/describe.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { diagnosticLines, ROOT, validPlan } from '../helpers.js';

/*
 * Corentyne Freight (no holidays in the plan): IT pilot Mon 8 - Fri 19 Feb 2027, Georgetown
 * 22 Feb - 5 Mar, Paramaribo operations 8 - 19 Mar, the switch-off of Slack planned 22 - 26 Mar.
 * Georgetown rolls back on Monday 15 March, while Paramaribo operations runs; its second try,
 * decided on Tuesday 30 March, starts on Monday 12 April and runs its two weeks to Friday 23 April.
 * Paramaribo operations keeps its days (it ran). The switch-off waits for the second try, not for
 * Paramaribo operations once more: from Monday 26 April (to Friday 30 April), and its gate
 * `paramaribo-active` (day-before) on Friday 23 April; 10 May was 12 April + the four weeks from
 * Georgetown's end to the switch-off's end.
 */
const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'georgetown-middle.yaml'), 'utf8');
const base = parse(text) as Record<string, unknown> & { rollback: Record<string, unknown> };
const extension = { phase: 'pilot', by: '1w', decided: '2027-02-17', reason: 'the trainer is ill' };
const plan = (extra: Record<string, unknown> = {}, rollback = base.rollback) => validPlan(stringify({ ...base, rollback, ...extra }));
const withoutResume = () => {
  const rollback = { ...base.rollback };
  delete rollback.resume;
  return rollback;
};

const phase = (schedule: Schedule, id: string) => schedule.phases.find((p) => p.id === id)!;
const dated = (schedule: Schedule, type: string, id: string) => schedule.events.filter((e) => e.type === type && e.phase === id).map((e) => e.date);

describe('the second try of a middle phase', () => {
  it('the switch-off waits for the second try, not for a replay of the phase after it that ran', () => {
    const schedule = buildSchedule(plan());
    expect(phase(schedule, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(phase(schedule, 'paramaribo')).toMatchObject({ start: '2027-03-08', end: '2027-03-19' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    expect(schedule.events.filter((e) => e.type === 'gate' && e.key === 'paramaribo-active').map((e) => e.date)).toEqual(['2027-04-23']);
    expect(schedule.events.filter((e) => e.type === 'decommission' && e.key === 'turn-off').map((e) => e.date)).toEqual(['2027-04-30']);
    // The switch-off announced again two weeks ahead: Monday 12 April.
    expect(dated(schedule, 'announcement', 'switch-off')).toEqual(['2027-04-12']);
  });
});

describe('an extension decided before the rollback and a second try written with its day', () => {
  /*
   * The pilot runs a week longer (decided Wednesday 17 February): to 26 February, so Georgetown's
   * first try ran 1 - 12 March and Paramaribo operations 15 - 26 March. The second try still starts
   * on the day written, Monday 12 April, to 23 April: announced two weeks ahead (29 March), which is
   * before it was decided, so on Tuesday 30 March; reminded a week ahead, Monday 5 April. The
   * switch-off: the later of its own Monday 29 March and the Monday after the second try, 26 April.
   */
  const schedule = recordedSchedule(plan({ extensions: [extension] }));

  it('keeps the second try on resume.on', () => {
    expect(phase(schedule, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(schedule.rollbacks![0]!.firstTry!.map((p) => [p.start, p.end])).toEqual([['2027-03-01', '2027-03-12']]);
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
  });

  it('announces it on the day it was decided and reminds of that start', () => {
    const again = schedule.events.filter((e) => e.phase === 'georgetown' && e.secondTry !== undefined);
    expect(again.filter((e) => e.type === 'announcement').map((e) => e.date)).toEqual(['2027-03-30']);
    expect(again.filter((e) => e.type === 'reminder').map((e) => [e.date, e.title])).toEqual([['2027-04-05', 'Remind Georgetown of their start on 2027-04-12']]);
    expect(again.filter((e) => e.type === 'launch').map((e) => e.date)).toEqual(['2027-04-12']);
  });

  it('says a second try moved its items, not a pause or an extension', () => {
    const launch = schedule.events.find((e) => e.type === 'launch' && e.phase === 'georgetown' && e.secondTry !== undefined)!;
    expect(eventNotes(launch, 'en', moverOf(schedule))).toContain('moved by a second try from 2027-02-22');
    const first = schedule.events.find((e) => e.type === 'launch' && e.phase === 'georgetown' && e.secondTry === undefined)!;
    expect(first.date).toBe('2027-03-01');
  });

  it('diff keeps the first try on its days and adds the second try beside it', () => {
    const plans = { before: plan({ extensions: [extension] }, withoutResume()), after: plan({ extensions: [extension] }) };
    const set = compareSchedules(recordedSchedule(plans.before), recordedSchedule(plans.after), plans, 'names');
    const launches = set.changes.filter((c) => c.type === 'launch' && c.phase === 'georgetown');
    expect(launches).toEqual([expect.objectContaining({ change: 'appeared', from: null, to: '2027-04-12', reason: 'Georgetown starts again on 2027-04-12 (rolled back on 2027-03-15): a second fibre line is in' })]);
    expect(set.changes.filter((c) => c.phase === 'georgetown' && c.change !== 'appeared')).toEqual([]);
    expect(set.changes.find((c) => c.type === 'decommission' && c.key === 'turn-off')).toMatchObject({ change: 'resumed', to: '2027-04-30' });
  });
});

describe('a pause of the phase after the part, beside the extension and the second try', () => {
  it('moves the switch-off once, to the later of its own new start and the Monday after the second try', () => {
    /*
     * With the pilot's extension Paramaribo operations was to run 15 - 26 March; a pause of it from
     * 8 until 15 March (five working days, before it started) moves it to 22 March - 2 April, so the
     * switch-off's own start is Monday 5 April. Georgetown's second try ends on 23 April: the
     * switch-off from 26 April, not the pause's five days on top (3 May).
     */
    const pause = { from: '2027-03-08', until: '2027-03-15', reason: 'the warehouse office moves', only: { phase: 'paramaribo' } };
    const schedule = buildSchedule(plan({ extensions: [extension], pauses: [pause] }));
    expect(phase(schedule, 'paramaribo')).toMatchObject({ start: '2027-03-22', end: '2027-04-02' });
    expect(phase(schedule, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
  });
});

describe('an extension of the phase after the part, beside the second try', () => {
  /*
   * Paramaribo operations runs a week longer, to Friday 26 March: the switch-off's own start moves
   * to Monday 29 March. Georgetown's second try ends on 23 April: the switch-off from 26 April, the
   * later of the two, not the extension's week on top (3 May). The same week as a pause gives the
   * same (see above); so does the extension decided after the rollback.
   */
  const paramaribo = (decided: string, by = '1w') => ({ phase: 'paramaribo', by, decided, reason: 'busy' });

  it.each(['2027-03-10', '2027-03-17'])('moves the switch-off once, decided on %s', (decided) => {
    const schedule = buildSchedule(plan({ extensions: [paramaribo(decided)] }));
    expect(phase(schedule, 'paramaribo')).toMatchObject({ start: '2027-03-08', end: '2027-03-26' });
    expect(phase(schedule, 'georgetown')).toMatchObject({ start: '2027-04-12', end: '2027-04-23' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    expect(schedule.events.filter((e) => e.type === 'gate' && e.key === 'paramaribo-active').map((e) => e.date)).toEqual(['2027-04-23']);
  });

  it('takes the extension when it runs past the second try', () => {
    // Six weeks: Paramaribo operations to Friday 30 April, so the switch-off from Monday 3 May.
    const schedule = buildSchedule(plan({ extensions: [paramaribo('2027-03-10', '6w')] }));
    expect(phase(schedule, 'paramaribo')).toMatchObject({ end: '2027-04-30' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-05-03', end: '2027-05-07' });
  });
});

describe('a rollback before the part first started, after an extension moved it', () => {
  /*
   * The pilot's week moves Georgetown's first try to Monday 1 March; a rollback on Wednesday
   * 24 February is before it: refused with a resume as without one, naming the start the schedule has.
   */
  const early: Record<string, unknown> = { ...base.rollback, on: '2027-02-24' };
  const errors = (rollback: Record<string, unknown>) =>
    diagnosticLines(stringify({ ...base, rollback, extensions: [extension] }), 'rollback-dates').map((l) => l.replace(/^.*error /, ''));
  const message = 'rollback.on: Georgetown rolls back on 2027-02-24, before it starts on 2027-03-01';

  it('is refused with a resume as without one', () => {
    const withoutIt = { ...early };
    delete withoutIt.resume;
    expect(errors(early)).toEqual([expect.stringContaining(message)]);
    expect(errors(withoutIt)).toEqual([expect.stringContaining(message)]);
  });

  it('still accepts one after that start', () => {
    expect(errors({ ...base.rollback, on: '2027-03-03' })).toEqual([]);
  });
});

describe("an extension's line in the schedule, beside a rollback of the part after it", () => {
  /*
   * Albina's plan: Head office a week longer (decided 17 March) moves Albina's first try from
   * 30 March to 5 April; Albina rolls back on 19 April. The line names that first try's start,
   * also once Albina starts again on 10 May, and without a resume the switch-off waits for Albina,
   * rolled back: the plan has no pause.
   */
  const albina = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown> };
  const headOffice = { phase: 'head-office', by: '1w', decided: '2027-03-17', reason: { nl: 'ziek', en: 'ill' } };
  const resume = { on: '2027-05-10', changed: { nl: 'nieuwe lijn', en: 'a new line' }, decided: '2027-04-28' };
  const line = (rollback: Record<string, unknown>, lang: 'en' | 'nl') => pauseLines(recordedSchedule(validPlan(stringify({ ...albina, rollback, extensions: [headOffice] }))), lang).at(-1);

  it('names the first try the extension moved as what it did, and the second try as the start now', () => {
    expect(line({ ...albina.rollback, resume }, 'en')).toContain('Albina was moved to 2027-04-05, since the rollback to 2027-05-10 and Switch off email chains now starts on 2027-05-31');
    expect(line({ ...albina.rollback, resume }, 'nl')).toContain('Albina, eerst verschoven naar 2027-04-05, sinds het terugdraaien naar 2027-05-10 en Switch off email chains begint nu op 2027-05-31');
  });

  it('says the switch-off waits for the rolled-back part, not for a pause', () => {
    expect(line(albina.rollback, 'en')).toContain('Albina now starts on 2027-04-05 and Switch off email chains waits for Albina, rolled back)');
    expect(line(albina.rollback, 'nl')).toContain('Albina begint nu op 2027-04-05 en Switch off email chains wacht op Albina, teruggedraaid)');
  });
});

describe("a gate of the part due `within`, in the part's second try", () => {
  /*
   * georgetown-active, due a week into Georgetown, guards the launch after it: Paramaribo
   * operations, which went ahead on 8 March. In the first try (1 March) it is due before that
   * launch; in the second try (19 April) that launch is six weeks gone: its title says so.
   */
  const within = { id: 'georgetown-active', phase: 'georgetown', metric: 'active_use_pct', threshold: 60, location: 'Georgetown', within: '1w', guards: 'next' };
  const gates = (base.gates as Record<string, unknown>[]).map((g) => (g.id === 'georgetown-go-no-go' ? within : g));
  const titles = (languages: string[]) => {
    const organization = { ...(base.organization as Record<string, unknown>), languages };
    return recordedSchedule(plan({ gates, organization })).events.filter((e) => e.key === 'georgetown-active').map((e) => [e.date, e.title]);
  };

  it('keeps the first try\'s title and gives the second try\'s its own, in English and Dutch', () => {
    expect(titles(['en'])).toEqual([
      ['2027-03-01', 'Gate georgetown-active (Georgetown): active use at least 60%, before the launch for Paramaribo operations'],
      ['2027-04-19', 'Gate georgetown-active (Georgetown): active use at least 60%, in the second try of Georgetown (the launch for Paramaribo operations went ahead on 2027-03-08)'],
    ]);
    expect(titles(['nl']).map(([, title]) => title)).toEqual([
      expect.stringMatching(/, vóór de start van Paramaribo operations$/),
      expect.stringMatching(/, in de tweede poging van Georgetown \(de start van Paramaribo operations ging door op 2027-03-08\)$/),
    ]);
  });
});
