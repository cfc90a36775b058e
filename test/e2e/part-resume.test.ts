import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, stringify } from 'yaml';
import { parseGantt } from '../escape/parsers.js';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies: Albina rolled back on 19 April 2027 (its line could not carry Teams); with a new
 * line it starts again on Monday 17 May, written in the same plan, so that the firm's switch-off is
 * planned and judged again and the CI job set up for the plan stops waiting for Albina for ever.
 */
const ALBINA = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const base = parse(readFileSync(ALBINA, 'utf8')) as { rollback: Record<string, unknown> };

function folder(resumeOn: string, more: Record<string, unknown> = {}): { plan: string; usage: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  writeFileSync(plan, stringify({ ...base, rollback: { ...base.rollback, resume: { on: resumeOn, changed: { nl: 'een nieuwe glasvezellijn', en: 'a new fibre line' }, ...more } } }));
  const rows = ['05-04-2027;active_use_pct;86,5;Paramaribo', '07-06-2027;active_use_pct;86,5;Paramaribo', '12-04-2027;active_use_pct;25;Albina', '31-05-2027;active_use_pct;85;Albina', '07-06-2027;active_use_pct;85;Albina'];
  const usage = path.join(dir, 'usage.csv');
  writeFileSync(usage, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  return { plan, usage };
}

describe('Albina starts again after its rollback, end to end', () => {
  it('validate accepts it, and schedule dates Albina and the switch-off again, saying so', () => {
    const { plan } = folder('2027-05-17');
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const table = run(['schedule', '--plan', plan, '--lang', 'en']).stdout;
    expect(table).toContain('Microsoft Teams rollout at Sranan Advies: 25 people, 2027-03-01 to 2027-06-11');
    expect(table).toContain('Albina starts again on 2027-05-17, its phases run again from then; what is different this time: a new fibre line');
    expect(table).not.toContain('On hold while Albina is rolled back');
    // What the second try moved says so, not that a pause moved it.
    expect(table).toContain('moved by a second try from 2027-03-30');
    expect(table).not.toContain('moved by a pause');
    // The phase table keeps the first try's row, rolled back, above the second try's.
    expect(table).toMatch(/Albina \(first try, rolled back on 2027-04-19\) +│ launch +│ weeks 5-7 +│ 2027-03-30 to 2027-04-16/);
    expect(table).toMatch(/Albina \(second try\) +│ launch +│ weeks 12-14 +│ 2027-05-17 to 2027-06-04/);
    expect(run(['schedule', '--plan', plan, '--format', 'markdown', '--lang', 'nl']).stdout).toContain('| Albina (eerste poging, teruggedraaid op 2027-04-19) | start | weken 5-7 | 2027-03-30 t/m 2027-04-16 | 4 | Albina |');
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string; end: string }[]; rollbacks: { resume: unknown }[] };
    expect(json.phases.map((p) => [p.id, p.start, p.end]).slice(2)).toEqual([
      ['albina', '2027-05-17', '2027-06-04'],
      ['switch-off', '2027-06-07', '2027-06-11'],
    ]);
    expect(json.rollbacks[0]!.resume).toEqual({ on: '2027-05-17', changed: 'een nieuwe glasvezellijn' });
    // The calendar written over the one of the rollback: the switch-off it cancelled stays cancelled,
    // and the second try dates it again under a UID of its own, which no calendar has cancelled.
    const file = path.join(path.dirname(plan), 'rollout.ics');
    expect(run(['schedule', '--plan', ALBINA, '--format', 'ics', '--lang', 'en', '-o', file]).status).toBe(0);
    expect(run(['schedule', '--plan', plan, '--format', 'ics', '--lang', 'en', '-o', file, '--force']).status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    const off = calendar.filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('decommission-switch-off-turn-off'));
    expect(off.map((v) => [v.getFirstPropertyValue('status'), String(v.getFirstPropertyValue('dtstart')).slice(0, 10)])).toEqual([
      [null, '2027-06-11'],
      ['CANCELLED', '2027-04-23'],
    ]);
    expect(new Set(off.map((v) => v.getFirstPropertyValue('uid'))).size).toBe(2);
  });

  it("mermaid draws the first try as a bar of its own, done, and csv says which items are the second try's", async () => {
    const { plan } = folder('2027-05-17');
    const mermaid = run(['schedule', '--plan', plan, '--format', 'mermaid', '--lang', 'en']).stdout;
    const { tasks } = await parseGantt(mermaid);
    const albina = tasks.filter((t) => t.task.startsWith('Albina'));
    expect(albina.map((t) => [t.id, t.task.trim()])).toEqual([
      ['albina-first-try', 'Albina (first try, rolled back on 2027-04-19) (4 people)'],
      ['albina', 'Albina (second try) (4 people)'],
    ]);
    expect(mermaid).toContain(':done, albina-first-try, 2027-03-30, 18d');
    expect(mermaid).toContain(':albina, 2027-05-17, 19d');
    expect(run(['schedule', '--plan', plan, '--format', 'mermaid', '--lang', 'nl']).stdout).toContain('Albina (eerste poging, teruggedraaid op 2027-04-19) (4 personen) :done, albina-first-try');
    const rows = parseCsv(run(['schedule', '--plan', plan, '--format', 'csv', '--lang', 'en']).stdout, { columns: true }) as Record<string, string>[];
    const launches = rows.filter((r) => r.phase === 'albina' && r.type === 'launch');
    expect(launches.map((r) => [r.date, r.second_try, r.paused_from])).toEqual([
      ['2027-03-30', '', ''],
      ['2027-05-17', '2027-05-17', '2027-03-30'],
    ]);
    // The switch-off the rollback cancelled comes back in the second try, and says so.
    expect(rows.filter((r) => r.type === 'decommission' && r.second_try === '2027-05-17').length).toBeGreaterThan(0);
  });

  it('gate-check waits for Albina until it starts again, then judges the switch-off for the whole firm: no more exit 1 every Monday', () => {
    const { plan, usage } = folder('2027-05-17');
    const check = (at: string) => run(['gate-check', '--plan', plan, '--metrics', usage, '--at', at, '--lang', 'en']);
    const between = check('2027-04-26');
    // Nothing is held on 26 April: the run stays green and names the day Albina starts again and its gate's new due day.
    expect([between.status, between.stdout]).toEqual([0, expect.stringContaining('Albina, rolled back on 2027-04-19, starts again on 2027-05-17; in its second try: albina-active due 2027-05-31')]);
    expect(between.stdout).toContain('albina-active (pending): on hold: Albina rolled back on 2027-04-19 and starts again on 2027-05-17; due 2027-05-31, in its second try');
    const after = check('2027-06-14');
    expect(after.status).toBe(0);
    expect(after.stdout).not.toContain('rolled back on 2027-04-19, as the plan records');
    // Albina's own gate reads its second try: 85 from 17 May on, not April's 25.
    const json = JSON.parse(run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-14', '--format', 'json']).stdout) as { decommissionReady: boolean; gates: { id: string; status: string; observed: number; window: { from: string } }[] };
    expect(json.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'pass', observed: 85, window: { from: '2027-05-17' } });
    expect(json.decommissionReady).toBe(true);
    // The report's red banner stands while Albina is back on the old tools, and goes once it starts again.
    const banner = (at: string) => run(['report', '--plan', plan, '--metrics', usage, '--at', at, '--lang', 'nl', '-o', '-']).stdout.includes('class="banner decision-rollback part-rollback"');
    expect([banner('2027-04-26'), banner('2027-06-14')]).toEqual([true, false]);
  });

  it("render-emails keeps the first try's messages as they went out, and announces the second try as one, saying what changed", () => {
    const { plan } = folder('2027-05-17');
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const files = readdirSync(out).filter((f) => /_albina_(announcement|welcome)\./.test(f));
    expect(files).toEqual(['2027-03-16_albina_announcement.nl.md', '2027-03-30_albina_welcome.nl.md', '2027-05-03_albina_announcement.nl.md', '2027-05-17_albina_welcome.nl.md']);
    const read = (f: string) => readFileSync(path.join(out, f), 'utf8');
    expect(read(files[0]!)).not.toContain('tweede poging');
    expect(read(files[2]!)).toContain('Microsoft Teams: we proberen het opnieuw');
    expect(read(files[2]!)).toContain('Dit is onze tweede poging: op maandag 19 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.');
    expect(read(files[2]!)).toContain('**Wat er deze keer anders is:** Een nieuwe glasvezellijn.');
    expect(read(files[3]!)).toContain('Dit is onze tweede poging; wat er anders is dan de eerste keer: een nieuwe glasvezellijn.');
  });

  it('dates the second try\'s announcement, reminder and checklists back from its own Monday, and leaves the plan without the rollback on its Tuesdays', () => {
    // Easter Monday 29 March held Albina's first launch over to Tuesday 30 March; its second try starts on Monday 17 May.
    const { plan } = folder('2027-05-17');
    const plain = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(plain, stringify({ ...base, rollback: undefined }));
    const ahead = /^(announcement|reminder|checklist-(two-weeks|one-week)-before)$/;
    const dated = (file: string) => {
      const json = JSON.parse(run(['schedule', '--plan', file, '--format', 'json']).stdout) as { events: { date: string; type: string; phase?: string; key: string; secondTry?: string }[] };
      return json.events.filter((e) => e.phase === 'albina' && ahead.test(e.type === 'checklist' ? `checklist-${e.key}` : e.key)).map((e) => `${e.date} ${e.key}${e.secondTry ? ' (second try)' : ''}`);
    };
    const calendar = (file: string) => {
      const events = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', file, '--format', 'ics', '--lang', 'en']).stdout)).getAllSubcomponents('vevent');
      return events.filter((v) => /^(announcement|reminder|checklist)-albina-(announcement|reminder|two-weeks-before|one-week-before)-/.test(String(v.getFirstPropertyValue('uid')))).map((v) => `${String(v.getFirstPropertyValue('dtstart')).slice(0, 10)} ${String(v.getFirstPropertyValue('uid')).split('-').slice(2, -1).join('-')}`).sort();
    };
    const emails = (file: string) => {
      const out = path.join(tempDir(), 'emails');
      expect(run(['render-emails', '--plan', file, '-o', out]).status).toBe(0);
      return readdirSync(out).filter((f) => /_albina_(announcement|reminder|checklist-(two-weeks|one-week)-before)\./.test(f));
    };
    const firstTry = ['2027-03-16 announcement', '2027-03-16 two-weeks-before', '2027-03-23 reminder', '2027-03-23 one-week-before'];
    expect(dated(plan)).toEqual([...firstTry, ...['2027-05-03 announcement', '2027-05-03 two-weeks-before', '2027-05-10 reminder', '2027-05-10 one-week-before'].map((e) => `${e} (second try)`)]);
    expect(calendar(plan)).toEqual([...firstTry, '2027-05-03 announcement', '2027-05-03 two-weeks-before', '2027-05-10 one-week-before', '2027-05-10 reminder'].sort());
    const firstFiles = ['2027-03-16_albina_announcement.nl.md', '2027-03-16_albina_checklist-two-weeks-before.en.md', '2027-03-16_albina_checklist-two-weeks-before.nl.md', '2027-03-23_albina_checklist-one-week-before.en.md', '2027-03-23_albina_checklist-one-week-before.nl.md', '2027-03-23_albina_reminder.nl.md'];
    expect(emails(plan)).toEqual([...firstFiles, '2027-05-03_albina_announcement.nl.md', '2027-05-03_albina_checklist-two-weeks-before.en.md', '2027-05-03_albina_checklist-two-weeks-before.nl.md', '2027-05-10_albina_checklist-one-week-before.en.md', '2027-05-10_albina_checklist-one-week-before.nl.md', '2027-05-10_albina_reminder.nl.md']);
    // Without the rollback, what a running rollout has sent keeps its Tuesdays: no second file beside a sent one.
    expect(dated(plain)).toEqual(firstTry);
    expect(calendar(plain)).toEqual([...firstTry].sort());
    expect(emails(plain)).toEqual(firstFiles);
  });

  it("schedule, its calendar and gate-check keep the first try as it was and add the second try's items and go/no-go", () => {
    const { plan, usage } = folder('2027-05-17');
    type Item = { date: string; type: string; phase?: string; key: string; secondTry?: string };
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { events: Item[] };
    const dates = (type: string, key: string) => json.events.filter((e) => e.type === type && e.key === key).map((e) => [e.date, e.secondTry ?? null]);
    expect(dates('launch', 'launch')).toContainEqual(['2027-03-30', null]);
    expect(dates('launch', 'launch')).toContainEqual(['2027-05-17', '2027-05-17']);
    expect(dates('gate', 'albina-go-no-go')).toEqual([
      ['2027-03-25', null],
      ['2027-05-14', '2027-05-17'],
    ]);
    const calendar = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', plan, '--format', 'ics', '--lang', 'en']).stdout)).getAllSubcomponents('vevent');
    const launches = calendar.filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('launch-albina-launch'));
    expect(launches.map((v) => String(v.getFirstPropertyValue('dtstart')).slice(0, 10))).toEqual(['2027-03-30', '2027-05-17']);
    expect(new Set(launches.map((v) => v.getFirstPropertyValue('uid'))).size).toBe(2);
    // The go/no-go of 25 March is not judged again on the second try's window: it keeps that day's verdict.
    const gates = JSON.parse(run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-14', '--format', 'json']).stdout) as { gates: { id: string; due: string; window: { to: string } }[] };
    expect(gates.gates.filter((g) => g.id === 'albina-go-no-go').map((g) => [g.due, g.window.to])).toEqual([['2027-03-25', '2027-03-25']]);
    const text = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-14', '--lang', 'en']).stdout;
    expect(text).toMatch(/albina-go-no-go \(.*to 2027-03-25.*then Albina rolled back on 2027-04-19/);
  });

  it("the second try's calendar keeps the switch-off's first UIDs, cancelled, beside its new ones: an imported calendar has one switch-off", () => {
    const { plan } = folder('2027-05-17');
    const before = path.join(tempDir(), 'before.yaml');
    writeFileSync(before, stringify({ ...base, rollback: undefined }));
    const entries = (file: string) => new ICAL.Component(ICAL.parse(run(['schedule', '--plan', file, '--format', 'ics', '--lang', 'en']).stdout)).getAllSubcomponents('vevent');
    const uid = (v: ICAL.Component) => String(v.getFirstPropertyValue('uid'));
    const now = new Map(entries(plan).map((v) => [uid(v), v]));
    // Every entry the calendar had from the rollback's day on is still in the file: re-dated, or cancelled.
    const had = entries(before).filter((v) => String(v.getFirstPropertyValue('dtstart')) >= '2027-04-19');
    expect(had.filter((v) => !now.has(uid(v))).map(uid)).toEqual([]);
    const turnOff = [...now.values()].filter((v) => uid(v).startsWith('decommission-switch-off-turn-off'));
    expect(turnOff.map((v) => [String(v.getFirstPropertyValue('dtstart')), v.getFirstPropertyValue('status'), v.getFirstPropertyValue('sequence')])).toEqual([
      ['2027-06-11', null, expect.any(Number)],
      ['2027-04-23', 'CANCELLED', 1],
    ]);
    expect(uid(turnOff[1]!)).toBe(uid(had.find((v) => uid(v).startsWith('decommission-switch-off-turn-off'))!));
  });

  it("gate-check judges the second try's go/no-go as a gate of its own in every format, the replay and the report: a head office that slipped holds the relaunch", () => {
    const { plan } = folder('2027-05-17');
    // The weekly Teams export: the head office at 86.5% in March, 50% after Albina rolled back.
    const usage = path.join(path.dirname(plan), 'slipped.csv');
    const rows = ['15-03-2027;active_use_pct;86,5;Paramaribo', '26-04-2027;active_use_pct;50;Paramaribo', '24-05-2027;active_use_pct;85;Albina'];
    writeFileSync(usage, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
    const check = (format: string, lang = 'en') => run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-05-17', '--format', format, '--lang', lang]);
    const json = JSON.parse(check('json').stdout) as { decision: string; blockedLaunches: { gates: string[] }[]; gates: { id: string; status: string; window: { from: string; to: string }; due: string; secondTry?: string }[] };
    expect(json.gates.filter((g) => g.id.startsWith('albina-go-no-go')).map((g) => [g.id, g.status, g.window, g.due, g.secondTry ?? null])).toEqual([
      ['albina-go-no-go', 'pass', { from: '2027-03-15', to: '2027-03-25' }, '2027-03-25', null],
      ['albina-go-no-go.second-try', 'fail', { from: '2027-03-15', to: '2027-05-14' }, '2027-05-14', '2027-05-17'],
    ]);
    expect([json.decision, json.blockedLaunches[0]!.gates]).toEqual(['pause', ['albina-go-no-go.second-try']]);
    const text = check('text');
    expect([text.status, text.stdout]).toEqual([1, expect.stringContaining('launch of Albina on 2027-05-17 waits: albina-go-no-go.second-try failed (major → pause)')]);
    expect(check('junit').stdout).toContain('<testcase classname="rollout.gates.head-office" name="albina-go-no-go.second-try">');
    expect(check('markdown', 'nl').stdout).toContain('- **albina-go-no-go.second-try** (niet gehaald): de laatste waarde van 2 rijen actief gebruik (vestiging Paramaribo) van 2027-03-15 tot en met 2027-05-14 is 50 op 2027-04-26, niet \\>= 60');
    // The Monday before, the replay warns that the relaunch will wait; on the day, it does.
    const replay = run(['gate-check', '--plan', plan, '--metrics', usage, '--from', '2027-05-10', '--to', '2027-05-17', '--every', '1w', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { failing: string[]; nextLaunch: { gates: string[] } | null });
    expect(replay.map((d) => [d.failing, d.nextLaunch?.gates ?? null])).toEqual([
      [[], ['albina-go-no-go.second-try']],
      [['albina-go-no-go.second-try'], null],
    ]);
    const report = run(['report', '--plan', plan, '--metrics', usage, '--at', '2027-05-24', '--lang', 'nl', '-o', '-']).stdout;
    // The head office's go/no-go is named by the try of Albina whose launch it guards: the head office never rolled back.
    expect(report).toContain('<title>Toetsmoment albina-go-no-go (vóór de tweede poging van Albina): 14 mei, niet gehaald');
    expect(report).toContain('data-gate="albina-go-no-go.second-try"');
    expect(report).not.toContain('>albina-go-no-go.second-try<');
    // The timeline keeps the first try's go/no-go on its day, with the result it had then, and Albina's own gate of the first try, uncoloured: its result is now the second try's.
    expect(report).toContain('<title>Toetsmoment albina-go-no-go (vóór de eerste poging van Albina): 25 mrt, gehaald</title>');
    expect(report).toMatch(/class="tl-gate st-pass tl-first-try"/);
    expect(report).toContain('<title>Toetsmoment albina-active (eerste poging): 13 apr</title>');
    expect(report).toContain('<title>Toetsmoment albina-active: 31 mei, loopt nog</title>');
  });

  it('a second try decided three weeks after the rollback: the rollback day told everyone the old tools stay on, and the second try is announced the day it was decided', () => {
    const { plan } = folder('2027-05-17', { decided: '2027-05-10' });
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['2027-04-19_rollout_albina_rollback.nl.md', '2027-04-19_rollout_switch-off-postponed.nl.md', '2027-04-19_rollout_switch-off-postponed.en.md', '2027-05-10_albina_announcement.nl.md']));
    expect(files.filter((f) => f.includes('albina_announcement'))).toEqual(['2027-03-16_albina_announcement.nl.md', '2027-05-10_albina_announcement.nl.md']);
    expect(readFileSync(path.join(out, '2027-04-19_rollout_albina_rollback.nl.md'), 'utf8')).toContain('we laten e-mailketens en WhatsApp-groepen voor iedereen aan');
    expect(readFileSync(path.join(out, '2027-05-10_albina_announcement.nl.md'), 'utf8')).toContain('**Versturen op:** maandag 10 mei 2027');
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toContain('Albina starts again on 2027-05-17 (decided on 2027-05-10, announced from then)');
    const wrong = folder('2027-05-17', { decided: '2027-04-12' });
    const refused = run(['validate', '--plan', wrong.plan]);
    expect([refused.status, `${refused.stdout}${refused.stderr}`]).toEqual([1, expect.stringMatching(/rollout\.yaml:\d+:\d+: error rollback\.resume\.decided: the second try of Albina is decided on 2027-04-12, before it rolled back on 2027-04-19/)]);
  });

  it("a phase's rollback keeps its own notice on its day when its second try is decided later: schedule and render-emails", () => {
    const { plan } = folder('2027-05-17', { decided: '2027-05-10' });
    const written = parse(readFileSync(plan, 'utf8')) as { rollback: Record<string, unknown> };
    writeFileSync(plan, stringify({ ...written, rollback: { ...written.rollback, only: { phase: 'albina' } } }));
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { events: { date: string; type: string }[] };
    expect(json.events.filter((e) => e.type === 'rollback').map((e) => e.date)).toEqual(['2027-04-19']);
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const files = readdirSync(out).filter((f) => /rollback|announcement/.test(f) && f.includes('albina') || f.includes('rollout_rollback'));
    expect(files.sort()).toEqual(['2027-03-16_albina_announcement.nl.md', '2027-04-19_albina_checklist-rollback.en.md', '2027-04-19_albina_checklist-rollback.nl.md', '2027-04-19_albina_rollback.nl.md', '2027-05-10_albina_announcement.nl.md']);
  });

  it('a second try decided on a Saturday is announced on the Monday, as a pause decided then is, with no reminder the same day', () => {
    const { plan } = folder('2027-05-17', { decided: '2027-05-15' });
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const albina = readdirSync(out).filter((f) => /^2027-05-1[4-7]_albina_/.test(f));
    expect(albina.filter((f) => !f.startsWith('2027-05-17'))).toEqual([]);
    expect(albina).toContain('2027-05-17_albina_announcement.nl.md');
    expect(albina.filter((f) => f.includes('reminder'))).toEqual([]);
    expect(readFileSync(path.join(out, '2027-05-17_albina_announcement.nl.md'), 'utf8')).toContain('**Versturen op:** maandag 17 mei 2027');
    // The schedule names the day its news goes out, not the Saturday.
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toContain('Albina starts again on 2027-05-17 (decided on 2027-05-15, announced from 2027-05-17)');
    expect(run(['schedule', '--plan', plan, '--lang', 'nl']).stdout).toContain('Albina begint opnieuw op 2027-05-17 (besloten op 2027-05-15, vanaf 2027-05-17 aangekondigd)');
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { rollbacks: { resume: unknown }[] };
    expect(json.rollbacks[0]!.resume).toEqual({ on: '2027-05-17', changed: 'een nieuwe glasvezellijn', decided: '2027-05-15', announced: '2027-05-17' });
    // validate says that nothing can be told ahead, at the line of decided; two working days ahead it is quiet.
    const warned = run(['validate', '--plan', plan]);
    expect([warned.status, warned.stderr]).toEqual([0, expect.stringMatching(/rollout\.yaml:\d+:\d+: warning rollback\.resume\.decided: the second try of Albina is decided on 2027-05-15, and the first working day to tell it is 2027-05-17, the day it starts again: its announcement and the checklists before it all fall on that day \(start it again later \(resume\.on\) to announce it ahead as the first try was, or tell Albina in person before 2027-05-17\)\n/)]);
    expect(run(['validate', '--plan', plan, '--strict']).status).toBe(1);
    expect(run(['validate', '--plan', folder('2027-05-17', { decided: '2027-05-13' }).plan]).stderr).not.toContain('resume.decided');
  });

  it('a pause of Albina in its second try is valid, moves its dates and holds its gates while it runs', () => {
    const { plan, usage } = folder('2027-05-17');
    const written = parse(readFileSync(plan, 'utf8')) as Record<string, unknown>;
    writeFileSync(plan, stringify({ ...written, pauses: [{ from: '2027-05-24', until: '2027-05-31', reason: { nl: 'de nieuwe lijn ligt eruit', en: 'the new line is down' }, only: { location: 'Albina' } }] }));
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string; end: string }[] };
    expect(json.phases.slice(2).map((p) => [p.id, p.start, p.end])).toEqual([
      ['albina', '2027-05-17', '2027-06-11'],
      ['switch-off', '2027-06-14', '2027-06-18'],
    ]);
    const check = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-05-26', '--lang', 'en']);
    expect([check.status, check.stdout]).toEqual([1, expect.stringContaining('Albina is paused from 2027-05-24 until 2027-05-31: the new line is down')]);
  });

  it("gate-check lets the whole organization's figure decide the second try's go/no-go, read from an export without a location column", () => {
    const dir = tempDir();
    const plan = path.join(dir, 'rollout.yaml');
    const gates = (base as unknown as { gates: Record<string, unknown>[] }).gates.map((g) => (g.id === 'albina-go-no-go' ? { ...g, location: undefined } : g));
    const metricsImport = { columns: { date: 'Datum', metric: 'Meting', value: 'Waarde' }, dateFormat: 'dd-mm-yyyy' };
    writeFileSync(plan, stringify({ ...base, gates, metricsImport, rollback: { ...base.rollback, resume: { on: '2027-05-17' } } }));
    const check = (values: string[]) => {
      const usage = path.join(dir, 'usage.csv');
      const rows = ['15-03-2027', '26-04-2027', '10-05-2027'].map((d, i) => `${d};active_use_pct;${values[i]}`);
      writeFileSync(usage, `\uFEFFDatum;Meting;Waarde\r\n${rows.join('\r\n')}\r\n`);
      const result = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-05-17', '--lang', 'en']);
      return [result.status, result.stdout.split('\n').find((l) => l.includes('albina-go-no-go.second-try ('))?.trim()];
    };
    expect(check(['86,5', '90', '92'])).toEqual([0, 'albina-go-no-go.second-try (pass): last of 3 rows of active use from 2027-03-15 to 2027-05-14 is 92 on 2027-05-10, >= 60']);
    expect(check(['86,5', '50', '45'])).toEqual([1, 'albina-go-no-go.second-try (fail): last of 3 rows of active use from 2027-03-15 to 2027-05-14 is 45 on 2027-05-10, not >= 60']);
  });

  it('diff keeps the first try and gives the second try as the reason of what it adds and dates again, in English and Dutch', () => {
    const { plan } = folder('2027-05-17');
    const diff = (lang: string) => run(['diff', ALBINA, plan, '--format', 'markdown', '--lang', lang]);
    const en = diff('en');
    expect(en.status).toBe(1);
    // The first try's launch stays on Tuesday 30 March; the second try's is added beside it.
    expect(en.stdout).toMatch(/\| appeared \| {2}\| 2027-05-17 \| .* \| Launch albina \| .* \| Albina starts again on 2027-05-17 \(rolled back on 2027-04-19\): a new fibre line \|/);
    expect(en.stdout).not.toContain('| 2027-03-30 |');
    expect(en.stdout).toMatch(/\| resumed \| {2}\| 2027-06-11 \| .*Decommission.* \| Albina starts again on 2027-05-17/);
    expect(diff('nl').stdout).toContain('Albina begint opnieuw op 2027-05-17 (teruggedraaid op 2027-04-19): een nieuwe glasvezellijn');
  });

  it('validate refuses a resume before the rollback at its line (exit 1), and gate-check stops on it (exit 2)', () => {
    const { plan, usage } = folder('2027-04-12');
    const line = /rollout\.yaml:\d+:\d+: error rollback\.resume\.on: Albina starts again on 2027-04-12, before it rolled back on 2027-04-19/;
    const result = run(['validate', '--plan', plan]);
    expect([result.status, `${result.stdout}${result.stderr}`]).toEqual([1, expect.stringMatching(line)]);
    const check = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-14']);
    expect([check.status, check.stderr]).toEqual([2, expect.stringMatching(line)]);
  });
});
