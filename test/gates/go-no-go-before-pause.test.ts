import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir, validPlan } from '../helpers.js';
import { ENDED, OPEN, PLAN } from '../pilot-go-no-go.js';

async function goNoGo(pauses: string, at: string, rows = '2027-03-10,active_use_pct,33.3,pilot\n') {
  const dir = tempDir();
  const file = path.join(dir, 'usage.csv');
  writeFileSync(file, `date,metric,value,phase\n${rows}`);
  const { result } = await checkGates({ plan: validPlan(PLAN + pauses), files: [file], asOf: parseDay(at), lenient: false });
  return { gate: result.gates.find((g) => g.id === 'pilot-go-no-go')!, result };
}

describe('a go/no-go judged before the pause of the launch it guards', () => {
  it('keeps its verdict and its day while the pause is open, in gate-check and the schedule', async () => {
    const { gate, result } = await goNoGo(OPEN, '2027-03-16');
    expect(gate).toMatchObject({ status: 'fail', due: '2027-03-12', observed: 33.3, window: { from: '2027-03-01', to: '2027-03-12' } });
    expect(gate.onHold).toBeUndefined();
    expect(result.decision).toBe('pause');
    const schedule = buildSchedule(validPlan(PLAN + OPEN));
    expect([schedule.events.find((e) => e.type === 'gate')?.date, schedule.held.events.some((e) => e.type === 'gate')]).toEqual(['2027-03-12', false]);
  });

  it('keeps it as of a day before a pause written in later; with the pause and its end written in, it follows the launch, due the Friday before it', async () => {
    expect((await goNoGo(ENDED, '2027-03-12')).gate).toMatchObject({ status: 'fail', due: '2027-03-12' });
    // From Monday the 15th the launch is on the 29th: the go/no-go is due Friday the 26th, pending until then, judged that day.
    expect((await goNoGo(ENDED, '2027-03-16')).gate).toMatchObject({ status: 'pending', due: '2027-03-26', observed: 33.3 });
    expect((await goNoGo(ENDED, '2027-03-26')).gate).toMatchObject({ status: 'fail', due: '2027-03-26', window: { to: '2027-03-26' } });
  });

  it('is judged again the day before the launch once the pause is over', async () => {
    const { gate } = await goNoGo(ENDED, '2027-03-29', '2027-03-10,active_use_pct,33.3,pilot\n2027-03-24,active_use_pct,66.7,pilot\n');
    expect(gate).toMatchObject({ status: 'pass', due: '2027-03-26', observed: 66.7 });
  });

  it('still lets gate-check offer the end of an open pause once its rows so far pass', async () => {
    const { gate, result } = await goNoGo(OPEN, '2027-03-22', '2027-03-10,active_use_pct,33.3,pilot\n2027-03-18,active_use_pct,66.7,pilot\n');
    expect(gate).toMatchObject({ status: 'fail', due: '2027-03-12' });
    expect(result.openPause?.causeGone).toMatchObject({ gates: ['pilot-go-no-go'], untilDecided: '2027-03-22' });
  });
});
