import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { load, validPlan } from '../helpers.js';

/*
 * Atelier Sabajo, 15 people in two halves from Monday 1 February 2027, announces a week ahead
 * (announceLead: 1w) and keeps the default reminderLead of a week: each reminder would go out
 * the day of its announcement, to the same people.
 */
const plan = (communications: Record<string, unknown>) => ({
  version: 1,
  tool: { name: 'Google Workspace', contact: { name: 'Kantoor', email: 'kantoor@sabajo-arch.sr' } },
  organization: { name: 'Atelier Sabajo', headcount: 15, languages: ['nl', 'en'] },
  start: '2027-02-01',
  preset: 'small',
  communications,
});
const ahead = (communications: Record<string, unknown>) =>
  buildSchedule(validPlan(plan(communications))).events.filter((e) => e.type === 'announcement' || e.type === 'reminder').map((e) => [e.date, e.type, e.phase]);
const hints = (communications: Record<string, unknown>) => load(plan(communications)).diagnostics.filter((d) => d.code === 'reminder-with-announcement');

describe('a reminder no later than its announcement', () => {
  it('is left out: one message a week ahead', () => {
    expect(ahead({ announceLead: '1w' })).toEqual([
      ['2027-01-25', 'announcement', 'first-half'],
      ['2027-02-01', 'announcement', 'second-half'],
      ['2027-02-15', 'announcement', 'decommission'],
    ]);
    // Longer than the announcement's lead, it would come before it: left out too.
    expect(ahead({ announceLead: '1w', reminderLead: '2w' }).filter(([, type]) => type === 'reminder')).toEqual([]);
  });

  it('goes out when it comes after the announcement', () => {
    expect(ahead({ announceLead: '1w', reminderLead: '3d' })).toEqual([
      ['2027-01-25', 'announcement', 'first-half'],
      ['2027-01-29', 'reminder', 'first-half'],
      ['2027-02-01', 'announcement', 'second-half'],
      ['2027-02-05', 'reminder', 'second-half'],
      ['2027-02-15', 'announcement', 'decommission'],
    ]);
    expect(ahead({}).filter(([, type]) => type === 'reminder')).toHaveLength(2);
  });

  it('gets a validate hint saying no reminder goes out and what to write for one', () => {
    expect(hints({ announceLead: '1w' })).toEqual([
      expect.objectContaining({ severity: 'hint', message: expect.stringContaining('no reminder goes out'), hint: 'for a reminder a few days before each start, write reminderLead: 3d under communications' }),
    ]);
    expect(hints({ announceLead: '3w', reminderLead: '3w' })[0]?.hint).toContain('reminderLead: 1w');
    expect(hints({ announceLead: '1d' })[0]?.hint).toContain('announce at least 2d ahead');
    expect(hints({ announceLead: '1w', reminderLead: '3d' })).toEqual([]);
    expect(hints({})).toEqual([]);
  });
});
