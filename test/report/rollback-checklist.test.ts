import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { planMessages } from '../../src/render/messages.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

const fixture = (...parts: string[]) => validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', ...parts), 'utf8'));

/** The rows of the report's checklist table as of `at`: due date and name. */
async function checklistRows(plan: ReturnType<typeof validPlan>, lang: Language, at: string): Promise<string[]> {
  const local = planIn(plan, lang);
  const asOf = parseDay(at);
  const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured: false });
  const section = /<section id="checklists">([\s\S]*?)<\/section>/.exec(html)![1]!;
  return [...section.matchAll(/<tr[^>]*><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe('the report lists the checklist of a rollback\'s day', () => {
  it.each([
    ['en', '19 Apr Roll back Albina'],
    ['nl', '19 apr Albina terugdraaien'],
  ] as const)('of Albina rolled back alone, as render-emails writes it (%s)', async (lang, row) => {
    const plan = fixture('rollback', 'albina.yaml');
    expect(planMessages(buildSchedule(plan), plan).filter((m) => m.kind === 'checklist' && m.template === 'rollback').map((m) => m.date)).toEqual(['2027-04-19']);
    const rows = await checklistRows(plan, lang, '2027-04-26');
    expect(rows.filter((r) => r.startsWith(row.slice(0, 6)))).toEqual([row]);
  });

  it.each([
    ['en', '29 Mar Roll back the rollout'],
    ['nl', '29 mrt De invoering terugdraaien'],
  ] as const)('of the whole rollout, named as such, not by a part (%s)', async (lang, row) => {
    const rows = await checklistRows(fixture('plans', 'rolled-back.yaml'), lang, '2027-06-01');
    expect(rows).toContain(row);
    expect(rows.join('\n')).not.toContain('undefined');
  });
});
