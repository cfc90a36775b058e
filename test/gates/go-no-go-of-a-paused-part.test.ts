import { describe, expect, it } from 'vitest';
import { caribbeanFreight, checkFreight, GEORGETOWN_DOWN, hurricane } from '../caribbean-freight.js';

// Miami's launch moves from 8 to 15 March (the hurricane pause, decided on 4 March, before the go/no-go's day):
// Georgetown's go/no-go follows it to Friday 12 March. Georgetown is paused from 10 to 17 March; Miami goes on.
// The report of 12 March: of Georgetown's 14, 6 daily users less 3 lapsed since 1 March, plus 3 Monday-only
// users (Monday 8 March, within the week) = 6 active, 42.8571% < 60.
const PAUSES = hurricane('2027-03-04') + GEORGETOWN_DOWN;

describe('a go/no-go of a part paused alone, guarding the launch of a part that goes on', () => {
  it('is judged on its due day, during its own part’s pause, and holds that launch', async () => {
    const dir = caribbeanFreight(PAUSES, 3);
    const { result, gate } = await checkFreight(dir, '2027-03-12');
    expect(gate).toMatchObject({ status: 'fail', due: '2027-03-12', observed: 42.8571, window: { from: '2027-02-22', to: '2027-03-12' } });
    expect(gate.onHold).toBeUndefined();
    expect(result.decision).toBe('pause');
    expect(result.blockedLaunches).toMatchObject([{ phase: 'miami', launch: '2027-03-15', gates: ['georgetown-go-no-go'], decision: 'pause' }]);
  });

  it('holds that launch on its day, while Georgetown is still paused', async () => {
    const { result, gate } = await checkFreight(caribbeanFreight(PAUSES, 3), '2027-03-15');
    expect([result.decision, gate.status, gate.due, gate.onHold]).toEqual(['pause', 'fail', '2027-03-12', undefined]);
    expect(result.blockedLaunches.map((b) => b.launch)).toEqual(['2027-03-15']);
  });

  it('lets the launch go ahead when it passes: 9 of 14 active on 12 March, 64.2857%', async () => {
    const { result, gate } = await checkFreight(caribbeanFreight(PAUSES), '2027-03-15');
    expect([result.decision, gate.status, gate.observed]).toEqual(['continue', 'pass', 64.2857]);
  });
});
