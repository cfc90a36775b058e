import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';
import { knownForeign } from './known-words.js';

/*
 * A preset plan in both language orders: every built-in text (phase names, tiers, checklists,
 * reviews) must come out in the language of the file, whichever language the plan lists first.
 */

const orders: Language[][] = [
  ['nl', 'en'],
  ['en', 'nl'],
];
const planOf = (languages: Language[]) =>
  validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 25, languages }, preset: 'growing', start: '2026-11-30', tool: { name: 'Teamchat', replaces: { en: 'email threads', nl: 'e-maildiscussies' } } }));

describe.each(orders)('a preset plan with languages [%s, %s]', async (first, second) => {
  const plan = planOf([first!, second!]);
  const templates = await loadTemplates();
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });

  it.each(['nl', 'en'] as Language[])('%s messages use that language’s default names and words', (lang) => {
    const files = rendered.files.filter((f) => f.name.endsWith(`.${lang}.md`));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => knownForeign(String(f.content), lang).map((w) => `${f.name}: ${w}`));
    expect(found).toEqual([]);
    expect(files.map((f) => String(f.content)).join('\n')).toContain(lang === 'nl' ? 'Pilotgroep' : 'Pilot group');
  });
});

it('the word lists catch a foreign word, so that the checks above can fail', () => {
  expect(knownForeign('Aan: Pilotgroep (4 people)', 'en')).toContain('Pilotgroep');
  expect(knownForeign('Vraag je champion om hulp', 'nl')).toContain('champion');
  expect(knownForeign('Vraag je ambassadeur om hulp', 'nl')).toEqual([]);
});
