import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { pauseLengthLabel } from '../../src/pauses/length.js';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { minimalPlan, validPlan } from '../helpers.js';
import { sewnath, sewnathLaunches, sewnathSwitchOff } from '../saturday-branch.js';

/*
 * The accounting firm of test/saturday-branch.ts. Saturday 5 June 2027 is a holiday. The pilot
 * runs a week longer; the branch pauses two weeks in its second week.
 */
const reason = { en: 'network outage in Nickerie', nl: 'netwerkstoring in Nickerie' };
const extension = { phase: 'pilot', by: '1w', decided: '2027-04-12', reason: { en: 'the trainer is ill', nl: 'de trainer is ziek' } };
const nickeriePause = (from: string, until: string) => ({ from, until, reason, only: { location: 'Nieuw Nickerie' } });

interface Options {
  saturdays?: boolean;
  languages?: string[];
  phases?: unknown[];
  extensions?: unknown[];
  pauses?: unknown[];
}
const schedule = ({ saturdays = true, languages, phases = [...sewnathLaunches, sewnathSwitchOff], extensions = [extension], pauses = [nickeriePause('2027-05-17', '2027-05-31')] }: Options = {}) =>
  buildSchedule(
    validPlan(
      minimalPlan({
        start: '2027-04-05',
        organization: sewnath(saturdays, languages),
        calendar: { timezone: 'America/Paramaribo', holidays: [{ date: '2027-06-05', name: 'Indian Arrival Day' }] },
        phases,
        extensions,
        pauses,
      }),
    ),
  );
const last = (s: ReturnType<typeof schedule>, type: string) => s.events.filter((e) => e.type === type).at(-1)?.date;
const nickerie = (s: ReturnType<typeof schedule>) => s.phases.find((p) => p.id === 'nickerie')!;

describe('weekly updates and surveys at a branch that works Saturdays, once a pause or an extension moved its launch', () => {
  it('end in the week the branch now ends (Friday 4 June: Saturday is a holiday), as for a branch that works Monday to Friday', () => {
    for (const saturdays of [true, false]) {
      const s = schedule({ saturdays });
      expect(nickerie(s).end).toBe('2027-06-04');
      expect([last(s, 'weekly-update'), last(s, 'survey')]).toEqual(['2027-06-04', '2027-06-07']);
    }
  });

  it('end the week of its Saturday end after an extension alone, not the week after', () => {
    const s = schedule({ pauses: [] });
    expect(nickerie(s).end).toBe('2027-05-22');
    expect([last(s, 'weekly-update'), last(s, 'survey')]).toEqual(['2027-05-21', '2027-05-24']);
  });

  it('end the week of its Saturday end after a pause alone', () => {
    const s = schedule({ extensions: [], pauses: [nickeriePause('2027-05-10', '2027-05-24')] });
    expect(nickerie(s).end).toBe('2027-05-29');
    expect([last(s, 'weekly-update'), last(s, 'survey')]).toEqual(['2027-05-28', '2027-05-31']);
  });
});

describe('the length of a pause, on the working weeks of the people it moves', () => {
  it('is told in weeks when those people work different weeks: the branch moves 12 of its days, the switch-off 10', () => {
    const [pause] = schedule().pauses;
    expect(pause).toMatchObject({ workingDays: 10, weeks: 2 });
    expect(pauseLines(schedule())[0]).toMatch(/^Pause 2027-05-17 until 2027-05-31 \(2 weeks\), only Nieuw Nickerie/);
    expect(pauseLines(schedule({ languages: ['nl', 'en'] }), 'nl')[0]).toMatch(/^Pauze 2027-05-17 tot 2027-05-31 \(2 weken\), /);
  });

  it('counts the branch’s own days when it moves nobody else’s: 12 working days without a switch-off', () => {
    const [pause] = schedule({ phases: sewnathLaunches }).pauses;
    expect(pause).toMatchObject({ workingDays: 12 });
    expect(pause).not.toHaveProperty('weeks');
    expect(pauseLengthLabel(pause!, 'nl')).toBe('12 werkdagen');
  });

  it('names the branch’s own count for a pause of part of a week that moves everyone', () => {
    const [pause] = schedule({ extensions: [], pauses: [{ from: '2027-04-14', until: '2027-04-19', reason }] }).pauses;
    expect(pause).toMatchObject({ workingDays: 3, workingDaysAt: { 'Nieuw Nickerie': 4 } });
    expect([pauseLengthLabel(pause!, 'en'), pauseLengthLabel(pause!, 'nl')]).toEqual(['3 working days (4 at Nieuw Nickerie)', '3 werkdagen (4 in Nieuw Nickerie)']);
  });

  it('stays one count of working days when everyone works the same week', () => {
    const [pause] = schedule({ saturdays: false }).pauses;
    expect(pause).toEqual(expect.objectContaining({ workingDays: 10 }));
    expect(pause).not.toHaveProperty('weeks');
    expect(pauseLengthLabel(pause!, 'en')).toBe('10 working days');
  });
});

