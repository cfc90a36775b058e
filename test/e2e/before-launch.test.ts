import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

describe('gate-check and report before the first launch, while the exports are not there yet', () => {
  it('judge nothing and say why, where the plan names an export no file matches yet; from the launch on it is an error', () => {
    const dir = tempDir();
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    // The tickets export is written in the plan before the helpdesk has exported anything.
    writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(example('adoption.yaml'), 'utf8').replace('adoption/exports/tickets-export-*.csv', 'adoption/exports/tickets-2027-*.csv'));
    const note = 'rollout: rollout.yaml:92:11: "adoption/exports/tickets-2027-*.csv" matches no file yet; before the first launch on 2027-03-01 the sources are not read, and ';
    const check = run(['gate-check', '--at', '2027-02-22', '--format', 'json'], { cwd: dir });
    expect([check.status, check.stderr]).toEqual([0, `${note}the gates are not judged until then\n`]);
    const result = JSON.parse(check.stdout) as { decision: string; gates: { status: string; observed: number | null }[] };
    expect([result.decision, [...new Set(result.gates.map((g) => [g.status, g.observed].join(' ')))]]).toEqual(['continue', ['pending ']]);
    const report = run(['report', '--at', '2027-02-22', '-o', 'report.html'], { cwd: dir });
    expect([report.status, report.stdout, report.stderr]).toEqual([0, 'wrote report.html (no metrics given)\n', `${note}the report shows the plan with its gates not yet judged\n`]);
    // On the launch day the export is due: the same line the exports always gave.
    const due = run(['gate-check', '--at', '2027-03-01'], { cwd: dir });
    expect([due.status, due.stderr]).toEqual([2, 'rollout: rollout.yaml:92:11: "adoption/exports/tickets-2027-*.csv" matches no file in adoption/exports; export the data there or correct sources[4].file\n']);
  });
});
