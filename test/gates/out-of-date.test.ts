import { describe, expect, it } from 'vitest';
import { overturnable, staleAfter, staleness } from '../../src/gates/out-of-date.js';
import { loadPlan } from '../../src/plan/load.js';
import { reasonText } from '../../src/gates/reasons.js';
import { parseDay } from '../../src/util/dates.js';
import type { GateCheckResult } from '../../src/gates/types.js';
import { checkTjon, teamsExport, tjonPartners, TJON_PLAN } from '../tjon-partners.js';

const success = (result: GateCheckResult, id = 'paramaribo-success') => result.gates.find((g) => g.id === id)!;

/** Only the weekly report of Sunday 14 March (4 of 5 in Paramaribo active: 80%) was downloaded; those of 22 and 29 March were not. */
function onlyFirstExport(text = TJON_PLAN): string {
  const dir = tjonPartners(text);
  teamsExport(dir, '20270315', '2027-03-14', 4, 0);
  return dir;
}

describe('a gate on an export older than the plan expects', () => {
  it('is not given as met on the report of 22 days before its due day: inconclusive, saying the day of the value and that nothing later came', async () => {
    const { result } = await checkTjon(onlyFirstExport(), '2027-04-05');
    // Due 8 March + 4 weeks = Monday 5 April; the newest row is of 14 March: 22 days.
    expect(success(result)).toMatchObject({ due: '2027-04-05', status: 'inconclusive', observed: 80, effect: 'pause', guarding: null, stale: { newest: '2027-03-14', age: 22, until: '2027-04-05' } });
    expect(success(result).reason).toBe(
      'out of date: the newest row is of 2027-03-14, 22 days before 2027-04-05, and no export after it up to that day was read (last of 1 active_use_pct row from 2027-03-08 to 2027-04-05 is 80 on 2027-03-14 (4 of 5 people; 4 of 5 needed), >= 80)',
    );
    expect(reasonText(success(result).because, 'nl')).toBe(
      'verouderd: de nieuwste rij is van 2027-03-14, 22 dagen voor 2027-04-05, en er is geen latere export tot en met die dag gelezen (de laatste waarde van 1 rij active_use_pct van 2027-03-08 tot en met 2027-04-05 is 80 op 2027-03-14 (4 van 5 personen; 4 van 5 nodig), >= 80)',
    );
    // A success measure guards nothing: the rollout goes on, and the export behind is named for the warning.
    expect(result.decision).toBe('continue');
    expect(result.outOfDate).toEqual([{ metric: 'active_use_pct', source: 'sources[0]', file: 'exports/TeamsUserActivityUserDetail*.csv', into: 'exports/', newest: '2027-03-14', age: 22, every: 7 }]);
    // The go/no-go of Friday 19 March read the same report, 5 days before its day: judged as ever.
    expect(success(result, 'paramaribo-go-no-go')).toMatchObject({ status: 'pass', observed: 80 });
    expect(success(result, 'paramaribo-go-no-go').stale).toBeUndefined();
  });

  it('was right not to be given: the report of 4 April, once downloaded, fails it (3 of 5)', async () => {
    const dir = onlyFirstExport();
    teamsExport(dir, '20270405', '2027-04-04', 3, 2);
    const { result } = await checkTjon(dir, '2027-04-05');
    expect(success(result)).toMatchObject({ status: 'fail', observed: 60 });
    expect(success(result).stale).toBeUndefined();
    expect(result.outOfDate).toBeUndefined();
  });

  it('counts 10 days as within a week and its grace, and 11 as behind; so far it stays pending', async () => {
    const dir = onlyFirstExport();
    const wednesday = (await checkTjon(dir, '2027-03-24')).result;
    expect(success(wednesday)).toMatchObject({ status: 'pending', observed: 80 });
    expect([success(wednesday).stale, wednesday.outOfDate]).toEqual([undefined, undefined]);
    const thursday = (await checkTjon(dir, '2027-03-25')).result;
    expect(success(thursday)).toMatchObject({ status: 'pending', stale: { newest: '2027-03-14', age: 11, until: '2027-03-25' } });
    expect(success(thursday).reason).toBe('due 2027-04-05; so far last of 1 active_use_pct row from 2027-03-08 to 2027-03-25 is 80 on 2027-03-14 (4 of 5 people; 4 of 5 needed); the newest row is of 2027-03-14, 11 days before 2027-03-25, and no export after it up to that day was read');
    expect(thursday.outOfDate).toMatchObject([{ newest: '2027-03-14', age: 11 }]);
  });

  it('waits as long as the source’s every says, with the same grace; contingency.exportEvery (the old system’s exports) does not change it', async () => {
    const text = TJON_PLAN.replace('    kind: activity\n', '    kind: activity\n    every: 2w\n');
    expect(text).toContain('every: 2w');
    const dir = onlyFirstExport(text);
    expect(staleAfter(loadPlan(text, 'rollout.yaml').plan!, 'active_use_pct')).toEqual({ days: 14 });
    expect(success((await checkTjon(dir, '2027-03-31')).result).stale).toBeUndefined();
    expect((await checkTjon(dir, '2027-04-05')).result.outOfDate).toMatchObject([{ age: 22, every: 14 }]);
    const oldSystem = onlyFirstExport(TJON_PLAN.replace('contingency: { minor: continue', 'contingency: { exportEvery: 2w, minor: continue'));
    expect((await checkTjon(oldSystem, '2027-03-31')).result.outOfDate).toMatchObject([{ age: 17, every: 7 }]);
  });

  it('allows a monthly export (every: 1mo) a calendar month and the 3 days of grace, not 30 days', () => {
    const late = (newest: string, until: string) => staleness(parseDay(newest), parseDay(until), { months: 1 });
    // From 3 May, a month and 3 days back is 30 April: March's report of the 31st is on time; from 4 May it is behind.
    expect(late('2027-03-31', '2027-05-03')).toBeUndefined();
    expect(late('2027-03-31', '2027-05-04')).toEqual({ newest: parseDay('2027-03-31'), age: 34 });
    // February is short: from 4 March, 1 March goes back to 1 February, so January's report of the 31st is behind 32 days on.
    expect(late('2027-01-31', '2027-03-03')).toBeUndefined();
    expect(late('2027-01-31', '2027-03-04')).toEqual({ newest: parseDay('2027-01-31'), age: 32 });
    // After a 31-day month, 30 days would be too few: 30 April goes back to 30 March, whose report is on time 34 days on.
    expect(late('2027-03-30', '2027-05-03')).toBeUndefined();
    expect(late('2027-03-29', '2027-05-03')).toMatchObject({ age: 35 });
  });

  it('keeps a threshold a real value reached in its window: a maximum of 80 on 14 March is met, with the day said', async () => {
    const dir = onlyFirstExport(TJON_PLAN.replace('metric: active_use_pct, threshold: 80, within: 4w, severity: major }', 'metric: active_use_pct, aggregate: max, threshold: 80, within: 4w, severity: major }'));
    const { result } = await checkTjon(dir, '2027-04-05');
    expect(success(result)).toMatchObject({ status: 'pass', observed: 80, stale: { newest: '2027-03-14', age: 22 } });
    expect(success(result).reason).toBe('max of 1 active_use_pct row from 2027-03-08 to 2027-04-05 is 80, >= 80; the newest row is of 2027-03-14, 22 days before 2027-04-05, and no export after it up to that day was read');
  });

  it('keeps the switch-off waiting on a value weeks old, however high', async () => {
    const text = TJON_PLAN.replace(
      '  - { id: rotterdam, name: Rotterdam, audience: { locations: [Rotterdam] }, weeks: 6 }\n',
      '  - { id: rotterdam, name: Rotterdam, audience: { locations: [Rotterdam] }, weeks: 6 }\n  - { id: switch-off, name: Uitzetten, kind: decommission, audience: none, weeks: 1, when: { metric: active_use_pct, op: ">=", threshold: 80 } }\n',
    );
    const dir = tjonPartners(text);
    teamsExport(dir, '20270419', '2027-04-18', 5, 5);
    // Rotterdam ends Sunday 2 May; the switch-off is Monday 3 May, 15 days after the last report.
    const late = (await checkTjon(dir, '2027-05-03')).result;
    expect(late.condition).toMatchObject({ observed: 100, measuredOn: '2027-04-18', stale: { newest: '2027-04-18', age: 15 } });
    expect([late.decommissionReady, late.decommission?.ready, late.decision]).toEqual([false, false, 'pause']);
    expect(late.outOfDate).toMatchObject([{ metric: 'active_use_pct', newest: '2027-04-18', age: 15 }]);
    teamsExport(dir, '20270503', '2027-05-02', 5, 5);
    const fresh = (await checkTjon(dir, '2027-05-03')).result;
    expect([fresh.decommissionReady, fresh.condition?.stale, fresh.outOfDate]).toEqual([true, undefined, undefined]);
  });
});

