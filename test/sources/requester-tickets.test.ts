import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure, checkGates } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { checkWholeOnlyGates } from '../../src/sources/whole-only.js';
import { parseDay } from '../../src/util/dates.js';
import { errorsOf, validPlan } from '../helpers.js';
import { FIRST_WEEK, kaiteurHelpdesk, kaiteurPlan, PERSONAL } from '../branch-tickets.js';
import { points } from './support.js';

const BRANCH_GATE = '{ id: nickerie-tickets, phase: nickerie, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 3w, location: Nieuw Nickerie }';

/** Each scope's count by day of March, `-` for a day that is no day of its series. */
async function series(dir: string): Promise<{ counts: Record<string, string>; warnings: string[] }> {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const read = await points(plan, dir);
  const counts: Record<string, string> = {};
  for (let day = 1; day <= 7; day++) {
    for (const p of read.points) {
      if (p.date !== `2027-03-0${day}`) continue;
      counts[p.scope] = `${counts[p.scope] ?? ''.padEnd(day - 1, '-')}${p.value}`;
    }
    for (const scope of Object.keys(counts)) counts[scope] = counts[scope]!.padEnd(day, '-');
  }
  return { counts, warnings: read.warnings };
}

describe('a helpdesk export read with person: (the requester)', () => {
  it("counts each ticket for its requester's phase, group and location, each on the days its people work, and every ticket for the organization", async () => {
    // Downloaded Monday 8 March: Monday 1 to Sunday 7 are covered, a working day without a ticket counts 0.
    const dir = kaiteurHelpdesk(FIRST_WEEK, [BRANCH_GATE]);
    const { counts, warnings } = await series(dir);
    expect(counts).toEqual({
      // Mon 3 (Anjali, Rachel, the client), Tue 2 (Kevin, Rachel), Wed 2 (the deleted colleague, Sunil), Thu 1 (Anjali; the printer is no Teams ticket),
      // Fri 0 (Paramaribo works), Sat 1 (Rachel, as the branch works); Sunday nobody works.
      '': '322101-',
      // Monday to Friday: Anjali Mon and Thu, Kevin Tue (before he left, so his); Saturday is no day of theirs.
      Paramaribo: '11010--',
      studio: '11010--',
      Design: '10010--',
      Office: '01000--',
      // Monday to Saturday without Friday 5, the branch's own day off: Rachel Mon, Tue (her address in capitals) and Sat; Sunil's suspended account is the organization's only.
      'Nieuw Nickerie': '1100-1-',
      nickerie: '1100-1-',
      Branch: '1100-1-',
      'nickerie/Nieuw Nickerie': '1100-1-',
    });
    expect(warnings.map((w) => w.replace(dir, '.'))).toContain(
      'sources[0]: 2 tickets have requesters (Requester email) that match no value of people.columns.person (E-mail) nor, where one person alone has it, of people.columns.name (Naam) in the roster ./people.csv (someone from outside, deleted from the roster, or written otherwise than the roster writes them, such as a first name where it has e-mail addresses) and count for the whole organization only, not for a phase, group or location; ' +
        'point sources[0].person at a column that holds the same ids as people.columns.person, or leave sources[0].person out to count every ticket for the whole organization alone; for a colleague missing from the roster, add them, and keep the row of someone who left with the day they left (people.columns.left), so that their tickets keep counting for their location',
    );
    expect(warnings.join('\n')).not.toMatch(PERSONAL);
  });

  it("judges a gate of the branch on the branch's count alone", async () => {
    const gate = '{ id: branch-first-week, phase: studio, scope: organization, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 1w, location: Nieuw Nickerie }';
    const dir = kaiteurHelpdesk(FIRST_WEEK, [gate]);
    const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
    const { result } = await checkGates({ plan, files: [], asOf: parseDay('2027-03-08'), lenient: false, sources: { baseDir: dir } });
    // Days 0, 1, 2, 3 and 5 of the week (Friday is the branch's day off) with 1, 1, 0, 0, 1 tickets:
    // mean day 2.2, mean count 0.6; sum of (day - 2.2)(count - 0.6) = -0.6, of (day - 2.2)^2 = 14.8: slope -0.6 / 14.8 = -0.0405.
    expect(result.gates[0]).toMatchObject({ id: 'branch-first-week', status: 'pass', samples: 5, observed: -0.0405 });
  });

  it("gives the weekly update every ticket once: the organization's count, not each part's added to it", async () => {
    const dir = kaiteurHelpdesk(FIRST_WEEK, [BRANCH_GATE, BRANCH_GATE.replace('nickerie-tickets, phase: nickerie', 'studio-tickets, phase: studio').replace('Nieuw Nickerie', 'Paramaribo')]);
    const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
    const read = await checkAndMeasure({ plan, files: [], asOf: parseDay('2027-03-08'), lenient: false, sources: { baseDir: dir } }, Progress.metricsOf(plan), Infinity);
    expect(new Progress(plan, read.ledger).at('2027-03-08', [])?.tickets).toEqual({ week: 9, previous: null, trend: null, falling: false, until: '2027-03-06' });
  });

  it('without person: counts for the whole organization only, on the days any location works', async () => {
    const { counts } = await series(kaiteurHelpdesk(FIRST_WEEK, [BRANCH_GATE], 8, null));
    expect(counts).toEqual({ '': '322101-' });
  });

  it('finds the requester by the name in Requester through the roster, and needs a roster for it', async () => {
    const { counts } = await series(kaiteurHelpdesk(FIRST_WEEK, [BRANCH_GATE], 8, 'Requester'));
    expect(counts['Nieuw Nickerie']).toBe('1100-1-');
    const noRoster = kaiteurPlan([BRANCH_GATE]).replace(/people:\n(?: {2}.*\n)+/, '');
    expect(errorsOf(noRoster).map((e) => `${e.path}: ${e.message}`)).toEqual(['sources[0].person: person maps tickets to the roster, but the plan has no roster']);
  });

  it('makes the whole-organization-only warning quiet; without person: it names person: as the fix', () => {
    expect(checkWholeOnlyGates(validPlan(kaiteurPlan([BRANCH_GATE])))).toEqual([]);
    const [check] = checkWholeOnlyGates(validPlan(kaiteurPlan([BRANCH_GATE], null)));
    expect(check!.message).toContain('a helpdesk export (kind: events) without a person column counts for the whole organization, never per location');
    expect(check!.hint).toBe(
      "write scope: organization in place of location: Nieuw Nickerie, so that the gate judges the whole organization, or give the helpdesk's source person: (the column with who raised each ticket, such as Requester email), so that each ticket counts for that person's location on the roster; a --metrics file with rows per location feeds it too",
    );
  });
});
