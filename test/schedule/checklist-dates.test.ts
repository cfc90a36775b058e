import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planMessages } from '../../src/render/messages.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

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

describe('the offline plan', async () => {
  const source = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));
  const rendered = await renderEmails(source, buildSchedule(source), { format: 'md', templates: await loadTemplates(), languages: ['en'] });
  const withOffline = rendered.files.filter((f) => String(f.content).includes('If the internet is down')).map((f) => f.name);

  it('goes to the location with poor connectivity only', () => {
    expect(withOffline.filter((f) => /_(announcement|reminder|welcome)\./.test(f)).sort()).toEqual(['2027-03-15_nickerie_announcement.en.md', '2027-03-22_nickerie_reminder.en.md', '2027-03-29_nickerie_welcome.en.md']);
  });

  it('goes to everyone where no location is marked', async () => {
    const plan = validPlan(minimalPlan({ regional: { offlinePlan: 'Write orders in the paper book.' } }));
    const all = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    const welcomes = all.files.filter((f) => f.name.includes('_welcome.'));
    expect(welcomes.length).toBeGreaterThan(0);
    expect(welcomes.every((f) => String(f.content).includes('**If the internet is down:** Write orders in the paper book.'))).toBe(true);
  });
});
