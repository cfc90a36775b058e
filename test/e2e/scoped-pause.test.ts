import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies rolls Teams out office by office: head office in Paramaribo from 15 March 2027,
 * Nieuw Nickerie from 30 March (Easter Monday held over), Albina from Monday 12 April, then the
 * switch-off. Albina's internet line is down from its launch day for a week: `only: { location: Albina }`.
 */
const ALBINA = path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml');
const text = readFileSync(ALBINA, 'utf8');

/** The same plan before the pause was written in. */
function unpaused(): string {
  const file = path.join(tempDir(), 'rollout.yaml');
  writeFileSync(file, text.slice(0, text.indexOf('pauses:')));
  return file;
}

interface Item {
  date: string;
  type: string;
  key: string;
  phase?: string;
  location?: string;
  pausedFrom?: string;
  sequence?: number;
}

const scheduleOf = (plan: string): { events: Item[]; pauses: unknown[] } => JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout);
const dateOf = (events: Item[], type: string, key: string, phase?: string) => events.filter((e) => e.type === type && e.key === key && (phase === undefined || e.phase === phase)).map((e) => e.date);

describe('a one-week pause of the Albina branch, end to end', () => {
  it('schedule moves Albina and the switch-off that waits for it, and nothing of the other offices', () => {
    const { events, pauses } = scheduleOf(ALBINA);
    // The switch-off waits for Albina: not among the launches that wait, but given with its new start, as the notice says it moves.
    expect(pauses).toEqual([{ from: '2027-04-12', until: '2027-04-19', reason: 'the Albina branch has no internet line', only: { location: 'Albina' }, phases: ['albina', 'switch-off'], waiting: [], switchOff: { id: 'switch-off', name: 'Switch off email chains', start: '2027-05-03' }, name: 'Albina', workingDays: 5 }]);
    // Moved: Albina's launch, training and success gate, the go/no-go before its launch, the switch-off.
    expect(dateOf(events, 'launch', 'launch', 'albina')).toEqual(['2027-04-19']);
    expect(events.find((e) => e.type === 'launch' && e.phase === 'albina')).toMatchObject({ pausedFrom: '2027-04-12', sequence: 2 });
    expect(dateOf(events, 'training', 'session-1', 'albina')).toEqual(['2027-04-19']);
    expect(dateOf(events, 'gate', 'albina-active')).toEqual(['2027-05-17']);
    expect(dateOf(events, 'gate', 'albina-go-no-go')).toEqual(['2027-04-16']);
    expect(dateOf(events, 'decommission', 'turn-off')).toEqual(['2027-05-07']);
    // Not moved: the other offices' gates and sessions, Albina's announcement and reminder that went out before.
    expect(dateOf(events, 'gate', 'head-office-active')).toEqual(['2027-04-12']);
    expect(dateOf(events, 'gate', 'nickerie-active')).toEqual(['2027-04-27']);
    expect(dateOf(events, 'launch', 'launch', 'nickerie')).toEqual(['2027-03-30']);
    expect(dateOf(events, 'announcement', 'announcement', 'albina')).toEqual(['2027-03-30']);
    expect(dateOf(events, 'reminder', 'reminder', 'albina')).toEqual(['2027-04-05']);
    expect(dateOf(events, 'weekly-update', 'week-7')).toEqual(['2027-04-16']);
    const others = events.filter((e) => (e.phase === 'head-office' || e.phase === 'nickerie') && e.key !== 'albina-go-no-go');
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter((e) => e.pausedFrom !== undefined || e.sequence !== undefined)).toEqual([]);
    // The notices are Albina's.
    expect(events.filter((e) => e.type === 'pause' || e.type === 'resume').map((e) => [e.type, e.date, e.location])).toEqual([
      ['pause', '2027-04-12', 'Albina'],
      ['resume', '2027-04-16', 'Albina'],
    ]);
  });

  it('gives the same dates in the table, markdown, CSV and calendar', () => {
    // The switch-off waits for Albina and moves with it, as the pause notice says.
    expect(run(['schedule', '--plan', ALBINA]).stdout).toContain('Pause 2027-04-12 until 2027-04-19 (5 working days), only Albina (the switch-off waits for it: Switch off email chains now starts on 2027-05-03; the rest goes on): the Albina branch has no internet line');
    expect(run(['schedule', '--plan', ALBINA, '--format', 'markdown', '--lang', 'nl']).stdout).toContain('- Pauze 2027-04-12 tot 2027-04-19 (5 werkdagen), alleen Albina (de uitfasering wacht erop: Switch off email chains begint nu op 2027-05-03; de rest gaat door): het filiaal in Albina heeft geen internetlijn');
    const rows = run(['schedule', '--plan', ALBINA, '--format', 'csv']).stdout.trim().split('\r\n');
    // date, ..., paused_from, sequence (second_try after them is empty: no part starts again)
    expect(rows.filter((r) => r.includes(',launch,launch,')).map((r) => [r.slice(0, 10), r.split(',').slice(-3, -1).join(',')])).toEqual([
      ['2027-03-01', ','],
      ['2027-03-15', ','],
      ['2027-03-30', ','],
      ['2027-04-19', '2027-04-12,2'],
    ]);
    const calendar = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', ALBINA, '--format', 'ics']).stdout)).getAllSubcomponents('vevent');
    const entry = (uid: string) => calendar.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(uid))!;
    const when = (uid: string) => [String(entry(uid).getFirstPropertyValue('dtstart')).slice(0, 10), entry(uid).getFirstPropertyValue('sequence')];
    expect(when('training-albina-session-1')).toEqual(['2027-04-19', 2]);
    expect(when('gate-head-office-head-office-active')).toEqual(['2027-04-12', 0]);
    expect(when('gate-nickerie-nickerie-active')).toEqual(['2027-04-27', 0]);
  });

  it('diff and what-if show what moved and why, and nothing of the other offices', () => {
    const before = unpaused();
    const r = run(['diff', before, ALBINA, '--format', 'json']);
    expect(r.status).toBe(1);
    const changes: { change: string; type: string; key: string; phase?: string; from: string | null; to: string | null; reason?: string }[] = JSON.parse(r.stdout).changes;
    expect(changes.find((c) => c.type === 'launch')).toMatchObject({ phase: 'albina', from: '2027-04-12', to: '2027-04-19', reason: 'pause of Albina from 2027-04-12 until 2027-04-19: the Albina branch has no internet line' });
    expect(changes.filter((c) => c.phase === 'head-office' || c.phase === 'nickerie' || c.phase === 'pilot').map((c) => c.key)).toEqual(['albina-go-no-go']);
    const whatIf = JSON.parse(run(['what-if', '--plan', before, '--pause', '1w', '--at', '2027-04-12', '--only-location', 'Albina', '--format', 'json']).stdout);
    expect(whatIf.pause).toEqual({ from: '2027-04-12', until: '2027-04-19', workingDays: 5, only: { location: 'Albina' } });
    const moved = (list: typeof changes) => list.filter((c) => c.change === 'moved').map((c) => `${c.type} ${c.key} ${c.phase ?? ''} ${c.to}`).sort();
    expect(moved(whatIf.changes)).toEqual(moved(changes));
    const wrong = run(['what-if', '--plan', before, '--pause', '1w', '--at', '2027-04-12', '--only-location', 'Albna']);
    expect([wrong.status, wrong.stdout, wrong.stderr]).toEqual([2, '', 'rollout: --only-location Albna: no location named "Albna"; did you mean "Albina"?\n']);
  });

  it('gate-check during the pause holds Albina’s gate, judges the others, and pauses, as only Albina is left (exit 1)', () => {
    const metrics = path.join(tempDir(), 'usage.csv');
    writeFileSync(metrics, 'date,metric,value,location\n2027-04-09,active_use_pct,85,Paramaribo\n2027-04-09,active_use_pct,82,Nieuw Nickerie\n');
    const r = run(['gate-check', '--plan', ALBINA, '--metrics', metrics, '--at', '2027-04-14', '--format', 'json']);
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout);
    expect([result.decision, result.openPause.only]).toEqual(['pause', { location: 'Albina' }]);
    const gates = Object.fromEntries(result.gates.map((g: { id: string; status: string; due: string; reason: string }) => [g.id, [g.status, g.due, g.reason]]));
    expect(gates['head-office-active']).toEqual(['pass', '2027-04-12', expect.stringContaining('from 2027-03-15 to 2027-04-12 is 85')]);
    expect(gates['albina-active']).toEqual(['pending', '2027-05-17', 'on hold: Albina has been paused since 2027-04-12']);
    const textOut = run(['gate-check', '--plan', ALBINA, '--metrics', metrics, '--at', '2027-04-14']).stdout;
    expect(textOut).toContain('Decision: pause (exit 1): Albina is paused from 2027-04-12 until 2027-04-19: the Albina branch has no internet line');
  });

  it('render-emails writes the notices for Albina, and what went out before as it went out', () => {
    const out = tempDir();
    expect(run(['render-emails', '--plan', ALBINA, '--out', out, '--lang', 'en']).status).toBe(0);
    const files = readdirSync(out);
    const read = (pattern: RegExp) => readFileSync(path.join(out, files.find((f) => pattern.test(f))!), 'utf8');
    const pause = read(/^2027-04-12_.*pause\.en\.md$/);
    expect(pause).toContain('**Subject:** We are pausing the Microsoft Teams rollout in Albina');
    // The switch-off waits for Albina, and everyone still uses the old system: everyone is told.
    expect(pause).toContain('**To:** Everyone at Sranan Advies (25 people)');
    expect(pause).toContain('What was planned for Albina from Monday, April 12 on, and the switch-off of email chains and WhatsApp groups that waits for it, move by 5 working days; the rest of the rollout goes on as planned');
    expect(read(/^2027-04-16_.*resume\.en\.md$/)).toContain('we resume the Microsoft Teams rollout in Albina on Monday, April 19');
    expect(read(/^2027-04-05_albina_reminder\.en\.md$/)).toContain('**Subject:** Reminder: Microsoft Teams starts Monday, April 12');
    expect(files).toContain('2027-04-19_albina_welcome.en.md');
    expect(files.filter((f) => f.startsWith('2027-03-30_nickerie_welcome') || f.startsWith('2027-03-30_nickerie_launch'))).not.toEqual([]);
  });

  it('names Albina once in the notice when the pause names the Albina phase too', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, text.replace('    only: { location: Albina }', '    phase: albina\n    only: { location: Albina }'));
    const out = tempDir();
    expect(run(['render-emails', '--plan', file, '--out', out, '--lang', 'nl']).status).toBe(0);
    const pause = readFileSync(path.join(out, readdirSync(out).find((f) => /^2027-04-12_.*pause\.nl\.md$/.test(f))!), 'utf8');
    expect(pause).toContain('**Onderwerp:** We pauzeren de invoering van Microsoft Teams in Albina\n');
    expect(pause).toContain('Vanaf maandag 12 april pauzeren we de invoering van Microsoft Teams in Albina.');
  });

  it('writes the notices to everyone in every language when the switch-off waits, though Albina reads Dutch only', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, text.replace('champion: Marlon, connectivity: poor }', 'champion: Marlon, connectivity: poor, languages: [nl] }'));
    const out = tempDir();
    expect(run(['render-emails', '--plan', file, '--out', out]).status).toBe(0);
    expect(readdirSync(out).filter((f) => /_(pause|resume)\./.test(f))).toEqual([
      '2027-04-12_rollout_pause.en.md',
      '2027-04-12_rollout_pause.nl.md',
      '2027-04-16_rollout_resume.en.md',
      '2027-04-16_rollout_resume.nl.md',
    ]);
  });

  it('while open, cancels Albina’s calendar entries in its name and keeps the others', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, text.replace('    until: 2027-04-19\n', ''));
    const calendar = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', file, '--format', 'ics']).stdout)).getAllSubcomponents('vevent');
    const entry = (uid: string) => calendar.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(uid))!;
    const training = entry('training-albina-session-1');
    expect([training.getFirstPropertyValue('status'), String(training.getFirstPropertyValue('dtstart')).slice(0, 10), training.getFirstPropertyValue('description')]).toEqual([
      'CANCELLED',
      '2027-04-12',
      'Cancelled: Albina has been paused since 2027-04-12: the Albina branch has no internet line. It gets a new date when the pause ends.',
    ]);
    expect([entry('gate-nickerie-nickerie-active').getFirstPropertyValue('status'), String(entry('gate-nickerie-nickerie-active').getFirstPropertyValue('dtstart'))]).toEqual([null, '2027-04-27']);
  });

  it('gives two parts paused on the same day each their own notice', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    const both = `${text}  - from: 2027-04-12\n    until: 2027-04-14\n    reason: a burst pipe in the Paramaribo office\n    only: { location: Paramaribo }\n`;
    writeFileSync(file, both);
    expect(run(['validate', '--plan', file]).status).toBe(0);
    const out = tempDir();
    expect(run(['render-emails', '--plan', file, '--out', out, '--lang', 'en']).status).toBe(0);
    const notices = readdirSync(out).filter((f) => f.startsWith('2027-04-12') && /_pause(-2)?\.en\.md$/.test(f));
    const why = notices.map((f) => readFileSync(path.join(out, f), 'utf8').match(/\*\*Why:\*\* (.*)/)![1]).sort();
    expect(why).toEqual(['A burst pipe in the Paramaribo office.', 'The Albina branch has no internet line.']);
  });

  it('diff gives each item the pause of its own part when Albina and Nieuw Nickerie pause at once', () => {
    const dir = tempDir();
    const overlapping = text.replace('audience: { locations: [Albina] }, weeks: 2 }', 'audience: { locations: [Albina] }, weeks: 2, overlap: true }');
    const before = path.join(dir, 'before.yaml');
    const after = path.join(dir, 'after.yaml');
    writeFileSync(before, overlapping.slice(0, overlapping.indexOf('pauses:')));
    writeFileSync(after, `${overlapping}  - { from: 2027-04-13, until: 2027-04-20, reason: Nickerie flood, only: { location: Nieuw Nickerie } }\n`);
    const changes: { type: string; key: string; phase?: string; reason?: string }[] = JSON.parse(run(['diff', before, after, '--format', 'json']).stdout).changes;
    const why = (type: string, key: string) => [...new Set(changes.filter((c) => c.type === type && c.key === key && c.phase === 'albina').map((c) => c.reason))];
    const ofAlbina = 'pause of Albina from 2027-04-12 until 2027-04-19: the Albina branch has no internet line';
    expect([why('checklist', 'first-week'), why('gate', 'albina-active'), why('office-hours', 'first-week')]).toEqual([[ofAlbina], [ofAlbina], [ofAlbina]]);
  });

  it('render-emails welcomes Albina the day it resumes when it shares a phase with Nieuw Nickerie', () => {
    const dir = tempDir();
    const file = path.join(dir, 'rollout.yaml');
    const branches = text
      .replace(/ {2}- \{ id: nickerie, .*\n {2}- \{ id: albina, .*\n/, '  - { id: branches, name: Branches, audience: { locations: [Nieuw Nickerie, Albina] }, weeks: 2 }\n')
      .replace(/ {2}- \{ id: (nickerie-active|albina-go-no-go|albina-active), .*\n/g, '')
      .replace('from: 2027-04-12\n    until: 2027-04-19', 'from: 2027-03-29\n    until: 2027-04-05');
    writeFileSync(file, branches);
    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '--plan', file, '--out', out, '--lang', 'en']).status).toBe(0);
    const welcomes = readdirSync(out).filter((f) => f.includes('_welcome'));
    expect(welcomes).toEqual(['2027-03-01_pilot_welcome.en.md', '2027-03-15_head-office_welcome.en.md', '2027-03-30_branches_nieuw-nickerie_welcome.en.md', '2027-04-05_branches_albina_welcome.en.md']);
    expect(readFileSync(path.join(out, '2027-04-05_branches_albina_welcome.en.md'), 'utf8')).toContain('From today, Monday, April 5, 2027');
  });

  it('names a pause of an unknown location in one line with its position: validate exit 1, the other commands exit 2', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, text.replace('only: { location: Albina }', 'only: { location: Albna }'));
    const line = `${file}:${text.split('\n').findIndex((l) => l.includes('only: { location: Albina }')) + 1}:23: error pauses[0].only.location: no location named "Albna" (did you mean "Albina"?)`;
    const validate = run(['validate', '--plan', file]);
    expect([validate.status, validate.stderr.split('\n').filter((l) => l.includes('only.location'))]).toEqual([1, [line]]);
    const schedule = run(['schedule', '--plan', file]);
    expect([schedule.status, schedule.stdout, schedule.stderr.split('\n').filter((l) => l.includes('only.location'))]).toEqual([2, '', [line]]);
  });
});
