import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { sabajoOffice, WEEKDAYS_AND_ONE_SATURDAY } from '../moengo-helpdesk.js';

const MOENGO = '{ id: moengo-tickets, phase: moengo, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 1w, location: Moengo, severity: minor }';

describe('a ticket trend of one location, read from a helpdesk export of the whole organization, through the built binary', () => {
  it('validate warns at the gate\'s location: with what to write, and gate-check and the report say why it stays undecided', () => {
    const dir = sabajoOffice(MOENGO, WEEKDAYS_AND_ONE_SATURDAY);
    const line = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('moengo-tickets'));
    const column = `  - ${MOENGO}`.indexOf('location:') + 1;
    const validated = run(['validate'], { cwd: dir });
    expect(validated.status).toBe(0);
    expect(validated.stderr).toContain(
      `rollout.yaml:${line + 1}:${column}: warning gates[0].location: gate moengo-tickets reads support_tickets in location Moengo, which no source can give: a helpdesk export (kind: events) without a person column counts for the whole organization, never per location, so the gate gets no rows and stays undecided at every check (write scope: organization in place of location: Moengo, so that the gate judges the whole organization, or give the helpdesk's source person: (the column with who raised each ticket, such as Requester email), so that each ticket counts for that person's location on the roster; a --metrics file with rows per location feeds it too)`,
    );
    expect(run(['validate', '--strict'], { cwd: dir }).status).toBe(1);

    const en = run(['gate-check', '--at', '2027-02-22', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('moengo-tickets (inconclusive): nothing to judge in location Moengo: a helpdesk export (kind: events) without a person column counts for the whole organization, never per location');
    expect(en.stdout).not.toContain('too few rows');
    expect(en.stderr).toContain('gate moengo-tickets reads support_tickets in location Moengo, which no source can give');
    const nl = run(['gate-check', '--at', '2027-02-22', '--lang', 'nl'], { cwd: dir });
    expect(nl.stdout).toContain('moengo-tickets (onbeslist): niets te beoordelen in vestiging Moengo: een export van de helpdesk (kind: events) zonder kolom person telt voor de hele organisatie, nooit per vestiging');

    expect(run(['report', '--at', '2027-02-22', '--lang', 'en', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('<span class="muted">the exports give this for the whole organization only, never for location Moengo: see rollout validate</span>');
  });

  it('says nothing of the same trend written for the whole organization, which the export gives', () => {
    const dir = sabajoOffice(MOENGO.replace('location: Moengo', 'scope: organization'), WEEKDAYS_AND_ONE_SATURDAY);
    expect(run(['validate'], { cwd: dir }).stderr).not.toContain('no source can give');
    const checked = JSON.parse(run(['gate-check', '--at', '2027-02-22', '--format', 'json'], { cwd: dir }).stdout) as { gates: { id: string; status: string; samples: number }[] };
    expect(checked.gates.find((g) => g.id === 'moengo-tickets')!.samples).toBeGreaterThan(0);
  });
});
