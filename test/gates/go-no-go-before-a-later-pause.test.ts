import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { caribbeanFreight, checkFreight, hurricane } from '../caribbean-freight.js';
import { validPlan } from '../helpers.js';

// Georgetown's go/no-go is due Friday 5 March, before Miami's launch on Monday 8 March: 9 of its 14
// active in the report of 5 March (6 daily users, 3 Monday-only ones on 1 March), 64.2857% >= 60.
// The hurricane closes Miami from that Monday until the 15th, written in on the 8th: the launch moves
// to Monday 15 March, and the go/no-go that guards it to Friday the 12th. In the report of 12 March
// 3 daily users have not logged in since 1 March: 6 of 14 active, 42.8571% < 60.
const reason = 'reason: { nl: Orkaan, en: Hurricane }, only: { location: Miami }';
const OPEN = `  - { from: 2027-03-08, ${reason} }\n`;
const ENDED_LATER = `  - { from: 2027-03-08, until: 2027-03-15, untilDecided: 2027-03-10, ${reason} }\n`;

describe('a go/no-go judged before a pause of the launch it guards was written in', () => {
  it('keeps that pass as of the days before the pause was written in', async () => {
    const { gate } = await checkFreight(caribbeanFreight(hurricane(), 3), '2027-03-05');
    expect(gate).toMatchObject({ status: 'pass', due: '2027-03-05', observed: 64.2857, window: { from: '2027-02-22', to: '2027-03-05' } });
  });

  it('follows the moved launch from the day the pause is written in with its end, on one due day in every later check', async () => {
    const dir = caribbeanFreight(hurricane(), 3);
    for (const at of ['2027-03-08', '2027-03-11']) expect((await checkFreight(dir, at)).gate, at).toMatchObject({ status: 'pending', due: '2027-03-12' });
    for (const at of ['2027-03-12', '2027-03-15', '2027-03-26']) {
      const { gate, result } = await checkFreight(dir, at);
      expect(gate, at).toMatchObject({ status: 'fail', due: '2027-03-12', observed: 42.8571, window: { to: '2027-03-12' } });
      expect([result.decision, result.blockedLaunches.map((b) => [b.launch, b.gates])], at).toEqual(['pause', [['2027-03-15', ['georgetown-go-no-go']]]]);
    }
    const schedule = buildSchedule(validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')));
    expect(schedule.events.filter((e) => e.type === 'gate').map((e) => e.date)).toEqual(['2027-03-12']);
  });

  it('lets the launch go ahead when that Friday’s report passes: 9 of 14, the hurricane alone pauses on Friday', async () => {
    const dir = caribbeanFreight(hurricane());
    const friday = await checkFreight(dir, '2027-03-12');
    expect([friday.gate.status, friday.gate.observed, friday.result.decision, friday.result.blockedLaunches]).toEqual(['pass', 64.2857, 'pause', []]);
    expect((await checkFreight(dir, '2027-03-15')).result.decision).toBe('continue');
  });

  it('keeps it while the pause is open, and follows the launch from the day the end is written in (untilDecided)', async () => {
    expect((await checkFreight(caribbeanFreight(OPEN, 3), '2027-03-12')).gate).toMatchObject({ status: 'pass', due: '2027-03-05' });
    const dir = caribbeanFreight(ENDED_LATER, 3);
    expect((await checkFreight(dir, '2027-03-09')).gate).toMatchObject({ status: 'pass', due: '2027-03-05' });
    expect((await checkFreight(dir, '2027-03-10')).gate).toMatchObject({ status: 'pending', due: '2027-03-12' });
    expect((await checkFreight(dir, '2027-03-12')).gate).toMatchObject({ status: 'fail', due: '2027-03-12', observed: 42.8571 });
  });
});
