import { describe, expect, it } from 'vitest';
import { whatIf } from '../../src/changes/what-if.js';
import { pauseLengthLabel } from '../../src/pauses/length.js';
import type { Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';
import { sewnath, sewnathLaunches, sewnathSwitchOff } from '../saturday-branch.js';

/** The accounting firm of test/saturday-branch.ts, with its switch-off or without. */
const plan = (switchOff = true): Plan =>
  validPlan(
    minimalPlan({
      start: '2027-04-05',
      organization: sewnath(),
      calendar: { timezone: 'America/Paramaribo' },
      phases: [...sewnathLaunches, ...(switchOff ? [sewnathSwitchOff] : [])],
    }),
  );

/** The length the schedule tells once the pause is written in. */
const told = (p: Plan, pause: Record<string, unknown>) => {
  const [written] = buildSchedule({ ...p, pauses: [{ reason: 'what if', ...pause } as Plan['pauses'][number]] }).pauses;
  return { workingDays: written!.workingDays, weeks: written!.weeks, workingDaysAt: written!.workingDaysAt };
};
const length = ({ workingDays, weeks, workingDaysAt }: ReturnType<typeof whatIf>['pause']) => ({ workingDays, weeks, workingDaysAt });

describe('what-if --pause tells the pause’s length as the schedule would, on the working weeks of the people it moves', () => {
  it('names the branch’s own count for a pause of part of a week that moves everyone', () => {
    const { pause } = whatIf(plan(), { from: '2027-04-14', length: '5d' });
    expect(length(pause)).toEqual({ workingDays: 3, weeks: undefined, workingDaysAt: { 'Nieuw Nickerie': 4 } });
    expect(length(pause)).toEqual(told(plan(), { from: '2027-04-14', until: '2027-04-19' }));
    expect([pauseLengthLabel(pause, 'en'), pauseLengthLabel(pause, 'nl')]).toEqual(['3 working days (4 at Nieuw Nickerie)', '3 werkdagen (4 in Nieuw Nickerie)']);
  });

  it('tells a pause of the branch in weeks when it moves the switch-off too, and in the branch’s days when it moves nobody else', () => {
    const only = { location: 'Nieuw Nickerie' };
    const withSwitchOff = whatIf(plan(), { from: '2027-05-05', length: '2w', only }).pause;
    expect(length(withSwitchOff)).toEqual({ workingDays: 10, weeks: 2, workingDaysAt: undefined });
    expect(pauseLengthLabel(withSwitchOff, 'nl')).toBe('2 weken');
    const alone = whatIf(plan(false), { from: '2027-05-05', length: '2w', only }).pause;
    expect(length(alone)).toEqual({ workingDays: 12, weeks: undefined, workingDaysAt: undefined });
    expect(length(alone)).toEqual(told(plan(false), { from: '2027-05-05', until: '2027-05-19', only }));
  });
});
