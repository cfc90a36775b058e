import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { parseDay } from '../../src/util/dates.js';
import { recordPauseLine } from '../../src/reporters/gates/labels.js';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Nieuw Nickerie launches Monday 15 March for one week; its go/no-go falls due Friday 19, the
 * working day before Miami launches on Monday 22. Teams exports weekly, dated Sunday: the export
 * of 21 March (2 of 3 active over 15..21) is the only one of the branch's week.
 */
const DIR = path.join(ROOT, 'test/fixtures/weekly-export');

async function goNoGo(at: string, change: (text: string) => string = (t) => t, dir = DIR) {
  const file = path.join(dir, 'rollout.yaml');
  const { plan } = loadPlan(change(readFileSync(file, 'utf8')), file);
  const { result } = await checkGates({ plan: plan!, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });
  return { result, gate: result.gates.find((g) => g.id === 'nickerie-go-no-go')! };
}

describe('a go/no-go reads the weekly export dated on the days off before the launch it guards', () => {
  it('passes on launch morning on the Sunday export, and the launch goes on', async () => {
    const { result, gate } = await goNoGo('2027-03-22');
    expect(gate).toMatchObject({ due: '2027-03-19', status: 'pass', observed: 66.6667, window: { from: '2027-03-15', to: '2027-03-21' } });
    expect(gate.reason).toBe('last of 1 active_use_pct row from 2027-03-15 to 2027-03-21 is 66.6667 on 2027-03-21, >= 60');
    expect(result.decision).toBe('continue');
    expect(result.blockedLaunches).toEqual([]);
  });

  it('is still due on its working day, before the export is in: nothing read yet, and the Sunday export still counts', async () => {
    const { result, gate } = await goNoGo('2027-03-19');
    expect(gate).toMatchObject({ status: 'inconclusive', window: { from: '2027-03-15', to: '2027-03-19' } });
    expect(result.nextLaunch).toMatchObject({ phase: 'miami', gates: ['nickerie-go-no-go'], readsUntil: '2027-03-21' });
    // On Sunday, failing on that day's export, its window reads no further than the day checked.
    const sunday = await goNoGo('2027-03-21', undefined, failingWeek());
    expect([sunday.gate.status, sunday.result.nextLaunch]).toEqual(['fail', expect.not.objectContaining({ readsUntil: expect.anything() })]);
    expect(sunday.result.nextLaunch).toMatchObject({ phase: 'miami' });
  });

  it('a gate due within some days reads up to its due day only', async () => {
    const within = await goNoGo('2027-03-22', (t) => t.replace('due: day-before', 'within: 4d'));
    expect(within.gate).toMatchObject({ due: '2027-03-19', status: 'inconclusive', window: { to: '2027-03-19' } });
    expect((await goNoGo('2027-03-19', (t) => t.replace('due: day-before', 'within: 4d'))).result.nextLaunch).not.toHaveProperty('readsUntil');
  });
});

/** The fixture with one of the three at Nieuw Nickerie last active before the branch launched: 33.3, the go/no-go fails. */
function failingWeek(): string {
  const dir = tempDir();
  cpSync(DIR, dir, { recursive: true });
  const file = path.join(dir, 'exports/TeamsUserActivityUserDetail20270321.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace('ravi.ramdin@sewnarain.sr,2027-03-17', 'ravi.ramdin@sewnarain.sr,2027-03-05'));
  return dir;
}

describe('while a launch waits, the pause gate-check says to write', () => {
  it('pauses that launch alone, in English and Dutch', async () => {
    const { result } = await goNoGo('2027-03-22', undefined, failingWeek());
    expect(result.decision).toBe('pause');
    expect(recordPauseLine(result, 'en')).toContain(': - { from: 2027-03-22, reason: "nickerie-go-no-go failed (major → pause)", only: { phase: miami } } (`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami` shows what moves)');
    expect(recordPauseLine(result, 'nl')).toContain('de fasen die al lopen gaan door: - { from: 2027-03-22, reason: "nickerie-go-no-go niet gehaald (groot → pauzeren)", only: { phase: miami } } (`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami` laat zien wat verschuift)');
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
  it('keeps the verdict it had on the rollback’s morning once the rollback is written in', async () => {
    const critical = (t: string) => t.replace('guards: next, severity: major }', 'guards: next, severity: critical, location: Nieuw Nickerie }');
    const dir = failingWeek();
    const before = await goNoGo('2027-03-22', critical, dir);
    expect(before.result.decision).toBe('rollback');
    expect(before.gate).toMatchObject({ status: 'fail', observed: 33.3333 });
    const recorded = await goNoGo('2027-03-23', (t) => `${critical(t)}rollback: { on: 2027-03-22, reason: "below 60%", only: { location: Nieuw Nickerie } }\n`, dir);
    expect(recorded.gate).toMatchObject({ status: 'fail', observed: 33.3333, withdrawn: true, window: { from: '2027-03-15', to: '2027-03-21' } });
  });
});
