import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/*
 * A care foundation: a head office open Monday-Friday (the plan's days), a clinic in Albina with
 * nurses on shifts round the clock every day, and a post in Moengo open Monday-Saturday in the daytime.
 */
const plan = validPlan(
  minimalPlan({
    start: '2027-04-05',
    organization: {
      name: 'Stichting Zorg Marowijne',
      headcount: 40,
      languages: ['nl', 'en'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 16, workingHours: { start: '08:00', end: '16:30' } },
        { name: 'Moengo', timezone: 'America/Paramaribo', headcount: 10, workingHours: { start: '07:30', end: '15:30' }, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
        { name: 'Albina', timezone: 'America/Paramaribo', headcount: 14, workingHours: { start: '00:00', end: '24:00' }, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
      ],
    },
    phases: [
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'moengo', name: 'Moengo', audience: { locations: ['Moengo'] }, weeks: 2 },
      { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, weeks: 2 },
    ],
  }),
);
const templates = await loadTemplates();

async function messages(lang: 'en' | 'nl') {
  const { entries, files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: [lang] });
  return (template: string, phase: string) => {
    const e = entries.find((x) => x.template === template && x.phase === phase);
    if (!e) throw new Error(`no ${template} ${phase}`);
    const f = files.find((x) => x.name === e.file)!;
    return typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8');
  };
}
const line = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';

describe('what the messages promise a location that works in shifts', () => {
  it('tells the clinic in Dutch to switch and log in on the first shift, and that office hours are every day', async () => {
    const body = await messages('nl');
    expect(line(body('announcement', 'albina'), '**Wat je nu doet:**')).toBe('**Wat je nu doet:** stap over op je eerste dienst op of na maandag 3 mei en zet je training in je agenda.');
    expect(line(body('welcome', 'albina'), '**Je eerste stap:**')).toBe('**Je eerste stap:** log op je eerste dienst vanaf vandaag in op Teamchat en doe er in die dienst één echte taak in.');
    expect(body('welcome', 'albina')).toContain('de eerste week elke dag vanaf maandag 3 mei');
  });

  it('tells the clinic the same in English', async () => {
    const body = await messages('en');
    expect(line(body('announcement', 'albina'), '**What to do now:**')).toBe('**What to do now:** make the switch on your first shift on or after Monday, May 3 and put your training session in your calendar.');
    expect(line(body('welcome', 'albina'), '**Your first step:**')).toBe('**Your first step:** log in to Teamchat on your first shift from today and do one real piece of work in it during that shift.');
    expect(body('welcome', 'albina')).toContain('daily in the first week from Monday, May 3');
  });

  it.each([
    ['nl', 'houd maandag 5 april vrij voor de overstap', 'log vanochtend in op Teamchat', 'de eerste week elke werkdag vanaf maandag 5 april'],
    ['en', 'keep Monday, April 5 free for the switch', 'log in to Teamchat this morning', 'every working day in the first week from Monday, April 5'],
  ] as const)('keeps the head office’s morning and free Monday, with office hours on working days (%s)', async (lang, free, morning, weekdays) => {
    const body = await messages(lang);
    expect(body('announcement', 'paramaribo')).toContain(free);
    expect(body('welcome', 'paramaribo')).toContain(morning);
    expect(body('welcome', 'paramaribo')).toContain(weekdays);
  });

  it('says "every working day", not "every day", to the post open six days a week, whose Monday is a working day', async () => {
    const nl = await messages('nl');
    expect(nl('welcome', 'moengo')).toContain('de eerste week elke werkdag vanaf maandag 19 april');
    expect(nl('welcome', 'moengo')).toContain('log vanochtend in');
    expect(nl('announcement', 'moengo')).toContain('houd maandag 19 april vrij voor de overstap');
  });
});
