import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { foreign, LANGS, mixedIn, plan, scheduleOutputs } from './mixing.js';

/*
 * A plan written in Dutch and English must give Dutch readers Dutch and English readers English,
 * in every message and every schedule format.
 */

const mixed = (output: string, lang: Language): string[] => mixedIn(output, foreign(lang));

describe('no output mixes languages', async () => {
  const templates = await loadTemplates();
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: LANGS });
  const kinds = new Set(rendered.entries.map((e) => e.template));

  it('renders every kind of message of the example', () => {
    expect([...kinds].sort()).toEqual(
      ['announcement', 'decommission', 'each-week-after', 'export-data', 'first-week', 'get-started', 'launch-day', 'one-week-before', 'reminder', 'retrospective', 'review-month-1', 'review-month-3', 'review-week-1', 'survey', 'two-weeks-before', 'weekly-update', 'welcome'].sort(),
    );
  });

  it.each(LANGS)('%s messages hold no sentence of the other language', (lang) => {
    const found = rendered.files
      .filter((f) => f.name.includes(`.${lang}.`))
      .flatMap((f) => mixed(String(f.content), lang).map((s) => `${f.name}: ${s}`));
    expect(found).toEqual([]);
  });

  it.each(LANGS)('the %s schedule holds no sentence of the other language, in every format', (lang) => {
    const schedule = buildSchedule(planIn(plan, lang));
    const outputs = scheduleOutputs(schedule, lang);
    const found = Object.entries(outputs).flatMap(([format, out]) => mixed(out, lang).map((s) => `${format}: ${s}`));
    expect(found).toEqual([]);
  });

  it('catches a mixed sentence, so that the checks above can fail', () => {
    expect(mixed('Vanaf vandaag werken we in Teamchat. Training takes 90 minutes and saves about two hours a week.', 'nl')).toContain('Training takes 90 minutes and saves about two hours a week');
    expect(mixed('Welcome to Teamchat: Wekelijkse update, week 3', 'en')).toContain('Wekelijkse update, week 3');
  });
});
