import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkGates, replayGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { decisionLine, decommissionLine } from '../../src/reporters/gates/labels.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir, validPlan } from '../helpers.js';
import { threeOffices, threeOfficesPlan } from './three-offices.js';

/*
 * The switch-off condition counts every location, group and phase with people, whether a gate
 * names it or not (see three-offices.ts: no gate names Willemstad), and the lowest decides.
 * On 2027-04-26 every phase has started, the switch-off began on 2027-04-12.
 */
const check = async (dir: string, lang: 'en' | 'nl' = 'en', at = '2027-04-26') => {
  const plan = planIn(validPlan(stringify(threeOfficesPlan())), lang);
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;
};

describe('the switch-off condition reads every part, not only those a gate names', () => {
  it('is not ready while nobody in Willemstad is active: 0 of 4, beside 34 of 38 (89.5) for the whole organization', async () => {
    const dir = threeOffices({ Paramaribo: 22, Rotterdam: 12, Willemstad: 0 });
    const result = await check(dir);
    expect(result.decommissionReady).toBe(false);
    expect(result.condition).toMatchObject({ observed: 0, lowest: { phase: 'willemstad' }, organization: 89.4737, day: '2027-04-24', notStarted: [], notMeasured: [] });
    expect(result.decision).toBe('pause');
    expect(decommissionLine(result, 'en')).toBe('Decommission (Switch off e-mail, from 2027-04-12): not ready; active use is 0 in the lowest of the parts started (phase Willemstad: 0 of 4 people there, 80% needs 4 of 4) and 89.5 in the whole organization, needs >= 80');
    expect(decommissionLine(await check(dir, 'nl'), 'nl')).toContain('niet klaar; actief gebruik is 0 in het laagste van de begonnen delen (fase Willemstad: 0 van 4 personen daar, 80% vraagt 4 van 4) en 89,5 in de hele organisatie, nodig: >= 80');
    expect(decisionLine(result, 'en')).toContain('waits: active use is 0 in the lowest of the parts started (phase Willemstad: 0 of 4 people there, 80% needs 4 of 4)');
    expect(JSON.parse(renderJson(result))).toMatchObject({ decision: 'pause', decommissionReady: false, decommission: { ready: false } });
  });

  it('names the lowest part when no gate reads it: Willemstad 2 of 4 (50) under Rotterdam 9 of 12 (75)', async () => {
    const result = await check(threeOffices({ Paramaribo: 20, Rotterdam: 9, Willemstad: 2 }));
    // 31 of 38 in the whole organization.
    expect(result.condition).toMatchObject({ observed: 50, lowest: { phase: 'willemstad' }, organization: 81.5789 });
    expect(result.decommissionReady).toBe(false);
  });

  it('is ready once every part is: 4 of 4 in Willemstad, 22 of 22 and 11 of 12 (91.7) elsewhere', async () => {
    const result = await check(threeOffices({ Paramaribo: 22, Rotterdam: 11, Willemstad: 4 }));
    expect(result.condition).toMatchObject({ observed: 91.6667, lowest: { phase: 'rotterdam' }, organization: 97.3684 });
    expect(result.decommissionReady).toBe(true);
    expect(result.decision).toBe('continue');
  });

  it('replays each day as gate-check gives it', async () => {
    const dir = threeOffices({ Paramaribo: 22, Rotterdam: 12, Willemstad: 0 });
    const plan = planIn(validPlan(stringify(threeOfficesPlan())), 'en');
    const { results } = await replayGates({ plan, files: [], days: ['2027-04-19', '2027-04-26'].map(parseDay), lenient: false, sources: { baseDir: dir } });
    expect(results.map((r) => [r.decommissionReady, r.condition?.observed, r.condition?.lowest])).toEqual([
      [false, null, null],
      [false, 0, { phase: 'willemstad' }],
    ]);
  });
});

describe('a part with people that no row measures', () => {
  /** The plan without its sources, checked on a metrics export whose rows name a location or none. */
  const onRows = async (rows: string[], lang: 'en' | 'nl' = 'en') => {
    const data = threeOfficesPlan();
    delete data.sources;
    delete data.people;
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, `date,metric,value,location\r\n${rows.map((r) => `2027-04-23,active_use_pct,${r}`).join('\r\n')}\r\n`);
    return (await checkGates({ plan: planIn(validPlan(stringify(data)), lang), files: [file], asOf: parseDay('2027-04-26'), lenient: false })).result;
  };

  it('keeps the switch-off from being ready and is named, as a gate with no rows is never a pass', async () => {
    const rows = ['95,Paramaribo', '90,Rotterdam', '93,'];
    const result = await onRows(rows);
    expect(result.condition).toMatchObject({ observed: 90, lowest: { location: 'Rotterdam' }, organization: 93, notMeasured: [{ location: 'Willemstad' }] });
    expect(result.decommissionReady).toBe(false);
    expect(decommissionLine(result, 'en')).toMatch(/: not ready; active use is 90 in the lowest of the parts started \(location Rotterdam\) and 93 in the whole organization, needs >= 80; active use not measured for location Willemstad, which counts too$/);
    expect(JSON.parse(renderJson(result)).decommission).toMatchObject({ ready: false, notMeasured: [{ location: 'Willemstad' }] });
    expect(decommissionLine(await onRows(rows, 'nl'), 'nl')).toMatch(/; actief gebruik niet gemeten voor vestiging Willemstad, die ook meetelt$/);
  });

  it('counts once measured, and an export that measures no location apart measures them all as one', async () => {
    expect((await onRows(['95,Paramaribo', '90,Rotterdam', '85,Willemstad'])).condition).toMatchObject({ observed: 85, lowest: { location: 'Willemstad' }, notMeasured: [] });
    expect((await onRows(['95,Paramaribo', '90,Rotterdam', '85,Willemstad'])).decommissionReady).toBe(true);
    const whole = await onRows(['93,']);
    expect(whole.condition).toMatchObject({ observed: 93, lowest: {}, notMeasured: [] });
    expect(whole.decommissionReady).toBe(true);
  });
});
