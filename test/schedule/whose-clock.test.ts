import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planIn } from '../../src/plan/resolve.js';
import { severalClocks } from '../../src/reporters/schedule/clocks.js';
import { timeLabel } from '../../src/reporters/schedule/describe.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { scheduleTable } from '../../src/reporters/schedule/table.js';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { colors } from '../../src/cli/common.js';
import { minimalPlan, ROOT, validPlan } from '../helpers.js';

/*
 * Ramdin Klinieken: Paramaribo and Lelydorp on Paramaribo's clock (UTC-3), Willemstad on Curaçao's
 * (UTC-4), each location's training at 10:00 and office hours at 14:00 on its own clock: Willemstad's
 * 10:00 is 11:00 in Paramaribo. The table and markdown say whose clock each time is on.
 */
const clinic = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8')) as Record<string, unknown>;
delete clinic.pauses;
delete clinic.rollback;
const plan = validPlan(stringify(clinic));
const training = (s: Schedule, phase: string) => s.events.find((e) => e.type === 'training' && e.phase === phase)!;
const plain = colors({ isTTY: false } as NodeJS.WriteStream);

describe('session times in a plan on two clocks', () => {
  const schedule = buildSchedule(planIn(plan, 'en'));

  it('says each time is its location’s', () => {
    expect(severalClocks(schedule)).toBe(true);
    expect(['paramaribo', 'willemstad'].map((id) => timeLabel(training(schedule, id), 'en', true))).toEqual(['10:00 in Paramaribo (90 min)', '10:00 in Willemstad (90 min)']);
    expect(scheduleTable(schedule, plain, 'en')).toContain('│ 10:00 in Willemstad (90 min) │ training');
    expect(scheduleMarkdown(schedule, 'en')).toMatch(/\| 14:00 in Willemstad \(60 min\) \| office hours \| willemstad \| Willemstad \|/);
    expect(scheduleTable(buildSchedule(plan), plain, 'nl')).toContain('│ 14:00 in Willemstad (60 min) │ spreekuur');
  });

  it('says so in one location’s schedule when told the plan is on several', () => {
    const willemstad = filterSchedule(schedule, { location: 'Willemstad' });
    expect(severalClocks(willemstad)).toBe(false);
    expect(scheduleMarkdown(willemstad, 'en', true)).toContain('| 10:00 in Willemstad (90 min) |');
  });

  it('names a shared session’s clock by its zone’s city', () => {
    const shared = buildSchedule(validPlan(stringify({ ...clinic, training: { mode: 'shared' } })));
    expect(severalClocks(shared)).toBe(true);
    expect(timeLabel(training(shared, 'paramaribo'), 'en', true)).toBe('10:00 in Paramaribo (90 min)');
    expect(timeLabel(training(shared, 'willemstad'), 'en', true)).toBe('09:00 in Willemstad (90 min)');
  });
});

describe('session times in a plan on one clock', () => {
  it('keep their time alone, also across zones of one offset', () => {
    const locations = [
      { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
      { name: 'Saint-Laurent', timezone: 'America/Cayenne', headcount: 10 },
    ];
    const schedule = buildSchedule(
      validPlan(minimalPlan({ organization: { name: 'Marowijne Transport', headcount: 30, locations }, calendar: { timezone: 'America/Paramaribo' }, phases: [{ id: 'all', name: 'All', audience: 'all', weeks: 2 }] })),
    );
    expect(severalClocks(schedule)).toBe(false);
    expect(scheduleTable(schedule, plain, 'en')).toMatch(/│ 10:00 \(\d+ min\) +│ training/);
  });
});
