import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { atelierKroon, KROON_PLAN_AWAY, kroonRosterAway } from '../atelier-kroon.js';

const NAMES = /(anita|ravi|esther|marlon|sandra|kenneth)@|Kroon-test/i;

describe('a 7-person office: one colleague on two weeks of leave and the switch-off', () => {
  it('says in people that 80% of a half of 3 is all 3, in text, markdown and JSON, and how to record the leave', () => {
    const dir = atelierKroon();
    const nl = run(['gate-check', '--at', '2027-03-22'], { cwd: dir });
    expect(nl.status).toBe(1);
    expect(nl.stdout).toContain('(fase Andere helft van het team: 2 van 3 personen daar, 80% vraagt 3 van 3) en 85,7 in de hele organisatie, nodig: >= 80');
    expect(nl.stdout).toContain('Houd je het uitzetten aan');
    expect(nl.stdout).not.toMatch(/Houdt u|wilt u/);
    const en = run(['gate-check', '--at', '2027-03-22', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('(phase Other half: 2 of 3 people there, 80% needs 3 of 3) and 85.7 in the whole organization');
    expect(en.stdout).toMatch(/second-half-success \(pending\): .*is 66\.7 on 2027-03-\d\d \(2 of 3 people; 3 of 3 needed\)/);
    const markdown = run(['gate-check', '--at', '2027-03-22', '--format', 'markdown', '--lang', 'en'], { cwd: dir }).stdout;
    expect(markdown).toContain('2 of 3 people there, 80% needs 3 of 3');
    const json = JSON.parse(run(['gate-check', '--at', '2027-03-22', '--format', 'json'], { cwd: dir }).stdout) as { decommission: { people: unknown }; gates: { id: string; people?: unknown }[] };
    expect(json.decommission.people).toEqual({ active: 2, total: 3, needed: 3, part: { phase: 'second-half' } });
    expect(json.gates.find((g) => g.id === 'second-half-success')?.people).toEqual({ active: 2, total: 3, needed: 3 });
    const validate = run(['validate'], { cwd: dir });
    expect(validate.stderr).toContain('hint preset: the switch-off waits until active_use_pct is >= 80 in every part started, and in phase "first-half" (4 people), phase "second-half" (3 people), location "Lelydorp" (1 person) that is everyone: one person away holds it (record leave in the roster');
    for (const out of [nl.stdout, nl.stderr, en.stdout, markdown, validate.stderr]) expect(out).not.toMatch(NAMES);
  });

  it("with the leave in the staff list's Afwezig column the switch-off goes ahead, and a note counts who is away", () => {
    const dir = atelierKroon(kroonRosterAway(), KROON_PLAN_AWAY);
    const r = run(['gate-check', '--at', '2027-03-22'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Uitfasering \(Oude systeem uitzetten, vanaf 2027-03-22\): klaar/m);
    expect(r.stderr).toContain('the roster people.csv has 1 person away on 2027-03-22 ("Afwezig", people.columns.away): they count in no share that day, neither as active nor in the total');
    expect(run(['validate'], { cwd: dir }).stderr).toContain(`record leave in the roster (its "Afwezig" column`);
    // Back from leave: the note is gone, and she counts again.
    expect(run(['gate-check', '--at', '2027-03-29'], { cwd: dir }).stderr).not.toContain('away on');
    for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(NAMES);
  });
});
