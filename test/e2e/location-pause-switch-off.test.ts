import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies: Albina runs from Monday 12 to Friday 23 April 2027, the switch-off of email chains
 * follows from Monday 26 to Friday 30 April. On the Monday after its phase, Albina's line cannot
 * carry Teams: its people go back to email and WhatsApp for two weeks, a pause of Albina alone.
 * The switch-off may not turn those off while they work in them: it waits, and so do the reviews.
 */
/** A month before the start: every message is still to come, as when the tests were written. */
const BEFORE = '2027-02-01';
const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8');
const unpaused = text.slice(0, text.indexOf('pauses:'));
const pauseOf = (from: string, until: string, location: string) =>
  `${unpaused}pauses:\n  - from: ${from}\n    until: ${until}\n    reason: { en: the line cannot carry video calls, nl: de lijn kan geen videogesprekken aan }\n    only: { location: ${location} }\n`;

function planFile(content: string): string {
  const file = path.join(tempDir(), 'rollout.yaml');
  writeFileSync(file, content);
  return file;
}

const ALBINA = planFile(pauseOf('2027-04-26', '2027-05-10', 'Albina'));

interface Item {
  date: string;
  type: string;
  key: string;
  pausedFrom?: string;
}
const dateOf = (events: Item[], type: string, key: string) => events.filter((e) => e.type === type && e.key === key).map((e) => e.date);

describe('Albina paused back onto the old tools in the switch-off’s week, end to end', () => {
  it('schedule holds the switch-off, the reviews and the retrospective until Albina resumes', () => {
    const schedule = JSON.parse(run(['schedule', '--plan', ALBINA, '--format', 'json']).stdout);
    expect(schedule.phases.find((p: { kind: string }) => p.kind === 'decommission')).toMatchObject({ start: '2027-05-10', end: '2027-05-14' });
    expect(schedule.pauses[0]).toMatchObject({ switchOff: { id: 'switch-off', name: 'Switch off email chains', start: '2027-05-10' } });
    const events: Item[] = schedule.events;
    expect(['export-data', 'archive', 'turn-off'].map((k) => dateOf(events, 'decommission', k))).toEqual([['2027-05-10'], ['2027-05-11'], ['2027-05-14']]);
    expect(events.find((e) => e.key === 'turn-off')).toMatchObject({ pausedFrom: '2027-04-30' });
    expect([dateOf(events, 'review', 'week-1'), dateOf(events, 'retrospective', 'retrospective')]).toEqual([['2027-05-21'], ['2027-05-28']]);
    const table = run(['schedule', '--plan', ALBINA, '--lang', 'en']).stdout;
    expect(table).toContain('(the switch-off waits for it: Switch off email chains now starts on 2027-05-10; the rest goes on)');
    expect(run(['schedule', '--plan', ALBINA, '--format', 'csv']).stdout).toMatch(/^2027-05-14,\d+,decommission,turn-off,/m);
    const ics = path.join(tempDir(), 'rollout.ics');
    expect(run(['schedule', '--plan', ALBINA, '--format', 'ics', '-o', ics]).status).toBe(0);
    const turnOff = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).includes('turn-off'))!;
    expect(String(turnOff.getFirstPropertyValue('dtstart'))).toBe('2027-05-14');
  });

  it('diff and what-if give the same moves, the switch-off among them', () => {
    const before = planFile(unpaused);
    const diff = JSON.parse(run(['diff', before, ALBINA, '--format', 'json']).stdout);
    const whatIf = JSON.parse(run(['what-if', '--plan', before, '--pause', '2w', '--at', '2027-04-26', '--only-location', 'Albina', '--format', 'json']).stdout);
    const moved = (list: { change: string; type: string; key: string; to: string | null }[]) => list.filter((c) => c.change === 'moved').map((c) => `${c.type} ${c.key} ${c.to}`).sort();
    expect(moved(whatIf.changes)).toEqual(moved(diff.changes));
    expect(moved(diff.changes)).toEqual(expect.arrayContaining(['decommission turn-off 2027-05-14', 'review week-1 2027-05-21', 'retrospective retrospective 2027-05-28']));
  });

  it('gate-check during the pause pauses the rollout: the switch-off waits for Albina, nothing else is left', () => {
    const metrics = path.join(tempDir(), 'usage.csv');
    const rows = ['2027-04-09,active_use_pct,85,Paramaribo', '2027-04-09,active_use_pct,82,Nieuw Nickerie', '2027-04-23,active_use_pct,85,Paramaribo', '2027-04-23,active_use_pct,82,Nieuw Nickerie', '2027-04-23,active_use_pct,81,Albina'];
    writeFileSync(metrics, ['date,metric,value,location', ...rows, ''].join('\n'));
    // Every gate passes and the condition holds: only the pause keeps the old tools on.
    const r = run(['gate-check', '--plan', ALBINA, '--metrics', metrics, '--at', '2027-04-28']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Decision: pause (exit 1): Albina is paused from 2027-04-26 until 2027-05-10: the line cannot carry video calls\n');
    expect(r.stdout).toContain('Decommission (Switch off email chains, from 2027-05-10): ready');
  });

  it('render-emails and report give the new dates; the notices go to everyone, in English and Dutch', () => {
    const out = tempDir();
    expect(run(['render-emails', '--plan', ALBINA, '--out', out, '--at', BEFORE]).status).toBe(0);
    const notices = readdirSync(out).filter((f) => /_(pause|resume)\./.test(f));
    expect(notices).toEqual(['2027-04-26_rollout_pause.en.md', '2027-04-26_rollout_pause.nl.md', '2027-05-07_rollout_resume.en.md', '2027-05-07_rollout_resume.nl.md']);
    const pause = readFileSync(path.join(out, notices[0]!), 'utf8');
    expect(pause).toContain('**To:** Everyone at Sranan Advies (25 people)');
    expect(pause).toContain('and the switch-off of email chains and WhatsApp groups that waits for it, move by 10 working days');
    expect(readFileSync(path.join(out, notices[1]!), 'utf8')).toContain('**Aan:** Iedereen bij Sranan Advies (25 personen)');
    // The day the old tools go off, 30 April as the switch-off announcement said, is now 14 May: both notices give it.
    for (const notice of [notices[0]!, notices[2]!]) expect(readFileSync(path.join(out, notice), 'utf8')).toContain('**Switch-off:** we now turn off email chains and WhatsApp groups on Friday, May 14 instead of Friday, April 30: move anything you still need into Microsoft Teams before Friday, May 14, 2027.');
    expect(readFileSync(path.join(out, notices[3]!), 'utf8')).toContain('**Uitzetten:** we zetten e-mailketens en WhatsApp-groepen nu uit op vrijdag 14 mei in plaats van vrijdag 30 april: zet alles wat je nog nodig hebt vóór vrijdag 14 mei 2027 over naar Microsoft Teams.');
    const report = path.join(tempDir(), 'report.html');
    expect(run(['report', '--plan', ALBINA, '--at', '2027-04-28', '-o', report]).status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('Switch off email chains: 10 May – 14 May');
  });
});

