import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies with Albina launching before the head office: Albina (4 people) from 15 March,
 * rolled back on 29 March; the head office goes on from 5 April. The weekly updates to everyone
 * count Albina's people no longer.
 */
const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
const phases = data.phases as Record<string, unknown>[];
data.phases = [phases[0], phases[2], phases[1], phases[3]];
data.gates = (data.gates as Record<string, unknown>[]).filter((g) => g.id !== 'albina-go-no-go');
data.rollback = { ...(data.rollback as Record<string, unknown>), on: '2027-03-29' };
const plan = planIn(validPlan(stringify(data)), 'en');
const templates = await loadTemplates();

describe('the weekly updates after a rollback of one location', () => {
  it('leave out the phase rolled back, and its people from those reached', async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en'] });
    const progress = (date: string) => String(files.find((f) => f.name === `${date}_rollout_weekly-update.en.md`)!.content).match(/\*\*Progress\.\*\* [^\n]*/)![0];
    expect(progress('2027-03-25')).toContain('we have started with ICT pilot and Albina: 7 of the 25 people');
    expect(progress('2027-04-02')).toContain('we have started with ICT pilot: 3 of the 25 people');
    expect(progress('2027-04-09')).toBe(
      '**Progress.** In Albina we went back to email chains and WhatsApp groups on Monday, March 29: Teams does not work on the internet line in Albina. The rest goes on: we have started with ICT pilot and Head office: 21 of the 25 people at Sranan Advies. How many of them use Microsoft Teams, we will share once we have measured it.',
    );
  });

  it('no longer say the rollout goes as planned once Albina rolled back, in English and Dutch', async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
    const update = (date: string, lang: string) => String(files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)!.content);
    expect(update('2027-03-25', 'en')).toContain('**Progress.** As planned, we have started with ICT pilot and Albina');
    expect(update('2027-04-02', 'en')).not.toContain('As planned');
    expect(update('2027-04-02', 'nl')).toContain('**Voortgang.** In Albina zijn we op maandag 29 maart teruggegaan naar e-mailketens en WhatsApp-groepen: Teams werkt niet op de internetverbinding in Albina. De rest gaat door: we zijn van start gegaan met ICT pilot');
    expect(update('2027-04-02', 'nl')).not.toContain('Volgens planning');
  });

  it('send the survey to the people still on the new tool, not to those rolled back', async () => {
    const surveyed = { ...data, gates: [...(data.gates as object[]), { id: 'satisfied', phase: 'pilot', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '6w', severity: 'minor' }] };
    const asked = planIn(validPlan(stringify(surveyed)), 'en');
    const { files } = await renderEmails(asked, buildSchedule(asked), { format: 'md', templates, languages: ['en'] });
    const to = (date: string) => String(files.find((f) => f.name === `${date}_rollout_survey.en.md`)!.content).match(/\*\*To:\*\* [^\n]*/)![0];
    expect(files.filter((f) => f.name.includes('_rollout_survey.en')).map((f) => [f.name.slice(0, 10), to(f.name.slice(0, 10))])).toEqual([
      ['2027-03-08', '**To:** ICT pilot (3 people)'],
      ['2027-03-15', '**To:** ICT pilot (3 people)'],
      ['2027-03-22', '**To:** ICT pilot and Albina (7 people)'],
      // Albina rolled back on Monday 29 March (Easter Monday): the survey of the Tuesday asks the pilot alone.
      ['2027-03-30', '**To:** ICT pilot (3 people)'],
      ['2027-04-05', '**To:** ICT pilot (3 people)'],
      ['2027-04-12', '**To:** ICT pilot and Head office (21 people)'],
      ['2027-04-19', '**To:** ICT pilot and Head office (21 people)'],
    ]);
  });
});

