import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// Albina's line goes down; on Friday 19 March the pause is written in, from Holi Phagwa (Monday 22 March) until 5 April.
const plan = (pause: Record<string, unknown>) =>
  validPlan(
    minimalPlan({
      organization: { name: 'Sewdien', headcount: 25, locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 19 }, { name: 'Albina', timezone: 'America/Paramaribo', headcount: 6 }] },
      start: '2027-02-01',
      calendar: { holidays: ['2027-03-22', '2027-03-26', '2027-03-29'] },
      phases: [
        { id: 'kantoor', name: 'Kantoor', audience: { locations: ['Paramaribo'] }, weeks: 2 },
        { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, startWeek: 6, weeks: 3 },
        { id: 'off', name: 'Switch-off', kind: 'decommission', audience: 'none', startWeek: 10 },
      ],
      pauses: [{ from: '2027-03-22', until: '2027-04-05', reason: 'no internet line in Albina', only: { location: 'Albina' }, ...pause }],
    }),
  );
const pauseOf = (p: ReturnType<typeof plan>) => buildSchedule(p).events.find((e) => e.type === 'pause')!;
const noticeOf = (p: ReturnType<typeof plan>) => {
  const item = pauseOf(p);
  return item.noticeOn ?? item.date;
};

describe('the pause notice of a pause written in ahead', () => {
  it('goes out the day the pause was decided, before it starts, not on its first working day after', () => {
    expect(noticeOf(plan({}))).toBe('2027-03-23');
    expect(noticeOf(plan({ decided: '2027-03-19' }))).toBe('2027-03-19');
    // Decided on a Saturday: the next working day.
    expect(noticeOf(plan({ decided: '2027-03-20', from: '2027-03-23' }))).toBe('2027-03-23');
  });

  it('leaves the pause on its first day in the schedule, the notice day beside it', () => {
    const item = pauseOf(plan({ decided: '2027-03-19', from: '2027-03-23' }));
    expect([item.date, item.noticeOn]).toEqual(['2027-03-23', '2027-03-19']);
    expect(pauseOf(plan({})).noticeOn).toBeUndefined();
  });

  it('goes out no earlier than the announcement lead before the pause: a break planned long ahead is told two weeks before', () => {
    expect(noticeOf(plan({ decided: '2027-02-01' }))).toBe('2027-03-08');
  });
});

describe('the notices of a pause with no launch after it', () => {
  it('are dated as the schedule dates them, and the resume notice leaves no empty paragraph where "Next" would be', async () => {
    const p = plan({ decided: '2027-03-19' });
    const r = await renderEmails(p, buildSchedule(p), { format: 'md', templates: await loadTemplates() });
    const mail = new Map(r.files.map((f) => [f.name, String(f.content)]));
    expect(mail.get('2027-03-19_rollout_pause.en.md')).toContain('From Monday, March 22 we are pausing the Teamchat rollout in Albina.');
    const resume = mail.get('2027-04-02_rollout_resume.en.md')!;
    expect(resume).not.toContain('**Next:**');
    expect(resume).toMatch(/on Monday, April 5\.\n\n\*\*What to do now:\*\*/);
  });
});
