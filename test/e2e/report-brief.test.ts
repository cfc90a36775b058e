import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** Pinas BV's plan with the playbook's goals, contingency planning and regional considerations written in. */
const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: email and WhatsApp groups, contact: { name: Sandra Pinas, email: sandra@pinasbv.sr } }
organization:
  name: Pinas BV
  headcount: 12
  languages: [en, nl]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 9, champion: Anita }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 3, champion: Rachel, connectivity: poor }
start: 2027-03-01
metrics:
  - { name: active_use_pct, label: Weekly active users, unit: percent, goal: "80% within 4 weeks" }
contingency:
  keepOldSystemUntilProven: true
  exportEvery: 1w
  rollbackProcedure: { en: Re-enable the WhatsApp groups, nl: Zet de WhatsApp-groepen weer aan }
regional:
  offlinePlan: { en: Call the client, nl: Bel de klant }
  mobileData: { en: Text only on mobile data, nl: Alleen tekst op mobiele data }
  supportLanguages: [nl, en]
  currency: USD
  budget: 3000
`;

describe('the report for a manager who reads nothing else, through the built binary', () => {
  it('gives the goals, the contingency plan and the regional notes in the plan in brief, in English and Dutch', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
    const brief = (lang: string) => {
      expect(run(['report', '--at', '2027-03-10', '--lang', lang, '-o', `report.${lang}.html`], { cwd: dir }).status).toBe(0);
      return /<section id="brief">([^]*?)<\/section>/.exec(readFileSync(path.join(dir, `report.${lang}.html`), 'utf8'))![1]!;
    };
    const en = brief('en');
    expect(en).toContain('<dt>Weekly active users</dt><dd>80% within 4 weeks</dd>');
    expect(en).toContain('<dt>The old system</dt><dd>stays on until the new tool has proven itself</dd><dt>Data exported from it</dt><dd>every week</dd><dt>Rollback procedure</dt><dd>Re-enable the WhatsApp groups</dd>');
    expect(en).toContain('<dt>During an internet outage</dt><dd>Call the client</dd><dt>On mobile data</dt><dd>Text only on mobile data</dd><dt>Support in</dt><dd>Dutch and English</dd><dt>Budget</dt><dd>USD 3,000</dd>');
    const nl = brief('nl');
    expect(nl).toContain('<h3>Noodplan</h3>');
    expect(nl).toContain('<dt>Terugdraaiprocedure</dt><dd>Zet de WhatsApp-groepen weer aan</dd>');
    expect(nl).toContain('<dt>Als het internet uitvalt</dt><dd>Bel de klant</dd>');
    expect(nl).toContain('<dt>Budget</dt><dd>USD 3.000</dd>');
    expect(`${en}${nl}`).not.toMatch(/Sandra|Anita|Rachel/);
  });
});
