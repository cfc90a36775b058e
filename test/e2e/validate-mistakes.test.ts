import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// A valid plan of a firm in Paramaribo with a branch in Albina, up to its recorded rollback.
const albina = readFileSync(path.join(ROOT, 'test/fixtures/rollback/albina.yaml'), 'utf8');
const upToRollback = albina.slice(0, albina.indexOf('\nrollback:'));
const withGates = (gates: string) => upToRollback.replace(/\ngates:\n(?: {2}- .*\n)+/, `\ngates:\n${gates}`);

/** The errors and warnings `rollout validate` gives a plan, each as the user reads it, and its exit code. */
function validate(text: string): { status: number | null; lines: string[] } {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), text);
  const r = run(['validate'], { cwd: dir });
  expect(r.stdout).toBe('');
  return { status: r.status, lines: r.stderr.split('\n').filter((l) => / (error|warning) /.test(l)) };
}

const organization = `version: 1
tool: { name: Teams }
organization:
  name: Wanica
  headcount: 25
  languages: [en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20, languages: [nl], workingHours: { start: "17:00", end: "17:00" } }
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 10, connectivity: poor }
  groups:
    - { name: Sales, headcount: 20, location: Nickerie }
    - { name: Sales, headcount: 10 }
start: 2027-01-04
calendar:
  holidays: [2031-01-01]
phases:
  - { id: pilot, name: Pilot, audience: 120%, weeks: 2, days: 5 }
  - { id: pilot, name: Pilot again, audience: { groups: [Sals] }, weeks: 2 }
  - { id: rest, name: Everyone, audience: rest, weeks: 2, when: { metric: active_use_pct, op: ">=", threshold: 80 } }
  - { id: more, name: More, audience: rest, weeks: 2 }
support:
  languages: [en]
regional:
  supportLanguages: [en]
`;

