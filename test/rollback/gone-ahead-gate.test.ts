import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Corentyne Freight: IT pilot 8-19 Feb 2027, Georgetown 22 Feb - 5 Mar, Paramaribo operations
 * 8-19 Mar. Georgetown's go/no-go (due the day before the next launch) falls on Friday 5 March.
 * Georgetown rolls back on Wednesday 3 March, before that day: the go/no-go goes with it (gate-check:
 * "georgetown-go-no-go (withdrawn): Georgetown rolled back on 2027-03-03"), and Paramaribo operations launches on Monday
 * 8 March all the same. The second try, decided Tuesday 30 March, starts Monday 12 April; it used to
 * date the go/no-go again on 30 March, "before the launch for Paramaribo operations" three weeks gone.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'georgetown-middle.yaml'), 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown> };
const plan = (rollback: Record<string, unknown>) => validPlan(stringify({ ...base, rollback: { ...base.rollback, ...rollback } }));
const early = { on: '2027-03-03', only: { phase: 'georgetown' } };
const gates = (s: Schedule, key: string) => s.events.filter((e) => e.type === 'gate' && e.key === key).map((e) => e.date);

describe("a part's go/no-go due after its rollback, whose launch went ahead", () => {
  it('is withdrawn with the part while it stays rolled back, on the day it had', () => {
    const built = buildSchedule(validPlan(stringify({ ...base, rollback: { on: early.on, reason: base.rollback.reason, only: early.only } })));
    expect(gates(built, 'georgetown-go-no-go')).toEqual([]);
    expect(built.rollbacks![0]!.withdrawn.events.filter((e) => e.type === 'gate').map((e) => [e.key, e.date])).toEqual([['georgetown-go-no-go', '2027-03-05']]);
    // The launch it guarded keeps its day; the pilot's go/no-go (19 February) and Paramaribo's (Friday 19 March, before the switch-off, on hold) are not the part's.
    expect(built.phases.find((p) => p.id === 'paramaribo')!.start).toBe('2027-03-08');
    expect(gates(built, 'pilot-go-no-go')).toEqual(['2027-02-19']);
  });

  it('is not dated again by the second try: no "before the launch" gate after that launch ran', () => {
    for (const schedule of [buildSchedule(plan(early)), recordedSchedule(plan(early))]) {
      expect(gates(schedule, 'georgetown-go-no-go')).toEqual([]);
      // The second try's gate on the switch-off is still dated: Friday 23 April, the end of Georgetown's second try (12-23 April).
      expect(gates(schedule, 'paramaribo-active')).toEqual(['2027-04-23']);
    }
    // The calendar keeps its first-try entry cancelled, on the Friday it had.
    const cancelled = recordedSchedule(plan(early)).rollbacks![0]!.cancelledFirstTry!;
    expect(cancelled.filter((e) => e.key === 'georgetown-go-no-go').map((e) => e.date)).toEqual(['2027-03-05']);
  });

  it('the same for a rollback of the location: back on Monday 1 March, again from Monday 22 March (decided Wednesday 10 March)', () => {
    const schedule = recordedSchedule(plan({ on: '2027-03-01', resume: { on: '2027-03-22', changed: 'a second fibre line is in', decided: '2027-03-10' } }));
    // It was dated Wednesday 10 March, the day the second try was decided, two days after the launch it guards (Monday 8 March).
    expect(gates(schedule, 'georgetown-go-no-go')).toEqual([]);
  });

  it('a go/no-go judged before the rollback stays on its day as the first try\'s record', () => {
    // The fixture: back on 15 March, after the go/no-go of Friday 5 March was judged.
    const schedule = recordedSchedule(plan({}));
    expect(gates(schedule, 'georgetown-go-no-go')).toEqual(['2027-03-05']);
    expect(schedule.events.find((e) => e.key === 'georgetown-go-no-go')!.secondTry).toBeUndefined();
  });
});
