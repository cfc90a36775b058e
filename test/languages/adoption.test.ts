import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isTextMap } from '../../src/plan/localize.js';
import { planIn } from '../../src/plan/resolve.js';
import { planSchema, type Language } from '../../src/plan/schema.js';
import { walkTexts } from '../../src/plan/walk.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, load } from '../helpers.js';
import { fragments, other, scheduleOutputs } from './mixing.js';

/* The adoption example is written in Dutch and English: each reader gets the plan's texts in their language only. */
const source = readFileSync(example('adoption.yaml'), 'utf8');
const loaded = load(source, 'adoption.yaml');

const planTexts: Record<Language, string[]> = { en: [], nl: [] };
walkTexts(planSchema, parse(source), (_, value) => {
  if (isTextMap(value)) for (const lang of ['en', 'nl'] as const) if (value[lang] && value[lang] !== value[other(lang)]) planTexts[lang].push(...fragments(value[lang]!), value[lang]!);
});

// Group names are the roster's own values (people.csv), the same in every language.
const groups = new Set(loaded.plan!.organization.groups.map((g) => g.name));
for (const lang of ['en', 'nl'] as const) planTexts[lang] = planTexts[lang].filter((t) => !groups.has(t));

describe('examples/adoption.yaml', async () => {
  const plan = loaded.plan!;
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });

  it('gives every text in both languages', () => {
    expect(loaded.diagnostics.filter((d) => d.code === 'text-one-language' || d.code === 'text-language')).toEqual([]);
    expect(planTexts.nl.length).toBeGreaterThan(10);
  });

  it.each(['nl', 'en'] as Language[])('%s messages and schedule hold none of the plan’s texts in the other language', (lang) => {
    const outputs = [
      ...rendered.files.filter((f) => f.name.endsWith(`.${lang}.md`)).map((f) => [f.name, String(f.content)] as const),
      ...Object.entries(scheduleOutputs(buildSchedule(planIn(plan, lang)), lang)),
    ];
    const found = outputs.flatMap(([name, text]) => planTexts[other(lang)].filter((t) => text.includes(t)).map((t) => `${name}: ${t}`));
    expect(found).toEqual([]);
  });
});
