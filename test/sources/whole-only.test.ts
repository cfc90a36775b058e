import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { displayNames } from '../../src/plan/display-names.js';
import { planIn } from '../../src/plan/resolve.js';
import { checkWholeOnlyGates } from '../../src/sources/whole-only.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { sabajoOffice, sabajoPlan, WEEKDAYS_AND_ONE_SATURDAY } from '../moengo-helpdesk.js';

const MOENGO = '{ id: moengo-tickets, phase: moengo, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 1w, location: Moengo, severity: minor }';

describe('a gate of one location on a metric only the whole organization gives', () => {
  it('validate warns at its location: the helpdesk export counts for the whole organization, with what to write', () => {
    const [check, ...more] = checkWholeOnlyGates(validPlan(sabajoPlan(MOENGO)));
    expect(more).toEqual([]);
    expect(check).toMatchObject({ severity: 'warning', code: 'whole-organization-only', path: ['gates', 0, 'location'] });
    expect(check!.message).toBe(
      'gate moengo-tickets reads support_tickets in location Moengo, which no source can give: a helpdesk export (kind: events) without a person column counts for the whole organization, never per location, so the gate gets no rows and stays undecided at every check',
    );
    expect(check!.hint).toBe(
      "write scope: organization in place of location: Moengo, so that the gate judges the whole organization, or give the helpdesk's source person: (the column with who raised each ticket, such as Requester email), so that each ticket counts for that person's location on the roster; a --metrics file with rows per location feeds it too",
    );
  });

  it('is quiet for a gate of a phase (the rows of no phase count for it), and for a plan that expects a --metrics file', () => {
    expect(checkWholeOnlyGates(validPlan(sabajoPlan(MOENGO.replace(', location: Moengo', ''))))).toEqual([]);
    expect(checkWholeOnlyGates(validPlan(sabajoPlan(MOENGO.replace(', location: Moengo', ', scope: organization'))))).toEqual([]);
    const withImport = sabajoPlan(MOENGO).replace('sources:', 'metricsImport: { columns: { location: Vestiging } }\nsources:');
    expect(checkWholeOnlyGates(validPlan(withImport))).toEqual([]);
  });

  it('for survey answers without a person column, suggests person: so that answers count for their group', () => {
    const plan = validPlan(
      sabajoPlan(MOENGO)
        .replace('  - { id: moengo-tickets', '  - { id: office-satisfaction, phase: paramaribo, metric: satisfaction, aggregate: mean, threshold: 7, within: 1w, group: Kantoor }\n  - { id: moengo-tickets')
        .replace('  headcount: 15\n', '  headcount: 15\n  groups: [{ name: Kantoor, headcount: 5, location: Paramaribo }]\n')
        .concat('  - { file: "exports/enquete.csv", kind: responses, date: Tijdstempel, metrics: { satisfaction: "Hoe tevreden*" } }\n'),
    );
    const survey = checkWholeOnlyGates(plan).find((c) => c.path[1] === 0)!;
    expect(survey.path).toEqual(['gates', 0, 'group']);
    expect(survey.message).toContain('in group Kantoor, which no source can give: survey answers without a person column count for the whole organization, never per group');
    expect(survey.hint).toContain("or give the survey's source person: (the column with who answered), so that each answer counts for that person's group on the roster");
  });

  it('gate-check says why on its due day, in English and Dutch, not "too few rows"', async () => {
    const dir = sabajoOffice(MOENGO, WEEKDAYS_AND_ONE_SATURDAY);
    const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
    const { result } = await checkGates({ plan, files: [], asOf: parseDay('2027-02-22'), lenient: false, sources: { baseDir: dir } });
    const gate = result.gates.find((g) => g.id === 'moengo-tickets')!;
    expect(gate).toMatchObject({ status: 'inconclusive', samples: 0, because: { kind: 'whole-only', part: 'location', name: 'Moengo', kinds: ['events'] } });
    expect(gate.reason).toBe(
      "nothing to judge in location Moengo: a helpdesk export (kind: events) without a person column counts for the whole organization, never per location, so no row of support_tickets names it; write scope: organization in place of location: Moengo, so that the gate judges the whole organization, or give the helpdesk's source person: (the column with who raised each ticket, such as Requester email), so that each ticket counts for that person's location on the roster; a --metrics file with rows per location feeds it too",
    );
    expect(reasonText(gate.because, 'nl', displayNames(planIn(plan, 'nl')))).toMatch(
      /^niets te beoordelen in vestiging Moengo: een export van de helpdesk \(kind: events\) zonder kolom person telt voor de hele organisatie, nooit per vestiging, dus geen rij .+ noemt die; schrijf scope: organization in plaats van location: Moengo, zodat het toetsmoment de hele organisatie beoordeelt, of geef de bron van de helpdesk person: \(de kolom met wie de melding deed, zoals Requester email\), zodat elke melding telt voor de vestiging van die persoon in het personeelsbestand; een --metrics-bestand met rijen per vestiging voedt het ook$/,
    );
  });
});
