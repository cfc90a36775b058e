import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { parseDay } from '../../src/util/dates.js';
import { recordPauseLine } from '../../src/reporters/gates/labels.js';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Nieuw Nickerie launches Monday 15 March for one week; its go/no-go falls due Friday 19, the
 * working day before Miami launches on Monday 22. The export downloaded that Friday is dated
 * Thursday 18 (2 of 3 active); the weekly one of Sunday 21 follows.
 */
const DIR = path.join(ROOT, 'test/fixtures/weekly-export');
const exportOf = (dir: string, day: string) => path.join(dir, `exports/TeamsUserActivityUserDetail${day.replaceAll('-', '')}.csv`);

async function goNoGo(at: string, change: (text: string) => string = (t) => t, dir = DIR) {
  const file = path.join(dir, 'rollout.yaml');
  const { plan } = loadPlan(change(readFileSync(file, 'utf8')), file);
  const { result } = await checkGates({ plan: plan!, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });
  return { result, gate: result.gates.find((g) => g.id === 'nickerie-go-no-go')! };
}

function copy(): string {
  const dir = tempDir();
  cpSync(DIR, dir, { recursive: true });
  return dir;
}

/** A copy of the fixture with the export of one day rewritten by `edit`. */
function editExport(day: string, edit: (text: string) => string): string {
  const dir = copy();
  writeFileSync(exportOf(dir, day), edit(readFileSync(exportOf(dir, day), 'utf8')));
  return dir;
}

/** Ravi last active before the branch launched: 1 of 3 of Nieuw Nickerie active that week. */
const raviAway = (text: string) => text.replace('ravi.ramdin@sewnarain.sr,2027-03-17', 'ravi.ramdin@sewnarain.sr,2027-03-05');

describe('a go/no-go is judged on the exports dated up to its due day', () => {
  it('passes on its Friday and keeps that verdict on launch morning, though the Sunday export in between falls to 1 of 3', async () => {
    const dir = editExport('2027-03-21', raviAway);
    const friday = await goNoGo('2027-03-19', undefined, dir);
    const monday = await goNoGo('2027-03-22', undefined, dir);
    for (const { result, gate } of [friday, monday]) {
      expect(gate).toMatchObject({ due: '2027-03-19', status: 'pass', observed: 66.6667, window: { from: '2027-03-15', to: '2027-03-19' } });
      expect(gate.reason).toBe('last of 1 active_use_pct row from 2027-03-15 to 2027-03-19 is 66.6667 on 2027-03-18 (2 of 3 people; 2 of 3 needed), >= 60');
      expect([result.decision, result.blockedLaunches, result.nextLaunch]).toEqual(['continue', [], null]);
    }
    // The Sunday export counts for the gates after it: the branch's success gate, so far.
    expect(monday.result.gates.find((g) => g.id === 'nickerie-success')).toMatchObject({ status: 'pending', observed: 33.3333, window: { to: '2027-03-22' } });
  });

  it('is undecided on its Friday while no export dated up to it is in, holds the launch and says which still counts; launch morning gives the same answer', async () => {
    const dir = copy();
    rmSync(exportOf(dir, '2027-03-18'));
    const friday = await goNoGo('2027-03-19', undefined, dir);
    expect(friday.gate).toMatchObject({ status: 'inconclusive', window: { from: '2027-03-15', to: '2027-03-19' } });
    expect(friday.result).toMatchObject({ decision: 'pause', blockedLaunches: [{ phase: 'miami', gates: ['nickerie-go-no-go'], readsUntil: '2027-03-19' }], nextLaunch: null });
    // Sunday's export, 2 of 3 active, is dated after the due day: it does not decide the go/no-go.
    const monday = await goNoGo('2027-03-22', undefined, dir);
    expect(monday.gate).toMatchObject({ status: 'inconclusive', window: { to: '2027-03-19' } });
    expect(monday.result.decision).toBe('pause');
    expect(monday.result.blockedLaunches.map((b) => b.phase)).toEqual(['miami']);
  });

  it('counts an export dated up to its due day however late it is downloaded', async () => {
    const dir = copy();
    rmSync(exportOf(dir, '2027-03-18'));
    writeFileSync(exportOf(dir, '2027-03-19'), readFileSync(exportOf(DIR, '2027-03-18'), 'utf8').replaceAll('\n2027-03-18,', '\n2027-03-19,'));
    const { gate, result } = await goNoGo('2027-03-22', undefined, dir);
    expect(gate).toMatchObject({ status: 'pass', observed: 66.6667, window: { to: '2027-03-19' } });
    expect(gate.reason).toContain(' on 2027-03-19 (2 of 3 people; 2 of 3 needed), >= 60');
    expect(result.decision).toBe('continue');
  });

  it('reads the same window as a gate due within the days up to that Friday', async () => {
    const within = await goNoGo('2027-03-22', (t) => t.replace('due: day-before', 'within: 4d'));
    const dayBefore = await goNoGo('2027-03-22');
    expect(within.gate).toMatchObject({ due: '2027-03-19', status: 'pass', window: { from: '2027-03-15', to: '2027-03-19' } });
    expect(dayBefore.gate.window).toEqual(within.gate.window);
  });
});