describe('rollout validate names every mistake of a plan at its line, and exits 1', () => {
  it('in the organization and its phases', () => {
    const { status, lines } = validate(organization);
    expect(status).toBe(1);
    expect(lines).toEqual(expect.arrayContaining([
      'rollout.yaml:9:15: error organization.locations[1].name: location "Paramaribo" is listed twice',
      'rollout.yaml:12:15: error organization.groups[1].name: group "Sales" is listed twice',
      'rollout.yaml:11:5: error organization.groups: groups hold 30 people but the organization has 25 (raise organization.headcount or lower a group)',
      'rollout.yaml:8:5: error organization.locations: locations hold 30 people but the organization has 25 (raise organization.headcount or lower a location)',
      'rollout.yaml:11:47: error organization.groups[0].location: no location named "Nickerie"',
      "rollout.yaml:8:84: error organization.locations[0].languages[0]: location \"Paramaribo\" reads nl, which is not one of organization.languages (en) (add nl to organization.languages, or take it out of this location's languages)",
      'rollout.yaml:8:103: error organization.locations[0].workingHours: working hours start and end at 17:00 (a shift past midnight is written { start: "23:00", end: "07:00" }, round the clock { start: "00:00", end: "24:00" })',
      'rollout.yaml:18:11: error phases[1].id: phase id "pilot" is used twice',
      'rollout.yaml:17:63: error phases[0].days: give either weeks or days, not both',
      'rollout.yaml:17:41: error phases[0].audience: share 120% is not between 0% and 100%',
      'rollout.yaml:18:58: error phases[1].audience.groups[0]: no group named "Sals" (did you mean "Sales"?)',
      'rollout.yaml:19:65: warning phases[2].when: only a decommission phase waits for a condition; this one is ignored',
      'rollout.yaml:17:3: error phases: only one phase can take the rest of the organization',
      'rollout.yaml:17:3: error phases: phase shares add up to at least 120% of headcount (lower the shares so they add up to 100% at most)',
      'rollout.yaml:18:47: warning phases[1].audience: phase "pilot" brings in nobody: the other phases take all 25 people (remove the phase, or lower the shares or groups of the others; it gets no messages or sessions)',
      'rollout.yaml:9:86: warning organization.locations[1].connectivity: location "Paramaribo" has poor connectivity but the plan has no offline plan (say under regional.offlinePlan what people do during an internet outage; its messages will carry it)',
      'rollout.yaml:15:14: warning calendar.holidays[0]: holiday 2031-01-01 falls outside the rollout (2027-01-04 until three months after the end) (it changes nothing; remove it or check the year)',
      'rollout.yaml:22:14: warning support.languages: support.languages does nothing: regional.supportLanguages is set too, and wins (keep one of them)',
    ]));
  });

  it('in gates: what they read and what they guard', () => {
    const { status, lines } = validate(withGates(`  - { id: early, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before }
  - { id: watched, phase: pilot, metric: active_use_pct, threshold: 60, within: 1w, severity: critical }
  - { id: thin, phase: pilot, metric: active_use_pct, threshold: 60, within: 1w, onInconclusive: rollback }
  - { id: late-go, phase: pilot, metric: active_use_pct, threshold: 60, within: 6w, guards: next }
  - { id: last-go, phase: albina, metric: active_use_pct, threshold: 60, within: 1w, guards: next }
  - { id: lost, phase: pilott, metric: active_use_pct, threshold: 60, within: 1w }
  - { id: odd, phase: pilot, metric: active_users, threshold: 60, within: 1w, location: Albna }
  - { id: over, phase: pilot, metric: active_use_pct, threshold: 160, within: 1w }
`));
    expect(status).toBe(1);
    expect(lines.map((l) => l.replace(/^rollout\.yaml:\d+:\d+: /, ''))).toEqual([
      'error gates[0].due: gate "early" is due the day before what it guards, but guards nothing (add guards: next or guards: decommission, or use within)',
      'error gates[5].phase: no phase with id "pilott" (did you mean "pilot"?)',
      'error gates[6].location: no location named "Albna" (did you mean "Albina"?)',
      'error gates[7].threshold: threshold 160 is not a percentage between 0 and 100',
      'warning gates[1].severity: gate "watched" fails with severity critical, which asks for a rollback, but guards nothing, so it only reports and never rolls back (add guards: next or guards: decommission; with location: set, the gate then rolls back that location alone)',
      'warning gates[2].onInconclusive: gate "thin" with too few rows asks for a rollback, but guards nothing, so it only reports and never rolls back (add guards: next or guards: decommission; with location: set, the gate then rolls back that location alone)',
      'warning gates[3].within: gate "late-go" is due 2027-04-12, not before the launch of "head-office" on 2027-03-15, which it guards (write due: day-before, or a shorter within)',
      'warning gates[4].guards: gate "last-go" guards next, but no launch follows phase "albina" (set guards: none, or guard the switch-off with guards: decommission)',
      'warning gates[6].metric: metric "active_users" is not described under metrics (did you mean "active_use_pct"?)',
    ]);
  });

  it('in a rollback of the whole rollout: before the start, twice, and pauses after it', () => {
    const { status, lines } = validate(`${upToRollback}
rollback:
  - { on: 2027-02-01, reason: too early }
  - { on: 2027-04-20, reason: twice }
pauses:
  - { from: 2027-01-25, until: 2027-06-01, reason: long }
  - { from: 2027-06-07, reason: late }
`);
    expect(status).toBe(1);
    expect(lines).toEqual([
      'rollout.yaml:93:11: error rollback[0].on: the rollback on 2027-02-01 is before the rollout starts on 2027-03-01 (write the day the rollout rolled back, on or after start)',
      'rollout.yaml:94:5: error rollback[1]: the whole rollout rolls back twice (also on 2027-02-01) (keep one rollback without only; a rollback of one part has only: { location: NAME } or only: { phase: ID })',
      'rollout.yaml:96:32: error pauses[0].until: the pause resumes on 2027-06-01, after the rollout rolled back on 2027-02-01 (the pause ended in the rollback: leave out until)',
      'rollout.yaml:97:13: error pauses[1].from: this pause starts on 2027-06-07, after the rollout rolled back on 2027-02-01 (nothing happens after a rollback: remove the pause, or correct rollback.on)',
    ]);
  });

  it('in rollbacks of one part: before it starts, twice, after the whole, and pauses of it', () => {
    const { status, lines } = validate(`${upToRollback}
rollback:
  - { on: 2027-03-01, reason: before Albina starts, only: { location: Albina } }
  - { on: 2027-04-13, reason: again, only: { phase: albina } }
  - { on: 2027-05-10, reason: everyone }
  - { on: 2027-05-20, reason: after everyone, only: { phase: pilot } }
pauses:
  - { from: 2027-04-26, reason: Albina offline, only: { location: Albina } }
  - { from: 2027-02-22, reason: all wait }
`);
    expect(status).toBe(1);
    expect(lines).toEqual(expect.arrayContaining([
      'rollout.yaml:93:11: error rollback[0].on: Albina rolls back on 2027-03-01, before it starts on 2027-03-30 (to hold Albina before it starts, write a pause of it (pauses: - { from: 2027-03-01, reason: ..., only: { location: Albina } }))',
      'rollout.yaml:98:13: error pauses[0].from: this pause starts on 2027-04-26, after Albina rolled back on 2027-03-01 (Albina no longer runs: remove the pause, or correct the rollback\'s on)',
      'rollout.yaml:99:13: error pauses[1].from: this pause is still open when Albina rolls back on 2027-03-01 (end the pause on or before 2027-03-01 (until), or write the rollback once it has ended)',
      'rollout.yaml:94:44: error rollback[1].only: phase albina is rolled back twice: Albina rolled back on 2027-03-01 holds the same part (keep one rollback of each part)',
      'rollout.yaml:96:11: error rollback[3].on: phase pilot rolls back on 2027-05-20, after the whole rollout rolled back on 2027-05-10 (nothing happens after a rollback: remove this one, or correct its on)',
    ]));
  });
  it('in who the phases bring in, and what names a phase, group or location', () => {
    const head = 'version: 1\ntool: { name: Teams }\nstart: 2027-01-04\n';
    const mistakes = (yaml: string) => validate(`${head}${yaml}`).lines.filter((l) => !l.includes('discovery'));
    expect(mistakes(`organization:
  name: Wanica
  headcount: 40
  groups: [{ name: Sales, headcount: 10 }]
strategy: { approach: big-bang }
phases:
  - { id: pilot, name: Pilot, audience: none, weeks: 2 }
  - { id: everyone, name: Everyone, audience: all, weeks: 2 }
  - { id: late, name: Late, audience: 10%, weeks: 2, startWeek: 1 }
champions: [{ name: Ravi, location: Nickrie, group: Sals, phase: pilott }]
communications: { targetedGroups: [{ group: Sals }] }
`)).toEqual([
      'rollout.yaml:10:3: error phases: a phase with audience "all" brings in everyone, so no other launch phase is left with anyone (use shares or groups instead)',
      'rollout.yaml:10:5: error phases[0]: launch phase "pilot" brings in nobody (set audience to a share (15%), rest, all, {groups: [...]} or {locations: [...]})',
      'rollout.yaml:12:65: error phases[2].startWeek: phase "late" starts in week 1, before phase "everyone" ends in week 4 (move startWeek later or set overlap: true)',
      'rollout.yaml:13:37: error champions[0].location: no location named "Nickrie"',
      'rollout.yaml:13:53: error champions[0].group: no group named "Sals" (did you mean "Sales"?)',
      'rollout.yaml:13:66: error champions[0].phase: no phase with id "pilott" (did you mean "pilot"?)',
      'rollout.yaml:14:45: error communications.targetedGroups[0].group: no group named "Sals" (did you mean "Sales"?)',
      'rollout.yaml:1:1: warning preset: gate "late-go-no-go" guards next, but no launch follows phase "late" (set guards: none, or guard the switch-off with guards: decommission)',
      'rollout.yaml:8:23: warning strategy.approach: a big-bang switch is what the playbook advises for solo businesses and very small teams (2-3 people), not 40; a big-bang switch affects all 40 people at once if problems occur (the playbook gives no example timeline for 40 people (only for 1, 2-3, 5-10 and 10-25 people); for most businesses it advises its phased plan: strategy: { approach: phased } and preset: custom, or phases of your own)',
    ]);
    expect(mistakes(`organization:
  name: Wanica
  headcount: 40
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 38, champion: Ravi }
    - { name: Nickerie, timezone: America/Paramaribo, headcount: 2, champion: Gina }
phases:
  - { id: pilot, name: Pilot, audience: 5%, weeks: 2 }
  - { id: office, name: Office, audience: 20%, weeks: 2 }
`)).toEqual([
      'rollout.yaml:11:3: error phases: phases reach only 10 of 40 people (add a phase with audience: rest for everyone else)',
      'rollout.yaml:11:41: warning phases[0].audience: phase "pilot" brings in nobody in Nickerie (5% of headcount of the people comes to nobody there): it gets no messages or sessions there (if that is meant, say so: audience: {locations: [Paramaribo]})',
      'rollout.yaml:12:43: warning phases[1].audience: phase "office" brings in nobody in Nickerie (20% of headcount of the people comes to nobody there): it gets no messages or sessions there (if that is meant, say so: audience: {locations: [Paramaribo]})',
    ]);
    // A pilot group in Paramaribo, then Paramaribo: the location brings in its 13 people not yet in.
    const sewnarain = (first: string, second: string, last = '  - { id: nickerie, name: Nieuw Nickerie, audience: { locations: [Nieuw Nickerie] }, weeks: 2 }\n') => `organization:
  name: Sewnarain & Co
  headcount: 25
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 18, champion: Priya }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 7, champion: Sunita }
  groups:
    - { name: Pilot, headcount: 5, kind: pilot, location: Paramaribo }
    - { name: Kantoor Paramaribo, headcount: 13, kind: department, location: Paramaribo }
phases:
  - { id: first, name: First, audience: ${first}, weeks: 2 }
  - { id: second, name: Second, audience: ${second}, weeks: 2 }
${last}`;
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), `${head}${sewnarain('{ groups: [Pilot] }', '{ locations: [Paramaribo] }')}`);
    const valid = run(['validate'], { cwd: dir });
    expect([valid.status, valid.stderr]).toEqual([0, expect.not.stringMatching(/ error /)]);
    const phases = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout).phases.map((p: { id: string; people: number }) => [p.id, p.people]);
    expect(phases).toEqual([['first', 5], ['second', 13], ['nickerie', 7]]);
    expect(mistakes(sewnarain('{ locations: [Paramaribo] }', '{ groups: [Pilot] }'))).toEqual([
      'rollout.yaml:15:54: error phases[1].audience.groups[0]: group "Pilot" works in Paramaribo, which phase "first" brings in whole (audience: { locations: [Paramaribo] }): its people would be counted in both phases (a phase brings in the people no earlier phase has: put phase "second" before phase "first", or let phase "first" name the other groups of Paramaribo instead of the location (audience: { groups: [Kantoor Paramaribo] }))',
    ]);
    // A first phase that takes all of Paramaribo through its groups: Paramaribo has nobody left for a later phase.
    const nobody = (yaml: string) => {
      const at = tempDir();
      writeFileSync(path.join(at, 'rollout.yaml'), `${head}${yaml}`);
      const r = run(['validate'], { cwd: at });
      return [r.status, r.stderr.split('\n').filter((l) => l.includes('brings in nobody'))];
    };
    const offices = '{ groups: [Pilot, Kantoor Paramaribo] }';
    expect(nobody(sewnarain(offices, '{ locations: [Paramaribo] }'))).toEqual([0, [
      'rollout.yaml:15:43: warning phases[1].audience: phase "second" brings in nobody: everyone in Paramaribo already started in phase "first" (groups Pilot, Kantoor Paramaribo) (remove the phase, or give it other groups or locations; it gets no messages or sessions)',
    ]]);
    expect(nobody(sewnarain(offices, '{ locations: [Paramaribo, Nieuw Nickerie] }', ''))).toEqual([0, [
      'rollout.yaml:15:57: warning phases[1].audience.locations[0]: phase "second" brings in nobody in Paramaribo: everyone in Paramaribo already started in phase "first" (groups Pilot, Kantoor Paramaribo); it gets no messages or sessions there (take Paramaribo out of its audience: audience: {locations: [Nieuw Nickerie]})',
    ]]);
    expect(mistakes('organization: { name: Wanica, headcount: 40 }\nphases:\n  - { id: pilot, name: Pilot, audience: 60%, weeks: 2 }\n  - { id: office, name: Office, audience: 60%, weeks: 2 }\n')).toEqual([
      'rollout.yaml:6:3: error phases: phase shares add up to at least 120% of headcount (lower the shares so they add up to 100% at most)',
      'rollout.yaml:6:3: error phases: phases bring in 48 people but the organization has 40 (lower a share or a group)',
    ]);
  });
});
