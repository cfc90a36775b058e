import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { renderReport } from '../../src/report/html.js';
import { formatsFor } from '../../src/report/i18n.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { run, tempDir } from '../helpers.js';
import { gatePlan, writeCsv } from '../gates/support.js';

// 5 of 7 active (71.4286), and a ticket trend: what a share of a roster and a slope read.
const plan = gatePlan([
  { id: 'pilot-active', phase: 'pilot', metric: 'active_use_pct', threshold: 60, within: '1w' },
  { id: 'tickets', phase: 'pilot', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0, within: '1w' },
]);
const CSV = 'date,metric,value\n2027-01-08,active_use_pct,71.42857\n2027-01-05,support_tickets,3\n2027-01-06,support_tickets,1\n2027-01-08,support_tickets,2\n';
const gatesTable = (html: string) => /<table><thead><tr><th>(?:gate|toetsmoment)[^]*?<\/table>/.exec(html)![0];

describe("the report's gates table", () => {
  it('shows each value, and names each metric with its aggregate word, as its card and chart do, in English and Dutch', async () => {
    const asOf = parseDay('2027-01-12');
    const check = await checkGates({ plan, files: [writeCsv(CSV)], asOf, lenient: false });
    expect(check.result.gates.map((g) => g.observed)).toEqual([71.4286, -0.2143]);
    for (const [language, active, slope, activeLabel, slopeLabel] of [
      ['en', '71.4', '-0.214/d', 'Active use', 'Support tickets (slope)'],
      ['nl', '71,4', '-0,214/d', 'Actief gebruik', 'Supportmeldingen (trend)'],
    ] as const) {
      const html = renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check, measured: true });
      const table = gatesTable(html);
      expect(table).toContain(`<span class="num">${active}</span>`);
      expect(table).toContain(`<span class="num">${slope}</span>`);
      expect(table).not.toMatch(/71[.,]4286|0[.,]2143/);
      expect(table).toContain(`<td>${activeLabel}</td>`);
      expect(table).toContain(`<td>${slopeLabel}</td>`);
      expect(table).not.toMatch(/active_use_pct|support_tickets/);
      expect(html).toContain(`<span class="muted">${slopeLabel}</span>`);
      // The figure's caption and the table say the same number.
      expect(html).toContain(`${active} · `);
      expect(formatsFor(language).gateValue(71.4286, 'last', 80)).toBe(active);
    }
  });

  it('never rounds a value onto or past its threshold', () => {
    const en = formatsFor('en');
    expect(en.gateValue(59.96, 'last', 60)).toBe('59.96');
    expect(en.gateValue(80.04, 'last', 80)).toBe('80.04');
    expect(en.gateValue(60, 'last', 60)).toBe('60');
    expect(en.gateValue(0.052, 'mean', 0.055)).toBe('0.05');
    expect(en.gateValue(-0.0004, 'slope', 0)).toBe('-0.0004/d');
    expect(formatsFor('nl').gateValue(59.96, 'last', 60)).toBe('59,96');
  });

  it('end to end: the report written by the binary rounds and names as its cards', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool: { name: Teamchat }\norganization: { name: Acme, headcount: 40, languages: [en, nl] }\nstart: 2027-01-04\n');
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-01-08,active_use_pct,71.42857,early-adopters\n2027-01-15,active_use_pct,85.71429,early-adopters\n');
    for (const [lang, shown, label] of [
      ['en', '85.7', 'Active use'],
      ['nl', '85,7', 'Actief gebruik'],
    ]) {
      const r = run(['report', '--metrics', 'metrics.csv', '--at', '2027-01-15', '--lang', lang!, '-o', '-'], { cwd: dir });
      expect(r.status).toBe(0);
      const table = gatesTable(r.stdout);
      expect(table).toContain(`<span class="num">${shown}</span>`);
      expect(table).not.toMatch(/85[.,]7143/);
      expect(table).toContain(`<td>${label}</td>`);
      expect(table).not.toContain('active_use_pct');
    }
  });
});
