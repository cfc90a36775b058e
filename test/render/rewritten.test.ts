import { describe, expect, it } from 'vitest';
import { writeMessages } from '../../src/render/output.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, tempDir, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04: everyone else starts 2027-02-01, announced 2027-01-18.
const before = validPlan(minimalPlan());
const paused = validPlan(minimalPlan({ pauses: [{ from: '2027-01-25', until: '2027-02-01', reason: 'outage' }] }));

describe('render-emails over an earlier run: emails that went out are rewritten', () => {
  it('lists the emails dated before the day whose text the change rewrote, never a checklist, never a later one', async () => {
    const dir = tempDir();
    const options = { format: 'md' as const, templates: await loadTemplates(), languages: ['en' as const] };
    const first = await writeMessages(dir, before, buildSchedule(before), { ...options, sentBefore: '2027-01-25' });
    expect(first.rewritten).toEqual([]);
    const again = await writeMessages(dir, paused, buildSchedule(paused), { ...options, force: true, sentBefore: '2027-01-25' });
    // The announcement of 18 January named 1 February; the pause makes it say 8 February.
    expect(again.rewritten).toContain('2027-01-18_everyone-else_announcement.en.md');
    expect(again.rewritten.every((f) => f < '2027-01-25' && !f.includes('checklist'))).toBe(true);
    // Without the day, or with nothing changed, nothing is listed.
    expect((await writeMessages(dir, paused, buildSchedule(paused), { ...options, force: true, sentBefore: '2027-01-25' })).rewritten).toEqual([]);
  });
});
