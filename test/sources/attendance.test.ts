import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeetingTime } from '../../src/sources/attendance/duration.js';
import { MAX_REPORT_BYTES } from '../../src/sources/attendance/report.js';
import { parseInstant, timeInMeeting } from '../../src/sources/attendance/time-in-meeting.js';
import { planIn, points, type Point } from './support.js';
import { at, attendanceCopy, outsidersOnly, report2021, teamsBytes, teamsReport, TRAINING, writeReport, type Participant } from './attendance-files.js';

const series = (all: Point[], scope: string) => all.filter((p) => p.scope === scope).map(({ date, value, rows }) => [date, value, rows]);

describe('attendance: the share of the roster trained so far, from Teams attendance reports and sign-in sheets', () => {
  it("reads the example's two Teams reports and the branch's sign-in sheet to the shares of a hand count", async () => {
    const dir = attendanceCopy({ minimum: '30m' });
    const { points: all, warnings } = await points(planIn(dir), dir);
    // Pilot (1 March): Anjali, Ravi and Mireille (who left and came back: once), the external consultant left out.
    expect(series(all, 'pilot')).toEqual([
      ['2027-03-01', 100, 3],
      ['2027-03-12', 100, 3],
      ['2027-03-15', 100, 3],
      ['2027-03-26', 100, 3],
      ['2027-03-29', 100, 3],
      ['2027-04-09', 100, 3],
      ['2027-04-12', 100, 3],
      ['2027-04-23', 100, 3],
    ]);
    // Studio (15 March): 13 of 15, as Harold never joined and Marco left after 5 minutes; nobody before.
    expect(at(all, 'studio', '2027-03-12')).toMatchObject({ value: 0, rows: 0 });
    expect(at(all, 'studio', '2027-03-15')).toMatchObject({ value: 86.6667, rows: 13 });
    expect(at(all, 'Office', '2027-03-15')).toMatchObject({ value: 83.3333, rows: 5 });
    // The branch (29 March, on paper): 6 of 7, Amit found by his name as he wrote no e-mail address.
    expect(at(all, 'nickerie', '2027-03-26')).toMatchObject({ value: 0 });
    expect(at(all, 'nickerie', '2027-03-29')).toMatchObject({ value: 85.7143, rows: 6 });
    expect(at(all, '', '2027-03-29')).toMatchObject({ value: 88, rows: 22 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^sources\[0\]: 2 participants in the attendance files \(guests, external users\) are not in the roster .*people\.csv and left out$/);
    expect(warnings[1]).toBe('sources[0]: 1 roster person was in a training for less than 30m and does not count as trained');
  });

  it('counts everyone who joined when no minimum is set', async () => {
    const dir = attendanceCopy();
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(at(all, 'studio', '2027-03-15')).toMatchObject({ value: 93.3333, rows: 14 });
    expect(warnings).toHaveLength(1);
  });

  it('counts a person trained twice once, and a report of 2021 whose rows of one person add up when apart, once when they overlap', async () => {
    const rows: Participant[] = [
      ['Sandra Pinas', '22-3-2027 10:00:00', '22-3-2027 10:20:00', '20m 0s', 'sandra.pinas@kaiteur.example'],
      // Left for five minutes and came back: 20 + 15 minutes.
      ['Harold Mangal', '22-3-2027 10:00:00', '22-3-2027 10:20:00', '20m 0s', 'harold.mangal@kaiteur.example'],
      ['Harold Mangal', '22-3-2027 10:25:00', '22-3-2027 10:40:00', '15m 0s', 'harold.mangal@kaiteur.example'],
      // In from phone and laptop at once: 20 minutes, not 40.
      ['Marco de Wolf', '22-3-2027 10:00:00', '22-3-2027 10:20:00', '20m 0s', 'marco.de.wolf@kaiteur.example'],
      ['Marco de Wolf', '22-3-2027 10:01:00', '22-3-2027 10:21:00', '20m 0s', 'marco.de.wolf@kaiteur.example'],
    ];
    const dir = attendanceCopy({ minimum: '30m' });
    writeReport(path.join(dir, TRAINING), 'meetingAttendanceReport(Groepstraining).csv', report2021('22-3-2027 09:59:00', rows));
    const { points: all, warnings } = await points(planIn(dir), dir);
    // Sandra, already trained on 15 March, counts once; Harold's 35 minutes count; Marco's 21 do not.
    expect(at(all, 'studio', '2027-03-15')).toMatchObject({ value: 86.6667, rows: 13 });
    expect(at(all, 'studio', '2027-03-22')).toMatchObject({ value: 93.3333, rows: 14 });
    expect(warnings[1]).toBe('sources[0]: 1 roster person was in a training for less than 30m and does not count as trained');
  });

  it('reads a month-first report with a two-digit year, as an organiser in the United States downloads it', async () => {
    const dir = attendanceCopy({ file: `${TRAINING}/us/*.csv` });
    mkdirSync(path.join(dir, TRAINING, 'us'));
    const row = (name: string, email: string): Participant => [name, '3/22/27, 10:02:11 AM', '3/22/27, 11:30:00 AM', '1h 27m 49s', email];
    writeReport(path.join(dir, TRAINING, 'us'), 'Training - Attendance report 3-22-27.csv', teamsReport('3/22/27, 10:00:00 AM', [row('Pinas, Sandra', 'sandra.pinas@kaiteur.example')]));
    const { points: all } = await points(planIn(dir), dir);
    expect(series(all, 'Design').slice(0, 1)).toEqual([['2027-03-22', 11.1111, 1]]);
  });

  it('reads a report saved again as UTF-8, its tabs kept (iconv) or turned into commas', async () => {
    const dir = attendanceCopy({ file: `${TRAINING}/utf8/*.csv` });
    mkdirSync(path.join(dir, TRAINING, 'utf8'));
    const report = teamsReport('22-3-2027, 10:00:00', [['Pinas, Sandra', '22-3-2027, 10:02:11', '22-3-2027, 11:30:00', '1h 27m 49s', 'sandra.pinas@kaiteur.example']]);
    writeFileSync(path.join(dir, TRAINING, 'utf8', 'tabs.csv'), `\uFEFF${report.map((cells) => cells.join('\t')).join('\r\n')}\r\n`);
    const commas = report.map((cells) => cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    writeFileSync(path.join(dir, TRAINING, 'utf8', 'commas.csv'), commas.replace('sandra.pinas', 'kevin.tjon'));
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'Design', '2027-03-22')).toMatchObject({ value: 22.2222, rows: 2 });
  });

  /** The example reading one report of before mid-2021 (a row per join and leave), with `lines` in it. */
  function oldReport(lines: string[][], source: Record<string, unknown> = {}): string {
    const dir = attendanceCopy({ file: `${TRAINING}/old/*.csv`, ...source });
    mkdirSync(path.join(dir, TRAINING, 'old'));
    writeReport(path.join(dir, TRAINING, 'old'), 'meetingAttendanceList.csv', lines);
    return dir;
  }
  const OLD_HEADER = ['Full Name', 'User Action', 'Timestamp'];

  it('reads a report from before mid-2021 (a row per join and leave) by the roster names', async () => {
    const lines = [
      OLD_HEADER,
      ['Anjali Ramdin', 'Joined', '3/1/2027, 9:58:40 AM'],
      ['Jerry van Dijk', 'Joined', '3/1/2027, 10:01:12 AM'],
      ['Jerry van Dijk', 'Left', '3/1/2027, 10:31:12 AM'],
      ['Jerry van Dijk', 'Joined', '3/1/2027, 10:35:00 AM'],
      ['Gast (Guest)', 'Joined', '3/15/2027, 10:35:00 AM'],
    ];
    const dir = oldReport(lines);
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(at(all, 'Design', '2027-03-01')).toMatchObject({ value: 11.1111, rows: 1 });
    expect(at(all, 'IT pilot', '2027-03-01')).toMatchObject({ value: 33.3333, rows: 1 });
    expect(warnings[0]).toMatch(/^sources\[0\]: 1 participant in the attendance files \(guests, external users\) is not in the roster/);
    // Such a report has no time in the meeting: a minimum cannot be judged.
    const strict = oldReport(lines, { minimum: '30m' });
    await expect(points(planIn(strict), strict)).rejects.toThrow(/meetingAttendanceList\.csv:1:1: sources\[0\]\.minimum needs the time each person was in the meeting.*leave minimum out/);
  });

  it('reads the times of such a report with a two-digit year as Teams writes them in some languages, and quotes one that is no date as written', async () => {
    const lines = [OLD_HEADER, ['Anjali Ramdin', 'Joined', '3/1/27, 9:58:40 AM'], ['Gast (Guest)', 'Joined', '3/15/27, 10:35:00 AM']];
    const dir = oldReport(lines);
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'IT pilot', '2027-03-01')).toMatchObject({ value: 33.3333, rows: 1 });
    const bad = oldReport([...lines, ['Anjali Ramdin', 'Left', '2/30/27, 11:00:00']]);
    await expect(points(planIn(bad), bad)).rejects.toThrow(/meetingAttendanceList\.csv:4:3: date "2\/30\/27, 11:00:00" is not a real date/);
  });
});

