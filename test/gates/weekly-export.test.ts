import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT } from '../helpers.js';

/**
 * Nieuw Nickerie launches Monday 15 March for one week; its go/no-go falls due Friday 19, the
 * working day before Miami launches on Monday 22. Teams exports weekly, dated Sunday: the export
 * of 21 March (2 of 3 active over 15..21) is the only one of the branch's week.
 */
const DIR = path.join(ROOT, 'test/fixtures/weekly-export');

async function goNoGo(at: string, change: (text: string) => string = (t) => t) {
  const file = path.join(DIR, 'rollout.yaml');
  const { plan } = loadPlan(change(readFileSync(file, 'utf8')), file);
  const { result } = await checkGates({ plan: plan!, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: DIR } });
  return { result, gate: result.gates.find((g) => g.id === 'nickerie-go-no-go')! };
}

describe('a go/no-go reads the weekly export dated on the days off before the launch it guards', () => {
  it('passes on launch morning on the Sunday export, and the launch goes on', async () => {
    const { result, gate } = await goNoGo('2027-03-22');
    expect(gate).toMatchObject({ due: '2027-03-19', status: 'pass', observed: 66.6667, window: { from: '2027-03-15', to: '2027-03-21' } });
    expect(gate.reason).toBe('last of 1 active_use_pct row from 2027-03-15 to 2027-03-21 is 66.6667 on 2027-03-21, >= 60');
    expect(result.decision).toBe('continue');
    expect(result.blockedLaunches).toEqual([]);
  });

  it('is still due on its working day, before the export is in: nothing read yet', async () => {
    const { gate } = await goNoGo('2027-03-19');
    expect(gate).toMatchObject({ status: 'inconclusive', window: { from: '2027-03-15', to: '2027-03-19' } });
  });

  it('a gate due within some days reads up to its due day only', async () => {
    const within = await goNoGo('2027-03-22', (t) => t.replace('due: day-before', 'within: 4d'));
    expect(within.gate).toMatchObject({ due: '2027-03-19', status: 'inconclusive', window: { to: '2027-03-19' } });
  });
});
