import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

const OLD = 'p3@zonneveldhotels.sr';
const NEW = 'p3.wong-pinas@zonneveldhotels.sr';

/**
 * A hotel's IT pilot of 5 on Google Workspace, 3 of them signed in by 8 March; one of the 3 is
 * renamed on 1 April, and the report of 5 April and the staff sheet have her new address. Her
 * survey answer of 10 March is under her old one. `formerIds` adds the staff sheet's column of
 * former addresses, with hers.
 */
function hotel(formerIds: boolean): string {
  const dir = tempDir();
  const columns = `{ person: E-mail, name: Naam, group: Afdeling${formerIds ? ', formerIds: Eerder adres' : ''} }`;
  const plan = [
    'version: 1',
    'tool: { name: Google Chat, contact: { name: IT-helpdesk, email: helpdesk@zonneveldhotels.sr } }',
    'organization:',
    '  name: Hotelgroep Zonneveld',
    '  headcount: 10',
    '  languages: [nl, en]',
    '  locations: [{ name: Paramaribo, timezone: America/Paramaribo, headcount: 10 }]',
    '  groups: [{ name: IT pilot, headcount: 5, kind: pilot, location: Paramaribo }, { name: Receptie, headcount: 5, kind: department, location: Paramaribo }]',
    'start: 2027-03-01',
    'phases:',
    '  - { id: pilot, name: Pilot, audience: { groups: [IT pilot] }, weeks: 2 }',
    '  - { id: reception, name: Reception, audience: { groups: [Receptie] }, weeks: 2 }',
    'gates:',
    '  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next }',
    `people: { file: people.csv, columns: ${columns} }`,
    'sources:',
    '  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in, activeWithin: 14d, metric: active_use_pct }',
    '  - { file: "exports/Tevredenheid (Antwoorden) - Formulierreacties 1.csv", kind: responses, date: Tijdstempel, dateFormat: d-m-yyyy, person: E-mailadres, metrics: { satisfaction: "Hoe tevreden*" } }',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'r1', 'r2', 'r3', 'r4', 'r5'].map((p, i) => {
    const address = p === 'p3' ? NEW : `${p}@zonneveldhotels.sr`;
    return `Persoon ${i + 1},${address},${i < 5 ? 'IT pilot' : 'Receptie'}${formerIds ? `,${p === 'p3' ? OLD : ''}` : ''}`;
  });
  writeFileSync(path.join(dir, 'people.csv'), `Naam,E-mail,Afdeling${formerIds ? ',Eerder adres' : ''}\r\n${people.join('\r\n')}\r\n`);
  const accounts = (p3: string, lastSignIn: string) =>
    '\ufeffUser,User account status,Admin status,Last sign-in\r\n' +
    ['p1@zonneveldhotels.sr', p3, 'p4@zonneveldhotels.sr'].map((u) => `${u},Active,None,"${lastSignIn}"`).join('\r\n') +
    '\r\n' +
    ['p2', 'p5', 'r1', 'r2', 'r3', 'r4', 'r5'].map((u) => `${u}@zonneveldhotels.sr,Active,None,Never`).join('\r\n') +
    '\r\n';
  const exports = path.join(dir, 'exports');
  mkdirSync(exports);
  writeFileSync(path.join(exports, 'accounts 2027-03-08.csv'), accounts(OLD, 'Mar 5, 2027, 9:12:33 AM'));
  writeFileSync(path.join(exports, 'accounts 2027-04-05.csv'), accounts(NEW, 'Apr 2, 2027, 9:12:33 AM'));
  writeFileSync(
    path.join(exports, 'Tevredenheid (Antwoorden) - Formulierreacties 1.csv'),
    `\ufeffTijdstempel,E-mailadres,"Hoe tevreden ben je, alles bij elkaar?"\r\n10-3-2027 10:15:00,${OLD},9\r\n10-3-2027 11:02:10,p1@zonneveldhotels.sr,6\r\n`,
  );
  return dir;
}

const gateCheck = (dir: string, at: string) => run(['gate-check', '--at', at, '--lang', 'en'], { cwd: dir });
const goNoGo = (stdout: string) => /^ {2}pilot-go-no-go .*$/m.exec(stdout)?.[0];
const satisfaction = (dir: string) => /^2027-03-10,satisfaction,([\d.]+),,,,(\d+)\r?$/m.exec(run(['metrics', '--at', '2027-04-05', '--format', 'csv'], { cwd: dir }).stdout)?.slice(1);

describe('a colleague whose Google Workspace address changed during the rollout', () => {
  it('with her former address in the roster, keeps the go/no-go that passed on its due day, and her survey answer', () => {
    const dir = hotel(true);
    for (const at of ['2027-03-12', '2027-04-05']) {
      const r = gateCheck(dir, at);
      expect(goNoGo(r.stdout)).toBe('  pilot-go-no-go (pass): last of 1 row of active use from 2027-03-01 to 2027-03-12 is 60 on 2027-03-08 (3 of 5 people; 3 of 5 needed), >= 60');
      expect([r.status, r.stderr]).toEqual([0, '']);
    }
    expect(satisfaction(dir)).toEqual(['7.5', '2']);
  });

  it('without it, turns that go/no-go into a fail, and both notes suggest the column, never naming her', () => {
    const dir = hotel(false);
    const r = gateCheck(dir, '2027-04-05');
    expect(goNoGo(r.stdout)).toBe('  pilot-go-no-go (fail): last of 1 row of active use from 2027-03-01 to 2027-03-12 is 40 on 2027-03-08 (2 of 5 people; 3 of 5 needed), not >= 60');
    expect(r.status).toBe(1);
    const hints = r.stderr.split('\n').filter((line) => line.includes('people.columns.formerIds'));
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/^rollout: sources\[0\]: 1 account in the export is not in the roster people\.csv .*; but its rows end right before a roster person without earlier rows has rows \(up to the report of 2027-03-08, from that of 2027-04-05\): if that is one person whose address changed/);
    expect(hints[1]).toMatch(/^rollout: sources\[0\]: 1 roster person \(phase pilot; group IT pilot; location Paramaribo\) has no row in the report of 2027-03-08, .*; but their rows start right after/);
    expect(satisfaction(dir)).toEqual(['6', '1']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/p3|wong|Persoon/i);
  });
});
