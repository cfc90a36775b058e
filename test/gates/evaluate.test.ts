import { describe, expect, it } from 'vitest';
import { decide, exitCodeFor } from '../../src/gates/decision.js';
import { checkGates } from '../../src/gates/check.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { check, gatePlan, writeCsv } from './support.js';

const gate = (overrides: Record<string, unknown> = {}) => ({ id: 'g', phase: 'pilot', metric: 'active_use_pct', threshold: 80, within: '1w', ...overrides });
const csv = (rows: [string, string, number][]) => `date,metric,value\n${rows.map((r) => r.join(',')).join('\n')}\n`;

describe('gate windows', () => {
  // The pilot starts 2027-01-04; within 1w the gate is due 2027-01-11.
  it('counts the first and the last day of the window, and nothing outside it', async () => {
    const rows = csv([
      ['2027-01-03', 'support_tickets', 100],
      ['2027-01-04', 'support_tickets', 1],
      ['2027-01-11', 'support_tickets', 2],
      ['2027-01-12', 'support_tickets', 100],
    ]);
    const [g] = (await check(gatePlan([gate({ metric: 'support_tickets', aggregate: 'sum', op: '<=', threshold: 5 })]), rows, '2027-01-20')).gates;
    expect(g).toMatchObject({ observed: 3, samples: 2, window: { from: '2027-01-04', to: '2027-01-11' }, status: 'pass' });
  });

  it('is pending before the due day, with the value so far up to --at', async () => {
    const rows = csv([['2027-01-05', 'active_use_pct', 90], ['2027-01-08', 'active_use_pct', 50]]);
    const plan = gatePlan([gate()]);
    const [early] = (await check(plan, rows, '2027-01-06')).gates;
    expect(early).toMatchObject({ status: 'pending', observed: 90, samples: 1, window: { from: '2027-01-04', to: '2027-01-06' } });
    expect(early!.reason).toBe('due 2027-01-11; so far last of 1 active_use_pct row from 2027-01-04 to 2027-01-06 is 90 on 2027-01-05');
    const [due] = (await check(plan, rows, '2027-01-11')).gates;
    expect(due).toMatchObject({ status: 'fail', observed: 50 });
  });

  it('is pending, with nothing read, while its phase has not started', async () => {
    const [g] = (await check(gatePlan([gate({ phase: 'everyone' })]), csv([['2027-01-04', 'active_use_pct', 10]]), '2027-01-10')).gates;
    expect(g).toMatchObject({ status: 'pending', observed: null, samples: 0, window: { from: '2027-01-18', to: '2027-01-25' } });
    expect(g!.reason).toBe('phase everyone starts 2027-01-18; the gate is due 2027-01-25');
  });

  it('filters rows to the phase, group and location they name', async () => {
    const plan = gatePlan([gate({ location: 'Paramaribo', aggregate: 'count', op: '>=', threshold: 0 })], {
      organization: { name: 'Acme', headcount: 40, locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo' }] },
    });
    const rows = 'date,metric,value,phase,location\n2027-01-05,active_use_pct,1,pilot,Paramaribo\n2027-01-05,active_use_pct,2,,paramaribo\n2027-01-05,active_use_pct,3,everyone,Paramaribo\n2027-01-05,active_use_pct,4,pilot,Georgetown\n2027-01-05,active_use_pct,5,pilot,\n';
    expect((await check(plan, rows, '2027-01-20')).gates[0]).toMatchObject({ observed: 2, samples: 2 });
  });
});

describe('gate status', () => {
  it.each([
    ['>=', 80, 'pass'],
    ['>=', 80.5, 'fail'],
    ['>', 80, 'fail'],
    ['>', 79.9, 'pass'],
    ['<=', 80, 'pass'],
    ['<=', 79, 'fail'],
    ['<', 80, 'fail'],
    ['<', 81, 'pass'],
    ['==', 80, 'pass'],
    ['==', 81, 'fail'],
    ['!=', 81, 'pass'],
    ['!=', 80, 'fail'],
  ])('80 %s %d is a %s', async (op, threshold, status) => {
    const [g] = (await check(gatePlan([gate({ op, threshold })]), csv([['2027-01-05', 'active_use_pct', 80]]), '2027-01-20')).gates;
    expect(g!.status).toBe(status);
  });

  it('compares the value as shown, rounded to 4 decimals', async () => {
    const rows = csv([['2027-01-05', 'satisfaction', 7], ['2027-01-06', 'satisfaction', 7], ['2027-01-07', 'satisfaction', 7.1]]);
    const [g] = (await check(gatePlan([gate({ metric: 'satisfaction', aggregate: 'mean', op: '==', threshold: 7.0333, minSamples: 3 })]), rows, '2027-01-20')).gates;
    expect(g).toMatchObject({ observed: 7.0333, status: 'pass' });
  });

  it('is inconclusive when due with fewer rows than minSamples, or a slope over one day', async () => {
    const plan = gatePlan([gate({ minSamples: 3 }), gate({ id: 'trend', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0 })]);
    const { gates } = await check(plan, csv([['2027-01-05', 'active_use_pct', 90], ['2027-01-05', 'support_tickets', 4]]), '2027-01-11');
    expect(gates.map((g) => g.status)).toEqual(['inconclusive', 'inconclusive']);
    expect(gates[0]!.reason).toBe('too few rows (1 of at least 3): 1 active_use_pct row from 2027-01-04 to 2027-01-11');
    expect(gates[1]!.reason).toBe('too few days (1 of at least 3) for a trend: 1 support_tickets row from 2027-01-04 to 2027-01-11');
  });
});

describe('small numbers', () => {
  const survey = (metric: string, aggregate: string, extra: Record<string, unknown> = {}) =>
    gate({ id: metric, metric, aggregate, op: aggregate === 'nps' ? '>' : '>=', threshold: aggregate === 'nps' ? 0 : 7, severity: 'critical', ...extra });
  const answers = (metric: string, values: number[]) => csv(values.map((v, i) => [`2027-01-0${5 + (i % 4)}`, metric, v] as [string, string, number]));

  it('never rolls back on one survey answer: too few answers is inconclusive', async () => {
    const plan = gatePlan([survey('satisfaction', 'mean')], { organization: { name: 'Acme', headcount: 100 } });
    const result = await check(plan, answers('satisfaction', [3]), '2027-02-10');
    expect(result.gates[0]).toMatchObject({ status: 'inconclusive', samples: 1, minSamples: 5 });
    expect(result.gates[0]!.reason).toMatch(/^too few answers \(1 of at least 5\)/);
    expect(result.decision).toBe('pause');
  });

  it('judges a survey from five answers, and an NPS the same way', async () => {
    const plan = gatePlan([survey('satisfaction', 'mean'), survey('nps', 'nps')], { organization: { name: 'Acme', headcount: 100 } });
    const rows = [answers('satisfaction', [3, 4, 5, 3, 2]), answers('nps', [0, 1, 2, 3])].map((t, i) => (i ? t.split('\n').slice(1).join('\n') : t)).join('');
    const { gates } = await check(plan, rows, '2027-02-10');
    expect(gates.map((g) => [g.status, g.minSamples])).toEqual([['fail', 5], ['inconclusive', 5]]);
  });

  it('needs everyone in scope when fewer than five, but never fewer than two', async () => {
    const three = gatePlan([survey('satisfaction', 'mean')], { organization: { name: 'Trio', headcount: 30, groups: [{ name: 'Pilots', headcount: 3 }] } });
    const scoped = gatePlan([survey('satisfaction', 'mean', { group: 'Pilots' })], { organization: { name: 'Trio', headcount: 30, groups: [{ name: 'Pilots', headcount: 3 }, { name: 'One', headcount: 1 }] } });
    const single = gatePlan([survey('satisfaction', 'mean', { group: 'One' })], { organization: { name: 'Trio', headcount: 30, groups: [{ name: 'Pilots', headcount: 3 }, { name: 'One', headcount: 1 }] } });
    expect((await check(three, answers('satisfaction', [8, 8, 8]), '2027-02-10')).gates[0]!.minSamples).toBe(3);
    const grouped = (group: string, values: number[]) => `date,metric,value,group\n${values.map((v) => `2027-01-05,satisfaction,${v},${group}`).join('\n')}\n`;
    expect((await check(scoped, grouped('Pilots', [8, 8, 8]), '2027-02-10')).gates[0]).toMatchObject({ minSamples: 3, status: 'pass' });
    expect((await check(single, grouped('One', [2]), '2027-02-10')).gates[0]).toMatchObject({ minSamples: 2, status: 'inconclusive' });
  });

  it('lets the plan set its own minimums, for answers and for the days of a slope', async () => {
    const plan = gatePlan([survey('satisfaction', 'mean', { minSamples: 1 }), gate({ id: 'trend', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0, minDays: 2 })]);
    const rows = csv([['2027-01-05', 'satisfaction', 9], ['2027-01-05', 'support_tickets', 4], ['2027-01-06', 'support_tickets', 3]]);
    expect((await check(plan, rows, '2027-02-10')).gates.map((g) => g.status)).toEqual(['pass', 'pass']);
  });
});

describe('decision', () => {
  const failing = csv([['2027-01-05', 'active_use_pct', 10]]);
  // Guarding the next launch: "everyone" starts 2027-01-18 and waits for the pilot's gate.
  const guard = (overrides: Record<string, unknown> = {}) => gate({ guards: 'next', ...overrides });

  it.each([
    ['minor', 'continue'],
    ['major', 'pause'],
    ['critical', 'rollback'],
  ])('a failing %s gate guarding the next launch leads to %s on launch day', async (severity, decision) => {
    expect((await check(gatePlan([guard({ severity })]), failing, '2027-01-18')).decision).toBe(decision);
  });

  it("follows the plan's contingency", async () => {
    const plan = gatePlan([guard({ severity: 'minor' })], { contingency: { minor: 'rollback' } });
    expect((await check(plan, failing, '2027-01-20')).decision).toBe('rollback');
  });

  it("takes the worst, with inconclusive gates asking for their onInconclusive", async () => {
    expect(decide([])).toBe('continue');
    expect(decide(['continue', 'rollback', 'pause'])).toBe('rollback');
    const plan = gatePlan([guard({ severity: 'minor' }), guard({ id: 'nps', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, minSamples: 10, onInconclusive: 'rollback' })]);
    const result = await check(plan, failing, '2027-01-20');
    expect(result.gates.map((g) => [g.status, g.effect])).toEqual([['fail', 'continue'], ['inconclusive', 'rollback']]);
    expect(result.decision).toBe('rollback');
    expect(result.blockedLaunches).toEqual([{ phase: 'everyone', launch: '2027-01-18', gates: ['nps'], decision: 'rollback' }]);
  });

  it('holds the launch the gate guards from its due day, before the launch, and decides nothing before that day', async () => {
    const result = await check(gatePlan([guard({ severity: 'critical' })]), failing, '2027-01-15');
    expect([result.gates[0]!.status, result.decision, result.blockedLaunches]).toEqual(['fail', 'rollback', [{ phase: 'everyone', launch: '2027-01-18', gates: ['g'], decision: 'rollback', readsUntil: '2027-01-11' }]]);
    const before = await check(gatePlan([guard({ severity: 'critical' })]), failing, '2027-01-08');
    expect([before.gates[0]!.status, before.decision, before.blockedLaunches]).toEqual(['pending', 'continue', []]);
  });

  it('never lets a report-only gate decide', async () => {
    const result = await check(gatePlan([gate({ severity: 'critical' })]), failing, '2027-01-20');
    expect([result.gates[0]!.status, result.gates[0]!.guarding, result.decision]).toEqual(['fail', null, 'continue']);
  });

  it('never lets a pending gate pause the rollout', async () => {
    expect((await check(gatePlan([guard({ severity: 'critical', within: '3w' })]), failing, '2027-01-20')).decision).toBe('continue');
  });

  it('holds the switch-off from its first day until the condition holds and its guards pass', async () => {
    const plan = gatePlan([gate({ id: 'recommend', guards: 'decommission', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, severity: 'critical', minSamples: 1 })]);
    const low = csv([['2027-02-01', 'active_use_pct', 60], ['2027-01-05', 'nps', 10]]);
    const before = await check(plan, low, '2027-02-05');
    expect([before.decision, before.decommission]).toEqual(['continue', { phase: 'decommission', ready: false, due: '2027-02-08', guards: ['recommend'], next: true }]);
    expect((await check(plan, low, '2027-02-08')).decision).toBe('pause');
    const ready = csv([['2027-02-05', 'active_use_pct', 85], ['2027-01-05', 'nps', 10]]);
    expect((await check(plan, ready, '2027-02-08')).decision).toBe('continue');
    const detractors = csv([['2027-02-05', 'active_use_pct', 85], ['2027-01-05', 'nps', 2]]);
    const rolled = await check(plan, detractors, '2027-02-08');
    expect([rolled.decision, rolled.decommission?.ready, rolled.decommissionReady]).toEqual(['rollback', false, true]);
  });

  it('maps decisions onto the documented exit codes', () => {
    expect([exitCodeFor('continue'), exitCodeFor('pause'), exitCodeFor('rollback')]).toEqual([0, 1, 3]);
  });
});

describe('current phase and decommission', () => {
  const plan = gatePlan([gate()]);

  it.each([
    ['2027-01-01', null],
    ['2027-01-04', 'pilot'],
    ['2027-01-16', 'pilot'],
    ['2027-01-18', 'everyone'],
    ['2027-02-08', 'decommission'],
    ['2027-03-01', null],
  ])('on %s the current phase is %s', async (at, phase) => {
    expect((await check(plan, csv([]), at)).currentPhase).toBe(phase);
  });

  it("is ready when the latest active use (mean of that day's rows, up to --at) meets the condition", async () => {
    const rows = csv([['2027-01-20', 'active_use_pct', 70], ['2027-01-27', 'active_use_pct', 78], ['2027-01-27', 'active_use_pct', 84], ['2027-02-03', 'active_use_pct', 20]]);
    const before = await check(plan, rows, '2027-01-20');
    expect([before.decommissionReady, before.condition?.observed]).toEqual([false, 70]);
    const ready = await check(plan, rows, '2027-02-01');
    expect([ready.decommissionReady, ready.condition?.observed]).toEqual([true, 81]);
    expect((await check(plan, csv([]), '2027-02-01')).decommissionReady).toBe(false);
  });

  it('takes each location on its own latest day, and the lowest of them decides', async () => {
    const rows = 'date,metric,value,location\n2027-01-26,active_use_pct,20,Georgetown\n2027-01-26,active_use_pct,30,Port of Spain\n2027-01-27,active_use_pct,95,Paramaribo\n';
    const result = await check(plan, rows, '2027-02-01');
    expect([result.decommissionReady, result.condition?.observed]).toEqual([false, 20]);
  });

  it('is null without a decommission condition', async () => {
    const plan = gatePlan([gate()], { phases: [{ id: 'pilot', name: 'Pilot', audience: 'all', weeks: 2 }] });
    expect((await check(plan, csv([]), '2027-01-20')).decommissionReady).toBeNull();
  });
});

describe('raw survey answers', () => {
  it('turns 0-10 answers into an NPS and 1-10 answers into a mean', async () => {
    const answers = [10, 9, 9, 10, 9, 8, 7, 8, 3, 6];
    const rows = csv(answers.flatMap((a, i): [string, string, number][] => [[`2027-01-0${5 + (i % 3)}`, 'nps', a], [`2027-01-0${5 + (i % 3)}`, 'satisfaction', a]]));
    const plan = gatePlan([
      gate({ id: 'recommend', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, minSamples: 10 }),
      gate({ id: 'satisfied', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7 }),
    ]);
    const { gates } = await check(plan, rows, '2027-01-20');
    expect(gates.map((g) => [g.observed, g.status])).toEqual([[30, 'pass'], [7.9, 'pass']]);
  });
});

describe('gate series', () => {
  it('returns each gate its observations in its window, by day, in the order of the gates', async () => {
    const plan = gatePlan([gate(), gate({ id: 'tickets', metric: 'support_tickets' })]);
    const files = [writeCsv(csv([['2027-01-06', 'active_use_pct', 70], ['2027-01-05', 'active_use_pct', 60], ['2027-01-20', 'active_use_pct', 99], ['2027-01-05', 'support_tickets', 3]]))];
    const { series } = await checkGates({ plan, files, asOf: parseDay('2027-01-20'), lenient: false });
    expect(series.map((s) => [Array.from(s.days, formatDay), Array.from(s.values)])).toEqual([
      [['2027-01-05', '2027-01-06'], [60, 70]],
      [['2027-01-05'], [3]],
    ]);
  });
});
