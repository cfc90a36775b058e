import { describe, expect, it } from 'vitest';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import { planIn } from '../../src/plan/resolve.js';
import type { ScheduleEvent } from '../../src/schedule/types.js';
import { minimalPlan, validPlan } from '../helpers.js';

const schedule = (overrides: Record<string, unknown> = {}) => buildSchedule(validPlan(minimalPlan(overrides)));
const pick = (events: ScheduleEvent[], type: string, phase?: string) => events.filter((e) => e.type === type && (phase === undefined || e.phase === phase));
const dates = (events: ScheduleEvent[]) => events.map((e) => e.date);

const locations = [
  { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20, champion: 'A', holidays: [{ date: '2027-01-05', name: 'Local day' }] },
  { name: 'Georgetown', timezone: 'America/Guyana', headcount: 20, champion: 'B' },
];

describe('schedule events', () => {
  const { events } = schedule();

  it('announces each launch phase two weeks ahead and reminds one week ahead', () => {
    expect(pick(events, 'announcement').map((e) => [e.phase, e.date, e.week])).toEqual([
      ['early-adopters', '2026-12-21', -1],
      ['core-team', '2027-01-04', 1],
      ['everyone-else', '2027-01-18', 3],
      ['decommission', '2027-02-01', 5],
    ]);
    expect(dates(pick(events, 'reminder'))).toEqual(['2026-12-28', '2027-01-11', '2027-01-25']);
  });

  it('dates the checklists of a phase', () => {
    const list = pick(events, 'checklist', 'core-team').map((e) => [e.key, e.date]);
    expect(list).toEqual([
      ['two-weeks-before', '2027-01-04'],
      ['one-week-before', '2027-01-11'],
      ['launch-day', '2027-01-18'],
      ['first-week', '2027-01-22'],
    ]);
    // Each week after, until the last gate falls due (everyone else's, four weeks after its launch): it names what to download that day.
    expect(dates(events.filter((e) => e.key === 'each-week-after'))).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22', '2027-03-01']);
    expect(pick(events, 'gate').at(-1)?.date).toBe('2027-03-01');
  });

  it('sends a weekly update on Fridays while a phase runs', () => {
    expect(dates(pick(events, 'weekly-update'))).toEqual(['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29', '2027-02-05', '2027-02-12']);
  });

  it('holds one session per phase, of the kind its activities ask for, and office hours daily, then 3 per week', () => {
    // The early adopters were trained in the pilot: a refresher of half the session.
    expect(pick(events, 'training', 'early-adopters').map((e) => [e.date, e.time, e.minutes, e.title])).toEqual([['2027-01-04', '10:00', 45, 'Refresher training for Early adopters']]);
    expect(pick(events, 'training', 'core-team').map((e) => [e.minutes, e.title])).toEqual([[90, 'Group training for Core team']]);
    expect(pick(events, 'training', 'everyone-else').map((e) => [e.minutes, e.title])).toEqual([[90, 'Standard training for Everyone else']]);
    const oh = pick(events, 'office-hours', 'early-adopters');
    expect(dates(oh)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11', '2027-01-13', '2027-01-15']);
    expect(oh.every((e) => e.time === '14:00' && e.minutes === 60)).toBe(true);
  });

  it('dates each go/no-go gate the working day before the launch it guards, the success gates 4 weeks after each launch, the survey and ticket gates 4 weeks after the first', () => {
    expect(pick(events, 'gate').map((e) => [e.key, e.date])).toEqual([
      ['early-adopters-go-no-go', '2027-01-15'],
      ['core-team-go-no-go', '2027-01-29'],
      ['early-adopters-success', '2027-02-01'],
      ['satisfaction', '2027-02-01'],
      ['nps', '2027-02-01'],
      ['support-tickets-trend', '2027-02-01'],
      ['core-team-success', '2027-02-15'],
      ['everyone-else-success', '2027-03-01'],
    ]);
    expect(pick(events, 'gate')[0]!.title).toBe('Gate early-adopters-go-no-go (Early adopters): active use at least 60%, before the launch for Core team');
  });

  it('decommissions step by step and reviews after the rollout', () => {
    expect(pick(events, 'decommission').map((e) => [e.key, e.date])).toEqual([
      ['export-data', '2027-02-15'],
      ['archive', '2027-02-16'],
      ['turn-off', '2027-02-19'],
      ['celebrate', '2027-02-19'],
    ]);
    // Counted from the switch-off, not from the last launch: nothing looks back before it.
    expect(pick(events, 'review').map((e) => [e.key, e.date])).toEqual([
      ['week-1', '2027-02-26'],
      ['month-1', '2027-03-19'],
      ['month-3', '2027-05-19'],
    ]);
    expect(dates(pick(events, 'retrospective'))).toEqual(['2027-03-05']);
  });

  it('names what the switch-off turns off in its steps, in English and Dutch, and the old system without tool.replaces', () => {
    const titles = (plan: Record<string, unknown>, lang: 'en' | 'nl' = 'en') =>
      pick(buildSchedule(planIn(validPlan(minimalPlan(plan)), lang)).events, 'decommission').map((e) => e.title.replace(/ once .*| zodra .*/, ''));
    expect(titles({})).toEqual(['Export the data from the old system', 'Archive the old system for reference', 'Turn off the old system', 'Celebrate the transition']);
    const whatsapp = { tool: { name: 'Teamchat', replaces: { en: 'WhatsApp groups', nl: 'de WhatsApp-groepen' } } };
    expect(titles(whatsapp)).toEqual(['Export the data from WhatsApp groups', 'Archive WhatsApp groups for reference', 'Turn off WhatsApp groups', 'Celebrate the transition']);
    expect(titles(whatsapp, 'nl')).toEqual(['Gegevens exporteren uit de WhatsApp-groepen', 'De WhatsApp-groepen archiveren om later na te kunnen slaan', 'De WhatsApp-groepen uitzetten', 'De overstap vieren']);
    expect(titles({}, 'nl')).toEqual(['Gegevens exporteren uit het oude systeem', 'Het oude systeem archiveren om later na te kunnen slaan', 'Het oude systeem uitzetten', 'De overstap vieren']);
    // A sheet of passwords is deleted once imported, not archived; a shared drive may stay as it is.
    const sheet = (oldData: string) => ({ tool: { name: 'Bitwarden Teams', replaces: { en: 'the password sheet', nl: 'de wachtwoordenlijst' }, oldData } });
    expect(titles(sheet('delete'))[1]).toBe('Delete the data in the password sheet after the import into Bitwarden Teams');
    expect(titles(sheet('delete'), 'nl')[1]).toBe('De gegevens in de wachtwoordenlijst verwijderen na de import in Bitwarden Teams');
    expect(titles(sheet('keep'))[1]).toBe('Keep the data in the password sheet where it is');
    expect(titles(sheet('keep'), 'nl')[1]).toBe('De gegevens in de wachtwoordenlijst laten staan');
    expect(titles(sheet('archive'))[1]).toBe('Archive the password sheet for reference');
  });

  it('moves an event off a holiday and says so', () => {
    const moved = schedule({ calendar: { holidays: [{ date: '2027-02-01', name: 'Gate day' }] } }).events.find((e) => e.key === 'early-adopters-success');
    expect(moved).toMatchObject({ date: '2027-02-02', movedFrom: '2027-02-01', movedBecause: 'holiday (Gate day)' });
  });

  it('holds sessions per location at local times, on local working days', () => {
    const s = schedule({ organization: { name: 'a', headcount: 40, locations } });
    const training = pick(s.events, 'training', 'early-adopters');
    expect(training.map((e) => [e.location, e.date, e.time, e.timezone])).toEqual([
      ['Georgetown', '2027-01-04', '10:00', 'America/Guyana'],
      ['Paramaribo', '2027-01-04', '10:00', 'America/Paramaribo'],
    ]);
    const para = pick(s.events, 'office-hours', 'early-adopters').filter((e) => e.location === 'Paramaribo');
    expect(dates(para)).not.toContain('2027-01-05');
  });

  it('flags a shared session that falls outside a location\'s working hours', () => {
    const s = schedule({
      organization: { name: 'a', headcount: 40, locations },
      calendar: { timezone: 'America/Paramaribo' },
      training: { mode: 'shared', sessionTime: '08:30' },
    });
    const [session] = pick(s.events, 'training', 'early-adopters');
    expect(session).toMatchObject({ time: '08:30', timezone: 'America/Paramaribo' });
    expect(session!.location).toBeUndefined();
    expect(session!.flags).toEqual(['outside working hours in Georgetown: 07:30-08:15 local, works 08:00-17:00']);
  });

  it("flags a location's own session outside its working hours, and only there", () => {
    const late = locations.map((l) => (l.name === 'Paramaribo' ? { ...l, workingHours: { start: '11:00', end: '14:30' } } : l));
    const s = schedule({ organization: { name: 'a', headcount: 40, locations: late } });
    const flagged = (type: 'training' | 'office-hours') => pick(s.events, type, 'core-team').map((e): [string | undefined, string[]] => [e.location, e.flags ?? []]);
    expect(flagged('training')).toEqual([
      ['Georgetown', []],
      ['Paramaribo', ['outside working hours in Paramaribo: 10:00-11:30 local, works 11:00-14:30']],
    ]);
    const hours = flagged('office-hours');
    expect(hours.filter(([where]) => where === 'Georgetown').every(([, flags]) => flags.length === 0)).toBe(true);
    const para = hours.filter(([where]) => where === 'Paramaribo');
    expect(para.length).toBeGreaterThan(0);
    for (const [, flags] of para) expect(flags).toEqual(['outside working hours in Paramaribo: 14:00-15:00 local, works 11:00-14:30']);
  });

  it('filters by phase and by location', () => {
    const s = schedule({ organization: { name: 'a', headcount: 40, locations } });
    const core = filterSchedule(s, { phase: 'core-team' });
    expect(core.phases.map((p) => p.id)).toEqual(['core-team']);
    expect(core.events.every((e) => e.phase === 'core-team')).toBe(true);
    const gt = filterSchedule(s, { location: 'Georgetown' });
    expect(gt.events.some((e) => e.location === 'Paramaribo')).toBe(false);
    expect(gt.events.some((e) => e.location === 'Georgetown')).toBe(true);
  });

  it("keeps out of one location's view the items of a phase that brings in nobody there, but not everyone's gates", () => {
    const s = schedule({
      organization: { name: 'a', headcount: 40, locations },
      phases: [
        { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] } },
        { id: 'georgetown', name: 'Georgetown', audience: { locations: ['Georgetown'] } },
        { id: 'switch-off', name: 'Switch-off', kind: 'decommission', audience: 'none' },
      ],
      gates: [
        { id: 'paramaribo-go', phase: 'paramaribo', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' },
        { id: 'everyone-satisfied', phase: 'paramaribo', metric: 'satisfaction', aggregate: 'mean', threshold: 7, scope: 'organization' },
      ],
    });
    const itemsOf = (location: string, phase: string) => filterSchedule(s, { location }).events.filter((e) => e.phase === phase).map((e) => `${e.type} ${e.key}`);
    // Paramaribo's announcement, launch, checklists and its go/no-go are Paramaribo's; the gate on everyone's answers is everyone's.
    expect(itemsOf('Georgetown', 'paramaribo')).toEqual(['gate everyone-satisfied']);
    expect(itemsOf('Paramaribo', 'georgetown')).toEqual([]);
    expect(itemsOf('Georgetown', 'georgetown')).toEqual(expect.arrayContaining(['announcement announcement', 'reminder reminder', 'launch launch', 'checklist launch-day']));
    expect(itemsOf('Georgetown', 'switch-off').length).toBeGreaterThan(0);
  });

  it('skips group sessions for a phase of one person', () => {
    const s = schedule({ preset: 'solo', organization: { name: 'a', headcount: 1 } });
    expect(pick(s.events, 'training')).toEqual([]);
    expect(pick(s.events, 'launch')).toHaveLength(1);
  });
});
