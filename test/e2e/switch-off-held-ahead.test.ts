import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';
import { paramariboSwitchOff } from '../paramaribo-switch-off.js';

/*
 * The enterprise example as it is: `recommend` (critical, so its contingency is rollback) guards
 * the switch-off of Tuesday 30 March (Easter Monday before it), due 15 March; Thursday 25 March is the
 * last working day before it (Good Friday). Its survey export, as Excel saves it in Dutch
 * (BOM, semicolons, decimal commas, day-first dates), has 12 answers by then, 9 of them 0-6:
 * NPS -50. Every go/no-go passes.
 */
function enterprise(): { dir: string; plan: string; metrics: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  copyFileSync(example('enterprise.yaml'), plan);
  const answers = [3, 6, 9, 2, 5, 10, 4, 6, 0, 9, 6, 5].map((a, i) => `${10 + (i % 4)}-03-2027;nps;${a};Paramaribo`);
  const use = ['12-02-2027;active_use_pct;75;Paramaribo', '26-02-2027;active_use_pct;70,8;Paramaribo', '12-03-2027;active_use_pct;85,7;Georgetown', '19-03-2027;active_use_pct;88;Port of Spain'];
  const metrics = path.join(dir, 'enquete.csv');
  writeFileSync(metrics, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${[...use, ...answers].join('\r\n')}\r\n`);
  return { dir, plan, metrics };
}

describe('gate-check before the switch-off, once a gate guarding it failed on its due day', () => {
  it('decides what its contingency says from that day, naming the switch-off, not continue until the switch-off day', () => {
    const { plan, metrics } = enterprise();
    const at = (day: string, ...more: string[]) => run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', day, '--lang', 'en', ...more]);
    const pending = at('2027-03-12');
    expect([pending.status, pending.stdout]).toEqual([0, expect.stringContaining('\nDecision: continue (exit 0)')]);
    const thursday = at('2027-03-25');
    expect(thursday.status).toBe(3);
    expect(thursday.stdout).toContain('\nDecision: rollback (exit 3): switch-off (Switch off email threads, due 2027-03-30) waits: recommend failed (critical → rollback)\n');
    expect(thursday.stdout).toContain('\nrecommend failed on 2027-03-15: -50, needs > 0. Its window has closed, so no new export changes that: it holds the switch-off (Switch off email threads) until the plan changes.');
    const nl = run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', '2027-03-25', '--lang', 'nl']);
    expect(nl.stdout).toContain('\nBesluit: terugdraaien (exitcode 3): het uitzetten (E-maildiscussies uitzetten, gepland op 2027-03-30) wacht op: recommend niet gehaald (kritiek → terugdraaien)\n');
    const json = JSON.parse(at('2027-03-25', '--format', 'json').stdout);
    expect([json.decision, json.decommission.waits, json.decommission.due]).toEqual(['rollback', true, '2027-03-30']);
  });

  it('writes the rollback notice with render-emails from that day, as gate-check decides', () => {
    const { dir, plan, metrics } = enterprise();
    const out = path.join(dir, 'emails');
    const emails = run(['render-emails', '--plan', plan, '--metrics', metrics, '--at', '2027-03-25', '--lang', 'en', '--out', out]);
    expect(emails.status).toBe(0);
    expect(emails.stderr).toContain('rollout: gate-check decides rollback as of 2027-03-25 (recommend): writing the rollback notice');
    expect(existsSync(path.join(out, '2027-03-25_rollout_rollback.en.md'))).toBe(true);
  });

  it('pauses with a major gate on the Friday before the Monday switch-off, in every output, and the report agrees', () => {
    // paramaribo-actief (major) guards the switch-off of Monday 19 April: due 12 April, it read 78.6 against 80.
    const { dir } = paramariboSwitchOff();
    const at = (...more: string[]) => run(['gate-check', '--at', '2027-04-16', ...more], { cwd: dir });
    const text = at('--lang', 'en');
    expect([text.status, text.stderr]).toEqual([1, '']);
    expect(text.stdout).toContain('\nDecision: pause (exit 1): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) waits: paramaribo-actief failed (major → pause)\n');
    expect(text.stdout).toContain('- { from: 2027-04-19, reason: { nl: "Paramaribo: actief gebruik is 78,6%, het doel is minstens 80%", en: "Paramaribo: active use is 78.6%, the goal is at least 80%" }, only: { phase: uitzetten } }');
    expect(text.stdout).toContain('in gates[1] (paramaribo-actief) write within: 5w in place of within: 4w (due 2027-04-19)');
    expect(at('--lang', 'nl', '--format', 'markdown').stdout).toContain('**Besluit: pauzeren (exitcode 1): het uitzetten (WhatsApp-groepen opheffen, gepland op 2027-04-19) wacht op: paramaribo-actief niet gehaald (ernstig → pauzeren)**');
    const junit = at('--format', 'junit');
    expect([junit.status, junit.stdout]).toEqual([1, expect.stringContaining('<testcase classname="rollout.decision" name="pause">')]);
    expect(at('--format', 'github').stdout).toMatch(/^::error file=rollout\.yaml,line=\d+,title=Gate paramaribo-actief holds the switch-off::/m);
    const report = run(['report', '--at', '2027-04-16', '--lang', 'en', '-o', '-'], { cwd: dir });
    expect(report.stdout).toContain('switch-off (WhatsApp-groepen opheffen, due 19 Apr) waits: paramaribo-actief failed (major → pause)');
    expect(report.stdout).toMatch(/Switching off WhatsApp-groepen<\/span><span class="card-value">not ready<\/span><span class="card-note">[^<]*; held by paramaribo-actief, which failed on 12 Apr/);
  });

  it('continues while the gate is not due yet', () => {
    const { dir } = paramariboSwitchOff();
    const friday = run(['gate-check', '--at', '2027-04-09', '--format', 'json'], { cwd: dir });
    expect(friday.status).toBe(0);
    expect(JSON.parse(friday.stdout)).toMatchObject({ decision: 'continue', decommission: { ready: false, due: '2027-04-19' } });
  });
});
