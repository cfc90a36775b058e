import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/sources/roster.js';
import { rosterMismatches } from '../../src/sources/roster-size.js';
import { attendanceCopy, at } from './attendance-files.js';
import { adoptionCopy, planIn, points, type PlanData, type Point } from './support.js';

const LEAVER = 'mireille.kartodikromo@kaiteur.example';
const JOINERS = ['noah.pinas@kaiteur.example,Noah Pinas,IT pilot,Paramaribo', 'fleur.ho@kaiteur.example,Fleur Ho,IT pilot,Paramaribo'];

const dated = (plan: PlanData, dateFormat?: string) => {
  plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), joined: 'In dienst', left: 'Uit dienst' }, ...(dateFormat ? { dateFormat } : {}) };
};

/** The example's roster with two columns of dates: `dates` gives a person's cells by their id, `added` rows with both cells. */
function withDates(dir: string, dates: Record<string, string>, added: string[] = []): string {
  const file = path.join(dir, 'adoption/people.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\r\n');
  const lines = [`${header},In dienst,Uit dienst`, ...rows.map((row) => `${row},${dates[row.split(',')[0]!] ?? ','}`), ...added];
  writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
  return dir;
}

/** An error's message with the test's folder left out, as the user's relative paths show it. */
const message = (dir: string, error: unknown) => (error as Error).message.replace(`${dir}/`, '');

const share = (all: Point[], scope: string, date: string) => {
  const point = all.find((p) => p.metric === 'active_use_pct' && p.scope === scope && p.date === date);
  return point && [point.value, point.rows];
};

