import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, validPlan } from '../helpers.js';

/** Champions per phase and location, and a communications owner: who owns a checklist must not depend on where one looks. */
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

async function reportOwners(lang: Language): Promise<string[]> {
  const local = planIn(plan, lang);
  const asOf = parseDay('2027-03-15');
  const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured: false });
  const section = /<section id="checklists">([\s\S]*?)<\/section>/.exec(html)![1]!;
  return [...section.matchAll(/<tr[^>]*><td>(?:[^<]*)<\/td><td>(?:[^<]*)<\/td><td>(?:[^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => m[1]!);
}

describe('one owner per checklist', () => {
  it.each(['nl', 'en'] as const)('the report and the checklists name the same owner (%s)', async (lang) => {
    const { entries } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: [lang] });
    const inEmails = new Set(entries.filter((e) => e.kind === 'checklist').map((e) => e.to));
    const owners = await reportOwners(lang);
    expect(owners.length).toBeGreaterThan(5);
    expect(new Set(owners)).toEqual(inEmails);
    expect(inEmails).toEqual(new Set([lang === 'nl' ? 'Team interne communicatie' : 'Internal communications team']));
  });
});
