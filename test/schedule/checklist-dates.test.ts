import { describe, expect, it } from 'vitest';
import { planMessages } from '../../src/render/messages.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/* The get-started checklist is a dated item like any other: in the schedule, the calendar and the emails, in the same week. */
describe('the get-started checklist', () => {
  const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 25 }, preset: 'growing', start: '2026-11-30' }));
  const schedule = buildSchedule(plan);
  const event = schedule.events.find((e) => e.type === 'checklist' && e.key === 'get-started');

  it('is due the working day before the first announcement, in the week that day falls in', () => {
    const announcement = schedule.events.find((e) => e.type === 'announcement')!;
    expect(announcement.date).toBe('2026-11-16');
    expect(event).toMatchObject({ date: '2026-11-13', week: -2, title: 'Checklist: get started' });
    expect(schedule.events[0]).toBe(event);
  });

  it('is in the calendar', () => {
    expect(scheduleIcs(schedule, 'en')).toContain('SUMMARY:Checklist: get started');
  });

  it('is the same checklist render-emails writes, with the same date and week', () => {
    const message = planMessages(schedule, plan).find((m) => m.template === 'get-started');
    expect(message).toMatchObject({ date: event!.date, week: event!.week, kind: 'checklist' });
  });

  it('is not part of a solo plan', () => {
    const solo = buildSchedule(validPlan(minimalPlan({ organization: { name: 'Me', headcount: 1 }, preset: 'solo', strategy: { approach: 'big-bang' } })));
    expect(solo.events.some((e) => e.key === 'get-started')).toBe(false);
  });
});

describe('checklist items fit their time', async () => {
  const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 25, languages: ['en', 'nl'] }, preset: 'growing', start: '2026-11-30' }));
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
  const file = (name: string) => String(rendered.files.find((f) => f.name === name)!.content);

  it('the first phase’s two-weeks-before list does not ask for a finished pilot; later phases’ lists do', () => {
    expect(file('2026-11-16_pilot_checklist-two-weeks-before.en.md')).not.toContain('Pilot test complete');
    expect(file('2026-11-16_pilot_checklist-two-weeks-before.en.md')).toContain('Teamchat set up and tried out by IT before anyone starts');
    expect(file('2026-11-16_pilot_checklist-two-weeks-before.nl.md')).not.toContain('Pilot afgerond');
    expect(file('2026-11-30_department-1_checklist-two-weeks-before.en.md')).toContain('Pilot test complete and issues resolved');
  });
});
