import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies: the head office in Paramaribo (21 people, Dutch and English) and the branch in
 * Albina (4 people, Dutch, a poor line). Teams does not work in Albina: on Monday 19 April 2027
 * the branch goes back to e-mail and WhatsApp, and Paramaribo goes on.
 */
const ALBINA = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const text = readFileSync(ALBINA, 'utf8');

function planFile(yaml: string): string {
  const file = path.join(tempDir(), 'rollout.yaml');
  writeFileSync(file, yaml);
  return file;
}

interface Item {
  date: string | null;
  type: string;
  key: string;
  phase?: string;
  location?: string;
  onHold?: true;
  plannedDate?: string;
}

describe('a rollback of the Albina branch, end to end', () => {
  it('schedule --format json withdraws what Albina still had, holds the switch-off and keeps the head office', () => {
    const schedule = JSON.parse(run(['schedule', '--plan', ALBINA, '--format', 'json']).stdout) as { events: Item[]; rollbacks: { on: string; only: unknown; phases: string[]; withdrawn: { events: Item[] } }[]; pauses: unknown[]; rollback?: unknown };
    expect(schedule.rollback).toBeUndefined();
    expect(schedule.pauses).toEqual([]);
    expect(schedule.rollbacks.map((r) => [r.on, r.only, r.phases, r.withdrawn.events.map((e) => [e.key, e.date])])).toEqual([['2027-04-19', { location: 'Albina' }, ['albina'], [['albina-success', '2027-05-04']]]]);
    expect(schedule.events.filter((e) => e.type === 'rollback').map((e) => [e.date, e.key, e.location])).toEqual([['2027-04-19', 'rollback-1', 'Albina']]);
    const held = schedule.events.filter((e) => e.onHold);
    expect(held.filter((e) => e.type === 'decommission').map((e) => [e.key, e.date, e.plannedDate])).toEqual([
      ['export-data', null, '2027-04-19'],
      ['archive', null, '2027-04-20'],
      ['turn-off', null, '2027-04-23'],
      ['celebrate', null, '2027-04-23'],
    ]);
    expect(schedule.events.find((e) => e.key === 'head-office-active')).toMatchObject({ date: '2027-04-12' });
    // The switch-off was announced on 5 April, before the rollback: that went out, and stays dated.
    expect(schedule.events.filter((e) => e.key === 'decommission-notice')).toEqual([expect.objectContaining({ date: '2027-04-05', type: 'announcement', phase: 'switch-off' })]);
    expect(schedule.events.find((e) => e.key === 'decommission-notice')!.onHold).toBeUndefined();
  });

  it('the calendar cancels the withdrawn gate and the held switch-off, each saying why', () => {
    const calendar = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', ALBINA, '--format', 'ics', '--lang', 'en']).stdout)).getAllSubcomponents('vevent');
    const entry = (uid: string) => calendar.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(uid))!;
    const gate = entry('gate-albina-albina-success');
    expect([gate.getFirstPropertyValue('status'), gate.getFirstPropertyValue('sequence'), gate.getFirstPropertyValue('description')]).toEqual(['CANCELLED', 1, 'Cancelled: Albina rolled back on 2027-04-19: Teams does not work on the internet line in Albina']);
    const off = entry('decommission-switch-off-turn-off');
    expect(off.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(off.getFirstPropertyValue('description')).toBe('Cancelled: it waits for Albina, rolled back on 2027-04-19: Teams does not work on the internet line in Albina. It gets a new date when Albina starts again.');
    expect(entry('rollback-rollback-1-albina').getFirstPropertyValue('summary')).toBe('Rollback of Albina (the rest goes on): Teams does not work on the internet line in Albina');
    expect(entry('gate-head-office-head-office-active').getFirstPropertyValue('status')).toBeNull();
  });

  it('the table and the CSV say it too', () => {
    const table = run(['schedule', '--plan', ALBINA, '--lang', 'en']).stdout;
    expect(table).toContain('Microsoft Teams rollout at Sranan Advies: 25 people, from 2027-03-01, end open: the switch-off waits for Albina, rolled back');
    expect(table).toContain('Rolled back in Albina on 2027-04-19 (the rest goes on): Teams does not work on the internet line in Albina');
    expect(table).toContain('On hold while Albina is rolled back (the old system stays on):');
    const held = table.slice(table.indexOf('On hold while'), table.indexOf('┌'));
    expect(held).toContain('Turn off email chains and WhatsApp groups');
    expect(held).not.toContain('Announce that email chains');
    expect(table).toMatch(/│ 2027-04-05 │ +│ announcement +│ switch-off +│ +│ Announce that email chains and WhatsApp groups will be turned off/);
    const dutch = run(['schedule', '--plan', ALBINA, '--format', 'markdown']).stdout;
    const waiting = dutch.slice(dutch.indexOf('## Wacht zolang Albina'), dutch.indexOf('## Week'));
    expect(waiting).toContain('E-mailketens en WhatsApp-groepen uitzetten');
    expect(waiting).not.toContain('Aankondigen dat we');
    expect(dutch).toMatch(/\| 2027-04-05 \|[^\n]*Aankondigen dat we e-mailketens en WhatsApp-groepen uitzetten/);
    const rows = run(['schedule', '--plan', ALBINA, '--format', 'csv']).stdout.trim().split('\r\n');
    expect(rows.at(-1)).toBe('2027-04-19,8,rollback,rollback-1,,Albina,,,,Terugdraaien in Albina (de rest gaat door): Teams werkt niet op de internetverbinding in Albina,,,,,,');
  });

  it('validate names a misspelt location at its line and column, and schedule refuses the plan', () => {
    const bad = planFile(text.replace('only: { location: Albina }', 'only: { location: Albna }'));
    const line = text.split('\n').findIndex((l) => l.includes('only: { location: Albina }')) + 1;
    const checked = run(['validate', '--plan', bad]);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(`rollout.yaml:${line}:21: error rollback.only.location: no location named "Albna" (did you mean "Albina"?)`);
    const scheduled = run(['schedule', '--plan', bad]);
    expect([scheduled.status, scheduled.stdout]).toEqual([2, '']);
  });

  it('render-emails writes the rollback email to Albina in Dutch, the checklist in both languages, and the rest goes on', () => {
    const out = path.join(tempDir(), 'emails');
    const rendered = run(['render-emails', '--plan', ALBINA, '--out', out]);
    expect(rendered.status).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.startsWith('2027-04-19'))).toEqual([
      '2027-04-19_rollout_albina_checklist-rollback.en.md',
      '2027-04-19_rollout_albina_checklist-rollback.nl.md',
      '2027-04-19_rollout_albina_rollback.nl.md',
      '2027-04-19_rollout_switch-off-postponed.en.md',
      '2027-04-19_rollout_switch-off-postponed.nl.md',
    ]);
    // Everyone hears the same day that the switch-off is postponed.
    const postponed = readFileSync(path.join(out, '2027-04-19_rollout_switch-off-postponed.en.md'), 'utf8');
    expect(postponed).toContain('- **To:** Everyone at Sranan Advies (25 people)');
    expect(postponed).toContain('we are postponing the switch-off of email chains and WhatsApp groups, planned for Friday, April 23.');
    const email = readFileSync(path.join(out, '2027-04-19_rollout_albina_rollback.nl.md'), 'utf8');
    expect(email).toContain('- **Onderwerp:** We gaan in Albina voorlopig terug naar e-mailketens en WhatsApp-groepen');
    expect(email).toContain('- **Aan:** Albina (4 personen)');
    expect(email).toContain('Vanaf maandag 19 april stoppen we in Albina met Microsoft Teams en gaan we terug naar e-mailketens en WhatsApp-groepen. De rest van Sranan Advies gaat door met Microsoft Teams; we laten e-mailketens en WhatsApp-groepen voor iedereen aan tot Microsoft Teams ook in Albina werkt.\n\n**Waarom:** Teams werkt niet op de internetverbinding in Albina.');
    const checklist = readFileSync(path.join(out, '2027-04-19_rollout_albina_checklist-rollback.en.md'), 'utf8');
    expect(checklist).toContain('# Roll back Microsoft Teams in Albina (the rest goes on)');
    expect(checklist).toContain('- [ ] Kept on for everyone: email chains and WhatsApp groups; the switch-off waits until Microsoft Teams works in Albina');
    // The switch-off was announced before the rollback, and that message went out as it was; nothing is written after it.
    expect(files.filter((f) => f.includes('_switch-off_'))).toEqual(['2027-04-05_switch-off_decommission.en.md', '2027-04-05_switch-off_decommission.nl.md']);
    expect(files.filter((f) => /^\d{4}-\d\d-\d\d/.test(f) && f > '2027-04-19_z')).toEqual([]);
  });

  it('report shows a banner for Albina rolled back, from its day on', () => {
    const report = (at: string) => run(['report', '--plan', ALBINA, '--at', at, '--lang', 'en', '-o', '-']);
    const on = report('2027-04-19');
    expect(on.status).toBe(0);
    expect(on.stdout).toContain('<span class="banner-word">Rolled back: Albina</span><span>Back to email chains and WhatsApp groups in Albina since 19 Apr, the rest goes on: Teams does not work on the internet line in Albina;');
    expect(report('2027-04-16').stdout).not.toContain('Rolled back: Albina');
  });

  it('report lists the rollback checklist of its day among the checklists, in English and Dutch', () => {
    const checklists = (lang: string) => run(['report', '--plan', ALBINA, '--at', '2027-04-26', '--lang', lang, '-o', '-']).stdout.match(/<section id="checklists">[\s\S]*?<\/section>/)![0];
    expect(checklists('en')).toContain('<tr class="past"><td>19 Apr</td><td>Roll back Albina</td>');
    expect(checklists('nl')).toContain('<tr class="past"><td>19 apr</td><td>Albina terugdraaien</td>');
  });

  it('report keeps the gate that failed before the rollback as failed, in English and Dutch', () => {
    const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
    const report = (lang: string) => run(['report', '--plan', ALBINA, '--metrics', USAGE, '--at', '2027-04-26', '--lang', lang, '-o', '-']).stdout;
    const row = (html: string, id: string) => html.match(new RegExp(`<tr><td><strong>${id}</strong>.*?</tr>`))![0];
    const en = report('en');
    expect(row(en, 'albina-active')).toContain('<span class="pill st-fail">fail</span> <span class="muted">Albina rolled back 19 Apr</span>');
    expect(row(en, 'albina-success')).toContain('<span class="pill st-withdrawn">withdrawn</span> <span class="muted">Albina rolled back 19 Apr</span>');
    // Withdrawn unjudged on 19 April: what it read ends there, not on the day checked.
    expect(row(en, 'albina-success')).toContain('<td>30 Mar – 19 Apr</td>');
    expect(row(report('nl'), 'albina-success')).toContain('<td>30 mrt – 19 apr</td>');
    const json = JSON.parse(run(['gate-check', '--plan', ALBINA, '--metrics', USAGE, '--at', '2027-04-26', '--format', 'json']).stdout) as { gates: { id: string; window: unknown }[] };
    expect(json.gates.find((g) => g.id === 'albina-success')!.window).toEqual({ from: '2027-03-30', to: '2027-04-19' });
    expect(en).toContain('<span class="count st-fail">1 fail</span>');
    expect(row(report('nl'), 'albina-active')).toContain('<span class="pill st-fail">niet gehaald</span> <span class="muted">Albina teruggedraaid op 19 apr</span>');
  });

  it('gate-check and report keep the planned window of a gate withdrawn before its phase began, in English and Dutch', () => {
    const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
    // Paramaribo rolled back on 8 March, after the ICT pilot began and before the head office's phase.
    const early = planFile(text.replace('  on: 2027-04-19', '  on: 2027-03-08').replace('only: { location: Albina }', 'only: { location: Paramaribo }'));
    const json = JSON.parse(run(['gate-check', '--plan', early, '--metrics', USAGE, '--at', '2027-04-26', '--format', 'json']).stdout) as { gates: { id: string; window: unknown; reason: string }[] };
    expect(json.gates.find((g) => g.id === 'head-office-active')).toMatchObject({ window: { from: '2027-03-15', to: '2027-04-12' }, reason: 'Paramaribo rolled back on 2027-03-08, before its phase started' });
    expect(run(['gate-check', '--plan', early, '--metrics', USAGE, '--at', '2027-04-26', '--lang', 'nl']).stdout).toContain('head-office-active (vervallen): Paramaribo is op 2027-03-08 teruggedraaid, voordat de fase begon');
    const row = (lang: string) => run(['report', '--plan', early, '--metrics', USAGE, '--at', '2027-04-26', '--lang', lang, '-o', '-']).stdout.match(/<tr><td><strong>head-office-active<\/strong>.*?<\/tr>/)![0];
    expect(row('en')).toContain('<td>15 Mar – 12 Apr</td>');
    expect(row('en')).toContain('<span class="muted">Paramaribo rolled back 8 Mar, before the phase started</span>');
    expect(row('nl')).toContain('<td>15 mrt – 12 apr</td>');
    expect(row('nl')).toContain('<span class="muted">Paramaribo teruggedraaid op 8 mrt, voordat de fase begon</span>');
  });

  it('report\'s current phase agrees with gate-check: none running once Albina rolled back, with or without metrics', () => {
    const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
    const card = (...more: string[]) => run(['report', '--plan', ALBINA, '--at', '2027-04-26', '-o', '-', ...more]).stdout.match(/<div class="card"><span class="card-label">(?:Current phase|Huidige fase)<\/span>.*?<\/div>/)![0];
    expect(card('--metrics', USAGE, '--lang', 'en')).toContain('<span class="card-value">none running</span><span class="card-note">Albina rolled back 19 Apr</span>');
    expect(card('--lang', 'nl')).toContain('<span class="card-value">geen fase loopt</span><span class="card-note">Albina teruggedraaid op 19 apr</span>');
    expect(run(['report', '--plan', ALBINA, '--at', '2027-04-16', '--lang', 'en', '-o', '-']).stdout).toContain('<span class="card-label">Current phase</span><span class="card-value">Albina</span>');
  });

});

