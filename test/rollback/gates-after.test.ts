import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { renderJunit } from '../../src/reporters/gates/junit.js';
import { decommissionLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies after the rollback of Albina: Albina's own critical gate (active use at least 40%,
 * due 2027-04-13) failed, and the branch went back to e-mail and WhatsApp. What a gate came to
 * by the rollback's day stays in the history; only what had not fallen due is withdrawn unjudged.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
const base = parse(readFileSync(FIXTURE, 'utf8')) as { rollback: { on: string } };

const rolledBackOn = (on: string) => validPlan(stringify({ ...base, rollback: { ...base.rollback, on } }));
const check = async (on: string, at: string) => (await checkGates({ plan: rolledBackOn(on), files: [USAGE], asOf: parseDay(at), lenient: false })).result;
const gate = (result: Awaited<ReturnType<typeof check>>, id: string) => result.gates.find((g) => g.id === id)!;

describe('the gates of a part rolled back', () => {
  it('keep a verdict given before the rollback: the gate that failed reads failed, then the rollback, and decides nothing', async () => {
    const result = await check('2027-04-19', '2027-04-26');
    expect(gate(result, 'albina-active')).toMatchObject({ status: 'fail', withdrawn: true, effect: 'continue', observed: 25, samples: 3, window: { from: '2027-03-30', to: '2027-04-13' }, due: '2027-04-13' });
    expect(gate(result, 'albina-active').reason).toBe('last of 3 active_use_pct rows (location Albina) from 2027-03-30 to 2027-04-13 is 25 on 2027-04-13, not >= 40; then Albina rolled back on 2027-04-19');
    expect(reasonText(gate(result, 'albina-active').because, 'nl', result.names)).toBe('de laatste waarde van 3 rijen actief gebruik (vestiging Albina) van 2027-03-30 tot en met 2027-04-13 is 25 op 2027-04-13, niet >= 40; daarna is Albina op 2027-04-19 teruggedraaid');
    // Not due by then: withdrawn unjudged.
    expect(gate(result, 'albina-success')).toMatchObject({ status: 'pending', withdrawn: true, effect: 'continue', reason: 'Albina rolled back on 2027-04-19' });
    // The failed gate asks for no second rollback: the rest waits for Albina as before.
    expect([result.decision, result.rollback]).toEqual(['pause', null]);
    // Withdrawn, it decides nothing: skipped in JUnit, its verdict the message.
    const junit = renderJunit(result);
    expect(junit).toContain('<skipped message="last of 3 active_use_pct rows (location Albina) from 2027-03-30 to 2027-04-13 is 25 on 2027-04-13, not &gt;= 40; then Albina rolled back on 2027-04-19">last of 3 active_use_pct rows (location Albina) from 2027-03-30 to 2027-04-13 is 25 on 2027-04-13, not &gt;= 40; then Albina rolled back on 2027-04-19</skipped>');
    // What fails is the pause, waiting for Albina, not the withdrawn gate.
    expect(junit).toContain('failures="1"');
    expect(junit).toContain('<testcase classname="rollout.decision" name="pause">');
  });

  it('keep the verdict of the gate due on the rollback\'s own day, the one that caused it', async () => {
    const result = await check('2027-04-13', '2027-04-13');
    expect(gate(result, 'albina-active')).toMatchObject({ status: 'fail', withdrawn: true, effect: 'continue', reason: expect.stringMatching(/not >= 40; then Albina rolled back on 2027-04-13$/) });
    expect(result.decision).not.toBe('rollback');
  });

  it('leave the switch-off guarded by none of them: its line names no gate the rollback withdrew', async () => {
    const result = await check('2027-04-19', '2027-04-26');
    expect(result.decommission?.guards).toEqual([]);
    for (const lang of ['en', 'nl'] as const) expect(decommissionLine(result, lang)).not.toMatch(/albina-active|guarded by|bewaakt door/);
    // Before the rollback, albina-active guards it.
    const before = (await checkGates({ plan: validPlan(stringify({ ...base, rollback: undefined })), files: [USAGE], asOf: parseDay('2027-04-12'), lenient: false })).result;
    expect(decommissionLine(before, 'en')).toContain('guarded by albina-active');
    expect(decommissionLine(before, 'nl')).toContain('bewaakt door albina-active');
  });

  it('say the switch-off waits because Albina is back on the old tools, and read the condition of the rest apart', async () => {
    const result = await check('2027-04-19', '2027-04-26');
    // The decision stays: Albina's 25 keeps the condition unmet, as it must while Albina uses the old tools.
    expect([result.decommissionReady, result.condition?.observed, result.condition?.lowest]).toEqual([false, 25, { location: 'Albina' }]);
    expect(result.condition?.stillOnNewTool).toEqual({ observed: 86.5, lowest: { location: 'Paramaribo' }, day: '2027-04-26', together: null });
    expect(decommissionLine(result, 'en')).toMatch(/^Decommission \(Switch off email chains, on hold\): not ready; waits while Albina is back on the old tools \(rolled back on 2027-04-19\); still on the new tool: .+ is 86\.5 \(lowest: location Paramaribo\), needs >= 80$/);
    expect(decommissionLine(result, 'nl')).toContain('wacht zolang Albina weer met de oude middelen werkt (teruggedraaid op 2027-04-19); nog op het nieuwe middel: actief gebruik is 86,5 (laagste: vestiging Paramaribo), nodig: >= 80');
    const json = JSON.parse(renderJson(result));
    expect(json.decommission).toEqual({ ready: false, due: null, guards: [], backOnOldTools: [{ only: { location: 'Albina' }, on: '2027-04-19' }], stillOnNewTool: { observed: 86.5, lowest: { location: 'Paramaribo' }, day: '2027-04-26', together: null } });
    // Before the rollback, the lowest part decides and is named, as always.
    const before = await check('2027-04-19', '2027-04-16');
    expect(before.condition?.stillOnNewTool).toBeUndefined();
    expect(decommissionLine(before, 'en')).toContain(' is 25 (lowest: location Albina), needs >= 80');
  });

  it('end the window of a gate withdrawn unjudged on the rollback\'s day: a row of Albina after it is not read', async () => {
    // The branch's export keeps coming after the rollback: 0% on 22 April, as nobody there uses Teams.
    const usage = path.join(tempDir(), 'usage.csv');
    writeFileSync(usage, `${readFileSync(USAGE, 'utf8').trimEnd()}\n22-04-2027;active_use_pct;0;Albina\n`);
    const result = (await checkGates({ plan: rolledBackOn('2027-04-19'), files: [usage], asOf: parseDay('2027-04-26'), lenient: false })).result;
    expect(gate(result, 'albina-success')).toMatchObject({ status: 'pending', withdrawn: true, window: { from: '2027-03-30', to: '2027-04-19' }, observed: 25, samples: 3 });
  });

  it('keep the planned window of a gate withdrawn before its phase began, read nothing into it, and say it never started', async () => {
    // Paramaribo rolled back on 8 March, after the ICT pilot began and a week before the head office was to start.
    const plan = validPlan(stringify({ ...base, rollback: { ...base.rollback, on: '2027-03-08', only: { location: 'Paramaribo' } } }));
    const result = (await checkGates({ plan, files: [USAGE], asOf: parseDay('2027-04-26'), lenient: false })).result;
    expect(gate(result, 'head-office-active')).toMatchObject({ status: 'pending', withdrawn: true, window: { from: '2027-03-15', to: '2027-04-12' }, observed: null, samples: 0, reason: 'Paramaribo rolled back on 2027-03-08, before its phase started' });
    expect(gate(result, 'albina-go-no-go')).toMatchObject({ due: '2027-03-25', window: { from: '2027-03-15', to: '2027-03-25' }, observed: null, samples: 0 });
    for (const g of result.gates) expect(g.window.from <= g.window.to).toBe(true);
    expect(reasonText(gate(result, 'head-office-active').because, 'nl', result.names)).toBe('Paramaribo is op 2027-03-08 teruggedraaid, voordat de fase begon');
  });
});
