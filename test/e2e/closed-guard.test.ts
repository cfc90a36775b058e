import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { paramariboSwitchOff, SWITCH_OFF_PAUSE } from '../paramaribo-switch-off.js';

/*
 * paramaribo-actief (Paramaribo at >= 80% active use 4 weeks after its launch on Monday 15 March,
 * due Monday 12 April) guards the switch-off. The export of Saturday 10 April has 11 of Paramaribo's
 * 14 active within 7 days: 78.57%, shown 78.6, so it failed; the switch-off of 19 April is paused,
 * open. The export of Saturday 8 May has all 16 active: 100%. Monday 10 May is 8 weeks (56 days)
 * after 15 March.
 */
const check = (dir: string, lang: string, format = 'text') => run(['gate-check', '--at', '2027-05-10', '--lang', lang, '--format', format], { cwd: dir });

describe('gate-check while a gate guarding the paused switch-off failed on a window that has closed', () => {
  it('says so with its value and condition, and what to write in the plan, in text and Markdown, English and Dutch; JSON names it', () => {
    const { dir } = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    const en = check(dir, 'en');
    expect([en.status, en.stderr]).toEqual([1, '']);
    expect(en.stdout).toContain('\nparamaribo-actief failed on 2027-04-12: 78.6, needs >= 80. Its window has closed, so no new export changes that: it holds the switch-off (WhatsApp-groepen opheffen) until the plan changes. To go on, give the gate a later due day, so that it reads the exports up to it: in gates[1] (paramaribo-actief) write within: 8w in place of within: 4w (due 2027-05-10); or drop guards: decommission from gates[1], so that it only reports; or keep the plan\'s pause of the switch-off, which leaves the old system on\n');
    expect(en.stdout).toContain('\nDecommission (WhatsApp-groepen opheffen, on hold): not ready; condition met (active use is 100 (whole organization), needs >= 80); guarded by paramaribo-actief (failed on 2027-04-12)\n');
    const nl = check(dir, 'nl');
    expect(nl.stdout).toContain('\nparamaribo-actief niet gehaald op 2027-04-12: 78,6, nodig: >= 80. De periode die het meet is voorbij, dus geen nieuwe export verandert dat: het houdt het uitzetten (WhatsApp-groepen opheffen) tegen tot het plan verandert. Om verder te gaan: geef het toetsmoment een latere datum');
    expect(nl.stdout).toContain('schrijf in gates[1] (paramaribo-actief) within: 8w in plaats van within: 4w (datum 2027-05-10)');
    expect(nl.stdout).not.toContain('nog niet klaar; actief gebruik is 100');
    expect(nl.stdout).toContain('nog niet klaar; voorwaarde gehaald (actief gebruik is 100 (hele organisatie), nodig: >= 80); bewaakt door paramaribo-actief (niet gehaald op 2027-04-12)');
    expect(check(dir, 'en', 'markdown').stdout).toContain('\n\nparamaribo-actief failed on 2027-04-12: 78.6, needs \\>= 80. Its window has closed');
    const json = JSON.parse(check(dir, 'en', 'json').stdout);
    expect(json.decommission).toEqual({ ready: false, due: null, guards: ['paramaribo-actief'], closed: [{ gate: 'paramaribo-actief', failedOn: '2027-04-12', observed: 78.5714, index: 1, within: '4w', later: '8w', laterDue: '2027-05-10' }] });
  });

  it('says it in JUnit (the gate and the decision) and as a GitHub annotation on the gate\'s line, with the same fix', () => {
    const { dir } = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    const fix = 'To go on, give the gate a later due day, so that it reads the exports up to it: in gates[1] (paramaribo-actief) write within: 8w in place of within: 4w (due 2027-05-10)';
    const junit = check(dir, 'nl', 'junit');
    expect(junit.status).toBe(1);
    expect(junit.stdout).toContain('not &gt;= 80&#10;paramaribo-actief failed on 2027-04-12: 78.6, needs &gt;= 80. Its window has closed, so no new export changes that: it holds the switch-off (uitzetten) until the plan changes. ');
    // The gate's failure, its message and its text; the decision's text and the suite's output.
    expect(junit.stdout.split(fix).length - 1).toBe(4);
    const github = check(dir, 'en', 'github');
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::error file=rollout\.yaml,line=\d+,title=Gate paramaribo-actief holds the switch-off::paramaribo-actief failed on 2027-04-12: 78\.6, needs >= 80\. Its window has closed/m);
    expect(github.stdout).toContain(fix);
  });

  it("shows it on the report's switch-off card, in English and Dutch", () => {
    const { dir } = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    const page = (lang: string) => run(['report', '--at', '2027-05-10', '--lang', lang, '-o', '-'], { cwd: dir }).stdout;
    expect(page('en')).toMatch(/Switching off WhatsApp-groepen<\/span><span class="card-value">not ready<\/span><span class="card-note">[^<]*; held by paramaribo-actief, which failed on 12 Apr \(78\.6, needs ≥ 80\): its window has closed, so no new export changes that/);
    expect(page('nl')).toMatch(/WhatsApp-groepen uitzetten<\/span><span class="card-value">nog niet klaar<\/span><span class="card-note">[^<]*; tegengehouden door paramaribo-actief, niet gehaald op 12 apr \(78,6, nodig: ≥ 80\): de periode die het meet is voorbij/);
  });

  it('with the within it names written in, says the switch-off is ready; with the end written in, the switch-off goes on', () => {
    const { dir, plan } = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('within: 4w', 'within: 8w'));
    const ready = check(dir, 'en');
    expect(ready.stdout).toContain('\nThe switch-off (WhatsApp-groepen opheffen) is ready now (active use is 100 (whole organization), needs >= 80, paramaribo-actief 100 >= 80). If that was why it paused, add the end to the pause in the plan to switch off: until: 2027-05-17, untilDecided: 2027-05-10 (');
    expect(ready.stdout).not.toContain('Its window has closed');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('only: { phase: uitzetten } }', 'only: { phase: uitzetten }, until: 2027-05-17, untilDecided: 2027-05-10 }'));
    const on = run(['gate-check', '--at', '2027-05-17', '--format', 'json'], { cwd: dir });
    expect([on.status, JSON.parse(on.stdout).decision, JSON.parse(on.stdout).decommission]).toEqual([0, 'continue', { ready: true, due: '2027-05-17', guards: ['paramaribo-actief'] }]);
  });
});
