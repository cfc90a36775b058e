import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { validPlan } from '../helpers.js';
import { albinaOutages, firstOutage, secondOutage } from '../fixtures/pauses/albina-outages.js';

const acme = (second: Record<string, unknown> = secondOutage) => validPlan(albinaOutages([firstOutage, second]));
const reminder = (plan: ReturnType<typeof acme>) => buildSchedule(plan).events.find((e) => e.type === 'reminder' && e.phase === 'albina');

describe('a reminder sent before a pause moved the start', () => {
  it('names the start it gave the day it went out, as its email says', async () => {
    const plan = acme();
    expect(buildSchedule(plan).events.find((e) => e.type === 'launch' && e.phase === 'albina')?.date).toBe('2027-03-15');
    expect(reminder(plan)).toMatchObject({ date: '2027-03-01', title: 'Herinnering aan Albina: de start op 2027-03-08' });
    const { entries } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    expect(entries.filter((e) => e.template === 'reminder' && e.phase === 'albina').map((e) => e.subject)).toEqual(['Herinnering: Teamchat start maandag 8 maart', 'Reminder: Teamchat starts Monday, March 8']);
  });

  it('names the start after a pause written in ahead of it (decided) before it went out', () => {
    expect(reminder(acme({ ...secondOutage, decided: '2027-02-26' }))?.title).toBe('Herinnering aan Albina: de start op 2027-03-15');
  });
});
