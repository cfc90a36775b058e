import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkAndMeasure } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { Progress } from '../../src/progress/measured.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

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
  // Rolled back on Easter Monday: the email tells Albina on Tuesday 30 March, and the updates name that day.
  it('leave out the phase rolled back, and its people from those reached', async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en'] });
    const progress = (date: string) => String(files.find((f) => f.name === `${date}_rollout_weekly-update.en.md`)!.content).match(/\*\*Progress\.\*\* [^\n]*/)![0];
    expect(progress('2027-03-25')).toContain('we have started with ICT pilot and Albina: 7 of the 25 people');
    expect(progress('2027-04-02')).toContain('we have started with ICT pilot: 3 of the 25 people');
    expect(progress('2027-04-09')).toBe(
      '**Progress.** In Albina we went back to email chains and WhatsApp groups on Tuesday, March 30: Teams does not work on the internet line in Albina. The rest goes on: we have started with ICT pilot and Head office: 21 of the 25 people at Sranan Advies. How many of them use Microsoft Teams, we will share once we have measured it.',
    );
  });

  it('no longer say the rollout goes as planned once Albina rolled back, in English and Dutch', async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
    const update = (date: string, lang: string) => String(files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)!.content);
    expect(update('2027-03-25', 'en')).toContain('**Progress.** As planned, we have started with ICT pilot and Albina');
    expect(update('2027-04-02', 'en')).not.toContain('As planned');
    expect(update('2027-04-02', 'nl')).toContain('**Voortgang.** In Albina zijn we op dinsdag 30 maart teruggegaan naar e-mailketens en WhatsApp-groepen: Teams werkt niet op de internetverbinding in Albina. De rest gaat door: we zijn van start gegaan met ICT pilot');
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

  it('say in the company-wide line how many are back on the old tools where it rolled back, not that they have started so far', async () => {
    // The admin centre's export: company-wide rows name no location; a BOM, Dutch dates.
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, '\uFEFFDatum;Meting;Waarde;Vestiging\n24-03-2027;active_use_pct;20;\n07-04-2027;active_use_pct;12;\n');
    const both = validPlan(stringify(data));
    const read = await checkAndMeasure({ plan: both, files: [file], asOf: parseDay('2027-04-09'), lenient: false }, Progress.metricsOf(both), Infinity);
    const { files } = await renderEmails(both, buildSchedule(both), { format: 'md', templates, progress: new Progress(both, read.ledger) });
    const line = (date: string, lang: string) => String(files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)!.content).match(/- \*\*(Whole organization|Hele organisatie):\*\* [^\n]*/)![0];
    // Before the rollback, the line says how many have started.
    expect(line('2027-03-25', 'en')).toContain('7 of the 25 people have started so far; 20% of everyone');
    // Albina's 4 people went back on 29 March; the head office started on 5 April: counted, never named.
    expect(line('2027-04-09', 'en')).toBe(
      '- **Whole organization:** 21 of the 25 people have moved to Microsoft Teams; in Albina, 4 people are back on email chains and WhatsApp groups; 12% of everyone uses Microsoft Teams actively (goal 80% once everyone has started)',
    );
    expect(line('2027-04-09', 'nl')).toBe(
      "- **Hele organisatie:** 21 van de 25 collega's zijn overgestapt op Microsoft Teams; in Albina zijn 4 collega's terug op e-mailketens en WhatsApp-groepen; 12% van iedereen werkt actief met Microsoft Teams (doel 80% zodra iedereen begonnen is)",
    );
    expect(line('2027-04-09', 'en')).not.toContain('started so far');
  });
});
