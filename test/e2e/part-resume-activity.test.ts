import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies, 25 people: 21 at the head office in Paramaribo, 4 at the Albina branch. Albina
 * rolled back on 19 April 2027; on Monday 10 May a new fibre line is in and its second try from
 * 17 May is written in (`decided`); in its second week the new line goes down for a week (a pause
 * of Albina). The coordinator reads the weekly Teams user activity exports, dated across both tries.
 */
const ALBINA = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const PEOPLE = [
  ...[3, 8, 10].flatMap((n, k) => Array.from({ length: n }, (_, i) => [`${['ict', 'adm', 'adv'][k]}${i + 1}@sranan-advies.sr`, ['ICT', 'Administratie', 'Advies'][k]!, 'Paramaribo'])),
  ...Array.from({ length: 4 }, (_, i) => [`alb${i + 1}@sranan-advies.sr`, '', 'Albina']),
];
const HEAD = 'Report Refresh Date,Tenant Display Name,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Team Chat Message Count,Is Licensed,Report Period';

/** One weekly export: who was active in the week up to `day` (a deleted account too, as Microsoft 365 lists it). */
function teamsExport(dir: string, day: string, active: (person: string, group: string, location: string) => boolean): void {
  const rows = PEOPLE.map(([mail, group, location]) => `${day},Sranan Advies,${mail},${active(mail!, group!, location!) ? day : ''},False,,3,Yes,7`);
  rows.push(`${day},Sranan Advies,oud.account@sranan-advies.sr,,True,2027-02-01,0,Yes,7`);
  writeFileSync(path.join(dir, 'exports', `TeamsUserActivityUserDetail${day.replaceAll('-', '')}.csv`), `\uFEFF${HEAD}\r\n${rows.join('\r\n')}\r\n`);
}

function folder(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'people.csv'), `\uFEFFE-mail,Afdeling,Vestiging\r\n${PEOPLE.map((p) => p.join(',')).join('\r\n')}\r\n`);
  const nth = (mail: string) => Number(/\d+/.exec(mail)![0]);
  teamsExport(dir, '2027-03-22', (_, __, at) => at === 'Paramaribo');
  // First try: one of Albina's four on Teams, over a line that cannot carry it.
  teamsExport(dir, '2027-04-12', (mail, _, at) => at === 'Paramaribo' || nth(mail) === 1);
  // While Albina is back on e-mail, eight advisers at the head office drift back too: 10 of 18.
  teamsExport(dir, '2027-05-10', (mail, group, at) => at === 'Paramaribo' && !(group === 'Advies' && nth(mail) <= 8));
  teamsExport(dir, '2027-05-31', () => true);
  const base = parse(readFileSync(ALBINA, 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown> };
  delete base.metricsImport;
  const plan = {
    ...base,
    people: { file: 'people.csv', columns: { person: 'E-mail', group: 'Afdeling', location: 'Vestiging' } },
    sources: [{ file: 'exports/TeamsUserActivityUserDetail*.csv', kind: 'activity', date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Last Activity Date', activeWithin: '7d', exclude: { 'Is Deleted': 'True' }, metric: 'active_use_pct' }],
    pauses: [{ from: '2027-05-24', until: '2027-05-31', reason: { nl: 'de nieuwe lijn ligt eruit', en: 'the new line is down' }, only: { location: 'Albina' } }],
    rollback: { ...base.rollback, resume: { on: '2027-05-17', decided: '2027-05-10', changed: { nl: 'een nieuwe glasvezellijn', en: 'a new fibre line' } } },
  };
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  return path.join(dir, 'rollout.yaml');
}

type Gate = { id: string; status: string; observed: number | null; window: { from: string; to: string }; secondTry?: string };

describe("Albina's second try read from Teams activity exports, end to end", () => {
  it("gate-check judges the second try's go/no-go on the head office's export before the relaunch, and Albina's gates on its second try's rows", () => {
    const plan = folder();
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const check = (at: string, format: string) => run(['gate-check', '--plan', plan, '--at', at, '--format', format, '--lang', 'en']);
    const monday = check('2027-05-17', 'json');
    const json = JSON.parse(monday.stdout) as { decision: string; gates: Gate[] };
    expect(json.gates.filter((g) => g.id.startsWith('albina-go-no-go')).map((g) => [g.id, g.status, g.observed, g.window.to, g.secondTry ?? null])).toEqual([
      ['albina-go-no-go', 'pass', 100, '2027-03-25', null],
      ['albina-go-no-go.second-try', 'fail', 55.5556, '2027-05-14', '2027-05-17'],
    ]);
    expect([monday.status, json.decision]).toEqual([1, 'pause']);
    expect(check('2027-05-17', 'text').stdout).toContain('launch of Albina on 2027-05-17 waits: albina-go-no-go.second-try failed (major → pause)');
    const junit = check('2027-05-17', 'junit').stdout;
    expect(junit).toContain('name="albina-go-no-go.second-try"');
    // Counts only: no account from the export or the roster in any output.
    for (const out of [monday.stdout, junit]) expect(out).not.toContain('@sranan-advies.sr');
    // Albina's own gate reads its second try: 4 of 4 on 31 May, not 1 of 4 in April.
    const later = JSON.parse(check('2027-06-14', 'json').stdout) as { gates: Gate[] };
    expect(later.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'pass', observed: 100, window: { from: '2027-05-17' } });
    // The week the new line is down, Albina's gates wait.
    expect(check('2027-05-26', 'text').stdout).toContain('Albina is paused from 2027-05-24 until 2027-05-31: the new line is down');
  });

  it('render-emails, schedule and its calendar: the rollback day as it went out, the second try announced when decided, both tries in the phase table, new UIDs', () => {
    const plan = folder();
    const out = path.join(path.dirname(plan), 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['2027-04-19_rollout_switch-off-postponed.nl.md', '2027-05-10_albina_announcement.nl.md', '2027-05-24_rollout_pause.nl.md']));
    expect(readFileSync(path.join(out, '2027-04-19_rollout_albina_rollback.nl.md'), 'utf8')).toContain('we laten e-mailketens en WhatsApp-groepen voor iedereen aan');
    const table = run(['schedule', '--plan', plan, '--lang', 'nl']).stdout;
    expect(table).toMatch(/Albina \(eerste poging, teruggedraaid op 2027-04-19\) +│ start +│ weken 5-7 +│ 2027-03-30 t\/m 2027-04-16/);
    expect(table).toMatch(/Albina \(tweede poging\) +│ start +│ weken 12-15 +│ 2027-05-17 t\/m 2027-06-11/);
    // The calendar of the rollback, then of the second try written over it: the switch-off cancelled then stays cancelled, and comes back under a UID of its own.
    const ics = path.join(path.dirname(plan), 'rollout.ics');
    expect(run(['schedule', '--plan', ALBINA, '--format', 'ics', '-o', ics]).status).toBe(0);
    expect(run(['schedule', '--plan', plan, '--format', 'ics', '-o', ics, '--force']).status).toBe(0);
    const off = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('decommission-switch-off-turn-off'));
    expect(off.map((v) => [v.getFirstPropertyValue('status'), String(v.getFirstPropertyValue('dtstart')).slice(0, 10)])).toEqual([
      [null, '2027-06-18'],
      ['CANCELLED', '2027-04-23'],
    ]);
  });
});
