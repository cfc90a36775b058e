import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies: the switch-off of email chains was due on Monday 19 April 2027; Albina was at
 * 25%, so the coordinator paused the switch-off that day, open, and Albina rolled back. Its second
 * try runs from Monday 17 May to Friday 4 June. On Friday 4 June the pause gets its end, Monday
 * 7 June: every output must give that Monday for the switch-off (counted twice it was 12 July).
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as { rollback: Record<string, unknown> };
const resume = { on: '2027-05-17', changed: { nl: 'een nieuwe glasvezellijn', en: 'a new fibre line' } };

function folder(until: string, untilDecided: string): { plan: string; usage: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  const pause = { from: '2027-04-19', until, untilDecided, reason: { nl: 'Albina zit op 25%', en: 'Albina is at 25%' }, only: { phase: 'switch-off' } };
  writeFileSync(plan, stringify({ ...base, rollback: { ...base.rollback, resume }, pauses: [pause] }));
  const rows = ['05-04-2027;active_use_pct;86,5;Paramaribo', '12-04-2027;active_use_pct;25;Albina', '31-05-2027;active_use_pct;85;Albina', '07-06-2027;active_use_pct;85;Albina', '07-06-2027;active_use_pct;86,5;Paramaribo'];
  const usage = path.join(dir, 'export.csv');
  writeFileSync(usage, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  return { plan, usage };
}

const switchOff = (plan: string) => (JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string; end: string }[] }).phases.find((p) => p.id === 'switch-off');

describe('a pause of the switch-off closed after the second try it waited for, end to end', () => {
  it('schedule and calendar give Monday 7 June', () => {
    const { plan } = folder('2027-06-07', '2027-06-04');
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    expect(switchOff(plan)).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toMatch(/2027-06-04 │ +│ resume +│ switch-off +│ +│ Resume on 2027-06-07/);
    const ics = run(['schedule', '--plan', plan, '--format', 'ics', '--lang', 'en']).stdout;
    const off = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('decommission-switch-off-turn-off') && v.getFirstPropertyValue('status') !== 'CANCELLED');
    expect(off.map((v) => String(v.getFirstPropertyValue('dtstart')).slice(0, 10))).toEqual(['2027-06-11']);
  });

  it('the resume notice and the announcement say it, sent together', () => {
    const { plan } = folder('2027-06-07', '2027-06-04');
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const told = readdirSync(out).filter((n) => n.startsWith('2027-06-04_'));
    expect(told).toEqual(expect.arrayContaining(['2027-06-04_rollout_resume.nl.md', '2027-06-04_switch-off_decommission.nl.md']));
    expect(readFileSync(path.join(out, '2027-06-04_rollout_resume.nl.md'), 'utf8')).toContain('maandag 7 juni');
    expect(readFileSync(path.join(out, '2027-06-04_rollout_resume.en.md'), 'utf8')).toContain('Monday, June 7');
    expect(readFileSync(path.join(out, '2027-06-04_switch-off_decommission.nl.md'), 'utf8')).toContain('vrijdag 11 juni');
  });

  it('gate-check and the report judge the switch-off from that Monday', () => {
    const { plan, usage } = folder('2027-06-07', '2027-06-04');
    const gates = JSON.parse(run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-07', '--format', 'json']).stdout) as { decommission: { due: string } };
    expect(gates.decommission.due).toBe('2027-06-07');
    const report = run(['report', '--plan', plan, '--metrics', usage, '--at', '2027-06-07', '--lang', 'en', '-o', '-']).stdout;
    expect(report).toMatch(/Switch off email chains: 7 Jun – 11 Jun/);
  });

  it('waits for the second try when the pause ends before it, and for the pause when it ends after it', () => {
    expect(switchOff(folder('2027-05-10', '2027-05-07').plan)).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
    expect(switchOff(folder('2027-06-21', '2027-06-18').plan)).toMatchObject({ start: '2027-06-21', end: '2027-06-25' });
  });
});
