import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { atelierKroon, kroonRoster } from '../atelier-kroon.js';

describe("a 7-person office's halves as its staff list says (small preset)", () => {
  it('validate, schedule and render-emails follow the roster: Lelydorp in the second half, all in Dutch', () => {
    const dir = atelierKroon();
    const validate = run(['validate'], { cwd: dir });
    expect(validate.status).toBe(0);
    expect(validate.stderr).not.toMatch(/second-half" brings in nobody|puts 1 person of phase "second-half"|into the phase's audience/);
    expect(validate.stderr).toMatch(/hint preset: phase "first-half" brings in nobody in Lelydorp \(the roster's phase column puts everyone there in another phase\).*write first-half in their Fase cell of the roster/);

    const schedule = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { phases: { id: string; people: number; locations: string[] }[] };
    expect(schedule.phases.slice(0, 2).map((p) => [p.id, p.people, p.locations])).toEqual([
      ['first-half', 4, ['Paramaribo']],
      ['second-half', 3, ['Paramaribo', 'Lelydorp']],
    ]);

    expect(run(['render-emails', '--out', 'emails'], { cwd: dir }).status).toBe(0);
    const names = readdirSync(path.join(dir, 'emails'));
    expect(names.filter((n) => n.includes('lelydorp'))).toEqual(expect.arrayContaining(['2027-02-22_second-half_lelydorp_announcement.nl.md']));
    expect(names.filter((n) => /first-half_lelydorp|half_.*(announcement|reminder|welcome)\.en\.md$/.test(n))).toEqual([]);
    const to = (name: string) => /^- \*\*Aan:\*\* (.*)$/m.exec(readFileSync(path.join(dir, 'emails', name), 'utf8'))?.[1];
    expect(to('2027-02-15_first-half_announcement.nl.md')).toBe('Eerste helft van het team, Paramaribo (4 personen)');
    expect(to('2027-02-22_second-half_paramaribo_announcement.nl.md')).toBe('Andere helft van het team, Paramaribo (2 personen)');
    const all = names.map((n) => readFileSync(path.join(dir, 'emails', n), 'utf8')).join('\n');
    expect(all).not.toMatch(/(anita|ravi|esther|marlon|sandra|kenneth)@|Kroon-test/i);
  });

  it("gate-check reads the halves as the report does: Lelydorp has not started on 5 March", () => {
    const dir = atelierKroon();
    const check = run(['gate-check', '--at', '2027-03-05', '--format', 'json'], { cwd: dir });
    expect(check.status).toBe(0);
    const { decommission } = JSON.parse(check.stdout) as { decommission: { people: object } };
    expect(decommission.people).toEqual({ active: 4, total: 4, needed: 4, part: { phase: 'first-half' } });
    const lowest = /[\d,]+ in het laagste van de begonnen delen \([^)]*\)/;
    const said = lowest.exec(run(['gate-check', '--at', '2027-03-05'], { cwd: dir }).stdout)?.[0];
    expect(said).toBe('100 in het laagste van de begonnen delen (fase Eerste helft van het team: 4 van 4 personen daar, 80% vraagt 4 van 4)');
    expect(lowest.exec(run(['report', '--at', '2027-03-05', '--output', '-'], { cwd: dir }).stdout)?.[0]).toBe(said);
  });

  it('a colleague who joins the day after their half launched is in it: Lelydorp still gets the second half, with no hint', () => {
    const roster = kroonRoster().replace(/^(kenneth@atelierkroon\.sr;[^;]*;Lelydorp;nl;second-half;);/m, '$12027-03-09;');
    expect(roster).toContain(';second-half;2027-03-09;');
    const dir = atelierKroon(roster);
    const validate = run(['validate'], { cwd: dir });
    expect(validate.stderr).not.toMatch(/"second-half" brings in nobody in Lelydorp/);
    const schedule = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { phases: { id: string; locations: string[] }[] };
    expect(schedule.phases.find((p) => p.id === 'second-half')!.locations).toEqual(['Paramaribo', 'Lelydorp']);
  });
});
