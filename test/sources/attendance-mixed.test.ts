import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../helpers.js';
import { planIn, points } from './support.js';
import { at, attendanceCopy, teamsBytes, teamsReport, TRAINING, type Participant } from './attendance-files.js';

const MIXED = `${TRAINING}/mixed`;

/** The example with an attendance source reading the folder `mixed` alone, with `files` in it. */
function mixed(files: Record<string, Buffer | string>, source: Record<string, unknown> = {}): string {
  const dir = attendanceCopy({ file: `${MIXED}/*`, ...source });
  mkdirSync(path.join(dir, MIXED));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, MIXED, name), bytes);
  return dir;
}

async function failure(dir: string): Promise<string> {
  const message = await points(planIn(dir), dir).then(
    () => 'no error',
    (e: Error) => e.message,
  );
  expect(message.split('\n')).toHaveLength(1);
  return message.slice(message.indexOf(MIXED) + MIXED.length + 1);
}

/** Sandra in a US organiser's report of the session on 8 March (`3/8/27`), as Teams writes it. */
const US_REPORT = teamsBytes(teamsReport('3/8/27, 9:00:00 AM', [['Pinas, Sandra', '3/8/27, 9:02:11 AM', '3/8/27, 10:30:00 AM', '1h 27m 49s', 'sandra.pinas@kaiteur.example']]));
/** Kevin in a Dutch organiser's report of 15 March. */
const NL_REPORT = teamsBytes(teamsReport('15-3-2027, 10:00:00', [['Kevin Tjon', '15-3-2027, 10:01:00', '15-3-2027, 11:30:00', '1h 29m 0s', 'kevin.tjon@kaiteur.example']]));

describe('attendance: each file has its own date order', () => {
  it("reads a US organiser's report month-first and a Dutch sheet day-first in one folder", async () => {
    const dir = mixed({ 'us.csv': US_REPORT, 'nickerie.csv': 'Datum,Naam,E-mail\n29-3-2027,Rachel Soekhai,rachel.soekhai@kaiteur.example\n' });
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'Design', '2027-03-08')).toMatchObject({ value: 11.1111, rows: 1 });
    expect(all.some((p) => p.date === '2027-08-03')).toBe(false);
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 14.2857, rows: 1 });
  });

  it('stops with one line naming a file whose own dates read both ways, and the dateFormat to set', async () => {
    const sheet = 'Datum,Naam\n8/3/2027,Rachel Soekhai\n';
    expect(await failure(mixed({ 'nl.csv': NL_REPORT, 'lijst.csv': sheet }))).toBe(
      'lijst.csv:2:1: every date, such as "8/3/2027", reads both day-first and month-first; say which with sources[0].dateFormat: dd-mm-yyyy ("8/3/2027" is 8 March) or sources[0].dateFormat: mm-dd-yyyy ("8/3/2027" is 3 August)',
    );
    // A report in a form no one language alone writes (08/03/2027, 24-hour clock) gives no order of its own either.
    const gb = teamsBytes(teamsReport('08/03/2027, 09:00:00', [['Kevin Tjon', '08/03/2027, 09:01:00', '08/03/2027, 10:30:00', '1h 29m 0s', 'kevin.tjon@kaiteur.example']]));
    expect(await failure(mixed({ 'gb.csv': gb }))).toMatch(/^gb\.csv:4:2: every date, such as "08\/03\/2027, 09:00:00", reads both day-first and month-first; say which with sources\[0\]\.dateFormat: /);
  });

  it('quotes a two-digit year as the report writes it, both where it reads both ways and where it is no date', async () => {
    const report = (start: string) => teamsBytes(teamsReport(start, [['Kevin Tjon', start, start, '1h 29m 0s', 'kevin.tjon@kaiteur.example']]));
    expect(await failure(mixed({ 'gb.csv': report('3/1/27, 09:00:00') }))).toBe(
      'gb.csv:4:2: every date, such as "3/1/27, 09:00:00", reads both day-first and month-first; say which with sources[0].dateFormat: dd-mm-yyyy ("3/1/27, 09:00:00" is 3 January) or sources[0].dateFormat: mm-dd-yyyy ("3/1/27, 09:00:00" is 1 March)',
    );
    expect(await failure(mixed({ 'nl.csv': report('31-2-27, 09:00:00') }))).toMatch(/^nl\.csv:4:2: date "31-2-27, 09:00:00" is not a real date written /);
  });

  it('reads a one-session sheet dated with a day of 12 or less day-first, by its dashes', async () => {
    const dir = mixed({ 'nickerie.csv': 'Datum,Naam,E-mail\n5-4-2027,Rachel Soekhai,rachel.soekhai@kaiteur.example\n' });
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'nickerie', '2027-04-05')).toMatchObject({ value: 14.2857, rows: 1 });
    expect(all.some((p) => p.date === '2027-05-04')).toBe(false);
  });

  it("reads a report whose dates read both ways in the order the source's reports of the same form settled on", async () => {
    const gb = (day: string, person: Participant) => teamsBytes(teamsReport(`${day}/03/2027, 09:00:00`, [person]));
    const dir = mixed({
      '08-03.csv': gb('08', ['Kevin Tjon', '08/03/2027, 09:01:00', '08/03/2027, 10:30:00', '1h 29m 0s', 'kevin.tjon@kaiteur.example']),
      '25-03.csv': gb('25', ['Pinas, Sandra', '25/03/2027, 09:02:00', '25/03/2027, 10:30:00', '1h 28m 0s', 'sandra.pinas@kaiteur.example']),
    });
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'Design', '2027-03-08')).toMatchObject({ rows: 1 });
    expect(at(all, 'Design', '2027-03-25')).toMatchObject({ rows: 2 });
    expect(all.some((p) => p.date === '2027-08-03')).toBe(false);
  });

  it("reads dateFormat for the files whose dates leave it open, and each report by its own dates and Teams' way of writing them", async () => {
    const dir = mixed({ 'us.csv': US_REPORT, 'nl.csv': NL_REPORT, 'lijst.csv': 'Datum,Naam\n8/3/2027,Rachel Soekhai\n' }, { dateFormat: 'dd-mm-yyyy' });
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'Design', '2027-03-08')).toMatchObject({ rows: 1 });
    expect(at(all, 'Design', '2027-03-15')).toMatchObject({ rows: 2 });
    expect(at(all, 'nickerie', '2027-03-08')).toMatchObject({ rows: 1 });
  });
});