describe('attendance: reports of nobody on the roster', () => {
  it('stop at the source’s person, naming one report and how many participants, nobody in them', async () => {
    const dir = attendanceCopy();
    outsidersOnly(dir);
    const error = (await points(planIn(dir), dir).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /^sources\[0\]\.person: none of the 3 participants in \S+\/Training - Attendance report 8-3-27\.csv and 1 other file is in the roster \S+people\.csv; check that people\.columns\.person names the same ids \(e-mail addresses\) as the files' Email column, or set sources\[0\]\.person to the column that has them$/,
    );
    expect(error.message).not.toMatch(/bhola|lie|nijman|bureau/i);
  });
});

describe('attendance: files that are no attendance report', () => {
  async function refusal(name: string, bytes: Buffer | string, source: Record<string, unknown> = {}): Promise<string> {
    const dir = attendanceCopy({ file: `${TRAINING}/bad/*`, ...source });
    mkdirSync(path.join(dir, TRAINING, 'bad'));
    writeFileSync(path.join(dir, TRAINING, 'bad', name), bytes);
    const error = await points(planIn(dir), dir).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(error).toBeDefined();
    expect(error!.split('\n')).toHaveLength(1);
    return error!.slice(error!.indexOf(name));
  }

  it('says which file and line, and how to get the report, in one line', async () => {
    expect(await refusal('notes.txt', teamsBytes([['Boodschappen'], ['melk', '2'], ['brood', '1']]))).toBe(
      "notes.txt:3: no table of participants after the summary: this is no Teams attendance report; download it again from the meeting's Attendance tab in Teams (a sign-in sheet needs a header row, with a Date or Datum column when a title line is above it)",
    );
    const summaryOnly = teamsReport('1-3-2027, 10:00:00', []).slice(0, 7);
    expect(await refusal('report.csv', teamsBytes(summaryOnly))).toMatch(/^report\.csv:6: a Teams attendance report without its participants \(section 2\); download it again/);
    expect(await refusal('budget.csv', 'Post,Bedrag\nHuur,1200\n')).toBe(
      'budget.csv:1:1: no column with the day of each row (such as Date or Datum): this is no Teams attendance report, and no sign-in sheet the plan describes; set sources[0].date to the column that has it',
    );
    expect(await refusal('names.csv', 'Datum,Opmerking\n1-3-2027,ok\n')).toMatch(/^names\.csv:1:1: no column with who attended \(such as Email or Name\): this is no Teams attendance report/);
    expect(await refusal('empty.csv', Buffer.from([0xff, 0xfe]))).toMatch(/^empty\.csv:1: the file is empty/);
  });

  it("says where a column the plan names is missing from a sign-in sheet, below its title", async () => {
    expect(await refusal('lijst.csv', 'Training 29 maart\nDatum,Naam,E-mail\n29-3-2027,Rachel Soekhai,\n', { person: 'Mail' })).toMatch(/^lijst\.csv:2:1: no column "Mail", which sources\[0\]\.person names; /);
  });

  it('stops at a time in the meeting that is no time, at its line and column', async () => {
    const report = teamsReport('15-3-2027, 10:00:00', [['Anjali Ramdin', '15-3-2027, 10:00:00', '15-3-2027, 11:00:00', 'lang', 'anjali.ramdin@kaiteur.example']]);
    expect(await refusal('r.csv', teamsBytes(report), { minimum: '30m' })).toMatch(/^r\.csv:10:4: the time in the meeting is no time such as 1h 5m 20s/);
  });

  it('reads no UTF-16 file past 16 MiB', async () => {
    const big = Buffer.alloc(MAX_REPORT_BYTES + 2, 0x20);
    big[0] = 0xff;
    big[1] = 0xfe;
    expect(await refusal('big.csv', big)).toMatch(/^big\.csv: a UTF-16 file over 16 MiB is no meeting attendance report/);
  });
});

