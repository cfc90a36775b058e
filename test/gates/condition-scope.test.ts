import { describe, expect, it } from 'vitest';
import { decommissionLine } from '../../src/reporters/gates/labels.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { planIn } from '../../src/plan/resolve.js';
import { displayNames } from '../../src/plan/display-names.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm } from '../firm.js';

/** On 31 March ICT (66.7%) and Administratie (57.1%) use Teams; Advies started the day before, Nickerie has not: 6 of 24 people, 25%. */
describe('the switch-off condition says whose value it shows', () => {
  it('keeps the lowest scope deciding, names it, and gives the whole organization’s value beside it', async () => {
    const { plan, result } = await checkFirm('2027-03-31');
    expect(result.condition).toMatchObject({ observed: 0, organization: 25 });
    expect(result.condition!.lowest).not.toEqual({});
    expect(decommissionLine({ ...result, names: displayNames(planIn(plan, 'en')) }, 'en')).toMatch(/; active use is 0 \(lowest: (phase|group|location) [^;]+; whole organization 25\), needs >= 80$/);
    expect(decommissionLine({ ...result, names: displayNames(planIn(plan, 'nl')) }, 'nl')).toMatch(/; actief gebruik is 0 \(laagste: (fase|groep|vestiging) [^;]+; hele organisatie 25\), nodig: >= 80$/);
  });

  it('the report’s headline card shows the whole organization’s active use and says so', async () => {
    const { plan, result, series } = await checkFirm('2027-03-31');
    const card = (language: 'en' | 'nl') => {
      const local = planIn(plan, language);
      const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf: parseDay('2027-03-31'), language, check: { result, series }, measured: true });
      return [...html.matchAll(/<div class="card">(.*?)<\/div>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    };
    expect(card('nl')).toContain('Actief gebruik, gemeten 25% hele organisatie, op 31 mrt');
    expect(card('en')).toContain('Active use, measured 25% whole organization, as of 31 Mar');
    expect(card('nl').find((c) => c.startsWith('Oude systeem uit'))).toMatch(/^Oude systeem uit nog niet klaar Actief gebruik ≥ 80; laatst 0 \(laagste: (fase|groep|vestiging) /);
  });
});
