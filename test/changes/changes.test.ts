import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSchedules } from '../../src/changes/compare.js';
import { whatIf } from '../../src/changes/what-if.js';
import { planIn } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, minimalPlan, run, tempDir, validPlan } from '../helpers.js';

const enterprise = readFileSync(example('enterprise.yaml'), 'utf8');
const paused = `${enterprise}\npauses:\n  - { from: 2027-03-15, until: 2027-03-29, reason: Georgetown is below 60% active use, phase: port-of-spain }\n`;

describe('what-if and diff', () => {
  it('agree: the dates what-if predicts are the ones diff reports once the pause is in the plan', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.yaml'), enterprise);
    writeFileSync(path.join(dir, 'new.yaml'), paused);
    const predicted = run(['what-if', '--plan', 'old.yaml', '--pause', '2w', '--at', '2027-03-15', '--phase', 'port-of-spain', '--format', 'json'], { cwd: dir });
    const diff = run(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect([predicted.status, diff.status]).toEqual([0, 1]);
    const moves = (out: string) => (JSON.parse(out).changes as { change: string; type: string; key: string; phase?: string; location?: string; from: string; to: string }[]).map((c) => [c.change, c.type, c.key, c.phase, c.location, c.from, c.to]);
    expect(moves(predicted.stdout)).toEqual(moves(diff.stdout));
    const launches = JSON.parse(diff.stdout).launches.map((c: { type: string; from: string; to: string; reason: string }) => [c.type, c.from, c.to, c.reason]);
    // The pause ends the day before Port of Spain's Spiritual Baptist Liberation Day: its people go live the day after.
    expect(launches).toEqual([
      ['launch', '2027-03-15', '2027-03-31', 'pause from 2027-03-15 until 2027-03-29: Georgetown is below 60% active use'],
      ['decommission', '2027-04-09', '2027-04-23', 'pause from 2027-03-15 until 2027-03-29: Georgetown is below 60% active use'],
    ]);
    expect(JSON.parse(predicted.stdout).pause).toEqual({ from: '2027-03-15', until: '2027-03-29', workingDays: 10, phase: 'port-of-spain' });
  });

  it('what-if touches no file and prints text and markdown', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), enterprise);
    const text = run(['what-if', '--pause', '2w', '--at', '2027-03-15', '--lang', 'en'], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      'What if the rollout pauses from 2027-03-15 until 2027-03-29 (10 working days)',
      'Launches and switch-off:',
      expect.stringMatching(/^ {2}2027-03-15 → 2027-03-31 +\+16 days +Launch port-of-spain +Launch for Port of Spain: welcome email, accounts activated \(pause from 2027-03-15 until 2027-03-29: what if\)$/),
      // The decommission phase is named once, not "decommission decommission".
      expect.stringMatching(/^ {2}2027-04-09 → 2027-04-23 +\+14 days +Decommission +Turn off/),
    ]);
    expect(run(['what-if', '--pause', '2w', '--at', '2027-03-15', '--format', 'markdown', '--lang', 'en'], { cwd: dir }).stdout).toMatch(/^### What if the rollout pauses[^\n]*\n\n\*\*Launches and switch-off\*\*\n\n\| change \| from \| to \|/);
    // The plan's first language, Dutch, by default: the frame, the titles and the reasons.
    const dutch = run(['what-if', '--pause', '2w', '--at', '2027-03-15'], { cwd: dir }).stdout.split('\n');
    expect(dutch.slice(0, 3)).toEqual([
      'Wat als de invoering pauzeert van 2027-03-15 tot 2027-03-29 (10 werkdagen)',
      'Starts en uitzetten:',
      expect.stringMatching(/^ {2}2027-03-15 → 2027-03-31 +\+16 dagen +Start port-of-spain +Start voor Port of Spain: welkomstmail, accounts geactiveerd \(pauze van 2027-03-15 tot 2027-03-29: wat als\)$/),
    ]);
    expect(run(['what-if', '--pause', '2w', '--at', '2027-03-15', '--format', 'markdown'], { cwd: dir }).stdout).toContain('| wijziging | van | naar | verschil | onderdeel | titel | waarom |');
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toBe(enterprise);
  });

  it('diff exits 0 when nothing changed, and names a holiday, a changed start and a longer phase', () => {
    const base = validPlan(minimalPlan());
    const same = buildSchedule(base);
    expect(compareSchedules(same, buildSchedule(base), { before: base, after: base }).changes).toEqual([]);
    const reasonOf = (overrides: Record<string, unknown>, key: string) => {
      const after = validPlan(minimalPlan(overrides));
      return compareSchedules(same, buildSchedule(after), { before: base, after }).changes.find((c) => c.key === key)?.reason;
    };
    expect(reasonOf({ calendar: { holidays: [{ date: '2027-02-01', name: 'Gate day' }] } }, 'early-adopters-success')).toBe('holiday (Gate day)');
    expect(reasonOf({ start: '2027-01-11' }, 'launch')).toBe('start changed from 2027-01-04 to 2027-01-11');
    // Held a day by a holiday before and after: the start moved it, the holiday only by that day.
    const mondaysOff = { holidays: [{ date: '2027-01-04', name: 'New Year observed' }, { date: '2027-01-11', name: 'Day of Liberation' }] };
    const heldBefore = validPlan(minimalPlan({ calendar: mondaysOff }));
    const heldAfter = validPlan(minimalPlan({ calendar: mondaysOff, start: '2027-01-11' }));
    const launch = compareSchedules(buildSchedule(heldBefore), buildSchedule(heldAfter), { before: heldBefore, after: heldAfter }).changes.find((c) => c.key === 'launch');
    expect(launch).toMatchObject({ from: '2027-01-05', to: '2027-01-12', reason: 'start changed from 2027-01-04 to 2027-01-11; holiday (Day of Liberation)' });
    const phases = [
      { id: 'early-adopters', name: 'Early adopters', audience: '10-20%', weeks: 3 },
      { id: 'core-team', name: 'Core team', audience: '30-40%', weeks: 2 },
      { id: 'everyone-else', name: 'Everyone else', audience: 'rest', weeks: 2 },
    ];
    expect(reasonOf({ phases }, 'core-team-success')).toBe('phase early-adopters now lasts 3 weeks (was 2 weeks)');
    // For people (text and markdown), by the phase's name; in both languages.
    const named = (overrides: Record<string, unknown>, key: string, lang: 'en' | 'nl' = 'en', from = base) => {
      const [before, after] = [planIn(from, lang), planIn(validPlan(minimalPlan(overrides)), lang)];
      return compareSchedules(buildSchedule(before), buildSchedule(after), { before, after }, 'names').changes.find((c) => c.key === key)?.reason;
    };
    expect(named({ phases }, 'core-team-success')).toBe('Early adopters now lasts 3 weeks (was 2 weeks)');
    expect(named({ phases: phases.map((p) => (p.id === 'everyone-else' ? { ...p, startWeek: 9 } : p)) }, 'everyone-else-success', 'nl', validPlan(minimalPlan({ phases })))).toBe('Everyone else begint nu in week 9');
    expect(named({ phases: [...phases.slice(0, 2), { id: 'branch', name: 'The branch', audience: 'rest', weeks: 2 }] }, 'branch-success', 'en', validPlan(minimalPlan({ phases })))).toBe('new phase: The branch');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), enterprise);
    expect(run(['diff', 'a.yaml', 'a.yaml', '--lang', 'en'], { cwd: dir })).toMatchObject({ status: 0, stdout: 'Changes from a.yaml to a.yaml\nNothing moves.\n' });
    expect(run(['diff', 'a.yaml', 'a.yaml'], { cwd: dir })).toMatchObject({ status: 0, stdout: 'Wijzigingen van a.yaml naar a.yaml\nEr verschuift niets.\n' });
  });

  it('diff names both causes, with their days, when one edit adds a pause and moves a start week', () => {
    const before = planIn(validPlan(enterprise), 'en');
    const after = planIn(validPlan(paused.replace('startWeek: 9', 'startWeek: 10')), 'en');
    const set = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after });
    const pause = 'pause from 2027-03-15 until 2027-03-29: Georgetown is below 60% active use';
    const turnOff = set.changes.find((c) => c.key === 'turn-off')!;
    expect([turnOff.days, turnOff.causes, turnOff.reason]).toEqual([
      21,
      [{ reason: 'phase decommission now starts in week 10', days: 7 }, { reason: pause, days: 14 }],
      `+7 days: phase decommission now starts in week 10; +14 days: ${pause}`,
    ]);
    // Each split adds up to the whole move; what only the pause moved names only the pause.
    for (const c of set.changes.filter((c) => c.causes)) expect(c.causes!.reduce((n, x) => n + x.days, 0)).toBe(c.days);
    const launch = set.changes.find((c) => c.type === 'launch' && c.phase === 'port-of-spain')!;
    expect([launch.reason, launch.causes]).toEqual([pause, undefined]);
    // The pause's own notices are dated by the pause: no start-week note on them.
    expect(set.changes.filter((c) => c.type === 'pause' || c.type === 'resume').map((c) => [c.change, c.reason])).toEqual([['appeared', undefined], ['appeared', undefined]]);
  });

  it('diff names the pause, and its end before, on what a later resume day moves', () => {
    const before = planIn(validPlan(paused), 'en');
    const after = planIn(validPlan(paused.replace('until: 2027-03-29', 'until: 2027-04-05')), 'en');
    const set = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after });
    const launch = set.changes.find((c) => c.type === 'launch' && c.phase === 'port-of-spain')!;
    expect([launch.from, launch.to, launch.reason]).toEqual(['2027-03-31', '2027-04-05', 'pause from 2027-03-15 until 2027-04-05 instead of 2027-03-29: Georgetown is below 60% active use']);
    expect(set.changes.filter((c) => c.change === 'moved' && c.reason === undefined).map((c) => [c.type, c.key])).toEqual([]);
    const dutch = planIn(validPlan(paused.replace('until: 2027-03-29', 'until: 2027-04-05')), 'nl');
    const nl = compareSchedules(buildSchedule(planIn(validPlan(paused), 'nl')), buildSchedule(dutch), { before: planIn(validPlan(paused), 'nl'), after: dutch });
    expect(nl.changes.find((c) => c.type === 'launch')!.reason).toBe('pauze van 2027-03-15 tot 2027-04-05 in plaats van 2027-03-29: Georgetown is below 60% active use');
  });

  it('diff refuses a plan that does not validate: its errors as validate gives them, one line each, exit 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), enterprise);
    writeFileSync(path.join(dir, 'b.yaml'), `${enterprise}\npauses:\n  - { from: 2027-03-15, until: 2027-03-01, reason: x }\n`);
    const r = run(['diff', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^b\.yaml:\d+:\d+: error pauses\[0\]\.until: the pause resumes on 2027-03-01, not after it starts on 2027-03-15[^\n]*\n$/);
  });

  it('what-if refuses a pause that overlaps one in the plan, with a fix on the command line, not in the plan', () => {
    expect(() => whatIf(validPlan(paused), { from: '2027-03-20', length: '1w' })).toThrow(
      '--at 2027-03-20 --pause 1w: this pause overlaps the pause 2027-03-15 until 2027-03-29 (choose an --at on or after the day the other pause resumes, or a shorter --pause)',
    );
  });

  it('what-if names the option that gave a part the plan does not have, with the name it may mean', () => {
    const plan = validPlan(enterprise);
    const ask = (only: { phase: string } | { location: string }) => () => whatIf(plan, { from: '2027-03-15', length: '1w', only });
    expect(ask({ location: 'Georgtown' })).toThrow(/^--only-location Georgtown: no location named "Georgtown"; did you mean "Georgetown"\?$/);
    expect(ask({ location: 'Lima' })).toThrow(/^--only-location Lima: no location named "Lima"; --only-location takes a location name: Paramaribo, Georgetown, Port of Spain$/);
    expect(ask({ phase: 'port-of-span' })).toThrow(/^--only-phase port-of-span: no phase with id "port-of-span"; did you mean "port-of-spain"\?$/);
  });

  it('what-if refuses a pause after the rollback, saying which days are left to ask about', () => {
    const rolledBack = validPlan(`${enterprise}\nrollback: { on: 2027-03-30, reason: messages went missing }\n`);
    expect(() => whatIf(rolledBack, { from: '2027-04-05', length: '2w' })).toThrow(
      '--at 2027-04-05 --pause 2w: this pause starts on 2027-04-05, after the rollout rolled back on 2027-03-30 (choose an --at and --pause that end before 2027-03-30, the day the rollout rolled back; to try again after it, plan the second try from this plan: rollout init --restart rollout.yaml --start YYYY-MM-DD)',
    );
  });
});
