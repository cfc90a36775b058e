import { describe, expect, it } from 'vitest';
import { comparePaused, compareSchedules, type ChangeSet } from '../../src/changes/compare.js';
import { onlyPausesDiffer } from '../../src/pauses/redate.js';
import { planIn, withGroupSplits, type Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { groupSplits } from '../../src/sources/group-splits.js';
import { validPlan } from '../helpers.js';
import { TJON_FIELD_STAFF, tjonFieldStaff } from '../tjon-partners.js';

/* Tjon & Partners' field staff, a group at no location: the roster places two in Paramaribo and one in Rotterdam. */

/** The plan in English with the groups the roster in `dir` places, as render-emails and schedule read it. */
async function placed(text: string, dir: string): Promise<Plan> {
  const plan = validPlan(text);
  return planIn(withGroupSplits(plan, await groupSplits(plan, dir)), 'en');
}

/** The announcements' changes: phase and title. */
const announcements = (set: ChangeSet) => set.changes.filter((c) => c.type === 'announcement').map((c) => [c.phase, c.title]);

describe('diff of a plan whose roster places a targeted group', () => {
  it('titles each launch phase’s announcement with the group’s own message, as the schedule does', async () => {
    const dir = tjonFieldStaff();
    const before = await placed(TJON_FIELD_STAFF, dir);
    const after = await placed(TJON_FIELD_STAFF.replace('start: 2027-03-08', 'start: 2027-03-15'), dir);
    const set = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after }, 'names');
    expect(announcements(set)).toEqual([
      ['paramaribo', 'Announce Microsoft Teams to Paramaribo; Buitendienst: own message via WhatsApp'],
      ['rotterdam', 'Announce Microsoft Teams to Rotterdam; Buitendienst: own message via WhatsApp'],
    ]);
    const scheduled = buildSchedule(after).events.filter((e) => e.type === 'announcement').map((e) => [e.phase, e.title]);
    expect(announcements(set)).toEqual(scheduled);
  });

  it('keeps them when the newer version only adds a pause', async () => {
    const dir = tjonFieldStaff();
    const before = await placed(TJON_FIELD_STAFF, dir);
    const after = await placed(`${TJON_FIELD_STAFF}pauses:\n  - { from: 2027-02-15, until: 2027-02-22, reason: vakantie }\n`, dir);
    expect(onlyPausesDiffer(before, after)).toBe(true);
    const set = comparePaused(buildSchedule(before), { before, after }, 'names')!;
    expect(announcements(set)).toEqual([
      ['paramaribo', 'Announce Microsoft Teams to Paramaribo; Buitendienst: own message via WhatsApp'],
      ['rotterdam', 'Announce Microsoft Teams to Rotterdam; Buitendienst: own message via WhatsApp'],
    ]);
  });
});
