import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** The firm and its phases, unless a test gives its own. */
const GROWING = 'organization: { name: Atelier Sabajo, headcount: 15, languages: [nl, en] }\npreset: growing';

/** A 15-person firm moving to Google Workspace: its plan (with these sources, and `more` of it) and its files, in a folder of its own. */
function googleWorkspace(sources: string, files: Record<string, string>, more = '', firm = GROWING): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Google Workspace, contact: { name: Kantoor, email: kantoor@sabajo-arch.sr } }',
    'start: 2027-02-01',
    firm,
    more,
    'sources:',
    sources,
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.filter(Boolean).join('\n')}\n`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('a hand-kept helpdesk sheet with Dutch dates and one typed month-first', () => {
  const helpdesk = (dateFormat: string) =>
    googleWorkspace(
      [
        '  - file: "exports/Helpdesk log - Meldingen.csv"',
        '    kind: events',
        '    date: Datum',
        `    dateFormat: ${dateFormat}`,
        '    where: { Categorie: Google Workspace }',
        '    metric: support_tickets',
      ].join('\n'),
      {
        'exports/Helpdesk log - Meldingen.csv':
          'Datum,Categorie,Omschrijving\r\n1-2-2027,Google Workspace,Wachtwoord\r\n2-2-2027,Google Workspace,"Drive, sync"\r\n,,\r\n15-2-2027,Google Workspace,Login\r\n' +
          '16-2-2027,Google Workspace,Agenda\r\n2/17/2027,Google Workspace,"Meet, no sound"\r\n18-2-2027,Google Workspace,Meet\r\n',
      },
      'gates:\n  - { id: tickets-not-rising, phase: pilot, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 3w, severity: minor }',
    );

  it('names the odd cell with either dateFormat, never sending the user to the other order, and --lenient gets past it', () => {
    const dayFirst = run(['gate-check', '--at', '2027-02-19'], { cwd: helpdesk('d-m-yyyy') });
    expect([dayFirst.status, dayFirst.stdout]).toEqual([2, '']);
    expect(dayFirst.stderr).toBe(
      'rollout: exports/Helpdesk log - Meldingen.csv:7:1: date "2/17/2027" is not a real date written DD-MM-YYYY, the order sources[0].dateFormat sets at rollout.yaml:12:17, ' +
        'which other dates keep to ("15-2-2027" at exports/Helpdesk log - Meldingen.csv:5:1 is no date month-first); correct it in the export, or run with --lenient to skip bad rows\n',
    );
    const monthFirst = run(['gate-check', '--at', '2027-02-19'], { cwd: helpdesk('mm-dd-yyyy') });
    expect(monthFirst.status).toBe(2);
    expect(monthFirst.stderr).toMatch(/^rollout: exports\/Helpdesk log - Meldingen\.csv:5:1: date "15-2-2027" .*"2\/17\/2027" at exports\/Helpdesk log - Meldingen\.csv:7:1 is no date day-first\); correct it in the export, or run with --lenient/);
    expect(monthFirst.stderr).not.toMatch(/set sources\[0\]\.dateFormat/);
    const lenient = run(['gate-check', '--at', '2027-02-19', '--lenient'], { cwd: helpdesk('d-m-yyyy') });
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/tickets-not-rising \(loopt nog\): beoordeling op 2027-02-22; tot nu toe de trend van 14 rijen supportmeldingen/);
    expect(lenient.stderr).toMatch(/^rollout: skipped 1 bad row \(--lenient\):\n {2}exports\/Helpdesk log - Meldingen\.csv:7:1: date "2\/17\/2027"/);
  });
});

describe('a Dutch Google Form as the survey, with no surveyLink yet', () => {
  it("validate's hint gives a Google Forms address, not a Microsoft one", () => {
    const form = 'exports/Tevredenheid Google Workspace (Antwoorden) - Formulierreacties 1.csv';
    const dir = googleWorkspace(`  - file: "${form}"\n    kind: responses\n    date: Tijdstempel\n    metrics: { satisfaction: "Hoe tevreden*", nps: "Hoe waarschijnlijk*" }`, {});
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^rollout\.yaml:8:11: hint sources\[0\]\.kind: .*\(give the form's address as communications\.surveyLink \(e\.g\. surveyLink: "https:\/\/forms\.gle\/\.\.\.", the link Google Forms gives under Send\): the survey email then links to it\)$/m);
    expect(r.stderr).not.toContain('forms.office.com');
  });
});

describe("Google Admin console's accounts report in the first week, when most people have never signed in", () => {
  const USERS = ['a', 'b', 'c', 'd', 'e', 'f'].map((p) => `${p}@sabajo-arch.sr`);
  const firm = (lastSignIn: string[], more = '') =>
    googleWorkspace(
      ['  - file: "exports/accounts *.csv"', '    kind: activity', '    asOf: filename', '    person: User', '    lastActive: Last sign-in', more].filter(Boolean).join('\n'),
      {
        'people.csv': `Email,Group\r\n${USERS.map((u, i) => `${u},${i < 2 ? 'Pilot' : 'Kantoor'}`).join('\r\n')}\r\n`,
        'exports/accounts 2027-02-05.csv': `\ufeffUser,User account status,Last sign-in\r\n${USERS.map((u, i) => `${u},Active,${lastSignIn[i]}`).join('\r\n')}\r\n`,
      },
      'gates:\n  - { id: pilot-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }\npeople: { file: people.csv, columns: { person: Email, group: Group } }',
      [
        'organization: { name: Atelier Sabajo, headcount: 6, groups: [{ name: Pilot, headcount: 2, kind: pilot }, { name: Kantoor, headcount: 4, kind: department }] }',
        'phases:',
        '  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 1 }',
        '  - { id: kantoor, name: Kantoor, audience: { groups: [Kantoor] }, weeks: 1 }',
      ].join('\n'),
    );
  const SIGNED_IN = ['"Feb 4, 2027, 9:12:33 AM"', '"Feb 5, 2027, 8:01:10 AM"'];

  it('counts Never, Never logged in and the Dutch Nooit as not active: the pilot go/no-go is judged on its day', () => {
    const r = run(['gate-check', '--at', '2027-02-05'], { cwd: firm([...SIGNED_IN, 'Never', 'Never logged in', 'Nooit', 'Nooit ingelogd']) });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/pilot-go \(pass\): last of 1 row of active use from 2027-02-01 to 2027-02-05 is 100 on 2027-02-05 \(2 of 2 people; 2 of 2 needed\), >= 60/);
  });

  it('names the key for a word the report writes that no export is known to, and reads it once listed there', () => {
    const words = [...SIGNED_IN, 'Nooit gebruikt', 'Nooit gebruikt', 'Never', 'Never'];
    const r = run(['gate-check', '--at', '2027-02-05'], { cwd: firm(words) });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'rollout: exports/accounts 2027-02-05.csv:4:3: date is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27); ' +
        'if the cell says the person was never active, add its text to sources[0].neverActive (an empty cell counts as not active too) (1 more bad row in this file)\n',
    );
    const listed = run(['gate-check', '--at', '2027-02-05'], { cwd: firm(words, '    neverActive: [Nooit gebruikt]') });
    expect([listed.status, listed.stderr]).toEqual([0, '']);
    expect(listed.stdout).toMatch(/pilot-go \(pass\)/);
  });
});
