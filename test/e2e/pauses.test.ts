import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/** A 25-person firm in two towns with Suriname's holidays, paused 29 March (Easter Monday) to 12 April 2027. */
const PAUSED = path.join(ROOT, 'test', 'fixtures', 'pauses', 'paused.yaml');
/** The same with a second pause from 26 April, still open. */
const OPEN = path.join(ROOT, 'test', 'fixtures', 'pauses', 'open.yaml');

const csvRows = (text: string) => text.trim().split('\r\n').slice(1).map((l) => l.split(','));
const icsEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

/** gate-check on a day with no measurements: every gate's due day and status. */
function gateCheck(plan: string, at: string): { id: string; due: string; status: string; window: { from: string; to: string } }[] {
  const metrics = path.join(tempDir(), 'metrics.csv');
  writeFileSync(metrics, 'date,metric,value\n');
  const r = run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', at, '--format', 'json']);
  return JSON.parse(r.stdout).gates;
}

describe('a pause moves every gate to the same day in schedule, calendar and gate-check', () => {
  it('gates first due on Easter Monday are due on the Monday the pause ends, in all three', () => {
    const schedule = Object.fromEntries(csvRows(run(['schedule', '--plan', PAUSED, '--format', 'csv']).stdout).filter((r) => r[2] === 'gate').map((r) => [r[3], r[0]]));
    const checked = gateCheck(PAUSED, '2027-04-12');
    expect(Object.fromEntries(checked.map((g) => [g.id, g.due]))).toEqual(schedule);
    const calendar = icsEvents(run(['schedule', '--plan', PAUSED, '--format', 'ics']).stdout)
      .filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('gate-'))
      .map((v) => String(v.getFirstPropertyValue('dtstart')));
    expect(calendar.sort()).toEqual(Object.values(schedule).sort());
    // Due on the day gate-check is run: judged, not pending; the window ends that day.
    const pilot = checked.find((g) => g.id === 'pilot-success')!;
    expect([pilot.due, pilot.window.to, pilot.status === 'pending']).toEqual(['2027-04-12', '2027-04-12', false]);
  });
});

