import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

const templates = await loadTemplates();

/** The default preset from Monday 2027-01-04 (the core team from the 18th), or `phases`, with `pauses`. */
async function mails(pauses: unknown[], phases?: unknown[]): Promise<Map<string, string>> {
  const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] }, pauses, ...(phases ? { phases } : {}) }));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
  return new Map(r.files.map((f) => [f.name, String(f.content)]));
}

const officeHours = (text: string | undefined) => text?.split('\n').find((l) => /Office hours|Spreekuur/.test(l));

describe('office hours that a pause stops in the first week of a phase', () => {
  it('are said to stop for the pause and to be daily again on the day they resume, in English and Dutch', async () => {
    // Decided before the welcome of the 18th: office hours on the 18th and 19th, none from Wednesday the 20th, every working day again from the 25th.
    const mail = await mails([{ from: '2027-01-20', until: '2027-01-25', reason: { en: 'server move', nl: 'serververhuizing' }, decided: '2027-01-11' }]);
    expect(officeHours(mail.get('2027-01-18_core-team_welcome.en.md'))).toBe(
      '- **Office hours:** drop in at 14:00, 60 minutes, every working day in the first week from Monday, January 18; none during the pause from Wednesday, January 20 (server move), every working day again from Monday, January 25, 3 times in the week after',
    );
    expect(officeHours(mail.get('2027-01-18_core-team_welcome.nl.md'))).toBe(
      '- **Spreekuur:** loop binnen om 14:00, 60 minuten, de eerste week elke werkdag vanaf maandag 18 januari; niet tijdens de pauze vanaf woensdag 20 januari (serververhuizing), weer elke werkdag vanaf maandag 25 januari, de week daarna 3 keer',
    );
  });

  it('keep the second week’s before a pause in the second week, and say the week after the week back has them after it', async () => {
    // A three-week pilot from 4 January: 3 times in its second week from Monday the 11th, none from Wednesday the 13th; daily from the 18th, then 3 times in the week of the 25th.
    const phases = [
      { id: 'pilot', name: 'Pilot', audience: '20%', weeks: 3 },
      { id: 'rest', name: 'Rest', audience: 'rest', weeks: 2 },
    ];
    const mail = await mails([{ from: '2027-01-13', until: '2027-01-18', reason: { en: 'server move', nl: 'serververhuizing' }, decided: '2027-01-04' }], phases);
    expect(officeHours(mail.get('2027-01-04_pilot_welcome.en.md'))).toBe(
      '- **Office hours:** drop in at 14:00, 60 minutes, every working day in the first week from Monday, January 4, 3 times in the second week; none during the pause from Wednesday, January 13 (server move), every working day again from Monday, January 18, 3 times in the week after',
    );
    expect(officeHours(mail.get('2027-01-04_pilot_welcome.nl.md'))).toBe(
      '- **Spreekuur:** loop binnen om 14:00, 60 minuten, de eerste week elke werkdag vanaf maandag 4 januari, de tweede week 3 keer; niet tijdens de pauze vanaf woensdag 13 januari (serververhuizing), weer elke werkdag vanaf maandag 18 januari, de week daarna 3 keer',
    );
  });

  it('say nothing of a pause before the office hours begin, nor of one after they end', async () => {
    const mail = await mails([{ from: '2027-03-01', until: '2027-03-08', reason: 'audit', decided: '2027-01-11' }]);
    expect(officeHours(mail.get('2027-01-18_core-team_welcome.en.md'))).toBe('- **Office hours:** drop in at 14:00, 60 minutes, every working day in the first week from Monday, January 18, 3 times in the second week');
  });

  it('say that they start again on a day still to be told while the pause is open', async () => {
    const mail = await mails([{ from: '2027-01-20', reason: 'server move', decided: '2027-01-11' }]);
    expect(officeHours(mail.get('2027-01-18_core-team_welcome.en.md'))).toContain('; none during the pause from Wednesday, January 20 (server move), we will tell you when they start again');
  });
});
