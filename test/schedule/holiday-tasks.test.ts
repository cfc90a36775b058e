import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { gateDueDay } from '../../src/guards/guarded.js';
import { planCalendar, planPauses, timePhases } from '../../src/schedule/phases.js';
import { formatDay } from '../../src/util/dates.js';
import { minimalPlan, ROOT, validPlan } from '../helpers.js';

const plan = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'plans', 'easter-offices.yaml'), 'utf8'));

describe('a holiday of the people a gate or the switch-off is for', () => {
  const events = buildSchedule(plan).events;
  const at = (type: string, key: string) => events.find((e) => e.type === type && e.key === key)!;

  it('moves a gate due within a phase off a day its people have off, as their messages', () => {
    expect(at('gate', 'paramaribo-success')).toMatchObject({ date: '2027-03-30', movedFrom: '2027-03-29', movedBecause: 'feestdag (Tweede Paasdag, Paramaribo)' });
    // gate-check takes the due day from the same place.
    const gate = plan.gates.find((g) => g.id === 'paramaribo-success')!;
    const calendar = planCalendar(plan);
    expect(formatDay(gateDueDay(gate, timePhases(plan), calendar, planPauses(plan, calendar)))).toBe('2027-03-30');
  });

  it('moves the switch-off’s steps off a day most people have off, the archive a working day after the export', () => {
    expect(at('decommission', 'export-data')).toMatchObject({ date: '2027-03-30', movedFrom: '2027-03-29' });
    expect(at('decommission', 'archive').date).toBe('2027-03-31');
  });

  it('leaves a gate of Miami’s people, who work that day, where it is', () => {
    const miami = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'plans', 'easter-offices.yaml'), 'utf8').replace('startWeek: 3, overlap: true', 'startWeek: 1, overlap: true'));
    expect(buildSchedule(miami).events.find((e) => e.key === 'miami-success')).toMatchObject({ date: '2027-03-29' });
  });

  it('holds a shared session on a day every place it serves works, where the launch keeps its day', () => {
    // 20 in Miami, who work on Easter Monday, and 5 in Paramaribo, who do not, start together that day.
    const events = (mode: string) =>
      buildSchedule(
        validPlan(
          minimalPlan({
            organization: { name: 'Acme', headcount: 25, locations: [{ name: 'Miami', timezone: 'America/New_York', headcount: 20 }, { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 5, holidays: [{ date: '2027-03-29', name: 'Easter Monday' }] }] },
            start: '2027-03-29',
            phases: [{ id: 'everyone', name: 'Everyone', audience: 'all', weeks: 2 }],
            training: { mode, sessionTime: '10:00' },
          }),
        ),
      ).events;
    const sessions = (mode: string) => events(mode).filter((e) => (e.type === 'training' || e.type === 'office-hours') && e.date === '2027-03-29').map((e) => `${e.type} ${e.location ?? ''}`.trim());
    expect(events('shared').find((e) => e.type === 'launch')?.date).toBe('2027-03-29');
    expect(sessions('shared')).toEqual([]);
    expect(events('shared').find((e) => e.type === 'training')?.date).toBe('2027-03-30');
    // Each place's own session keeps off its own holidays alone: Miami's is on Easter Monday.
    expect(sessions('per-location')).toEqual(['training Miami', 'office-hours Miami']);
  });
});