describe('the time in a meeting', () => {
  it('reads join and leave times as Teams writes them, and counts overlapping rows once', () => {
    const [am, pm, noon, midnight, dots] = ['3/8/27, 9:00:00 AM', '3/8/27, 9:30:00\u202fPM', '3/8/27, 12:10:00 PM', '3/8/27, 12:10:00 AM', '08.03.27, 21.30.00'].map((t) => parseInstant(t, t.includes('.') ? 'dmy' : 'mdy')! % 86_400);
    expect([am, pm, noon, midnight, dots]).toEqual([32_400, 77_400, 43_800, 600, 77_400]);
    expect([parseInstant('8-3-2027 13:00:00 PM', 'dmy'), parseInstant('3/8/2027', 'mdy'), parseInstant('4/3/2027 10:00:00', undefined)]).toEqual([undefined, undefined, undefined]);
    const at = (h: number, m: number) => h * 3600 + m * 60;
    // Apart, they add up; at once (phone and laptop), their span counts; a row's time leaves out its breaks.
    expect(timeInMeeting([{ seconds: 1200, from: at(10, 0), to: at(10, 20) }, { seconds: 900, from: at(10, 25), to: at(10, 40) }])).toBe(2100);
    expect(timeInMeeting([{ seconds: 1200, from: at(10, 0), to: at(10, 20) }, { seconds: 1200, from: at(10, 1), to: at(10, 21) }])).toBe(1260);
    expect(timeInMeeting([{ seconds: 3000, from: at(10, 0), to: at(11, 30) }])).toBe(3000);
    expect(timeInMeeting([{ seconds: 1200 }, { seconds: 1200 }])).toBe(2400);
  });

  it('reads what Teams writes in several languages, and a clock', () => {
    expect(['1h 27m 51s', '10m 59s', '8s', '2h 5m', '1 u 5 min', '2 godz. 3 min 1 sek.', '1:05:20', '45:03', '1 Std. 2 Min.'].map(parseMeetingTime)).toEqual([5271, 659, 8, 7500, 3900, 7381, 3920, 2703, 3720]);
    expect(['', 'lang', '3h 12', '5 x'].map(parseMeetingTime)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
