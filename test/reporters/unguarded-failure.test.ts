import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { unguardedFailureLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT } from '../helpers.js';

/** test/fixtures/unguarded-gate: Rotterdam's success gate (major, guarding nothing) fails on 19 April. */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'unguarded-gate');

async function check(at: string, change: (text: string) => string = (t) => t) {
  const file = path.join(FIXTURE, 'rollout.yaml');
  const { plan } = loadPlan(change(readFileSync(file, 'utf8')), file);
  const { result } = await checkGates({ plan: plan!, files: [path.join(FIXTURE, 'usage.csv')], asOf: parseDay(at), lenient: false, sources: { baseDir: FIXTURE } });
  return result;
}

describe('unguardedFailureLine', () => {
  it('gives the pause of the phase under way, in the plan file the check read', async () => {
    const result = await check('2027-04-19');
    expect(result.decision).toBe('continue');
    expect(unguardedFailureLine(result, 'en', 'plans/firm.yaml')).toMatch(/^rotterdam-success failed \(major → pause\), but it guards no launch and no switch-off, .* only: \{ phase: rotterdam \} \} \(`rollout what-if --pause 2w --at 2027-04-19 --only-phase rotterdam --plan plans\/firm\.yaml` shows what moves\)$/);
  });

  it('says nothing before the gate is due, or for a minor gate, whose contingency is continue', async () => {
    const before = await check('2027-04-16');
    expect(before.gates.find((g) => g.id === 'rotterdam-success')).toMatchObject({ status: 'pending' });
    expect(unguardedFailureLine(before)).toBeUndefined();
    const minor = await check('2027-04-19', (t) => t.replace('within: 4w, severity: major }\ncontingency', 'within: 4w, severity: minor }\ncontingency'));
    expect(minor.gates.find((g) => g.id === 'rotterdam-success')).toMatchObject({ status: 'fail', effect: 'continue' });
    expect(unguardedFailureLine(minor)).toBeUndefined();
  });
});
