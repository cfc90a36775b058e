import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { Chalk } from 'chalk';
import { renderJson } from '../../src/reporters/gates/json.js';
import { renderJunit } from '../../src/reporters/gates/junit.js';
import { renderMarkdown } from '../../src/reporters/gates/markdown.js';
import { renderText } from '../../src/reporters/gates/text.js';
import { decisionLine, gateCells, gateReason } from '../../src/reporters/gates/labels.js';
import { shownValue } from '../../src/gates/reasons.js';
import { parseDay } from '../../src/util/dates.js';
import { example, tempDir, validPlan } from '../helpers.js';

/*
 * The enterprise example on its switch-off day, 30 March 2027: Port of Spain, the last office,
 * is at 55% active use, the whole organization at 59.0909% (13 of 22 in a weekly export). The
 * switch-off waits; gate-check says why in words a coordinator reads, not in the plan's keys.
 */
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

async function checked(lang: Language) {
  const file = path.join(tempDir(), 'usage.csv');
  const rows = ['2027-02-12,active_use_pct,75,', '2027-02-26,active_use_pct,70,Paramaribo', '2027-03-12,active_use_pct,70,Georgetown', '2027-03-19,active_use_pct,55,Port of Spain', '2027-03-19,active_use_pct,59.0909,'];
  writeFileSync(file, `Datum,Meting,Waarde,Vestiging\n${rows.join('\n')}\n`);
  return (await checkGates({ plan: planIn(plan, lang), files: [file], asOf: parseDay('2027-03-30'), lenient: false })).result;
}

describe('the decision in words, not keys', () => {
  it.each([
    ['nl', 'het uitzetten (E-maildiscussies uitzetten, gepland op 2027-03-30) wacht op: wekelijks actieve gebruikers is 55 in het laagste van de begonnen delen (vestiging Port of Spain) en 59,1 in de hele organisatie, nodig: >= 80'],
    ['en', 'switch-off (Switch off email threads, due 2027-03-30) waits: weekly active users is 55 in the lowest of the parts started (location Port of Spain) and 59.1 in the whole organization, needs >= 80'],
  ] as const)('%s: the metric by its label, the phase by its name, the value rounded', async (lang, said) => {
    const result = await checked(lang);
    const line = decisionLine(result, lang);
    expect(line).toContain(said);
    const why = result.gates.map((g) => gateReason(g, result.names, lang));
    for (const text of [line, ...why]) expect(text).not.toMatch(/active_use_pct|decommission|port-of-spain|59[.,]09/);
    expect(why.join('\n')).toMatch(lang === 'nl' ? /rij wekelijks actieve gebruikers \(vestiging Port of Spain\)/ : /1 row of weekly active users \(location Port of Spain\)/);
  });

  it.each([
    ['nl', 'wekelijks actieve gebruikers'],
    ['en', 'weekly active users'],
  ] as const)('%s: the gate table shows the metric by its label, as the reasons below it do', async (lang, label) => {
    const result = await checked(lang);
    const text = renderText(result, new Chalk({ level: 0 }), lang);
    expect(text).toMatch(new RegExp(`│ port-of-spain-active +│ [^│]+│ ${label} +│ 55 `));
    expect(renderMarkdown(result, lang)).toMatch(new RegExp(`\\| port-of-spain-active \\| [^|]+ \\| ${label} \\| 55 \\|`));
    for (const table of [text, renderMarkdown(result, lang)]) expect(table).not.toContain('active_use_pct');
    // The machine formats keep the id.
    expect(renderJunit(result)).toContain('1 active_use_pct row (location Port of Spain)');
  });

  it('leaves the ids and exact values to JSON', async () => {
    const json = JSON.parse(renderJson(await checked('nl'))) as { gates: { id: string; metric: string; reason: string }[] };
    const gate = json.gates.find((g) => g.id === 'port-of-spain-active')!;
    expect(gate.metric).toBe('active_use_pct');
    expect(gate.reason).toContain('1 active_use_pct row (location Port of Spain)');
  });
});

describe('a value close to its threshold', () => {
  it('is shown with the decimals that keep it on its side, up to the four compared', () => {
    expect(shownValue(59.96, 'last', 'nl', 60)).toBe('59,96');
    expect(shownValue(59.94, 'last', 'en', 60)).toBe('59.9');
    expect(shownValue(60.04, 'last', 'en', 60)).toBe('60.04');
    expect(shownValue(59.9999, 'last', 'en', 60)).toBe('59.9999');
    expect(shownValue(60, 'last', 'en', 60)).toBe('60');
    expect(shownValue(-0.0004, 'slope', 'en', 0)).toBe('-0.0004');
    expect(shownValue(59.96, 'last', 'en')).toBe('60');
  });

  it('never reads as passing in the switch-off condition, the table or the reasons', async () => {
    const file = path.join(tempDir(), 'usage.csv');
    const rows = ['2027-03-19,active_use_pct,79.96,Port of Spain', '2027-03-19,active_use_pct,79.96,Georgetown', '2027-03-19,active_use_pct,79.96,Paramaribo', '2027-03-19,active_use_pct,79.96,'];
    writeFileSync(file, `Datum,Meting,Waarde,Vestiging\n${rows.join('\n')}\n`);
    const result = (await checkGates({ plan: planIn(plan, 'en'), files: [file], asOf: parseDay('2027-03-30'), lenient: false })).result;
    const line = decisionLine(result, 'en');
    expect(line).toContain('weekly active users is 79.96');
    expect(line).toContain('weekly active users is 79.96 (whole organization), needs >= 80');
    const judged = result.gates.filter((g) => g.observed === 79.96 && g.threshold === 80);
    expect(judged.length).toBeGreaterThan(0);
    for (const g of judged) {
      expect(gateCells(g, result.names, 'en')[3]).toBe('79.96');
      expect(gateReason(g, result.names, 'en')).not.toMatch(/is 80\b/);
    }
  });
});
