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

  it('gives the playbook’s goals and contingency plan when the plan writes neither, and no discovery answers it has none of', async () => {
    const brief = section(await report(validPlan(minimalPlan()), 'en'), 'brief')!;
    expect(brief).toContain('<h3>Goals</h3><dl class="qa"><dt>Active use</dt><dd>80% active use within 4 weeks of their rollout</dd>');
    expect(brief).toContain('<dt>Satisfaction (1-10)</dt><dd>7+/10</dd><dt>Net Promoter Score answers (0-10)</dt><dd>NPS &#62; 0</dd>');
    expect(brief).toContain('<h3>Contingency plan</h3><dl class="qa"><dt>A minor issue</dt><dd>Continue</dd><dt>A major issue</dt><dd>Pause</dd><dt>A critical issue</dt><dd>Roll back</dd><dt>The old system</dt><dd>stays on until the new tool has proven itself</dd></dl>');
    expect(brief).not.toMatch(/Regional|Discovery|Focus/);
  });

  /** Pinas BV's plan as the playbook asks it to be written: goals, contingency and regional notes. */
  const pinas = (metricGoal: string, procedure: string) =>
    validPlan(
      minimalPlan({
        organization: { name: 'Pinas BV', headcount: 12, languages: ['en', 'nl'] },
        metrics: [{ name: 'active_use_pct', label: { en: 'Weekly active users', nl: 'Wekelijks actief' }, unit: 'percent', goal: metricGoal }],
        contingency: { major: 'continue', critical: 'pause', keepOldSystemUntilProven: false, exportEvery: '2w', rollbackProcedure: procedure },
        regional: { offlinePlan: { en: 'Call the client', nl: 'Bel de klant' }, mobileData: 'Text only', supportLanguages: ['nl', 'en'], currency: 'USD', budget: 3000 },
      }),
    );

  it('gives what the plan writes of goals, contingency and regional matters, in Dutch and in English', async () => {
    const plan = pinas('80% within 4 weeks', 'Re-enable the WhatsApp groups');
    const en = section(await report(plan, 'en'), 'brief')!;
    expect(en).toContain('<dt>Weekly active users</dt><dd>80% within 4 weeks</dd>');
    expect(en).toContain('<dt>A major issue</dt><dd>Continue</dd><dt>A critical issue</dt><dd>Pause</dd><dt>The old system</dt><dd>goes off as planned, without waiting for proof</dd><dt>Data exported from it</dt><dd>every 2 weeks</dd><dt>Rollback procedure</dt><dd>Re-enable the WhatsApp groups</dd>');
    expect(en).toContain('<h3>Regional considerations</h3><dl class="qa"><dt>During an internet outage</dt><dd>Call the client</dd><dt>On mobile data</dt><dd>Text only</dd><dt>Support in</dt><dd>Dutch and English</dd><dt>Budget</dt><dd>USD 3,000</dd></dl>');
    const nl = section(await report(plan, 'nl'), 'brief')!;
    expect(nl).toContain('<h3>Doelen</h3><dl class="qa"><dt>Wekelijks actief</dt>');
    expect(nl).toContain('<h3>Noodplan</h3><dl class="qa"><dt>Een licht probleem</dt><dd>Doorgaan</dd>');
    expect(nl).toContain('<dt>Het oude systeem</dt><dd>gaat uit zoals gepland, zonder op bewijs te wachten</dd><dt>Gegevens eruit geëxporteerd</dt><dd>elke 2 weken</dd><dt>Terugdraaiprocedure</dt>');
    expect(nl).toContain('<h3>Regionale aandachtspunten</h3><dl class="qa"><dt>Als het internet uitvalt</dt><dd>Bel de klant</dd><dt>Op mobiele data</dt><dd>Text only</dd><dt>Ondersteuning in</dt><dd>Nederlands en Engels</dd><dt>Budget</dt><dd>USD 3.000</dd></dl>');
  });

  it('escapes the plan’s texts there as everywhere in the report', async () => {
    const brief = section(await report(pinas('<b>80%</b> & more', '<script>alert(1)</script>'), 'en'), 'brief')!;
    expect(brief).toContain('<dd>&#60;b&#62;80%&#60;/b&#62; &#38; more</dd>');
    expect(brief).toContain('<dd>&#60;script&#62;alert(1)&#60;/script&#62;</dd>');
    expect(brief).not.toMatch(/<script|<b>/);
  });
});
