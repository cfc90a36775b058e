import { appendFileSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Tropisch Ingenieursbureau switches off its WhatsApp groups from Monday 12 April 2027 once active
 * use is 80% everywhere. Moengo is at 37.5% on Sunday 11 April: the switch-off waits. Moengo rolls
 * back on 19 April; on Sunday 30 May it is at 87.5%.
 */
function folder(): { dir: string; plan: string; check: (at: string, lang?: string, format?: string) => ReturnType<typeof run> } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  copyFileSync(path.join(ROOT, 'test/fixtures/switch-off-pause/rollout.yaml'), plan);
  const rows = ['07-03-2027;active_use_pct;75;pilot', '21-03-2027;active_use_pct;64,7;paramaribo', '11-04-2027;active_use_pct;100;pilot', '11-04-2027;active_use_pct;87,5;paramaribo', '11-04-2027;active_use_pct;37,5;moengo', '30-05-2027;active_use_pct;90;paramaribo', '30-05-2027;active_use_pct;87,5;moengo'];
  writeFileSync(path.join(dir, 'usage.csv'), `\uFEFFdate;metric;value;phase\r\n${rows.join('\r\n')}\r\n`);
  const check = (at: string, lang = 'en', format = 'text') => run(['gate-check', '--metrics', 'usage.csv', '--at', at, '--lang', lang, '--format', format], { cwd: dir });
  return { dir, plan, check };
}

const ROLLBACK = 'rollback:\n  - on: 2027-04-19\n    reason: { nl: te weinig gebruik in Moengo, en: too little use in Moengo }\n    only: { location: Moengo }\n';

describe('gate-check on the day the switch-off waits for its condition', () => {
  it('says what to write into the plan to hold it, in text and Markdown, English and Dutch; written in, the rollback a week later is told right', () => {
    const { dir, plan, check } = folder();
    const held = check('2027-04-12');
    expect([held.status, held.stderr]).toEqual([1, '']);
    const [, line] = /the old system stays on: (- \{.*\}) \(`rollout what-if --pause 2w --at 2027-04-12 --only-phase decommission` shows what moves\)$/m.exec(held.stdout) ?? [];
    expect(line).toBe('- { from: 2027-04-12, reason: { nl: "actief gebruik is 37,5 (laagste: fase Moengo), nodig: >= 80", en: "active use is 37.5 (lowest: phase Moengo), needs >= 80" }, only: { phase: decommission } }');
    expect(check('2027-04-12', 'nl').stdout).toContain(`het oude systeem blijft aan: ${line}`);
    expect(check('2027-04-12', 'en', 'markdown').stdout).toContain('\n\nTo hold the switch-off, add the pause under pauses: in the plan');
    expect(run(['what-if', '--pause', '2w', '--at', '2027-04-12', '--only-phase', 'decommission', '--lang', 'en'], { cwd: dir }).status).toBe(0);
    appendFileSync(plan, `pauses:\n  ${line}\n${ROLLBACK}`);
    // The old system was never turned off: no warning says it was, everyone hears the switch-off is postponed, no review is written.
    const valid = run(['validate'], { cwd: dir });
    expect(valid.status).toBe(0);
    expect(valid.stderr + valid.stdout).not.toContain('after the old system was turned off');
    const out = path.join(dir, 'mails');
    expect(run(['render-emails', '--out', out, '--at', '2027-04-12'], { cwd: dir }).status).toBe(0);
    const later = readdirSync(out).filter((f) => f >= '2027-04-19');
    expect(later).toEqual(expect.arrayContaining(['2027-04-19_rollout_switch-off-postponed.en.md', '2027-04-19_rollout_switch-off-postponed.nl.md']));
    expect(later.filter((f) => /review|retrospective/.test(f))).toEqual([]);
  });
});

describe('gate-check during the open pause of the switch-off, once its condition holds', () => {
  it('says how to end the pause in text and Markdown, English and Dutch; JSON gives causeGone; written in, the switch-off is dated', () => {
    const { dir, plan, check } = folder();
    appendFileSync(plan, 'pauses:\n  - { from: 2027-04-12, reason: "active use is 37.5 (lowest: phase Moengo), needs >= 80", only: { phase: decommission } }\n');
    const en = check('2027-05-31');
    expect([en.status, en.stderr]).toEqual([1, '']);
    expect(en.stdout).toContain('\nThe switch-off (Switch off WhatsApp groups) is ready now (active use is 87.5 (lowest: phase Moengo), needs >= 80). If that was why it paused, add the end to the pause in the plan to switch off: until: 2027-06-07, untilDecided: 2027-05-31 (');
    expect(en.stdout).not.toContain('To hold the switch-off');
    expect(check('2027-05-31', 'nl').stdout).toContain('\nHet uitzetten (WhatsApp-groepen uitzetten) kan nu (actief gebruik is 87,5 (laagste: fase Moengo), nodig: >= 80). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om uit te zetten: until: 2027-06-07, untilDecided: 2027-05-31 (');
    expect(check('2027-05-31', 'en', 'markdown').stdout).toContain('\n\nThe switch-off (Switch off WhatsApp groups) is ready now (active use is 87.5 (lowest: phase Moengo), needs \\>= 80).');
    expect(JSON.parse(check('2027-05-31', 'en', 'json').stdout).openPause.causeGone).toEqual({ gates: [], until: '2027-06-07', untilDecided: '2027-05-31' });
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('only: { phase: decommission } }', 'only: { phase: decommission }, until: 2027-06-07, untilDecided: 2027-05-31 }'));
    expect(check('2027-05-31').stdout).not.toContain('ready now');
    const phases = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout).phases as { id: string; start: string }[];
    expect(phases.find((p) => p.id === 'decommission')!.start).toBe('2027-06-07');
  });
});
