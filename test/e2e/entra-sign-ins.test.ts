import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

type Gate = { id: string; status: string; observed: number | null };

const FIXTURE = path.join(ROOT, 'test/fixtures/entra');
const LOG = 'InteractiveSignIns_2027-03-01_2027-03-15.csv';

/**
 * A 10-person NGO in Paramaribo with an Entra ID sign-in download (one row per sign-in, every
 * application, failed ones too) of 1-15 March: each of the 5 pilot people signed in to Teams in
 * the week up to Friday 12 March, on different days.
 */
function ngo(plan: (text: string) => string = (text) => text): string {
  const dir = tempDir();
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'rollout.yaml'), plan(readFileSync(path.join(FIXTURE, 'rollout.yaml'), 'utf8')));
  return dir;
}

/** Every user name, principal name and id the download holds, and the roster's names: none may be shown. */
function identities(): string[] {
  const [header, ...rows] = readFileSync(path.join(FIXTURE, LOG), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const columns = header!.split(',');
  const cells = ['User', 'Username', 'User ID'].map((name) => columns.indexOf(name));
  const roster = readFileSync(path.join(FIXTURE, 'people.csv'), 'utf8').trim().split(/\r?\n/).slice(1).flatMap((line) => line.split(',').slice(0, 2));
  return [...new Set([...rows.flatMap((row) => cells.map((i) => row.split(',')[i]!)), ...roster])];
}

describe('an Entra ID sign-in log through the built binary', () => {
  it('reads kind: sign-ins as who signed in to Teams within 7 days of each day: the pilot go/no-go reads 100 and passes', () => {
    const dir = ngo();
    const r = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'pilot-go-no-go')).toMatchObject({ status: 'pass', observed: 100 });
    const metrics = run(['metrics', '--at', '2027-03-15', '--format', 'csv'], { cwd: dir });
    expect(metrics.stdout.split('\n').filter((l) => l.includes(',pilot,')).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(
      ['08', '09', '10', '11', '12'].map((d) => `2027-03-${d},active_use_pct,100`),
    );
    for (const out of [r, metrics]) for (const id of identities()) expect(`${out.stdout}\n${out.stderr}`).not.toContain(id);
  });

  it('stops read as kind: activity, at the row that shows an event log, saying to write kind: sign-ins', () => {
    const dir = ngo((text) => text.replace('kind: sign-ins', 'kind: activity\n    lastActive: Date (UTC)'));
    const r = run(['gate-check', '--at', '2027-03-15'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${LOG.replace(/\./g, '\\.')}:4: .*this looks like an event log .*Write kind: sign-ins`));
    expect(r.stdout).toBe('');
    for (const id of identities()) expect(r.stderr).not.toContain(id);
  });

  it('stops at the plan’s person when no account with sign-ins is in the roster, naming the download, no account', () => {
    const dir = ngo((text) => text.replace('person: Username', 'person: User ID'));
    const r = run(['gate-check', '--at', '2027-03-15'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^rollout: rollout\\.yaml:22:13: none of the \\d+ accounts with sign-ins that count in ${LOG.replace(/\./g, '\\.')} is in the roster people\\.csv; check that people\\.columns\\.person names`));
    for (const id of identities()) expect(r.stderr).not.toContain(id);
  });
});
