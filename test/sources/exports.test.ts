import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { adoptionCopy, planIn, points, type Point } from './support.js';

const examples = path.join(ROOT, 'examples');
const pick = (all: Point[], metric: string, scope = '') => all.filter((p) => p.metric === metric && p.scope === scope).map(({ date, value, rows }) => [date, value, rows]);

describe('the five exports of examples/adoption, read as the tools write them', () => {
  it('Teams user activity: the share of the roster people active in the 7 days up to each report', async () => {
    const { points: all, warnings } = await points(planIn(), examples);
    // Studio (Design + Office, 15 people): Farida is unlicensed all month, Dennis deleted on 03-26; Yvonne has no row on 03-29.
    expect(pick(all, 'active_use_pct', 'studio')).toEqual([
      ['2027-03-08', 7.1429, 14], // 1 of 14 (Sandra); the others have a row without activity
      ['2027-03-15', 21.4286, 14], // 3 of 14
      ['2027-03-22', 85.7143, 14], // 7 Design + 5 Office of 14
      ['2027-03-29', 76.9231, 12], // 10 of 13; 12 rows found, Yvonne missing
    ]);
    expect(pick(all, 'active_use_pct', 'pilot')).toEqual([
      ['2027-03-08', 100, 3],
      ['2027-03-15', 100, 3],
      ['2027-03-22', 100, 3],
      ['2027-03-29', 100, 3],
    ]);
    expect(pick(all, 'active_use_pct', 'nickerie/Nieuw Nickerie').at(-1)).toEqual(['2027-03-29', 28.5714, 7]);
    // The whole organization on 03-29: 3 + 10 + 2 active of 25 - 2 excluded.
    expect(pick(all, 'active_use_pct').at(-1)).toEqual(['2027-03-29', 65.2174, 22]);
    expect(pick(all, 'active_use_pct', 'Office').at(-1)).toEqual(['2027-03-29', 60, 4]); // 3 of 5
    expect(warnings).toContain('sources[0]: 1 account in the export is not in the roster examples/adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)');
  });

  it('Slack overview: weekly active members over enabled membership, one value a day', async () => {
    const { points: all } = await points(planIn(), examples);
    expect(pick(all, 'slack_active_pct').map(([date, value]) => [date, value])).toEqual([
      ['2027-03-22', 80],
      ['2027-03-23', 80],
      ['2027-03-24', 76],
      ['2027-03-25', 72],
      ['2027-03-26', 68],
      ['2027-03-27', 64],
      ['2027-03-28', 48],
      ['2027-03-29', 44],
    ]);
  });

  it('Google Forms (US dates) and Microsoft Forms (.xlsx): each answer counts for the phase of who gave it', async () => {
    const { points: all, warnings } = await points(planIn(), examples);
    const answers = (metric: string, phase: string) => all.filter((p) => p.metric === metric && p.scope.startsWith(phase)).map((p) => [p.date, p.value]);
    expect(answers('satisfaction', 'studio')).toEqual([
      ['2027-03-16', 8],
      ['2027-03-16', 7],
      ['2027-03-17', 9],
      ['2027-03-18', 6],
      ['2027-03-22', 8],
      ['2027-03-25', 10],
    ]);
    expect(answers('recommend', 'pilot')).toEqual([
      ['2027-03-16', 9], // Ravi, in the Google form
      ['2027-03-08', 10],
      ['2027-03-09', 9],
      ['2027-03-10', 8],
    ]);
    expect(warnings).toContain('sources[2]: 1 response from people not in the roster examples/adoption/people.csv left out');
  });

  it('Google Forms downloaded twice: answers the earlier download already had count once, new ones count', async () => {
    const google = 'adoption/exports/Teams survey (Responses) - Form Responses 1.csv';
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ ...plan.sources[2]!, file: 'adoption/exports/Teams survey (Responses) - Form Responses 1*.csv' }];
    });
    const once = await points(planIn(dir), dir);
    // The later download: every answer so far, one of them again word for word, and a new one.
    const first = readFileSync(path.join(dir, google), 'utf8');
    const extra = '"3/26/2027 11:00:00","sandra.pinas@kaiteur.example","6","5","Still too many notifications"\n';
    writeFileSync(path.join(dir, 'adoption/exports/Teams survey (Responses) - Form Responses 1 (1).csv'), `${first}${extra}`);
    const twice = await points(planIn(dir), dir);
    const newOne = (p: { date: string }) => p.date === '2027-03-26';
    expect(twice.points.filter((p) => !newOne(p))).toEqual(once.points);
    expect(twice.points.filter(newOne).map((p) => [p.metric, p.value])).toEqual([
      ['satisfaction', 6],
      ['recommend', 5],
    ]);
    const rows = first.split(/\n(?=")/).length - 1;
    expect(twice.warnings).toEqual([...once.warnings, `sources[0]: ${rows} responses are in more than one file (overlapping downloads of the same survey) and count once`]);
  });

  it('helpdesk tickets: Teams tickets per working day, 0 on working days without one, inside the export only', async () => {
    const { points: all } = await points(planIn(), examples);
    expect(pick(all, 'tickets').map(([date, value]) => [date, value])).toEqual([
      ['2027-03-15', 3],
      ['2027-03-16', 2],
      ['2027-03-17', 2],
      ['2027-03-18', 1],
      ['2027-03-19', 0],
      ['2027-03-22', 1],
      ['2027-03-23', 0],
      ['2027-03-24', 1],
      ['2027-03-25', 0],
      ['2027-03-26', 0],
    ]);
  });

  it('Microsoft Forms saved from Dutch Excel (; and day-first dates) reads as the .xlsx does, once dateFormat says the order', async () => {
    const dutch = (dateFormat?: string) =>
      adoptionCopy((plan) => {
        plan.sources = [{ file: 'adoption/exports/Teams-enquete (Excel NL).csv', kind: 'responses', date: 'Begintijd', person: 'E-mail', metrics: { satisfaction: 'Hoe tevreden*' }, ...(dateFormat ? { dateFormat } : {}) }];
      });
    const dir = dutch('d-m-yyyy');
    expect((await points(planIn(dir), dir)).points.map((p) => [p.date, p.value])).toEqual([
      ['2027-03-08', 9],
      ['2027-03-09', 8],
      ['2027-03-10', 7],
    ]);
    const ambiguous = dutch();
    await expect(points(planIn(ambiguous), ambiguous)).rejects.toThrow(
      /Teams-enquete \(Excel NL\)\.csv:2:2: every date, such as "8-3-2027 10:12:40" and "9-3-2027 08:01:13", reads both day-first and month-first; say which with sources\[0\]\.dateFormat: dd-mm-yyyy/,
    );
    // Read month-first, 16-3-2027 is no date: the plan's setting is at fault, not the export.
    const monthFirst = dutch('mm-dd-yyyy');
    const export_ = path.join(monthFirst, 'adoption/exports/Teams-enquete (Excel NL).csv');
    writeFileSync(export_, `${readFileSync(export_, 'utf8').trimEnd()}\r\n4;16-3-2027 09:00:00;16-3-2027 09:05:00;anjali.ramdin@kaiteur.example;Anjali Ramdin;8;9;Goed\r\n`);
    await expect(points(planIn(monthFirst), monthFirst)).rejects.toThrow(
      /Teams-enquete \(Excel NL\)\.csv:\d+:2: date "16-3-2027 [\d:]+" is not a real date written MM\/DD\/YYYY, the order sources\[0\]\.dateFormat sets; read day-first, "16-3-2027 [\d:]+" is 16 March: set sources\[0\]\.dateFormat: dd-mm-yyyy/,
    );
  });

  it("Microsoft Forms saved as Dutch Excel's default CSV (Windows-1252): bytes that are not UTF-8 in a column no source reads change nothing", async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ file: 'adoption/exports/Teams-enquete (Excel NL).csv', kind: 'responses', date: 'Begintijd', dateFormat: 'd-m-yyyy', person: 'E-mail', metrics: { satisfaction: 'Hoe tevreden*' } }];
    });
    const export_ = path.join(dir, 'adoption/exports/Teams-enquete (Excel NL).csv');
    const utf8 = readFileSync(export_, 'utf8').replace(/^\ufeff/, '').replace('Bestanden delen gaat goed', 'Eén keer per week een café-uurtje');
    writeFileSync(export_, Buffer.from(utf8, 'latin1'));
    const { points: read } = await points(planIn(dir), dir);
    expect(read.map((p) => [p.date, p.value])).toEqual([
      ['2027-03-08', 9],
      ['2027-03-09', 8],
      ['2027-03-10', 7],
    ]);
  });

  describe('Microsoft 365 active users (user details, the Teams column)', () => {
    const ACTIVE_USERS = 'adoption/exports/Microsoft365ActiveUserDetail20270329.csv';
    const activeUsers = () =>
      adoptionCopy((plan) => {
        plan.sources = [
          { file: 'adoption/exports/Microsoft365ActiveUserDetail*.csv', kind: 'activity', date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Teams Last Activity Date', exclude: { 'Is Deleted': 'True', 'Has Teams License': 'False' }, metric: 'active_use_pct' },
        ];
      });

    it('counts Teams activity in the 7 days up to the report, without deleted and unlicensed users', async () => {
      const dir = activeUsers();
      const { points: all, warnings } = await points(planIn(dir), dir);
      // Active means a Teams Last Activity Date after 03-22. Farida (no Teams license) and Dennis
      // (deleted 03-26) leave count and total; Yvonne has no row and counts as not active.
      expect(pick(all, 'active_use_pct', 'pilot')).toEqual([['2027-03-29', 100, 3]]); // 3 of 3
      // Design: Sandra, Kevin, Jerry, Marco, Ingrid of 8 (Naomi on 03-22, Priya never, Ruben on 03-15);
      // Office: Lisa, Orlando, Harold of 5 (Shanti on 03-20, Yvonne missing). 8 of 13, 12 rows found.
      expect(pick(all, 'active_use_pct', 'studio')).toEqual([['2027-03-29', 61.5385, 12]]);
      expect(pick(all, 'active_use_pct', 'Design')).toEqual([['2027-03-29', 62.5, 8]]);
      expect(pick(all, 'active_use_pct', 'Office')).toEqual([['2027-03-29', 60, 4]]);
      // Branch: Rachel, Mohan, Amit of 7 (Sunil and Esther never, Gina on 03-21, Wendy on 03-10).
      expect(pick(all, 'active_use_pct', 'nickerie/Nieuw Nickerie')).toEqual([['2027-03-29', 42.8571, 7]]);
      // The organization: 3 + 8 + 3 active of 25 - 2 excluded.
      expect(pick(all, 'active_use_pct')).toEqual([['2027-03-29', 60.8696, 22]]);
      expect(warnings).toEqual([`sources[0]: 1 account in the export is not in the roster ${path.join(dir, 'adoption/people.csv')} and left out; add a colleague's account to the roster; one that is no one person's (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)`]);
    });

    it('stops and says how to show user names when Microsoft 365 conceals them', async () => {
      const dir = activeUsers();
      const file = path.join(dir, ACTIVE_USERS);
      // Concealed reports write 32 hexadecimal digits in place of each user principal name.
      const concealed = readFileSync(file, 'utf8').replace(/,[a-z.]+@kaiteur\.example,/g, (_, i: number) => `,${(i * 2654435761).toString(16).toUpperCase().padStart(32, '0').slice(-32)},`);
      expect(concealed).not.toContain('@kaiteur.example');
      writeFileSync(file, concealed);
      await expect(points(planIn(dir), dir)).rejects.toThrow(
        /^sources\[0\]\.person: none of the 23 accounts in \S+ \(besides 2 that sources\[0\]\.exclude leaves out\) are in the roster \S+; they are codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names: .*clear "Display concealed user, group, and site names in all reports" and export again$/,
      );
    });
  });
});
