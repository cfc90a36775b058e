import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates, replayGates } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { planAsOf } from '../../src/replay/as-of.js';
import { replayDays } from '../../src/replay/history.js';
import { parseDay } from '../../src/util/dates.js';
import { example, ROOT, validPlan } from '../helpers.js';

const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));
const files = [path.join(ROOT, 'examples/metrics/enterprise.csv')];
const withPauses = (pauses: Plan['pauses'], rollback?: Plan['rollback']): Plan => ({ ...plan, pauses, ...(rollback ? { rollback } : {}) });
const check = async (p: Plan, at: string) => (await checkGates({ plan: p, files, lenient: false, asOf: parseDay(at) })).result;

/** Port of Spain launches on 2027-03-15; the Georgetown go/no-go before it is due 2027-03-12. */
describe('a check as of a day sees the plan as it stood that day', () => {
  const open = withPauses([{ from: '2027-03-22', reason: 'the connection is down' }]);

  it('decides from the data before an open pause begins, as if there were none', async () => {
    for (const at of ['2027-03-12', '2027-03-15', '2027-03-19']) {
      const [paused, none] = [await check(open, at), await check(plan, at)];
      expect(paused, at).toEqual(none);
      expect(paused.gates.filter((g) => g.onHold || g.because.kind === 'held'), at).toEqual([]);
    }
    expect((await check(open, '2027-03-15')).decision).toBe('pause');
    expect((await check(open, '2027-03-15')).openPause).toBeNull();
  });

  it('holds the gates from the pause’s first day on', async () => {
    for (const at of ['2027-03-22', '2027-04-05']) {
      const r = await check(open, at);
      expect([r.decision, r.openPause?.from], at).toEqual(['pause', '2027-03-22']);
      const held = r.gates.find((g) => g.id === 'port-of-spain-active')!;
      expect([held.onHold, held.reason.startsWith('on hold: the rollout has been paused since 2027-03-22')], at).toEqual([true, true]);
    }
  });

  it('holds what an open pause written in ahead holds from the day it was decided, as the schedule does, and says it is paused from its first day', async () => {
    const ahead = withPauses([{ from: '2027-03-22', decided: '2027-03-15', reason: 'the connection goes down' }]);
    expect(await check(ahead, '2027-03-12')).toEqual(await check(plan, '2027-03-12'));
    for (const at of ['2027-03-15', '2027-03-19']) {
      const r = await check(ahead, at);
      const held = r.gates.find((g) => g.id === 'port-of-spain-active')!;
      expect([r.openPause, held.onHold, held.reason.split(';')[0]], at).toEqual([null, true, 'on hold: the rollout is paused from 2027-03-22']);
      expect(planAsOf(ahead, parseDay(at)).pauses, at).toEqual(ahead.pauses);
    }
    expect((await check(ahead, '2027-03-22')).gates.find((g) => g.id === 'port-of-spain-active')!.reason.split(';')[0]).toBe('on hold: the rollout has been paused since 2027-03-22');
  });

  it('runs a closed pause from its first day to the day it resumes, and moves later dates whatever the day', async () => {
    const closed = withPauses([{ from: '2027-03-22', until: '2027-04-05', reason: 'Easter' }]);
    const before = await check(closed, '2027-03-19');
    expect([before.openPause, before.gates.some((g) => g.onHold)]).toEqual([null, false]);
    // The break is known ahead: a gate due after it is due two weeks later, but not held.
    expect(before.gates.find((g) => g.id === 'port-of-spain-active')!.due).toBe('2027-04-26');
    expect((await check(closed, '2027-03-22')).openPause).toEqual({ from: '2027-03-22', until: '2027-04-05', reason: 'Easter' });
    expect((await check(closed, '2027-04-05')).openPause).toBeNull();
  });

  it('shows no rollback before the day the plan records it', async () => {
    const rolled = withPauses([], { on: '2027-03-22', reason: 'mail lost' });
    const before = await check(rolled, '2027-03-19');
    expect(before).toEqual(await check(plan, '2027-03-19'));
    expect(before.rolledBack).toBeNull();
    expect((await check(rolled, '2027-03-22')).rolledBack).toEqual({ on: '2027-03-22', reason: 'mail lost' });
  });

  it('gives each day of a replay what a check as of that day gives, across the pause’s first day', async () => {
    const days = replayDays('2027-03-08', '2027-04-12', '1d');
    const replay = await replayGates({ plan: open, files, lenient: false, days });
    const checks = await Promise.all(days.map((d) => checkGates({ plan: open, files, lenient: false, asOf: d })));
    expect(replay.results).toEqual(checks.map((c) => c.result));
    expect(new Set(replay.results.map((r) => r.openPause === null))).toEqual(new Set([true, false]));
  });

  it('leaves the plan as it is when nothing lies ahead of the day', () => {
    const p = withPauses([{ from: '2027-03-22', until: '2027-04-05', reason: 'x' }], { on: '2027-03-01', reason: 'y' });
    expect(planAsOf(p, parseDay('2027-03-02'))).toBe(p);
    expect(planAsOf(open, parseDay('2027-03-21')).pauses).toEqual([]);
  });
});
