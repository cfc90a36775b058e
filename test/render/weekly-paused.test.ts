import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml without its sources (nothing measured): every office has
 * started by Monday 29 March 2027; Nieuw Nickerie is paused from Thursday 1 April. The weekly
 * update of Friday 2 April must not say all goes as planned.
 */
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };

async function update(until?: string) {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  delete raw.sources;
  const plan = validPlan({ ...raw, pauses: [{ from: '2027-04-01', ...(until ? { until } : {}), reason, only: { location: 'Nieuw Nickerie' } }] });
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (lang: string, day = '2027-04-02') => String(files.find((f) => f.name === `${day}_rollout_weekly-update.${lang}.md`)?.content);
}

describe('a weekly update without measurements while a pause runs', () => {
  it('says the part is paused and until when, in English and Dutch', async () => {
    const text = await update('2027-04-19');
    expect(text('en')).toContain('**Progress.** In Nieuw Nickerie the rollout has been paused since Thursday, April 1: the line in Nickerie is down. We resume on Monday, April 19. So far, we have started with');
    expect(text('en')).not.toContain('As planned');
    expect(text('nl')).toContain('**Voortgang.** In Nieuw Nickerie is de invoering gepauzeerd sinds donderdag 1 april: de lijn in Nickerie ligt eruit. We gaan verder op maandag 19 april. Tot nu toe zijn we van start gegaan met');
    expect(text('nl')).not.toContain('Volgens planning');
    // After it, as planned again.
    expect(text('en', '2027-04-23')).toContain('**Progress.** As planned, we have started with');
  });

  it('open: says it will tell when it resumes', async () => {
    const text = await update();
    expect(text('en')).toContain('In Nieuw Nickerie the rollout has been paused since Thursday, April 1: the line in Nickerie is down. We will tell you when it resumes.');
    expect(text('nl')).toContain('We laten weten wanneer we verdergaan.');
  });
});
