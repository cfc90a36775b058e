import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

const TRAINED = '  - { id: trained, phase: first-half, metric: training_completion_pct, threshold: 50, within: 1w, severity: minor }\n';

/** The small team's plan (the playbook's gates) in a folder, with `gates` appended, and its first half's active use at 40% the day before the go/no-go. */
function smallTeam(gates = ''): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(example('small-team.yaml'), 'utf8') + gates);
  writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-01-07,active_use_pct,40,first-half\n');
  return dir;
}

type Check = { blockedLaunches: { gates: string[] }[]; nextLaunch: { gates: string[] } | null; gates: { id: string; status: string; due: string; guards: string }[] };
const gateCheck = (dir: string): Check => JSON.parse(run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-08', '--format', 'json'], { cwd: dir }).stdout) as Check;

describe('a plan that writes one gate of its own', () => {
  it('fails validate --strict, naming the launch no gate guards now and the playbook gates to add; added, they judge as the playbook did', () => {
    const one = smallTeam(`gates:\n${TRAINED}`);
    const warned = run(['validate', '--strict'], { cwd: one });
    expect(warned.status).toBe(1);
    const line = warned.stderr.split('\n').find((l) => l.includes('unguarded') || l.includes('no gate guards'))!;
    expect(line).toMatch(/^rollout\.yaml:\d+:1: warning gates: no gate guards the launch of "second-half", so it starts whatever the use before it: a plan's own gates: replace all 6 of the playbook's, /);
    expect(line).toContain('{ id: first-half-go-no-go, phase: first-half, metric: active_use_pct, threshold: 60, due: day-before, guards: next }');
    // Without the go/no-go the next launch waits for nothing.
    expect([gateCheck(one).blockedLaunches, gateCheck(one).nextLaunch]).toEqual([[], null]);

    const items = line.slice(line.indexOf('each a - item: ') + 'each a - item: '.length, -1).split(/(?<=\}), /);
    const kept = smallTeam(`gates:\n${TRAINED}${items.map((item) => `  - ${item}\n`).join('')}`);
    expect(run(['validate', '--strict'], { cwd: kept }).stderr).not.toContain('no gate guards');
    const playbook = gateCheck(smallTeam());
    const both = gateCheck(kept);
    // Its due day: the go/no-go failed, and holds the launch after it from today.
    expect(both.blockedLaunches.map((b) => b.gates)).toEqual([['first-half-go-no-go']]);
    expect(both.gates.filter((g) => g.id !== 'trained')).toEqual(playbook.gates);
    expect(playbook.gates.find((g) => g.id === 'first-half-go-no-go')).toMatchObject({ status: 'fail', guards: 'next' });
  });
});
