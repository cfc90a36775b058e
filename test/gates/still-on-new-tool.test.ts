import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates, replayGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { overlapsBack } from '../../src/gates/still-on.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { decommissionLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Zorg Marowijne: Paramaribo (6 on the roster, 1 of whom left on 2027-04-12), Albina (4) and
 * Moengo (5), one phase each; Albina rolled back on Monday 2027-05-17. The Teams reports:
 *   2027-05-14: Paramaribo 4 of 5 active (80), Albina 1 of 4 (25), Moengo 3 of 5 (60)
 *   2027-05-21: Paramaribo 5 of 5 (100), Albina 0 of 4 (back on WhatsApp), Moengo 3 of 5 (60)
 * The whole organization, Albina included: 8/14 = 57.1 and 8/14 = 57.1. Still on the new tool,
 * Paramaribo and Moengo together: 7/10 = 70 on 2027-05-14 and 8/10 = 80 on 2027-05-21.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'still-on');
const planText = readFileSync(path.join(FIXTURE, 'rollout.yaml'), 'utf8');

/** The check as of `at`, its names in English (the plan's first language is Dutch), of the plan as `change` leaves it. */
const check = async (at: string, change: (plan: Record<string, unknown>) => void = () => undefined, lang: 'en' | 'nl' = 'en') => {
  const data = parse(planText) as Record<string, unknown>;
  change(data);
  return (await checkGates({ plan: planIn(validPlan(stringify(data)), lang), files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: FIXTURE } })).result;
};

describe('the switch-off condition of the parts still on the new tool, after Albina rolled back', () => {
  it('counts only their people: the lowest of them, and all of them together beside it', async () => {
    const result = await check('2027-05-24');
    // Albina's 0 of 4 still keeps the condition itself unmet.
    expect([result.decommissionReady, result.condition?.observed]).toEqual([false, 0]);
    expect(result.condition?.stillOnNewTool).toEqual({ observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-21', together: 80 });
    expect(decommissionLine(result, 'en')).toContain('waits while Albina is back on the old tools (rolled back on 2027-05-17); still on the new tool: active use is 60 in the lowest of the parts started (phase Moengo) and 80 in all of them together, needs >= 80');
    expect(decommissionLine(await check('2027-05-24', undefined, 'nl'), 'nl')).toContain('nog op het nieuwe middel: actief gebruik is 60 in het laagste van de begonnen delen (fase Moengo) en 80 in al die delen samen, nodig: >= 80');
    expect(JSON.parse(renderJson(result)).decommission.stillOnNewTool).toEqual({ observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-21', together: 80 });
  });

  it('on the rollback\'s day reads the report before it without Albina: 7 of 10, not 8 of 14', async () => {
    const result = await check('2027-05-17');
    expect(result.condition?.organization).toBe(57.1429);
    expect(result.condition?.stillOnNewTool).toEqual({ observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-14', together: 70 });
  });

  it('names the lowest part still on the new tool when no gate reads it: Moengo’s 3 of 5 under the 8 of 10 together', async () => {
    // Only Albina's gate reads a phase: Paramaribo (5 of 5) and Moengo (3 of 5) count all the same.
    const albinaOnly = (plan: Record<string, unknown>) => (plan.gates = (plan.gates as { id: string }[]).filter((g) => g.id === 'albina-success'));
    const result = await check('2027-05-24', albinaOnly);
    expect(result.condition?.stillOnNewTool).toEqual({ observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-21', together: 80 });
    expect(decommissionLine(result, 'en')).toContain('still on the new tool: active use is 60 in the lowest of the parts started (phase Moengo) and 80 in all of them together, needs >= 80');
    expect(decommissionLine(await check('2027-05-24', albinaOnly, 'nl'), 'nl')).toContain('nog op het nieuwe middel: actief gebruik is 60 in het laagste van de begonnen delen (fase Moengo) en 80 in al die delen samen, nodig: >= 80');
  });

  it('does not read rows that name no part for them: a metrics export of the whole organization leaves them unmeasured', async () => {
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    const metrics = path.join(dir, 'usage.csv');
    writeFileSync(metrics, 'date,metric,value\n2027-05-14,active_use_pct,57.1\n2027-05-21,active_use_pct,57.1\n');
    const data = parse(planText) as Record<string, unknown>;
    delete data.sources;
    const plan = validPlan(stringify(data));
    const wholeOnly = async (lang: 'en' | 'nl') => (await checkGates({ plan: planIn(plan, lang), files: [metrics], asOf: parseDay('2027-05-24'), lenient: false })).result;
    const result = await wholeOnly('en');
    expect(result.condition?.stillOnNewTool).toEqual({ observed: null, lowest: null, day: null, together: null });
    expect(decommissionLine(result, 'en')).toContain('still on the new tool: active use not measured apart from them, needs >= 80');
    expect(decommissionLine(await wholeOnly('nl'), 'nl')).toContain('nog op het nieuwe middel: actief gebruik niet los van hen gemeten, nodig: >= 80');
  });

  it('reads the rest apart only while Albina is back: not before the rollback, nor once Albina starts again', async () => {
    const data = parse(planText) as { rollback: Record<string, unknown> };
    data.rollback.resume = { on: '2027-05-31', changed: { nl: 'een nieuwe glasvezellijn', en: 'a new fibre line' } };
    const days = ['2027-05-14', '2027-05-24', '2027-06-01'].map(parseDay);
    const { results } = await replayGates({ plan: validPlan(stringify(data)), files: [], days, lenient: false, sources: { baseDir: FIXTURE } });
    expect(results.map((r) => r.condition?.stillOnNewTool)).toEqual([undefined, { observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-21', together: 80 }, undefined]);
  });

  it('leave out a scope that may hold people of the part back, and keep the others', () => {
    const plan = validPlan(planText);
    const albina = { phases: new Set(['albina']), location: 'Albina' };
    const overlaps = overlapsBack(plan, [albina]);
    expect([{}, { group: 'Verpleging' }, { phase: 'albina' }, { location: 'albina' }, { phase: 'moengo', location: 'Albina' }].map(overlaps)).toEqual([true, true, true, true, true]);
    expect([{ phase: 'moengo' }, { location: 'Moengo' }, { phase: 'paramaribo', location: 'Paramaribo' }].map(overlaps)).toEqual([false, false, false]);
    // A phase that brings in people at Albina and elsewhere: its rows hold some of Albina's people.
    const data = parse(planText) as { phases: { id: string; audience?: unknown }[]; gates: { id: string }[]; rollback?: unknown };
    data.phases = data.phases.filter((p) => p.id !== 'albina').map((p) => (p.id === 'moengo' ? { ...p, audience: { locations: ['Moengo', 'Albina'] } } : p));
    data.gates = data.gates.filter((g) => g.id !== 'albina-success');
    delete data.rollback;
    const mixed = validPlan(stringify(data));
    expect(overlapsBack(mixed, [{ phases: new Set<string>(), location: 'Albina' }])({ phase: 'moengo' })).toBe(true);
    expect(overlapsBack(mixed, [{ phases: new Set<string>(), location: 'Albina' }])({ phase: 'paramaribo' })).toBe(false);
    // A phase rolled back: the rows of a location with its people hold them too.
    const pilot = overlapsBack(plan, [{ phases: new Set(['moengo']) }]);
    expect([{ location: 'Moengo' }, { location: 'Paramaribo' }, { phase: 'paramaribo' }, { phase: 'moengo' }].map(pilot)).toEqual([true, false, false, true]);
  });
});
