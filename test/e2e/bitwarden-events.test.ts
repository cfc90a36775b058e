import { describe, expect, it } from 'vitest';
import { bitwardenEventLog, type BitwardenEvent } from '../bitwarden-events.js';
import { run } from '../helpers.js';
import { expectNoOneOfKroon, KROON_PEOPLE, kroonOffice } from '../kroon-office.js';

type Gate = { id: string; status: string; observed: number | null };

const SOURCE = `  - file: "exports/bitwarden_org-events_export_*.csv"
    kind: sign-ins
    date: date
    person: userEmail
`;

const EXCLUDE = '    exclude: { type: [User_FailedLogIn, User_FailedLogIn2fa] }\n';

/**
 * The first week's log: the first two log in every working day at 09:00 (12:00 UTC), the third has
 * not started, the one in Lelydorp only failed to log in (wrong password) on Thursday 4 March.
 * One log-in of 19 February makes the log reach a whole week back.
 */
function firstWeek(): BitwardenEvent[] {
  const [a, b, , d] = KROON_PEOPLE.map(([email, name]) => ({ email: email!, name: name! }));
  const daily = [a!, b!].flatMap((p) => ['01', '02', '03', '04', '05'].map((day) => ({ ...p, at: `2027-03-${day}T12:00:00Z`, type: 'User_LoggedIn' as const })));
  return [{ ...a!, at: '2027-02-19T17:00:00Z', type: 'User_LoggedIn' }, ...daily, { ...d!, at: '2027-03-04T19:12:00Z', type: 'User_FailedLogIn' }];
}

const office = (file: string, source = SOURCE) => kroonOffice(source, { [file]: bitwardenEventLog(firstWeek()) });

const goNoGo = (stdout: string) => (JSON.parse(stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'first-half-go-no-go');

describe("Bitwarden's organization event log read as kind: sign-ins through the built binary", () => {
  it('counts a failed log-in as use without an exclude, and says so once, naming the type column and its values', () => {
    const dir = office('bitwarden_org-events_export_20270305170000.csv');
    const r = run(['gate-check', '--at', '2027-03-05', '--format', 'json'], { cwd: dir });
    expect(goNoGo(r.stdout)).toMatchObject({ status: 'pass', observed: 75 });
    const notes = r.stderr.split('\n').filter((l) => l.includes('failed attempt'));
    expect(notes).toEqual([expect.stringContaining('sources[0]: 1 row counts as use though type reads like a failed attempt, such as "User_FailedLogIn"; every row of kind: sign-ins counts, so leave those out with sources[0].exclude: { type: [User_FailedLogIn] }')]);
    expectNoOneOfKroon(`${r.stdout}\n${r.stderr}`);
  });

  it('judges the go/no-go on 2 of 4 (50, fail) with the README’s exclude of failed log-ins, without the note', () => {
    const dir = office('bitwarden_org-events_export_20270305170000.csv', SOURCE + EXCLUDE);
    const r = run(['gate-check', '--at', '2027-03-05', '--format', 'json'], { cwd: dir });
    expect(goNoGo(r.stdout)).toMatchObject({ status: 'fail', observed: 50 });
    expect(r.stderr).not.toContain('failed attempt');
    expectNoOneOfKroon(`${r.stdout}\n${r.stderr}`);
  });

  it('reads the download time stamp Bitwarden writes in the file name as the download day: the days up to the one before it are covered', () => {
    const covered = (file: string) => {
      const r = run(['metrics', '--at', '2027-03-15', '--format', 'csv'], { cwd: office(file, SOURCE + EXCLUDE) });
      expect(r.status).toBe(0);
      return r.stdout.split('\n').filter((l) => l.includes(',first-half,') && l >= '2027-03-04').map((l) => l.split(',').slice(0, 3).join(','));
    };
    // Downloaded on Wednesday 10 March at 09:00: 8 and 9 March had no log-in, so 2 of 4 logged in within 7 days.
    const days = ['2027-03-04,active_use_pct,50', '2027-03-05,active_use_pct,50', '2027-03-08,active_use_pct,50', '2027-03-09,active_use_pct,50'];
    expect(covered('bitwarden_org-events_export_20270310090000.csv')).toEqual(days);
    expect(covered('bitwarden_org-events_export_2027-03-10.csv')).toEqual(days);
    // Saved without a date in its name, it covers up to the day before its last row's, which may hold only that day's first hours.
    expect(covered('bitwarden_org-events_export_week1.csv')).toEqual(days.slice(0, 1));
  });
});