describe('whether a later row could overturn a verdict', () => {
  it('holds for a last value, a mean and a trend, whatever they came to', () => {
    for (const aggregate of ['last', 'mean', 'slope', 'nps', 'p50'] as const) {
      for (const status of ['pass', 'fail'] as const) expect(overturnable(aggregate, '>=', status, [80])).toBe(true);
    }
  });

  it('holds for a running maximum, count or sum only where a higher value could change it, and for a minimum where a lower could', () => {
    expect([overturnable('max', '>=', 'pass', [80]), overturnable('max', '>=', 'fail', [70]), overturnable('max', '<', 'pass', [3]), overturnable('max', '<', 'fail', [9])]).toEqual([false, true, true, false]);
    expect([overturnable('count', '>', 'pass', [1, 1]), overturnable('sum', '>=', 'pass', [2, 3]), overturnable('sum', '>=', 'pass', [2, -3])]).toEqual([false, false, true]);
    expect([overturnable('min', '<=', 'pass', [1]), overturnable('min', '<=', 'fail', [5]), overturnable('min', '>=', 'fail', [1]), overturnable('min', '>=', 'pass', [9])]).toEqual([false, true, false, true]);
    expect([overturnable('max', '==', 'pass', [80]), overturnable('max', '!=', 'fail', [80])]).toEqual([true, true]);
  });
});