describe('a roster that says when people joined and left', () => {
  it("keeps a past day's shares when people join and leave later, and counts them from and up to those days", async () => {
    const plain = adoptionCopy();
    const before = await points(planIn(plain), plain);
    // Week 3's roster: two pilot people joined on 15 March, one left that day (the first day she was gone).
    const dir = withDates(adoptionCopy(dated), { [LEAVER]: ',15-03-2027' }, JOINERS.map((row) => `${row},15-03-2027,`));
    const after = await points(planIn(dir), dir);
    for (const scope of ['pilot', '', 'IT pilot', 'Paramaribo']) expect(share(after.points, scope, '2027-03-08')).toEqual(share(before.points, scope, '2027-03-08'));
    expect(share(before.points, 'pilot', '2027-03-08')).toEqual([100, 3]);
    // From 15 March: Anjali and Ravi, active, and the two who joined, without a row yet; the leaver's rows count no more.
    expect(share(before.points, 'pilot', '2027-03-22')).toEqual([100, 3]);
    expect(share(after.points, 'pilot', '2027-03-22')).toEqual([50, 2]);
    // The organization: 15 of 24 (one unlicensed), then 14 of 25 without her and with the two.
    expect([share(before.points, '', '2027-03-22')![0], share(after.points, '', '2027-03-22')![0]]).toEqual([62.5, 56]);
    // The same notes as before (a stranger of the example's), none about them.
    expect(after.warnings.map((w) => w.replace(`${dir}/`, ''))).toEqual(before.warnings.map((w) => w.replace(`${plain}/`, '')));
  });

  it('says when someone left was taken out of the roster while the export still has their deleted account', async () => {
    const dir = adoptionCopy();
    const roster = path.join(dir, 'adoption/people.csv');
    writeFileSync(roster, readFileSync(roster, 'utf8').replace(/mireille[^\n]*\n/, ''));
    for (const date of ['20270322', '20270329']) {
      const file = path.join(dir, `adoption/exports/TeamsUserActivityUserDetail${date}.csv`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(mireille\.kartodikromo@kaiteur\.example,[^,]*,)False,,/, '$1True,2027-03-19,'));
    }
    const { points: all, warnings } = await points(planIn(dir), dir);
    // Without her the pilot's 8 March reads 2 of 2: the day's share is not the one decided on then.
    expect(share(all, 'pilot', '2027-03-08')).toEqual([100, 2]);
    expect(warnings.map((w) => w.replace(`${dir}/`, ''))).toContain(
      'sources[0]: 2 accounts in the export are not in the roster adoption/people.csv and left out; 1 of them has both rows that sources[0].exclude leaves out (a deleted account) and rows it counts: someone who left and was taken out of the roster drops out of the shares of the days they worked here, so put their row back with the day they left (people.columns.left) rather than deleting it; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)',
    );
  });

  it('says when people added without a joined day have rows only in later reports, and not once the day is given', async () => {
    const joinLate = (dir: string) => {
      for (const date of ['20270322', '20270329']) {
        const file = path.join(dir, `adoption/exports/TeamsUserActivityUserDetail${date}.csv`);
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, `${text.trimEnd()}\r\n${/^.*anjali\.ramdin@.*$/m.exec(text)![0].replace('anjali.ramdin', 'noah.pinas')}\r\n`);
      }
      return dir;
    };
    const undated = joinLate(withDates(adoptionCopy(dated), {}, [`${JOINERS[0]},,`]));
    const { warnings } = await points(planIn(undated), undated);
    expect(warnings).toContain(
      'sources[0]: 1 roster person (phase pilot; group IT pilot; location Paramaribo) has no row in the reports of 2027-03-08, 2027-03-15, after their phase started, but rows in later reports, and counts as not active there; if they joined since, give them the day they joined (people.columns.joined)',
    );
    const joined = joinLate(withDates(adoptionCopy(dated), {}, [`${JOINERS[0]},22-03-2027,`]));
    const after = await points(planIn(joined), joined);
    expect(after.warnings.some((w) => w.includes('people.columns.joined'))).toBe(false);
    expect(share(after.points, 'pilot', '2027-03-15')).toEqual([100, 3]);
    expect(share(after.points, 'pilot', '2027-03-22')).toEqual([100, 4]);
  });

  it('counts a training share of the people there that day: a joiner from their first day, a leaver up to their last', async () => {
    const dir = attendanceCopy({ minimum: '30m' }, (plan) => dated(plan));
    // Sandra (Design, trained on 15 March) left on 22 March; Tom joined Design that day, untrained.
    withDates(dir, { 'sandra.pinas@kaiteur.example': ',2027-03-22' }, ['tom.kanhai@kaiteur.example,Tom Kanhai,Design,Paramaribo,2027-03-22,']);
    const { points: all } = await points(planIn(dir), dir);
    expect(at(all, 'studio', '2027-03-15')).toMatchObject({ value: 86.6667, rows: 13 });
    expect(at(all, 'studio', '2027-03-26')).toMatchObject({ value: 80, rows: 12 });
  });

  it('reads the dates day-first or month-first from all of them, and asks when every date reads both ways', async () => {
    const ambiguous = withDates(adoptionCopy(dated), { [LEAVER]: ',01-04-2027' }, [`${JOINERS[0]},02-03-2027,`]);
    const error = await points(planIn(ambiguous), ambiguous).catch((e: unknown) => e);
    expect(message(ambiguous, error)).toBe(
      'adoption/people.csv:4:6: every date, such as "01-04-2027" and "02-03-2027", reads both day-first and month-first; say which with people.dateFormat: dd-mm-yyyy ("01-04-2027" is 1 April) or people.dateFormat: mm-dd-yyyy ("01-04-2027" is 4 January)',
    );
    const dayFirst = withDates(adoptionCopy((plan) => dated(plan, 'dd-mm-yyyy')), { [LEAVER]: ',01-04-2027' }, [`${JOINERS[0]},02-03-2027,`]);
    const roster = await loadRoster(planIn(dayFirst), dayFirst);
    expect([roster.on(2, Date.UTC(2027, 2, 31) / 86_400_000), roster.on(2, Date.UTC(2027, 3, 1) / 86_400_000)]).toEqual([true, false]);
    // One date whose day is past 12 settles the order of all of them.
    const settled = withDates(adoptionCopy(dated), { [LEAVER]: ',01-04-2027' }, [`${JOINERS[0]},3/15/2027,`]);
    const read = await loadRoster(planIn(settled), settled);
    expect(read.left[2]).toBe(Date.UTC(2027, 0, 4) / 86_400_000);
    expect(read.joined[25]).toBe(Date.UTC(2027, 2, 15) / 86_400_000);
  });

  it.each([
    ['a date that is no date', { [LEAVER]: ',31-02-2027' }, 'adoption/people.csv:4:6: Uit dienst: date "31-02-2027" is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27); write the day as 2027-03-15, or leave the cell empty'],
    ['a word in a date column', { [LEAVER]: 'vorige week,' }, 'adoption/people.csv:4:5: In dienst: date is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27); write the day as 2027-03-15, or leave the cell empty'],
    ['a leaving day before the joining day', { [LEAVER]: '2027-03-15,2027-03-01' }, 'adoption/people.csv:4:6: Uit dienst is not after In dienst; a person counts from the day they joined up to the day before they left, so Uit dienst is the first day they were gone'],
  ])('refuses %s with the file, line and column and never the person', async (_, dates, expected) => {
    const dir = withDates(adoptionCopy(dated), dates);
    const error = await points(planIn(dir), dir).catch((e: unknown) => e);
    expect(message(dir, error)).toBe(expected);
  });

  it('compares the headcounts with the people who stay: leavers kept for past days are not counted', async () => {
    const leavers = ['a.b@kaiteur.example,A B,Design,Paramaribo,,2027-03-01', 'c.d@kaiteur.example,C D,Design,Paramaribo,,2027-03-01', 'e.f@kaiteur.example,E F,Design,Paramaribo,,2027-03-01', 'g.h@kaiteur.example,G H,Design,Paramaribo,,2027-03-08'];
    const dir = withDates(adoptionCopy(dated), {}, leavers);
    const plan = planIn(dir);
    expect(rosterMismatches(plan, await loadRoster(plan, dir))).toEqual([]);
    const undated = withDates(adoptionCopy(dated), {}, leavers.map((row) => row.replace(/,,2027-03-0\d$/, ',,')));
    expect(rosterMismatches(plan, await loadRoster(plan, undated)).map((m) => message(undated, m))).toEqual([
      'the roster adoption/people.csv lists 29 people but organization.headcount is 25',
      'the roster adoption/people.csv lists 13 people in group "Design" but organization.groups[1].headcount is 9',
      'the roster adoption/people.csv lists 22 people in Paramaribo but organization.locations[0].headcount is 18',
    ]);
  });
});
