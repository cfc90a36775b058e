import { describe, expect, it } from 'vitest';
import { decisionLine } from '../../src/reporters/gates/labels.js';
import { renderGithub } from '../../src/reporters/gates/github.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { check, gatePlan } from './support.js';

// The pilot's go/no-go is due 2027-01-11 (within 1w); the launch of Everyone on 2027-01-18 waits for it.
const goNoGo = (overrides: Record<string, unknown> = {}) => ({ id: 'pilot-go', phase: 'pilot', metric: 'active_use_pct', threshold: 60, within: '1w', guards: 'next', severity: 'major', ...overrides });
const soFar = (value: number) => `date,metric,value\n2027-01-05,active_use_pct,${value}\n`;

describe('a go/no-go not due yet whose value so far misses its threshold', () => {
  it('names the launch it would hold, with exit 0 and the gate still pending', async () => {
    const result = await check(gatePlan([goNoGo()]), soFar(50), '2027-01-08');
    expect([result.decision, result.gates[0]!.status, result.gates[0]!.effect, result.gates[0]!.effectIfDue]).toEqual(['continue', 'pending', 'continue', 'pause']);
    expect(result.blockedLaunches).toEqual([]);
    expect(result.nextLaunch).toEqual({ phase: 'everyone', launch: '2027-01-18', gates: ['pilot-go'], decision: 'pause' });
    expect(decisionLine(result, 'en')).toBe('Decision: continue (exit 0): no launch or switch-off waits today; the launch of Everyone on 2027-01-18 will wait unless this changes: pilot-go is 50 so far, needs >= 60 on 2027-01-11 (major → pause)');
    expect(decisionLine(result, 'nl')).toBe('Besluit: doorgaan (exitcode 0): vandaag wacht geen start en geen uitzetten; de start van Everyone op 2027-01-18 gaat wachten als dit zo blijft: pilot-go is tot nu toe 50, nodig: >= 60 op 2027-01-11 (ernstig → pauzeren)');
  });

  it('says it in JSON and as a GitHub warning, not as an error', async () => {
    const result = await check(gatePlan([goNoGo({ severity: 'critical' })]), soFar(50), '2027-01-08');
    const json = JSON.parse(renderJson(result));
    expect(json.nextLaunch).toEqual({ phase: 'everyone', launch: '2027-01-18', gates: ['pilot-go'] });
    expect(json.gates[0]).toMatchObject({ status: 'pending', effectIfDue: 'rollback' });
    const github = renderGithub(result, { planFile: 'rollout.yaml', lineOf: () => 12 }).split('\n');
    expect(github[0]).toBe('::warning file=rollout.yaml,line=12,title=Gate pilot-go is 50 so far%2C needs >= 60 on 2027-01-11 (critical → rollback)::due 2027-01-11; so far last of 1 row of active use from 2027-01-04 to 2027-01-08 is 50 on 2027-01-05');
    expect(github.some((l) => l.startsWith('::error'))).toBe(false);
  });

  it('warns of nothing when the value so far holds, when a failure would only continue, or without rows', async () => {
    for (const [plan, rows] of [
      [gatePlan([goNoGo()]), soFar(60)],
      [gatePlan([goNoGo({ severity: 'minor' })]), soFar(50)],
      [gatePlan([goNoGo()]), 'date,metric,value\n'],
    ] as const) {
      const result = await check(plan, rows, '2027-01-08');
      expect([result.nextLaunch, result.gates[0]!.effectIfDue]).toEqual([null, undefined]);
      expect(decisionLine(result, 'en')).toBe('Decision: continue (exit 0): no launch or switch-off waits');
    }
  });

  it('on its due day fails, and from that day the launch it guards waits: the last runs before it say pause', async () => {
    const due = await check(gatePlan([goNoGo()]), soFar(50), '2027-01-11');
    expect([due.gates[0]!.status, due.gates[0]!.effectIfDue, due.decision]).toEqual(['fail', undefined, 'pause']);
    expect(due.blockedLaunches).toEqual([{ phase: 'everyone', launch: '2027-01-18', gates: ['pilot-go'], decision: 'pause', readsUntil: '2027-01-11' }]);
    expect(due.nextLaunch).toBeNull();
    expect(decisionLine(due, 'en')).toBe('Decision: pause (exit 1): launch of Everyone on 2027-01-18 waits: pilot-go failed (major → pause); only an export dated up to 2027-01-11 still counts');
    expect(decisionLine(due, 'nl')).toBe('Besluit: pauzeren (exitcode 1): de start van Everyone op 2027-01-18 wacht op: pilot-go niet gehaald (ernstig → pauzeren); alleen een export met een datum tot en met 2027-01-11 telt nog mee');
    expect(JSON.parse(renderJson(due)).blockedLaunches).toEqual([{ phase: 'everyone', launch: '2027-01-18', gates: ['pilot-go'], readsUntil: '2027-01-11' }]);
    expect((await check(gatePlan([goNoGo()]), soFar(50), '2027-01-15')).decision).toBe('pause');
    // On the launch's own day it waits as before, and names no day of exports.
    const launch = await check(gatePlan([goNoGo()]), soFar(50), '2027-01-18');
    expect([launch.decision, launch.blockedLaunches[0]!.readsUntil]).toEqual(['pause', undefined]);
  });

  it('holds nothing on its due day when it passes, or when its failure only continues', async () => {
    for (const [gate, value] of [[goNoGo(), 60], [goNoGo({ severity: 'minor' }), 50]] as const) {
      const due = await check(gatePlan([gate]), soFar(value), '2027-01-11');
      expect([due.decision, due.blockedLaunches]).toEqual(['continue', []]);
      expect(decisionLine(due, 'en')).toBe('Decision: continue (exit 0): no launch or switch-off waits');
    }
  });
});
