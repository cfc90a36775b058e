import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

const fixture = (...parts: string[]) => path.join(ROOT, 'test', 'fixtures', ...parts);

/** The note of the report's switch-off card as of `at`, the usage export read. */
async function switchOffNote(lang: 'en' | 'nl', at: string): Promise<string> {
  const local = planIn(validPlan(readFileSync(fixture('rollback', 'albina.yaml'), 'utf8')), lang);
  const asOf = parseDay(at);
  const { result, series } = await checkGates({ plan: local, files: [fixture('rollback', 'usage.csv')], asOf, lenient: false });
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured: true });
  const cards = [...html.matchAll(/<span class="card-note">([^<]*)<\/span>/g)].map((m) => m[1]!);
  return cards.at(-1)!;
}

describe("the report's switch-off card after a part rollback", () => {
  it('says the switch-off waits for the part back on the old tools, and reads the rest apart, as gate-check does', async () => {
    expect(await switchOffNote('en', '2027-04-26')).toBe('Active use ≥ 80; waits while Albina is back on the old tools (rolled back on 19 Apr); still on the new tool: latest 86.5 (lowest: location Paramaribo)');
    expect(await switchOffNote('nl', '2027-04-26')).toBe('Actief gebruik ≥ 80; wacht zolang Albina weer met de oude middelen werkt (teruggedraaid op 19 apr); nog op het nieuwe middel: laatst 86,5 (laagste: vestiging Paramaribo)');
  });

  it('reads the lowest part as before the rollback', async () => {
    expect(await switchOffNote('en', '2027-04-12')).toMatch(/^Active use ≥ 80; latest [\d.]+ \(lowest: location Albina\)$/);
  });
});
