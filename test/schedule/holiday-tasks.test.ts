import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { gateDueDay } from '../../src/guards/guarded.js';
import { planCalendar, planPauses, timePhases } from '../../src/schedule/phases.js';
import { formatDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

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
});