describe('office hours in the week back from a pause', () => {
  const titles = (s: ReturnType<typeof schedule>) => [...new Set(s.events.filter((e) => e.type === 'office-hours' && e.phase === 'nickerie').map((e) => `${e.date < '2027-05-17' ? 'before' : 'after'} ${e.title}`))];

  it('say it is the week back after the pause, not the branch’s first week, in English and Dutch', () => {
    expect(titles(schedule())).toEqual(['before Office hours (every working day, first week of Nieuw Nickerie)', 'after Office hours (every working day, first week back after the pause, Nieuw Nickerie)']);
    expect(titles(schedule({ languages: ['nl', 'en'] }))).toEqual(['before Spreekuur (elke werkdag, eerste week van Nieuw Nickerie)', 'after Spreekuur (elke werkdag, eerste week na de pauze, Nieuw Nickerie)']);
  });

  it('keep their first-week title when the pause only moved the branch’s start', () => {
    const s = schedule({ pauses: [nickeriePause('2027-05-03', '2027-05-17')] });
    expect(nickerie(s).start).toBe('2027-05-24');
    expect(titles(s)).toEqual(['after Office hours (every working day, first week of Nieuw Nickerie)', 'after Office hours (3x, second week of Nieuw Nickerie)']);
  });
});

describe('the length of an extension, on the working weeks of the people whose dates it moves', () => {
  const extended = (phases: unknown[], extension: Record<string, unknown>, languages?: string[]) =>
    schedule({ phases, pauses: [], extensions: [{ decided: '2027-04-12', reason: 'the trainer is ill', ...extension }], ...(languages ? { languages } : {}) });
  const told = (s: ReturnType<typeof schedule>) => s.extensions![0]!;

  it('counts the branch’s own days when it moves nobody else’s: a week more for the branch is 6 working days', () => {
    const s = extended(sewnathLaunches, { phase: 'nickerie', by: '1w', decided: '2027-05-05' });
    expect(told(s)).toMatchObject({ workingDays: 6, until: '2027-05-22' });
    expect(told(s)).not.toHaveProperty('weeks');
    expect(pauseLines(s)[0]).toMatch(/^Nieuw Nickerie runs longer \(decided 2027-05-05\): until 2027-05-22 instead of 2027-05-15 \(6 working days\)/);
  });

  it('is told in weeks when the switch-off waits for the branch: the branch moves 6 of its days, the switch-off 5', () => {
    const s = extended([...sewnathLaunches, sewnathSwitchOff], { phase: 'nickerie', by: '1w', decided: '2027-05-05' });
    expect(told(s)).toMatchObject({ workingDays: 5, weeks: 1 });
    expect(pauseLines(s)[0]).toMatch(/\(1 week; the phases after it wait for it: /);
    expect(pauseLines(s, 'nl')[0]).toMatch(/\(1 week; de fasen daarna wachten erop: /);
  });

  it('names the branch’s own count for part of a week that moves everyone', () => {
    const s = extended([...sewnathLaunches, sewnathSwitchOff], { phase: 'pilot', until: '2027-04-26' });
    expect(told(s)).toMatchObject({ workingDays: 6, workingDaysAt: { 'Nieuw Nickerie': 7 } });
    expect([pauseLengthLabel(told(s), 'en'), pauseLengthLabel(told(s), 'nl')]).toEqual(['6 working days (7 at Nieuw Nickerie)', '6 werkdagen (7 in Nieuw Nickerie)']);
  });
});
