import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { formWithAnonymous } from '../sources/support.js';

/*
 * A satisfaction question is answered from 1 to 10. One answer typed as 12 in a handful moves the
 * mean by a point, which can turn a failing gate into a pass: it is a bad row at its cell, as an
 * NPS answer outside 0-10 is.
 */
const FORM = 'adoption/exports/Teams-enquete (Excel NL).csv';
const gates = [{ id: 'everyone', phase: 'pilot', scope: 'organization', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '2w', minSamples: 2 }];

/** The Dutch Forms export with one answer of 12 to the 1-10 question (row 4 of the file: 7 becomes 12). */
function typo(change: (plan: Record<string, unknown>) => void = () => {}): string {
  const dir = formWithAnonymous((plan) => {
    plan.gates = gates;
    change(plan as unknown as Record<string, unknown>);
  });
  const file = path.join(dir, FORM);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Mireille Kartodikromo;7;8;', 'Mireille Kartodikromo;12;8;'));
  return dir;
}

describe('an answer outside its metric range, through the built binary', () => {
  it('stops gate-check at its file, line and column with exit 2, and --lenient leaves it out of the mean', () => {
    const dir = typo();
    const r = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `rollout: ${FORM}:4:6: the satisfaction answer "12" is not from 1 to 10, the range of satisfaction; correct it in the export, or run with --lenient to skip bad rows; a metric on another scale gives its range under metrics: (range: [LOW, HIGH])\n`,
    );
    const lenient = run(['gate-check', '--at', '2027-03-15', '--format', 'json', '--lenient'], { cwd: dir });
    const gate = (JSON.parse(lenient.stdout) as { gates: { id: string; samples: number; observed: number }[] }).gates[0]!;
    // 9, 8 (the pilot) and the anonymous 5 and 6, without the 12: 7, not 8.
    expect(gate).toMatchObject({ samples: 4, observed: 7 });
    expect(lenient.stderr).toContain(`rollout: skipped 1 bad row (--lenient):\n  ${FORM}:4:6: the satisfaction answer "12" is not from 1 to 10, the range of satisfaction\n`);
  });

  it('reads the answer when the plan gives its own satisfaction metric another range, and refuses a range written backwards at its line', () => {
    const wide = typo((plan) => {
      plan.metrics = [{ name: 'satisfaction', label: 'Satisfaction (1-20)', unit: 'score', range: [1, 20] }];
    });
    const gate = (JSON.parse(run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: wide }).stdout) as { gates: { samples: number; observed: number }[] }).gates[0]!;
    expect(gate).toMatchObject({ samples: 5, observed: 8 });
    const backwards = typo((plan) => {
      plan.metrics = [{ name: 'satisfaction', unit: 'score', range: [10, 1] }];
    });
    const v = run(['validate'], { cwd: backwards });
    expect(v.status).toBe(1);
    expect(v.stdout + v.stderr).toMatch(/rollout\.yaml:\d+:\d+: error metrics\[0\]\.range: the range of satisfaction runs from 10 down to 1 \(write the lowest value first, such as \[1, 10\]\)/);
  });

  it('refuses a gate threshold outside the range, and a --metrics file value outside it is a bad row', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(
      plan,
      [
        'version: 1',
        'tool: { name: Microsoft Teams }',
        'organization: { name: Kaiteur, headcount: 10, locations: [{ name: Paramaribo, timezone: America/Paramaribo }] }',
        'start: 2027-03-01',
        'phases: [{ id: pilot, name: Pilot, audience: all, weeks: 2 }]',
        'gates: [{ id: happy, phase: pilot, metric: satisfaction, aggregate: mean, threshold: 70, within: 2w }]',
      ].join('\n') + '\n',
    );
    const v = run(['validate', '--plan', plan]);
    expect(v.status).toBe(1);
    expect(v.stdout + v.stderr).toContain("error gates[0].threshold: threshold 70 lies outside satisfaction's range, 1 to 10 (give a threshold from 1 to 10, or the metric the range of its answers under metrics)");
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('threshold: 70', 'threshold: 7'));
    const usage = path.join(dir, 'usage.csv');
    writeFileSync(usage, 'date,metric,value\n2027-03-08,satisfaction,8\n2027-03-09,satisfaction,80\n2027-03-10,satisfaction,7\n');
    const r = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-03-15']);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining(`usage.csv:3:`)]);
    expect(r.stderr).toContain('is not from 1 to 10, the range of satisfaction');
  });
});