/** A report downloaded from Teams in Dutch: the layout of today, its names in Dutch. */
function dutchReport(start: string, participants: Participant[], role?: string): Buffer {
  const report = teamsReport(start, participants).map((cells) => [...cells]);
  if (role) participants.forEach((_, i) => (report[9 + i]![6] = role));
  report[0] = ['1. Samenvatting'];
  report[7] = ['2. Deelnemers'];
  report[8] = ['Naam', 'Eerste keer deelgenomen', 'Laatste keer vertrokken', 'Duur in vergadering', 'E-mailadres', 'Deelnemer-id (UPN)', 'Rol'];
  report[3] = ['Begintijd', start];
  return teamsBytes(report);
}

describe("attendance: the plan's columns are a sign-in sheet's, a Teams report's are its own", () => {
  it('reads a Dutch report with minimum, finding a guest without an e-mail address by name, beside a sheet with columns of its own', async () => {
    const report = dutchReport('22-3-2027, 10:00:00', [
      ['Harold Mangal', '22-3-2027, 10:00:00', '22-3-2027, 11:20:00', '1 u 20 min', 'harold.mangal@kaiteur.example'],
      ['Marco de Wolf', '22-3-2027, 10:02:00', '22-3-2027, 11:00:00', '58 min', ''],
      ['Gast Leverancier', '22-3-2027, 10:02:00', '22-3-2027, 11:00:00', '58 min', ''],
      ['', '22-3-2027, 10:05:00', '22-3-2027, 11:00:00', '55 min', ''],
    ]);
    const sheet = 'Dag;Wie\n29-3-2027;Rachel Soekhai\n';
    const dir = mixed({ 'training.csv': report, 'nickerie.csv': sheet }, { date: 'Dag', person: 'Wie', minimum: '30m' });
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(at(all, 'studio', '2027-03-22')).toMatchObject({ value: 13.3333, rows: 2 });
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 14.2857, rows: 1 });
    // The guest the roster lacks and the participant with neither a name nor an address: counted, never named.
    expect(warnings).toEqual([expect.stringMatching(/^sources\[0\]: 2 participants in the attendance files \(guests, external users\) are not in the roster .*people\.csv and left out$/)]);
  });

  it('gives the lines of sign-in sheet rows that find nobody, never what they say, apart from the guests of a report', async () => {
    const report = dutchReport('22-3-2027, 10:00:00', [['Gast Leverancier', '22-3-2027, 10:02:00', '22-3-2027, 11:00:00', '58 min', '']]);
    const sheet = 'Datum;Naam;E-mail\n29-3-2027;Rachel Soekhai;\n29-3-2027;Rachel Soekhay;\n29-3-2027;Sunil Baldew;sunil.baldew@kaiteur.exampel\n';
    const dir = mixed({ 'training.csv': report, 'nickerie.csv': sheet });
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 14.2857, rows: 1 });
    expect(warnings).toEqual([
      expect.stringMatching(/^sources\[0\]: 1 participant in the attendance files \(guests, external users\) is not in the roster .*people\.csv and left out$/),
      expect.stringMatching(/^sources\[0\]: 2 sign-in sheet rows find nobody in the roster .*people\.csv and are left out \(\S*mixed\/nickerie\.csv:3, \S*mixed\/nickerie\.csv:4\): check the name or e-mail address written there against the roster$/),
    ]);
    expect(warnings.join('\n')).not.toMatch(/Soekhay|exampel/);
    const many = mixed({ 'lijst.csv': `Datum;Naam\n29-3-2027;Rachel Soekhai\n${'29-3-2027;Onbekend\n'.repeat(7)}` });
    const { warnings: seven } = await points(planIn(many), many);
    expect(seven).toContainEqual(expect.stringMatching(/^sources\[0\]: 7 sign-in sheet rows find nobody .*\(\S*lijst\.csv:3, (\S*lijst\.csv:\d, ){3}\S*lijst\.csv:7 and 2 more\)/));
  });

  it("leaves the organiser out by the reports' Role, which the sheet beside them lacks; a column no file has stops the run", async () => {
    const dir = attendanceCopy({ exclude: { Role: 'Organizer' } });
    const { points: all } = await points(planIn(dir), dir);
    // Ravi ran both sessions: the pilot is Anjali and Mireille of 3; the branch's sheet is read as before.
    expect(at(all, 'pilot', '2027-03-01')).toMatchObject({ value: 66.6667, rows: 2 });
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 85.7143, rows: 6 });
    const typo = attendanceCopy({ exclude: { Rol: 'Organizer' } });
    await expect(points(planIn(typo), typo)).rejects.toThrow(/Attendance report 1-3-27\.csv:10:1: no column "Rol", which sources\[0\]\.exclude\.Rol names; did you mean "Role"/);
  });

  it("says which reports lack a condition's column that others have, as a report in Dutch names Role Rol, and the condition written for both applies", async () => {
    const nl = dutchReport('22-3-2027, 10:00:00', [['Harold Mangal', '22-3-2027, 10:00:00', '22-3-2027, 11:20:00', '1 u 20 min', 'harold.mangal@kaiteur.example']], 'Organisator');
    const only = mixed({ 'us.csv': US_REPORT, 'nl.csv': nl }, { exclude: { Role: 'Organizer' } });
    const read = await points(planIn(only), only);
    // Harold organised the Dutch session: without a condition on its Rol column he counts as trained, beside Sandra of 8 March.
    expect(at(read.points, 'studio', '2027-03-22')).toMatchObject({ rows: 2 });
    expect(read.warnings).toContainEqual(
      expect.stringMatching(/^sources\[0\]\.exclude: the report \S*mixed\/nl\.csv has no column "Role", so it does not apply to it; .*exclude: \{ Role: Organizer, Rol: Organisator \}/),
    );
    const both = mixed({ 'us.csv': US_REPORT, 'nl.csv': nl }, { exclude: { Role: 'Organizer', Rol: 'Organisator' } });
    const fixed = await points(planIn(both), both);
    // Left out as organiser, Harold adds nobody on 22 March: Sandra alone is trained.
    expect(new Set(fixed.points.filter((p) => p.scope === 'studio').map((p) => p.rows))).toEqual(new Set([1]));
    expect(fixed.warnings.join('\n')).not.toMatch(/does not apply/);
  });

  it("reads the condition written in English and Dutch in a folder of one language's reports alone; a misspelt name beside them still stops the run", async () => {
    const harold: Participant = ['Harold Mangal', '22-3-2027, 10:00:00', '22-3-2027, 11:20:00', '1 u 20 min', 'harold.mangal@kaiteur.example'];
    const kevin: Participant = ['Kevin Tjon', '22-3-2027, 10:01:00', '22-3-2027, 11:20:00', '1 u 19 min', 'kevin.tjon@kaiteur.example'];
    // Harold's participant row, the first, says he organised; Kevin's keeps the report's `Presenter`.
    const nlBytes = Buffer.from(dutchReport('22-3-2027, 10:00:00', [harold, kevin]).toString('utf16le').replace('\tPresenter\r\n', '\tOrganisator\r\n'), 'utf16le');
    const exclude = { Role: 'Organizer', Rol: 'Organisator' };
    // Kevin alone counts in the Dutch folder, as Sandra, who organised nothing, does in the English one.
    const dutchDir = mixed({ 'nl.csv': nlBytes }, { exclude });
    const dutch = await points(planIn(dutchDir), dutchDir);
    expect(at(dutch.points, 'studio', '2027-03-22')).toMatchObject({ rows: 1 });
    expect(dutch.warnings.join('\n')).not.toMatch(/Role|does not apply/);
    const englishDir = mixed({ 'us.csv': US_REPORT }, { exclude });
    const english = await points(planIn(englishDir), englishDir);
    expect(at(english.points, 'Design', '2027-03-08')).toMatchObject({ rows: 1 });
    // Each name alone, or a name that is no column of any report beside the right one, is a column no file has.
    expect(await failure(mixed({ 'nl.csv': nlBytes }, { exclude: { Role: 'Organizer', Roll: 'Organisator' } }))).toMatch(/^nl\.csv:9:1: no column "Roll", which sources\[0\]\.exclude\.Roll names; did you mean "Rol"\?/);
    expect(await failure(mixed({ 'nl.csv': nlBytes }, { exclude: { Role: 'Organizer' } }))).toMatch(/^nl\.csv:9:1: no column "Role", which sources\[0\]\.exclude\.Role names; did you mean "Rol"\?/);
    expect(await failure(mixed({ 'us.csv': US_REPORT }, { where: { Role: 'Attendee', Rool: 'Deelnemer' } }))).toMatch(/no column "Rool", which sources\[0\]\.where\.Rool names/);
  });

  it('reads a report without an e-mail column by its participant ids, its other columns found by their Dutch and German names', async () => {
    const withoutEmail = (cells: string[], start: string, people: Participant[]) =>
      teamsBytes([['1. Samenvatting'], ['Begintijd', start], [''], ['2. Deelnemers'], cells, ...people.map(([name, join, leave, time, id]) => [name, join, leave, time, id, 'Deelnemer'])]);
    const nl = withoutEmail(['Naam', 'Eerste keer deelgenomen', 'Laatste keer vertrokken', 'Duur in vergadering', 'Deelnemer-id (UPN)', 'Rol'], '22-3-2027, 10:00:00', [
      ['Harold Mangal', '22-3-2027, 10:00:00', '22-3-2027, 11:20:00', '1 u 20 min', 'harold.mangal@kaiteur.example'],
      ['Sandra Pinas', '22-3-2027, 10:00:00', '22-3-2027, 10:10:00', '10 min', 'sandra.pinas@kaiteur.example'],
    ]);
    const de = withoutEmail(['Name', 'Erster Beitritt', 'Letztes Verlassen', 'Dauer der Besprechung', 'Teilnehmer-ID (UPN)', 'Rolle'], '23.03.27, 10:00:00', [
      ['Kevin Tjon', '23.03.27, 10:00:00', '23.03.27, 11:00:00', '1 Std. 0 Min.', 'kevin.tjon@kaiteur.example'],
    ]);
    const dir = mixed({ 'nl.csv': nl, 'de.csv': de }, { minimum: '30m' });
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(at(all, 'studio', '2027-03-22')).toMatchObject({ rows: 1 });
    expect(at(all, 'studio', '2027-03-23')).toMatchObject({ rows: 2 });
    expect(warnings).toEqual([expect.stringMatching(/^sources\[0\]: 1 roster person was in a training for less than 30m/)]);
  });

  it('refuses a duration without minimum in the plan, as it names a sheet column that nothing reads', () => {
    const plan = readFileSync(path.join(mixed({}, { duration: 'Tijd' }), 'rollout.yaml'), 'utf8');
    expect(errorsOf(plan).map((d) => `${d.path}: ${d.message}`)).toEqual([
      "sources[0].duration: names a sign-in sheet's column with the time each person was there, which only minimum reads: add minimum (such as 30m) or leave duration out (Teams attendance reports are read by their own columns)",
    ]);
  });
});

describe('attendance: a sign-in sheet with a title line above its header', () => {
  it('skips the title, whether the header has three columns or two', async () => {
    const dir = mixed({
      'training.csv': 'Training Teams 29 maart\nNaam;E-mail;Datum\nRachel Soekhai;rachel.soekhai@kaiteur.example;29-3-2027\n',
      'tweede.csv': 'Aanwezig bij de training\n\nNaam,Datum\nSunil Baldew,29-3-2027\n',
    });
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 28.5714, rows: 2 });
  });

  it('stops at the file and line, saying what a sheet needs, when the header below a title has no date column it knows', async () => {
    expect(await failure(mixed({ 'lijst.csv': 'Training\nWie,Dag\nRachel Soekhai,29-3-2027\n' }))).toBe(
      "lijst.csv:3: no table of participants after the summary: this is no Teams attendance report; download it again from the meeting's Attendance tab in Teams (a sign-in sheet needs a header row, with a Date or Datum column when a title line is above it)",
    );
  });
});
