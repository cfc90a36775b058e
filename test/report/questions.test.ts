import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

async function report(plan: Plan, lang: Language): Promise<string> {
  const local = planIn(plan, lang);
  const asOf = parseDay('2027-03-15');
  const check = await checkGates({ plan: local, files: [], asOf, lenient: false });
  return renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check, measured: false });
}

const section = (html: string, id: string): string | undefined => new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1];
const enterprise = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

describe('the questions people ask', () => {
  it('gives the objections with answers from the plan, the challenges and the six strategies', async () => {
    const plan = validPlan(minimalPlan({ training: { sessionMinutes: 45 }, challenges: [{ challenge: 'Nobody opens the app', mitigation: 'Put the link on the intranet' }] }));
    const questions = section(await report(plan, 'en'), 'questions')!;
    expect(questions).toContain('<dt>“I don&#39;t have time to learn this”</dt><dd>Training takes 45 minutes');
    expect(questions).toContain('<dt>Nobody opens the app</dt><dd>What helps: Put the link on the intranet</dd>');
    expect([...questions.matchAll(/data-strategy="([a-z-]+)"/g)].map((m) => m[1])).toEqual(['early-communication', 'explain-why', 'quick-wins', 'excellent-support', 'celebrate-adopters', 'listen-to-feedback']);
    expect(questions).toContain('To add: Write the problem the tool solves under tool.why.');
  });

  it('are in the report’s language, the plan’s own objections included', async () => {
    const questions = section(await report(enterprise, 'nl'), 'questions')!;
    expect(questions).toContain('Wat collega’s zeggen, en wat je antwoordt');
    expect(questions).toContain('Ik heb geen tijd om dit te leren');
    expect(questions).not.toContain('To add');
  });
});

describe('the plan in brief', () => {
  it('gives the discovery answers and focus areas the plan writes, in its language', async () => {
    const brief = section(await report(enterprise, 'nl'), 'brief')!;
    expect(brief).toContain('<h3>Antwoorden op de verkenningsvragen</h3>');
    expect(brief).toMatch(/<dt>Onze ambassadeurs<\/dt><dd>[^<]+<\/dd>/);
    expect(brief).not.toMatch(/How we|Our champions/);
  });

  it('is left out when the plan answers nothing', async () => {
    expect(section(await report(validPlan(minimalPlan()), 'en'), 'brief')).toBeUndefined();
  });
});
