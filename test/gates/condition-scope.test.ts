import { describe, expect, it } from 'vitest';
import { decommissionLine } from '../../src/reporters/gates/labels.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { planIn } from '../../src/plan/resolve.js';
import { displayNames } from '../../src/plan/display-names.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm } from '../firm.js';

/**
 * On 31 March the latest Teams export is of 22 March: ICT (66.7%) and Administratie (57.1%) use
 * Teams; Advies starts on 30 March and Nickerie on 12 April, so neither had started by the day
 * measured and their 0% is no reading of use: 6 of 24 people, 25%, for the whole organization.
 */
describe('the switch-off condition says whose value it shows', () => {
  it('keeps the lowest scope deciding, names it, and gives the whole organization’s value beside it', async () => {
    const { plan, result } = await checkFirm('2027-03-31');
    expect(result.condition).toMatchObject({ observed: 57.1429, lowest: { phase: 'department-1' }, organization: 25, day: '2027-03-22', measuredOn: '2027-03-22' });
    expect(result.condition!.notStarted).toEqual([
      { phase: 'department-2', start: '2027-03-30' },
      { phase: 'everyone-else', start: '2027-04-12' },
    ]);
    expect(result.decommissionReady).toBe(false);
    expect(decommissionLine({ ...result, names: displayNames(planIn(plan, 'en')) }, 'en')).toMatch(
      /; active use is 57\.1 in the lowest of the parts started \(phase Administratie: 4 of 7 people there, 80% needs 6 of 7\) and 25 in the whole organization, needs >= 80; not started by 2027-03-22, the day measured: Advies \(from 2027-03-30\), [^;]+ \(from 2027-04-12\)$/,
    );
    expect(decommissionLine({ ...result, names: displayNames(planIn(plan, 'nl')) }, 'nl')).toMatch(
      /; actief gebruik is 57,1 in het laagste van de begonnen delen \(fase Administratie: 4 van 7 personen daar, 80% vraagt 6 van 7\) en 25 in de hele organisatie, nodig: >= 80; nog niet begonnen op 2027-03-22, de gemeten dag: Advies \(vanaf 2027-03-30\), [^;]+ \(vanaf 2027-04-12\)$/,
    );
  });

  it('the report’s headline card shows the whole organization’s active use and says so', async () => {
    const { plan, result, series } = await checkFirm('2027-03-31');
    const card = (language: 'en' | 'nl') => {
      const local = planIn(plan, language);
      const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf: parseDay('2027-03-31'), language, check: { result, series }, measured: true });
      return [...html.matchAll(/<div class="card">(.*?)<\/div>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    };
    // The day the export measured, not the report's.
    expect(card('nl')).toContain('Actief gebruik, gemeten 25% hele organisatie, gemeten op maandag 22 maart 2027');
    expect(card('en')).toContain('Active use, measured 25% whole organization, measured on Monday 22 March 2027');
    expect(card('nl').find((c) => c.startsWith('E-mailketens en WhatsApp-groepen uitzetten'))).toMatch(/^E-mailketens en WhatsApp-groepen uitzetten nog niet klaar Actief gebruik ≥ 80; laatst 57,1 in het laagste van de begonnen delen \(fase Administratie: 4 van 7 personen daar, 80% vraagt 6 van 7\) en 25 in de hele organisatie$/);
  });
});