describe('gate-check on the Albina branch', () => {
  const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
  // The plan as it stood before the rollback was written in.
  const before = () => planFile(text.slice(0, text.indexOf('\nrollback:')));
  const check = (plan: string, at: string, ...more: string[]) => run(['gate-check', '--plan', plan, '--metrics', USAGE, '--at', at, ...more]);

  it('decides the rollback of Albina alone when its own critical gate fails, and says how to record it', () => {
    const plan = before();
    const text = check(plan, '2027-04-13', '--lang', 'en');
    expect(text.status).toBe(3);
    expect(text.stdout).toContain('Decision: rollback (exit 3): roll back Albina alone: albina-active failed (critical → rollback); the rest: continue\n');
    expect(text.stdout).toContain('To record it, write it into the plan, and the schedule, the messages and the report show it too: `rollback: { on: 2027-04-13, reason: { nl: "Albina: actief gebruik is 25%, het doel is minstens 40%", en: "Albina: active use is 25%, the goal is at least 40%" }, only: { location: Albina } }`');
    const dutch = check(plan, '2027-04-13', '--format', 'markdown');
    expect(dutch.stdout).toContain('alleen Albina terugdraaien: albina-active niet gehaald');
    const json = JSON.parse(check(plan, '2027-04-13', '--format', 'json').stdout);
    expect([json.decision, json.rollback.parts, json.rollback.rest, json.rollback.procedure]).toEqual(['rollback', [{ location: 'Albina', gates: ['albina-active'] }], 'continue', 'terug naar e-mail en WhatsApp; Teams blijft open om gegevens te exporteren']);
    const junit = check(plan, '2027-04-13', '--format', 'junit');
    expect([junit.status, junit.stdout]).toEqual([3, expect.stringContaining('roll back Albina alone: albina-active failed (critical → rollback); the rest: continue')]);
    expect(check(plan, '2027-04-13', '--format', 'github').stdout).toContain('::error title=Roll back::To record it, write it into the plan');
    // The day before, the gate is not due: nothing is decided yet.
    expect(check(plan, '2027-04-12').status).toBe(0);
  });

  it('render-emails writes no notice to everyone for it, and says to record the rollback of Albina first', () => {
    const out = path.join(tempDir(), 'emails');
    const rendered = run(['render-emails', '--plan', before(), '--metrics', USAGE, '--at', '2027-04-13', '--out', out]);
    expect(rendered.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.includes('rollback'))).toEqual([]);
    // The entry to record is whole, its reason in plain words in each of the plan's languages (1 of the 4 there active):
    // written into the plan as it is, Albina's people get the notice, which gives it as why.
    const entry = 'rollback: { on: 2027-04-13, reason: { nl: "Albina: actief gebruik is 25%, het doel is minstens 40%", en: "Albina: active use is 25%, the goal is at least 40%" }, only: { location: Albina } }';
    expect(rendered.stderr).toContain(`rollout: gate-check decides the rollback of Albina alone as of 2027-04-13 (albina-active): record it in the plan, and its notice goes to the people there: ${entry}\n`);
    const recorded = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(recorded, `${readFileSync(before(), 'utf8')}${entry}\n`);
    const again = run(['render-emails', '--plan', recorded, '--metrics', USAGE, '--at', '2027-04-13', '--out', path.join(tempDir(), 'emails')]);
    expect(again.stdout.split('\n').filter((f) => f.includes('rollback'))).toEqual([expect.stringMatching(/2027-04-13_rollout_albina_rollback\.nl\.md$/), expect.stringMatching(/_rollout_albina_checklist-rollback\.nl\.md$/), expect.stringMatching(/_rollout_albina_checklist-rollback\.en\.md$/)]);
  });

  it('once recorded, withdraws Albina’s gates and judges the rest; with nothing else to go on, the switch-off waits', () => {
    const recorded = check(ALBINA, '2027-04-26', '--lang', 'en');
    expect(recorded.status).toBe(1);
    expect(recorded.stdout).toContain('Decision: pause (exit 1): nothing else goes on: the switch-off waits for Albina, rolled back\n');
    expect(recorded.stdout).toContain('Albina rolled back on 2027-04-19, as the plan records (the rest goes on): Teams does not work on the internet line in Albina');
    // The gate that failed before the rollback still reads failed, with the rollback that followed; the one not due yet is withdrawn.
    expect(recorded.stdout).toContain('albina-active (fail): last of 3 rows of active use (location Albina) from 2027-03-30 to 2027-04-13 is 25 on 2027-04-13, not >= 40; then Albina rolled back on 2027-04-19\n');
    expect(recorded.stdout).toContain('albina-success (withdrawn): Albina rolled back on 2027-04-19\n');
    // Withdrawn, albina-active no longer guards the switch-off: its line names no gate.
    expect(recorded.stdout).toMatch(/^Decommission \(Switch off email chains, on hold\): not ready; [^\n]*needs >= 80\n/m);
    expect(recorded.stdout).not.toContain('guarded by');
    expect(check(ALBINA, '2027-04-26', '--format', 'markdown').stdout).not.toContain('bewaakt door');
    expect(JSON.parse(check(ALBINA, '2027-04-26', '--format', 'json').stdout).decommission.guards).toEqual([]);
    expect(recorded.stdout).toMatch(/│ albina-active +│ albina +│ active use +│ 25 +│ >= │ 40 +│ 3 +│ fail +│/);
    expect(check(ALBINA, '2027-04-26', '--format', 'markdown').stdout).toContain('- **albina-active** (niet gehaald): de laatste waarde van 3 rijen actief gebruik (vestiging Albina) van 2027-03-30 tot en met 2027-04-13 is 25 op 2027-04-13, niet \\>= 40; daarna is Albina op 2027-04-19 teruggedraaid');
    const junit = check(ALBINA, '2027-04-26', '--format', 'junit');
    expect([junit.status, junit.stdout]).toEqual([1, expect.stringMatching(/<testcase classname="rollout.gates.albina" name="albina-active">\n +<skipped message="[^"]*not &gt;= 40; then Albina rolled back on 2027-04-19">[^<]*<\/skipped>/)]);
    // It asks nothing of CI any more: no annotation for it.
    expect(check(ALBINA, '2027-04-26', '--format', 'github').stdout).not.toContain('::error');
    // Albina ran the last phase started and the switch-off waits for it: no phase runs, and it says why.
    expect(recorded.stdout.split('\n')[0]).toBe('Gate check as of 2027-04-26, current phase: none (Albina rolled back on 2027-04-19; nothing else runs)');
    expect(check(ALBINA, '2027-04-26', '--format', 'markdown').stdout).toContain('Toetsing op 2027-04-26, huidige fase: geen (Albina is op 2027-04-19 teruggedraaid; verder loopt er niets)');
    expect(check(ALBINA, '2027-04-26', '--format', 'junit').stdout).toContain('<property name="currentPhase" value=""/>');
    const json = JSON.parse(check(ALBINA, '2027-04-26', '--format', 'json').stdout);
    expect(json.currentPhase).toBeNull();
    expect(json.rolledBackParts).toEqual([{ on: '2027-04-19', reason: 'Teams werkt niet op de internetverbinding in Albina', only: { location: 'Albina' } }]);
    expect(json.gates.filter((g: { withdrawn?: boolean }) => g.withdrawn).map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([['albina-active', 'fail'], ['albina-success', 'withdrawn']]);
    expect(json.rollback).toBeNull();
    // Before its day the plan had not recorded it: the gate decides as it did then.
    expect(check(ALBINA, '2027-04-13').status).toBe(3);
    // A replay sees each day's plan: the rollback of Albina from 2027-04-19 on.
    const replay = run(['gate-check', '--plan', ALBINA, '--metrics', USAGE, '--from', '2027-04-12', '--to', '2027-04-26', '--every', '1w', '--format', 'jsonl']);
    expect(replay.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((d: { asOf: string; exitCode: number }) => [d.asOf, d.exitCode])).toEqual([['2027-04-12', 0], ['2027-04-19', 1], ['2027-04-26', 1]]);
    expect(run(['gate-check', '--plan', ALBINA, '--metrics', USAGE, '--from', '2027-04-12', '--to', '2027-04-13', '--format', 'jsonl']).status).toBe(3);
  });

  it('says the switch-off waits because Albina is back on the old tools, with the rest read apart', () => {
    expect(check(ALBINA, '2027-04-26', '--lang', 'en').stdout).toContain('Decommission (Switch off email chains, on hold): not ready; waits while Albina is back on the old tools (rolled back on 2027-04-19); still on the new tool: active use is 86.5 (lowest: location Paramaribo), needs >= 80');
    const markdown = check(ALBINA, '2027-04-26', '--format', 'markdown').stdout;
    expect(markdown).toContain('wacht zolang Albina weer met de oude middelen werkt (teruggedraaid op 2027-04-19); nog op het nieuwe middel: actief gebruik is 86,5 (laagste: vestiging Paramaribo), nodig: \\>= 80');
    expect(markdown).not.toContain('laagste: vestiging Albina');
    const json = JSON.parse(check(ALBINA, '2027-04-26', '--format', 'json').stdout);
    expect([json.decommissionReady, json.decommission]).toEqual([false, { ready: false, due: null, guards: [], backOnOldTools: [{ only: { location: 'Albina' }, on: '2027-04-19' }], stillOnNewTool: { observed: 86.5, lowest: { location: 'Paramaribo' }, day: '2027-04-26', together: null } }]);
    // The report's switch-off card says the same.
    const page = run(['report', '--plan', ALBINA, '--metrics', path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv'), '--at', '2027-04-26', '--lang', 'en', '-o', '-']);
    expect([page.status, /<span class="card-note">(Active use[^<]*)<\/span>/.exec(page.stdout)?.[1]]).toEqual([0, 'Active use ≥ 80; waits while Albina is back on the old tools (rolled back on 19 Apr); still on the new tool: latest 86.5 (lowest: location Paramaribo)']);
  });

});

describe('what-if --rollback on the Albina branch', () => {
  const before = () => planFile(text.slice(0, text.indexOf('\nrollback:')));

  it('shows what a rollback of Albina would withdraw and hold, as diff does once it is written in', () => {
    const plan = before();
    const asked = run(['what-if', '--plan', plan, '--rollback', '--at', '2027-04-19', '--only-location', 'Albina', '--lang', 'en']);
    expect(asked.status).toBe(0);
    expect(asked.stdout.split('\n')[0]).toBe('What if Albina rolls back on 2027-04-19 and the rest goes on');
    expect(asked.stdout).toContain('2027-05-04 → (gone)     Gate albina             Gate albina-success (Albina): active use at least 80% (Albina rolled back on 2027-04-19: what if)');
    expect(asked.stdout).toContain('(waits for Albina, rolled back on 2027-04-19: what if)');
    const json = JSON.parse(run(['what-if', '--plan', plan, '--rollback', '--at', '2027-04-19', '--only-location', 'Albina', '--format', 'json']).stdout);
    const diff = JSON.parse(run(['diff', plan, ALBINA, '--format', 'json']).stdout);
    expect(json.rollback).toEqual({ on: '2027-04-19', only: { location: 'Albina' } });
    expect(json.counts).toEqual(diff.counts);
    expect(json.changes.map((c: { key: string; change: string }) => `${c.key}:${c.change}`)).toEqual(diff.changes.map((c: { key: string; change: string }) => `${c.key}:${c.change}`));
  });

  it('refuses a rollback before the part started, a name the plan does not have, and no question at all', () => {
    const plan = before();
    const early = run(['what-if', '--plan', plan, '--rollback', '--at', '2027-03-22', '--only-location', 'Albina']);
    expect([early.status, early.stdout, early.stderr.trim()]).toEqual([2, '', 'rollout: --rollback --at 2027-03-22: Albina rolls back on 2027-03-22, before it starts on 2027-03-30; to hold Albina before it starts, write a pause of it (pauses: - { from: 2027-03-22, reason: ..., only: { location: Albina } })']);
    expect(run(['what-if', '--plan', plan, '--rollback', '--at', '2027-04-19', '--only-location', 'Albna']).stderr.trim()).toBe('rollout: --only-location Albna: no location named "Albna"; did you mean "Albina"?');
    expect(run(['what-if', '--plan', plan, '--at', '2027-04-19']).status).toBe(2);
  });

  it('warns of a rollback after the switch-off, which validate would warn of once written in', () => {
    const late = run(['what-if', '--plan', before(), '--rollback', '--at', '2027-04-26', '--only-location', 'Albina', '--lang', 'en']);
    expect(late.status).toBe(0);
    expect(late.stderr).toBe(
      "rollout: warning: --rollback --at 2027-04-26: Albina rolls back on 2027-04-26, after the old system was turned off on 2027-04-23: the rollback's messages send people back to it (write the day it rolled back, if that was before the switch-off; else turn the old system on again first, or plan the way back as a rollout of its own)\n",
    );
    expect(run(['what-if', '--plan', before(), '--rollback', '--at', '2027-04-19', '--only-location', 'Albina']).stderr).toBe('');
  });

  it('a rollback of the pilot alone, as what-if words it, once written in: every command goes on, the pilot gate withdrawn', () => {
    const pilotGate = '  - { id: pilot-active, phase: pilot, metric: active_use_pct, threshold: 60, within: 8d, guards: next, severity: critical }\n';
    const plan = planFile(text.slice(0, text.indexOf('\nrollback:')).replace('\ngates:\n', `\ngates:\n${pilotGate}`));
    const asked = run(['what-if', '--plan', plan, '--rollback', '--at', '2027-03-08', '--only-phase', 'pilot', '--lang', 'en']);
    expect([asked.status, asked.stdout.split('\n')[0]]).toEqual([0, 'What if ICT pilot rolls back on 2027-03-08 and the rest goes on']);
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\nrollback: { on: 2027-03-08, reason: { nl: werkt niet, en: does not work }, only: { phase: pilot } }\n`);
    const checked = run(['validate', '--plan', plan]);
    expect([checked.status, checked.stderr.split('\n').filter((l) => !l.includes(': hint '))]).toEqual([0, ['']]);
    const schedule = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { rollbacks: { withdrawn: { events: Item[] } }[] };
    expect(schedule.rollbacks[0]!.withdrawn.events.map((e) => e.key)).toContain('pilot-active');
    for (const args of [['schedule', '--format', 'ics'], ['what-if', '--pause', '1w', '--at', '2027-03-22'], ['report', '-o', '-']]) expect(run([...args, '--plan', plan]).status).toBe(0);
  });
});

describe('the weekly updates after Albina rolled back, from measured data', () => {
  it('render-emails says in the company-wide line how many are back on the old tools there, in English and Dutch', () => {
    // Albina launching before the head office, rolled back on Monday 29 March; the head office starts on 5 April.
    const data = parse(text) as Record<string, unknown>;
    const phases = data.phases as unknown[];
    const gates = (data.gates as { id: string }[]).filter((g) => g.id !== 'albina-go-no-go');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...data, phases: [phases[0], phases[2], phases[1], phases[3]], gates, rollback: { ...(data.rollback as object), on: '2027-03-29' } }));
    // Company-wide rows name no location.
    writeFileSync(path.join(dir, 'usage.csv'), '\uFEFFDatum;Meting;Waarde;Vestiging\r\n24-03-2027;active_use_pct;20;\r\n07-04-2027;active_use_pct;12;\r\n');
    const r = run(['render-emails', '--metrics', 'usage.csv', '--at', '2027-04-09', '--out', 'out'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, 'out', name), 'utf8');
    expect(read('2027-04-09_rollout_weekly-update.en.md')).toContain('- **Whole organization:** 21 of the 25 people have moved to Microsoft Teams; in Albina, 4 people are back on email chains and WhatsApp groups; 12% of everyone');
    expect(read('2027-04-09_rollout_weekly-update.nl.md')).toContain("- **Hele organisatie:** 21 van de 25 collega's zijn overgestapt op Microsoft Teams; in Albina zijn 4 collega's terug op e-mailketens en WhatsApp-groepen; 12% van iedereen");
    expect(read('2027-04-09_rollout_weekly-update.en.md')).not.toContain('started so far');
    expect(read('2027-03-25_rollout_weekly-update.en.md')).toContain('7 of the 25 people have started so far');
  });
});

describe('the rollback email of one part with one old tool, end to end', () => {
  it('says "we leave Slack on for everyone until ...", in English and Dutch', () => {
    // Slack alone replaced, and Albina's people reading English too.
    const one = planFile(text.replace(/replaces:\n {4}nl: .*\n {4}en: .*\n/, 'replaces: Slack\n').replace('connectivity: poor, languages: [nl]', 'connectivity: poor, languages: [nl, en]'));
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', one, '--out', out]).status).toBe(0);
    const en = readFileSync(path.join(out, '2027-04-19_rollout_albina_rollback.en.md'), 'utf8');
    expect(en).toContain('The rest of Sranan Advies goes on with Microsoft Teams, and we leave Slack on for everyone until Microsoft Teams works in Albina too.');
    expect(en).not.toMatch(/Slack stay|turn them off/);
    const nl = readFileSync(path.join(out, '2027-04-19_rollout_albina_rollback.nl.md'), 'utf8');
    expect(nl).toContain('De rest van Sranan Advies gaat door met Microsoft Teams; we laten Slack voor iedereen aan tot Microsoft Teams ook in Albina werkt.');
    expect(nl).not.toMatch(/Slack blijven|zetten we ze/);
  });
});