describe('an open pause after a closed one', () => {
  it('shows held items at their last real date with their title, in every format and in diff', () => {
    const table = run(['schedule', '--plan', OPEN]).stdout;
    expect(table.split('\n')[0]).toBe('Invoering van Microsoft Teams bij Sranan Advies: 25 personen, vanaf 2027-03-01, einde open: gepauzeerd sinds 2027-04-26');
    expect(table).toContain('fase Alle overige collega’s (gepland 2027-04-26)');
    expect(table).toContain('start everyone-else: Start voor Alle overige collega’s: welkomstmail, accounts geactiveerd (gepland 2027-04-26)');
    // The go/no-go due the Friday before the pause began was judged then: dated, not on hold.
    expect(table).toMatch(/│ 2027-04-23 │[^\n]*Toetsmoment department-2-go-no-go \(Advies\): actief gebruik minstens 60%, vóór de start van Alle overige collega’s │/);
    expect(table).not.toMatch(/: +\(gepland/);
    const json = JSON.parse(run(['schedule', '--plan', OPEN, '--format', 'json']).stdout);
    const held = json.events.filter((e: { onHold?: boolean }) => e.onHold);
    expect(held.filter((e: { title: string }) => e.title === '')).toEqual([]);
    expect(held.find((e: { type: string; phase: string }) => e.type === 'launch' && e.phase === 'everyone-else').plannedDate).toBe('2027-04-26');
    expect(held.find((e: { key: string }) => e.key === 'department-2-go-no-go')).toBeUndefined();
    expect(run(['schedule', '--plan', OPEN, '--format', 'markdown']).stdout).not.toMatch(/^- +\(gepland/m);
    const diff = JSON.parse(run(['diff', PAUSED, OPEN, '--format', 'json']).stdout);
    expect(diff.changes.filter((c: { title: string }) => c.title === '')).toEqual([]);
  });

  it('has diff list what an open pause held as resumed once the pause is given its end, each with its new date', () => {
    const closed = path.join(tempDir(), 'closed.yaml');
    writeFileSync(closed, readFileSync(OPEN, 'utf8').replace('  - from: 2027-04-26\n', '  - from: 2027-04-26\n    until: 2027-05-10\n'));
    const held = JSON.parse(run(['schedule', '--plan', OPEN, '--format', 'json']).stdout).events.filter((e: { onHold?: boolean }) => e.onHold);
    const r = run(['diff', OPEN, closed, '--format', 'json']);
    expect(r.status).toBe(1);
    const diff = JSON.parse(r.stdout);
    const resumed = diff.changes.filter((c: { change: string }) => c.change === 'resumed');
    expect(resumed.map((c: { type: string; key: string }) => `${c.type} ${c.key}`).sort()).toEqual(held.map((e: { type: string; key: string }) => `${e.type} ${e.key}`).sort());
    for (const c of resumed) expect([c.from, /^\d{4}-\d\d-\d\d$/.test(c.to)], c.key).toEqual([null, true]);
    // Only the resume notice is new.
    expect(diff.changes.filter((c: { change: string }) => c.change === 'appeared').map((c: { type: string }) => c.type)).toEqual(['resume']);
    // The go/no-go judged before the pause is due again the day before the launch's new day.
    expect(diff.changes.filter((c: { change: string }) => c.change === 'moved').map((c: { key: string; from: string; to: string }) => [c.key, c.from, c.to])).toEqual([['department-2-go-no-go', '2027-04-23', '2027-05-07']]);
    expect(diff.counts).toEqual({ moved: 1, appeared: 1, disappeared: 0, held: 0, resumed: held.length });
    const text = run(['diff', OPEN, closed]).stdout;
    expect(text).toContain(`1 verschoven, 1 nieuw, 0 vervallen, 0 aangehouden, ${held.length} hervat`);
    expect(text).toMatch(/^ {2}\(aangehouden\) → 2027-05-10 +Start everyone-else/m);
    expect(run(['diff', OPEN, closed, '--lang', 'en']).stdout).toContain(`, ${held.length} resumed`);
  });

  it('lists exactly the messages render-emails writes: none for a launch on hold, but those that went out before the pause', () => {
    const dir = tempDir();
    expect(run(['render-emails', '--plan', OPEN, '--out', dir, '--lang', 'nl', '--at', '2027-04-26']).status).toBe(0);
    const written = new Set(readdirSync(dir).filter((n) => /_(announcement|reminder|welcome)\.nl\.md$/.test(n)).map((n) => n.split('_').slice(0, 2).join('_')));
    const rows = csvRows(run(['schedule', '--plan', OPEN, '--format', 'csv']).stdout);
    const listed = new Set(rows.filter((r) => ['announcement', 'reminder', 'launch'].includes(r[2]!) && r[4] !== 'decommission').map((r) => `${r[0]}_${r[4]}`));
    // The launch's announcement and reminder went out before the pause was written in, on its first day (26 April): listed as sent.
    expect(written).toEqual(listed);
    expect(rows.filter((r) => r[4] === 'everyone-else' && r[2] !== 'pause').map((r) => `${r[0]} ${r[2]} ${r[3]}`)).toEqual([
      '2027-04-12 announcement announcement',
      '2027-04-12 checklist two-weeks-before',
      '2027-04-19 reminder reminder',
      '2027-04-19 checklist one-week-before',
    ]);
  });

  it('shows the held launch\'s announcement and reminder sent before the pause as sent, in table, markdown and JSON, not on hold', () => {
    const table = run(['schedule', '--plan', OPEN]).stdout;
    const waiting = table.slice(table.indexOf('Wacht tot de pauze voorbij is'), table.indexOf('┌'));
    expect(waiting).toContain('Start voor Alle overige collega’s');
    expect(waiting).not.toContain('Microsoft Teams aankondigen aan Alle overige collega’s');
    expect(waiting).not.toContain('Herinnering aan Alle overige collega’s');
    expect(table).toMatch(/│ 2027-04-12 │ +│ aankondiging +│ everyone-else +│ +│ Microsoft Teams aankondigen aan Alle overige collega’s/);
    const markdown = run(['schedule', '--plan', OPEN, '--format', 'markdown', '--lang', 'en']).stdout;
    const held = markdown.slice(markdown.indexOf('## On hold'), markdown.indexOf('## Week'));
    expect(held).toContain('Launch for Everyone else: welcome email');
    expect(held).not.toMatch(/Announce Microsoft Teams to Everyone else|Remind Everyone else/);
    expect(markdown).toMatch(/\| 2027-04-19 \|[^\n]*\| reminder \| everyone-else \|/);
    const json = JSON.parse(run(['schedule', '--plan', OPEN, '--format', 'json']).stdout);
    const ofLaunch = json.events.filter((e: { phase?: string; type: string }) => e.phase === 'everyone-else' && ['announcement', 'reminder'].includes(e.type));
    expect(ofLaunch.map((e: { date: string; onHold?: boolean }) => [e.date, e.onHold])).toEqual([['2027-04-12', undefined], ['2027-04-19', undefined]]);
  });

  it('gives held gates in gate-check the due day the schedule shows, inside their window', () => {
    const gates = gateCheck(OPEN, '2027-04-27');
    const of = (id: string) => gates.find((g) => g.id === id)!;
    expect([of('department-2-go-no-go').due, of('everyone-else-success').due, of('everyone-else-success').window.from]).toEqual(['2027-04-23', '2027-05-24', '2027-04-26']);
    for (const g of gates) expect(g.window.from <= g.due, g.id).toBe(true);
  });
});

describe('a calendar imported before an open pause', () => {
  it('gets each held entry back cancelled, under its UID, one SEQUENCE higher', () => {
    const dir = tempDir();
    for (const [plan, file] of [[PAUSED, 'a.ics'], [OPEN, 'b.ics']]) expect(run(['schedule', '--plan', plan!, '--format', 'ics', '-o', path.join(dir, file!)]).status).toBe(0);
    const byUid = (file: string) => new Map(icsEvents(readFileSync(path.join(dir, file), 'utf8')).map((v) => [String(v.getFirstPropertyValue('uid')), v]));
    const [was, now] = [byUid('a.ics'), byUid('b.ics')];
    expect([...was.keys()].filter((uid) => !now.has(uid))).toEqual([]);
    const cancelled = [...now.values()].filter((v) => v.getFirstPropertyValue('status') === 'CANCELLED');
    const training = cancelled.find((v) => String(v.getFirstPropertyValue('summary')).includes('Groepstraining voor Alle overige collega’s (Nieuw Nickerie)'))!;
    const before = was.get(String(training.getFirstPropertyValue('uid')))!;
    expect([String(training.getFirstPropertyValue('dtstart')), training.getFirstPropertyValue('sequence')]).toEqual([String(before.getFirstPropertyValue('dtstart')), Number(before.getFirstPropertyValue('sequence')) + 1]);
    expect(String(training.getFirstPropertyValue('dtstart'))).toMatch(/^2027-04-26T10:00/);
    expect(cancelled.length).toBe(was.size - [...now.values()].filter((v) => v.getFirstPropertyValue('status') === null).length);
  });
});

describe('a check or a report as of a day before a pause begins', () => {
  const check = (plan: string, at: string) => {
    const metrics = path.join(tempDir(), 'metrics.csv');
    writeFileSync(metrics, 'date,metric,value\n2027-04-20,active_use_pct,85\n');
    const r = run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', at, '--format', 'json']);
    return { status: r.status, ...JSON.parse(r.stdout) };
  };

  it('decides an open pause’s gates from the data before its first day, and holds them from it on', () => {
    // The open pause begins 2027-04-26; department-2's go/no-go was due 2027-04-23.
    const before = check(OPEN, '2027-04-23');
    const gate = before.gates.find((g: { id: string }) => g.id === 'department-2-go-no-go');
    expect([before.openPause, gate.status, gate.onHold, gate.due]).toEqual([null, 'pass', undefined, '2027-04-23']);
    expect(before.gates.filter((g: { reason: string }) => g.reason.includes('on hold'))).toEqual([]);
    for (const at of ['2027-04-26', '2027-04-27']) {
      const on = check(OPEN, at);
      const held = on.gates.find((g: { id: string }) => g.id === 'department-2-success');
      expect([on.status, on.openPause?.from, held.status, held.reason.split(';')[0]], at).toEqual([1, '2027-04-26', 'pending', 'on hold: the rollout has been paused since 2027-04-26']);
    }
  });

  it('runs a closed pause only from its first day to the day it resumes', () => {
    expect(check(PAUSED, '2027-03-26').openPause).toBeNull();
    expect(check(PAUSED, '2027-03-29').openPause).toMatchObject({ from: '2027-03-29', until: '2027-04-12' });
    expect(check(PAUSED, '2027-04-12').openPause).toBeNull();
  });

  it('draws no pause in the report before it begins, and no rollback before its day', () => {
    const pauses = (plan: string, at: string) => run(['report', '--plan', plan, '--at', at, '--lang', 'en', '-o', '-']).stdout.match(/class="pauses">.*?<\/div>/)![0];
    expect(pauses(OPEN, '2027-04-23')).not.toContain('still open');
    expect(pauses(OPEN, '2027-04-26')).toContain('from 26 Apr, still open');
    const rolledBack = path.join(ROOT, 'test', 'fixtures', 'plans', 'rolled-back.yaml');
    const report = (at: string) => run(['report', '--plan', rolledBack, '--at', at, '--lang', 'en', '-o', '-']).stdout;
    expect(report('2027-03-26')).not.toContain('<title>Rollback: 29 Mar</title>');
    expect(report('2027-03-29')).toContain('<title>Rollback: 29 Mar</title>');
  });
});

describe('render-emails --phase', () => {
  const listed = (args: string[]) => run(['render-emails', ...args, '--dry-run', '--lang', 'en']).stdout.split('\n').map((l) => path.basename(l)).filter((n) => /^\d/.test(n));

  it('writes the notices of the pauses that move its people’s dates, for a phase an open pause holds too', () => {
    expect(listed(['--plan', OPEN, '--phase', 'everyone-else', '--at', '2027-04-26'])).toEqual([
      '2027-03-30_rollout_pause.en.md',
      '2027-04-09_rollout_resume.en.md',
      // Sent before the open pause began: as they went out.
      '2027-04-12_everyone-else_announcement.en.md',
      '2027-04-12_everyone-else_checklist-two-weeks-before.en.md',
      '2027-04-19_everyone-else_reminder.en.md',
      '2027-04-19_everyone-else_checklist-one-week-before.en.md',
      '2027-04-26_rollout_pause.en.md',
    ]);
  });

  it('writes the rollback email to everyone, its people included', () => {
    const files = listed(['--plan', path.join(ROOT, 'examples', 'enterprise.yaml'), '--phase', 'port-of-spain', '--rollback', 'mail lost', '--at', '2027-03-10']);
    // The email, and the wall notice of the Warehouse crew (send: [email, notice]), which the rollback of everyone reaches too.
    expect(files.filter((n) => n.includes('rollback'))).toEqual(['2027-03-10_rollout_warehouse_rollback-notice.en.html', '2027-03-10_rollout_rollback.en.md']);
    expect(files.every((n) => n.includes('_port-of-spain_') || n.includes('_rollout_rollback.') || n.includes('_rollout_warehouse_rollback-notice.'))).toBe(true);
  });
});
