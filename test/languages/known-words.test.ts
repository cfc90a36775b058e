import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { checkGates } from '../../src/gates/check.js';
import { renderReport } from '../../src/report/html.js';
import { parseDay } from '../../src/util/dates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';
import { scheduleOutputs } from './mixing.js';
import { AVOIDED_DUTCH, knownForeign, METRIC_IDS } from './known-words.js';

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
    const all = files.map((f) => String(f.content)).join('\n');
    expect(all).toContain(lang === 'nl' ? 'Pilotgroep' : 'Pilot group');
    if (lang === 'nl') expect(all.split('\n').filter((l) => AVOIDED_DUTCH.test(l))).toEqual([]);
    expect(all.split('\n').filter((l) => METRIC_IDS.test(l))).toEqual([]);
  });

  it.each(['nl', 'en'] as Language[])('the %s schedule uses that language’s words in every format, and no metric id', (lang) => {
    const schedule = buildSchedule(planIn(plan, lang));
    const outputs = scheduleOutputs(schedule, lang);
    for (const [format, out] of Object.entries(outputs)) {
      expect(knownForeign(out, lang), format).toEqual([]);
      expect(out.split('\n').filter((l) => METRIC_IDS.test(l)), format).toEqual([]);
      if (lang === 'nl') expect(out.split('\n').filter((l) => AVOIDED_DUTCH.test(l)), format).toEqual([]);
    }
  });

  it.each(['nl', 'en'] as Language[])('the %s report uses that language’s words', async (lang) => {
    const local = planIn(plan, lang);
    const asOf = parseDay('2026-12-28');
    const check = await checkGates({ plan: local, files: [], asOf, lenient: false });
    const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check, measured: true });
    // "Still to add" hints name the plan's keys (champions, tool.why), which are not translated.
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '\n').split('\n').filter((l) => !/^(Nog toe te voegen|Still to add):/.test(l)).join('\n');
    expect(knownForeign(text, lang)).toEqual([]);
    if (lang === 'nl') expect(text.split('\n').filter((l) => AVOIDED_DUTCH.test(l))).toEqual([]);
  });
});

it('the word lists catch a foreign word, so that the checks above can fail', () => {
  expect(knownForeign('Aan: Pilotgroep (4 people)', 'en')).toContain('Pilotgroep');
  expect(knownForeign('Vraag je champion om hulp', 'nl')).toContain('champion');
  expect(knownForeign('Vraag je ambassadeur om hulp', 'nl')).toEqual([]);
  expect('Evaluatie van de uitrol').toMatch(AVOIDED_DUTCH);
  expect('Tevredenheid (mean)').toMatch(AVOIDED_DUTCH);
  expect('zodra active_use_pct >= 80').toMatch(METRIC_IDS);
});
