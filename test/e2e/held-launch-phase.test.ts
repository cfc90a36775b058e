import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from 2027-01-04: the core team starts 01-18 once the early adopters'
// go/no-go (>= 60, major → pause) passes; it reads 45.
const plan = minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } });
const metrics = 'date,metric,value,phase\n2027-01-08,active_use_pct,30,early-adopters\n2027-01-15,active_use_pct,45,early-adopters\n';

describe('the current phase on the day a launch waits', () => {
  it('is the phase before it, in text, JSON and the report, while the decision names the launch', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'metrics.csv'), metrics);
    const check = (...more: string[]) => run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-18', ...more], { cwd: dir });
    const en = check('--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stdout).toMatch(/^Gate check as of 2027-01-18, current phase: Early adopters\n/);
    expect(en.stdout).toContain('Decision: pause (exit 1): launch of Core team on 2027-01-18 waits: early-adopters-go-no-go failed (major → pause)');
    expect(check('--lang', 'nl').stdout).toMatch(/^Toetsing op 2027-01-18, huidige fase: Koplopers\n/);
    expect(JSON.parse(check('--format', 'json').stdout).currentPhase).toBe('early-adopters');
    for (const [lang, label, name] of [
      ['en', 'Current phase', 'Early adopters'],
      ['nl', 'Huidige fase', 'Koplopers'],
    ]) {
      const report = run(['report', '--metrics', 'metrics.csv', '--at', '2027-01-18', '--lang', lang!, '-o', '-'], { cwd: dir });
      expect(report.stdout).toContain(`<span class="card-label">${label}</span><span class="card-value">${name}</span>`);
    }
  });
});