/** The fixture with Nieuw Nickerie's week at 33.3 active in the export of its Friday: the go/no-go fails. */
const failingWeek = (): string => editExport('2027-03-18', raviAway);

describe('while a launch waits, the pause gate-check says to write', () => {
  it('pauses that launch alone, in English and Dutch', async () => {
    const { result } = await goNoGo('2027-03-22', undefined, failingWeek());
    expect(result.decision).toBe('pause');
    expect(recordPauseLine(result, 'en')).toContain(': - { from: 2027-03-22, reason: "Nieuw Nickerie: actief gebruik is 33.3%, the goal is at least 60%", only: { phase: miami } } (`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami` shows what moves)');
    expect(recordPauseLine(result, 'nl')).toContain('de fasen die al lopen gaan door: - { from: 2027-03-22, reason: "Nieuw Nickerie: actief gebruik is 33,3%, het doel is minstens 60%", only: { phase: miami } } (`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami` laat zien wat verschuift)');
  });

  it('names the plan the check read in the what-if it suggests, so that it runs as copied', async () => {
    const { result } = await goNoGo('2027-03-22', undefined, failingWeek());
    const whatIf = (planFile: string) => /`(rollout what-if [^`]*)`/.exec(recordPauseLine(result, 'en', planFile)!)![1];
    expect(whatIf('plans/teams.yaml')).toBe('rollout what-if --pause 2w --at 2027-03-22 --only-phase miami --plan plans/teams.yaml');
    expect(whatIf('Mijn plannen/Teams (v2).yaml')).toBe("rollout what-if --pause 2w --at 2027-03-22 --only-phase miami --plan 'Mijn plannen/Teams (v2).yaml'");
    expect(whatIf("it's.yaml")).toBe(`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami --plan 'it'"'"'s.yaml'`);
    // The default plan needs no --plan; a plan read from standard input is not there to read again.
    expect(whatIf('rollout.yaml')).toBe('rollout what-if --pause 2w --at 2027-03-22 --only-phase miami');
    expect(whatIf('-')).toBe('rollout what-if --pause 2w --at 2027-03-22 --only-phase miami');
  });
});

describe('a critical go/no-go of one location that asked for its rollback', () => {
  it('keeps the verdict it had on its due day once the rollback is written in', async () => {
    const critical = (t: string) => t.replace('guards: next, severity: major }', 'guards: next, severity: critical, location: Nieuw Nickerie }');
    const dir = failingWeek();
    const before = await goNoGo('2027-03-22', critical, dir);
    expect(before.result.decision).toBe('rollback');
    expect(before.gate).toMatchObject({ status: 'fail', observed: 33.3333 });
    const recorded = await goNoGo('2027-03-23', (t) => `${critical(t)}rollback: { on: 2027-03-22, reason: "below 60%", only: { location: Nieuw Nickerie } }\n`, dir);
    expect(recorded.gate).toMatchObject({ status: 'fail', observed: 33.3333, withdrawn: true, window: { from: '2027-03-15', to: '2027-03-19' } });
  });
});