describe('the notices of a pause of a part whose phase is over, end to end', () => {
  it('go to that part’s people with their count, in both languages and in the index', () => {
    // The head office is done by late March; it pauses for a week and resumes the day the switch-off starts.
    const office = planFile(pauseOf('2027-04-19', '2027-04-26', 'Paramaribo'));
    const out = tempDir();
    expect(run(['render-emails', '--plan', office, '--out', out, '--at', BEFORE]).status).toBe(0);
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
    expect(read('2027-04-19_rollout_paramaribo_pause.en.md')).toContain('**To:** ICT pilot and Head office (18 people)');
    expect(read('2027-04-19_rollout_paramaribo_pause.nl.md')).toContain('**Aan:** ICT pilot en Head office (18 personen)');
    expect(read('2027-04-23_rollout_paramaribo_resume.nl.md')).toContain('**Aan:** ICT pilot en Head office (18 personen)');
    const index: { messages: { file: string; to: string }[] } = JSON.parse(read('index.json'));
    expect(index.messages.filter((m) => /_(pause|resume)\./.test(m.file)).map((m) => m.to)).toEqual([
      'ICT pilot and Head office (18 people)',
      'ICT pilot en Head office (18 personen)',
      'ICT pilot and Head office (18 people)',
      'ICT pilot en Head office (18 personen)',
    ]);
    expect(read('index.md')).toContain('| ICT pilot en Head office (18 personen) |');
  });
});
