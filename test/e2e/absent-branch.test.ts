import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { BRANCH_IDS, adoptionCopy } from '../sources/support.js';

describe('a week whose Teams export lacks the Nieuw Nickerie branch, through the built binary', () => {
  it('metrics gives the branch no value that day and says why on stderr; its gate reads no 0 from it', () => {
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270329.csv');
    writeFileSync(file, readFileSync(file, 'utf8').split('\r\n').filter((l) => !BRANCH_IDS.test(l)).join('\r\n'));
    const metrics = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    const rows = metrics.stdout.split('\r\n').filter((l) => l.startsWith('2027-03-29,active_use_pct,'));
    expect(rows.some((l) => l.includes('Nieuw Nickerie') || l.includes(',nickerie,'))).toBe(false);
    // 13 of the 16 Paramaribo people: Yvonne, who alone has no row, still counts as not active.
    expect(rows).toContain('2027-03-29,active_use_pct,81.25,,,,15');
    expect(metrics.stderr).toContain('the report of 2027-03-29 has no row for 7 roster people who had rows in an earlier report (phase nickerie; group Branch; location Nieuw Nickerie)');
    const gates = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    const nickerie = (JSON.parse(gates.stdout) as { gates: { id: string; observed: number | null; reason: string }[] }).gates.find((g) => g.id === 'nickerie-active')!;
    // The branch launched that day: with no row of it, its gate has nothing yet instead of 0%.
    expect(nickerie.observed).toBeNull();
    expect(gates.stderr).toContain('has no row for 7 roster people');
  });
});
