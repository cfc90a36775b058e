import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { diagnosticLines, validPlan } from '../helpers.js';
import { nightShiftPlan as plan } from '../night-shift.js';

const reach = (text: string) => diagnosticLines(text, 'session-unreachable');

describe('validate: sessions a location cannot reach, as the schedule flags them', () => {
  it('warns at the night shift of a location whose sessions fall in the day, with a time that would do', () => {
    expect(reach(plan())).toEqual([
      'rollout.yaml:13:21: warning organization.locations[1].workingHours: training sessions at 10:00 (training.sessionTime): outside working hours in Albina: 10:00-11:30 local, works 23:00-07:00; the schedule flags them (give Albina its own time inside its working hours 23:00-07:00: sessionTime: "23:00" in its entry under organization.locations)',
      'rollout.yaml:13:21: warning organization.locations[1].workingHours: office hours at 14:00 (training.officeHours.time): outside working hours in Albina: 14:00-15:00 local, works 23:00-07:00; the schedule flags them (give Albina its own time inside its working hours 23:00-07:00: officeHoursTime: "23:00" in its entry under organization.locations)',
    ]);
  });

  it('is quiet once the location has times of its own inside its shift, and the schedule flags nothing', () => {
    const text = plan('      sessionTime: "23:00"\n      officeHoursTime: "23:15"\n');
    expect(reach(text)).toEqual([]);
    expect(buildSchedule(validPlan(text)).events.filter((e) => e.flags)).toEqual([]);
  });

  it('points at a time after midnight whose shift began on a Sunday, which Albina does not work, and names the day in English for a Dutch plan', () => {
    const text = plan('      sessionTime: "23:00"\n      officeHoursTime: "02:00"\n');
    expect(reach(text)).toEqual([
      'rollout.yaml:15:24: warning organization.locations[1].officeHoursTime: office hours at 02:00 (organization.locations[1].officeHoursTime): Albina does not work on 2027-03-14: Sunday; the schedule flags them (hold them before midnight, in the shift that begins that day: officeHoursTime: "23:00" in Albina\'s entry under organization.locations, or, if its shift begins on Sunday evenings, add sun to its workingDays)',
    ]);
    // The schedule flags the Monday sessions of both weeks, in the plan's language.
    const flagged = buildSchedule(validPlan(text)).events.filter((e) => e.flags);
    expect(flagged.map((e) => [e.date, e.time, e.flags])).toEqual([
      ['2027-03-15', '02:00', ['Albina werkt niet op 2027-03-14: zondag']],
      ['2027-03-22', '02:00', ['Albina werkt niet op 2027-03-21: zondag']],
    ]);
  });

  it('says a session is too long for the shift when none fits', () => {
    const text = plan('      sessionTime: "23:00"\n').replace('end: "07:00"', 'end: "00:00"');
    expect(reach(text).find((l) => l.includes("training sessions"))).toMatch(/training sessions at 23:00 \(organization\.locations\[1\]\.sessionTime\): outside working hours in Albina: 23:00-00:30 local, works 23:00-00:00; .*\(no session of 90 minutes fits in Albina's working hours 23:00-00:00: shorten it or widen workingHours\)$/);
  });

  it('with shared sessions: warns at the plan time, on its clock, and that a location time does nothing', () => {
    const text = plan('      sessionTime: "23:00"\n', 'training: { sessionTime: "10:00", sessionMinutes: 90, mode: shared }');
    expect(reach(text)).toEqual([
      'rollout.yaml:19:11: warning training.officeHours.time: office hours at 14:00 (training.officeHours.time, on the clock of America/Paramaribo): outside working hours in Albina: 14:00-15:00 local, works 23:00-07:00; the schedule flags them (the session is one for every location of the phase: choose a training.officeHours.time that Albina can attend too, or hold them per location (training.mode: per-location) and give Albina officeHoursTime: "23:00")',
      'rollout.yaml:19:26: warning training.sessionTime: training sessions at 10:00 (training.sessionTime, on the clock of America/Paramaribo): outside working hours in Albina: 10:00-11:30 local, works 23:00-07:00; the schedule flags them (the session is one for every location of the phase: choose a training.sessionTime that Albina can attend too, or hold them per location (training.mode: per-location) and give Albina sessionTime: "23:00")',
    ]);
    expect(diagnosticLines(text, 'own-time-shared')).toEqual([
      'rollout.yaml:14:20: warning organization.locations[1].sessionTime: sessionTime of Albina does nothing: training.mode is shared, so its training sessions are at training.sessionTime on the clock of America/Paramaribo (take it out, or hold the sessions per location: training.mode: per-location)',
    ]);
  });

  it('reads a shared session on each location’s own clock: 10:00 in Paramaribo is 14:00 in Amsterdam, inside its hours', () => {
    const text = plan('', 'training: { sessionTime: "10:00", sessionMinutes: 90, mode: shared, officeHours: { time: "09:00" } }')
      .replace(/ {4}- name: Albina\n[\s\S]*?workingHours: \{[^}]*\}\n/, '    - { name: Amsterdam, timezone: Europe/Amsterdam, headcount: 10, champion: Errol }\n')
      .replace('[Albina]', '[Amsterdam]');
    expect(reach(text)).toEqual([]);
    expect(reach(text.replace('sessionTime: "10:00"', 'sessionTime: "13:30"'))).toEqual([
      'rollout.yaml:14:26: warning training.sessionTime: training sessions at 13:30 (training.sessionTime, on the clock of America/Paramaribo): outside working hours in Amsterdam: 17:30-19:00 local, works 08:00-17:00; the schedule flags them (the session is one for every location of the phase: choose a training.sessionTime that Amsterdam can attend too, or hold them per location (training.mode: per-location) and give Amsterdam sessionTime: "08:00")',
    ]);
  });
});
