import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from 2027-01-04: the core team starts 01-18, after the early adopters'
// go/no-go (>= 60, major → pause) falls due on Friday 01-15. On Monday 01-11 it reads 45 so far.
const metrics = 'Datum,Meting,Waarde,Fase\n08-01-2027,active_use_pct,30,early-adopters\n11-01-2027,active_use_pct,45,early-adopters\n';
const plan = minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] }, metricsImport: { columns: { date: 'Datum', metric: 'Meting', value: 'Waarde', phase: 'Fase' }, dateFormat: 'dd-mm-yyyy' } });

describe('on Monday, a go/no-go due on Friday that fails so far', () => {
  it('is said in every format and the report banner, with exit 0', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'metrics.csv'), metrics);
    const check = (format: string, lang = 'en') => run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-11', '--lang', lang, '--format', format], { cwd: dir });
    const ahead = 'the launch of Core team on 2027-01-18 will wait unless this changes: early-adopters-go-no-go is 45 so far, needs >= 60 on 2027-01-15 (major → pause)';
    const text = check('text');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Decision: continue (exit 0): no launch or switch-off waits today; ${ahead}\n`);
    expect(check('text', 'nl').stdout).toContain('de start van Kernteam op 2027-01-18 gaat wachten als dit zo blijft: early-adopters-go-no-go is tot nu toe 45, nodig: >= 60 op 2027-01-15 (ernstig → pauzeren)\n');
    expect(check('markdown').stdout).toContain(ahead.replace('>=', '\\>='));
    const json = check('json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).nextLaunch).toEqual({ phase: 'core-team', launch: '2027-01-18', gates: ['early-adopters-go-no-go'] });
    const github = check('github');
    expect(github.status).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=rollout\.yaml,(line=\d+,)?title=Gate early-adopters-go-no-go is 45 so far%2C needs >= 60 on 2027-01-15 \(major → pause\)::due 2027-01-15; so far /m);

    for (const [lang, words] of [
      ['en', 'the launch of Core team on 18 Jan will wait unless this changes: early-adopters-go-no-go is 45 so far, needs ≥ 60 on 15 Jan (major → pause)'],
      ['nl', 'de start van Kernteam op 18 jan gaat wachten als dit zo blijft: early-adopters-go-no-go is tot nu toe 45, nodig: ≥ 60 op 15 jan (ernstig → pauzeren)'],
    ]) {
      const report = run(['report', '--metrics', 'metrics.csv', '--at', '2027-01-11', '--lang', lang!, '--output', `report.${lang}.html`], { cwd: dir });
      expect(report.status).toBe(0);
      const banner = /<div class="banner decision-continue"[^]*?<\/div>/.exec(readFileSync(path.join(dir, `report.${lang}.html`), 'utf8'))?.[0];
      expect(banner).toContain(words);
    }
  });

  it('is not said before the week of its due day: a phase’s first days read low', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'metrics.csv'), 'Datum,Meting,Waarde,Fase\n04-01-2027,active_use_pct,3,early-adopters\n08-01-2027,active_use_pct,30,early-adopters\n');
    const check = (at: string, format = 'text') => run(['gate-check', '--metrics', 'metrics.csv', '--at', at, '--format', format], { cwd: dir });
    for (const at of ['2027-01-04', '2027-01-08']) {
      expect(check(at).stdout).toContain('Decision: continue (exit 0): no launch or switch-off waits\n');
      expect(JSON.parse(check(at, 'json').stdout).nextLaunch).toBeNull();
      expect(check(at, 'github').stdout).not.toContain('::warning');
    }
    // Monday of the week the go/no-go falls due (Friday 01-15): said.
    expect(check('2027-01-11').stdout).toContain('the launch of Core team on 2027-01-18 will wait unless this changes: early-adopters-go-no-go is 30 so far');
  });
});
