import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from 2027-01-04: the core team launches on Monday 01-18, its go/no-go on the
// early adopters (>= 60% active use) is due Friday 01-15, and reads 45 that day.
const plan = stringify(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } }));
const metrics = 'date,metric,value,phase\n2027-01-08,active_use_pct,30,early-adopters\n2027-01-15,active_use_pct,45,early-adopters\n';
const PAUSE = /- \{ from: 2027-01-18, reason: \{ \w+: "[^"]*", \w+: "[^"]*" \}, only: \{ phase: core-team \} \}/;

describe('gate-check once the pause of the launch it asks for is in the plan, ahead of the launch', () => {
  it('continues, says the pause holds the launch, and does not ask for it again, in English and Dutch', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'metrics.csv'), metrics);
    writeFileSync(path.join(dir, 'rollout.yaml'), plan);
    const check = (lang: string, format = 'text') => run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-15', '--lang', lang, '--format', format], { cwd: dir });
    const before = check('en');
    expect(before.status).toBe(1);
    const [line] = PAUSE.exec(before.stdout) ?? [];
    expect(line).toBeDefined();
    writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}pauses:\n  ${line}\n`);
    const en = check('en');
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("\nDecision: continue (exit 0): launch of Core team on 2027-01-18 is held by the plan's pause from 2027-01-18: early-adopters-go-no-go failed (major → pause); only an export dated up to 2027-01-15 still counts\n");
    expect(en.stdout).not.toMatch(PAUSE);
    const nl = check('nl');
    expect(nl.stdout).toContain('\nBesluit: doorgaan (exitcode 0): de start van Kernteam op 2027-01-18 wordt vanaf 2027-01-18 aangehouden door de pauze in het plan: early-adopters-go-no-go niet gehaald (ernstig → pauzeren)');
    expect(nl.stdout).not.toMatch(PAUSE);
    expect(JSON.parse(check('en', 'json').stdout)).toMatchObject({ decision: 'continue', blockedLaunches: [{ phase: 'core-team', launch: '2027-01-18', pausedFrom: '2027-01-18' }] });
  });
});
