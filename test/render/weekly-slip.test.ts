import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Teams BV: Administratie, planned for Monday 15 March 2027, starts on Tuesday 23 March
 * after a pause of a week (and Holi Phagwa); Easter week (29 March until 5 April) was written in
 * on 15 March. The weekly updates say what happened, and the last one before Easter says it comes.
 */
const pauses = [
  { from: '2027-03-12', until: '2027-03-19', reason: { nl: 'de pilot duurt een week langer', en: 'the pilot is extended by a week' }, only: { phase: 'department-1' } },
  { from: '2027-03-29', until: '2027-04-05', reason: { nl: 'Paasweek met nationale feestdagen', en: 'Easter week with national holidays' }, decided: '2027-03-15' },
];

async function emails(withPauses: readonly object[] = pauses) {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;
  const plan = validPlan(stringify({ ...data, pauses: withPauses }));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (name: string) => String(r.files.find((f) => f.name === name)?.content);
}

describe('weekly updates of a rollout that slipped', () => {
  it('say a phase started later than planned, with both days, and not "as planned"', async () => {
    const text = await emails();
    const en = text('2027-03-25_rollout_weekly-update.en.txt');
    const nl = text('2027-03-25_rollout_weekly-update.nl.txt');
    expect(en).toContain('We have started with Pilot group and Administratie');
    expect(en).toContain('Later than planned: Administratie started on Tuesday, March 23 instead of Monday, March 15.');
    expect(nl).toContain('Later dan gepland: Administratie is begonnen op dinsdag 23 maart in plaats van maandag 15 maart.');
    expect(`${en}${nl}`).not.toMatch(/As planned|Volgens planning/);
    // Before anything slipped, it went as planned.
    expect(text('2027-03-05_rollout_weekly-update.en.txt')).toContain('As planned, we have started with Pilot group');
  });

  it('tell in the last update before a pause that it comes: from when, until when, and why, introduced as the notice does', async () => {
    const text = await emails();
    expect(text('2027-03-25_rollout_weekly-update.en.txt')).toContain('A pause is coming: from Monday, March 29 until Monday, April 5 we pause the Microsoft Teams rollout. Why: Easter week with national holidays.');
    expect(text('2027-03-25_rollout_weekly-update.nl.txt')).toContain('Er komt een pauze: van maandag 29 maart tot maandag 5 april pauzeren we de invoering van Microsoft Teams. Waarom: Paasweek met nationale feestdagen.');
    expect(text('2027-03-19_rollout_weekly-update.en.txt')).not.toContain('A pause is coming');
  });

  it('keep a reason as the plan writes it after "Why:", a short phrase or a whole sentence, with one full stop', async () => {
    const reasons = [
      { nl: 'de jaarafsluiting', en: 'the year-end closing' },
      { nl: 'Iedereen werkt aan de jaarafsluiting.', en: 'Everyone works on the year-end closing.' },
    ];
    const lines = [];
    for (const reason of reasons) {
      const text = await emails([pauses[0]!, { ...pauses[1]!, reason }]);
      lines.push(...['en', 'nl'].map((lang) => text(`2027-03-25_rollout_weekly-update.${lang}.txt`).split('\n').find((l) => /^(A pause is coming|Er komt een pauze)/.test(l))?.replace(/^.* (Why|Waarom): /, '$1: ')));
    }
    expect(lines).toEqual([
      'Why: the year-end closing.',
      'Waarom: de jaarafsluiting.',
      'Why: Everyone works on the year-end closing.',
      'Waarom: Iedereen werkt aan de jaarafsluiting.',
    ]);
  });
});
