import { describe, expect, it } from 'vitest';
import { AT_TWO_PLACES, FIVE_FEBRUARY, INTERN_WEEKS, internPlan, JOHAN, LEAVER_PEOPLE, leaverPlan, leaverReports, sabajoFolder, SURVEY_SOURCE, SURVEY_WITH_INTERN, twoPlacesPlan, userDownload, WITH_INTERN, WITHOUT_INTERN_LATER } from '../google-users.js';
import { run } from '../helpers.js';

describe('a suspended account in the user download, and a week exported from a Dutch Admin console', () => {
  const firm = (people: string, exclude: string, weeks: Record<string, string> = INTERN_WEEKS) =>
    sabajoFolder(
      internPlan([
        'gates:',
        '  - { id: kantoor-active, phase: kantoor, metric: active_use_pct, threshold: 70, within: 1w, severity: major }',
        `people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department }${people} }`,
        'sources:',
        `  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in${exclude} }`,
      ]),
      { 'people.csv': WITH_INTERN, ...weeks },
    );

  it('keeps the share with people.exclude on the roster', () => {
    const r = run(['gate-check', '--at', '2027-02-15', '--lang', 'en'], { cwd: firm(', exclude: { "Status [READ ONLY]": Suspended }', '') });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kantoor-active \(pass\): .* is 75 on 2027-02-15 \(3 of 4 people; 3 of 4 needed\), >= 70/);
    expect(r.stderr).toBe('');
  });

  it("says so when the source's exclude stops matching, naming both files and the column", () => {
    const r = run(['gate-check', '--at', '2027-02-15', '--lang', 'en'], { cwd: firm('', ', exclude: { User account status: Suspended }') });
    expect(r.stdout).toMatch(/kantoor-active \(fail\): .* is 60 on 2027-02-15 \(3 of 5 people; 4 of 5 needed\), not >= 70/);
    expect(r.stderr).toMatch(/^rollout: sources\[0\]\.exclude: "User account status" left out rows of exports\/accounts 2027-02-12\.csv but none of exports\/accounts 2027-02-15\.csv, where 1 person whose rows it left out has a row it does not leave out, .*write both as a list/m);
    expect(r.stderr).not.toMatch(/stagiair|sabajo-arch/);
  });

  it("leaves the suspended intern's survey answer out quietly: only the guest's is said to be from someone not in the roster", () => {
    const plan = internPlan(['people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department }, exclude: { "Status [READ ONLY]": Suspended } }', 'sources:', SURVEY_SOURCE]);
    const r = run(['metrics', '--at', '2027-02-15'], { cwd: sabajoFolder(plan, { 'people.csv': WITH_INTERN, 'exports/enquete.csv': SURVEY_WITH_INTERN }) });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('rollout: sources[0]: 1 response from people not in the roster people.csv left out\n');
    expect(r.stdout).toMatch(/satisfaction/);
  });

  it('says nothing of the exclude when the account it left out was deleted and is gone from the later report', () => {
    const r = run(['gate-check', '--at', '2027-02-15', '--lang', 'en'], { cwd: firm('', ', exclude: { User account status: Suspended }', WITHOUT_INTERN_LATER) });
    expect(r.stdout).toMatch(/kantoor-active \(pass\): .* is 75 on 2027-02-15 \(3 of 4 people; 3 of 4 needed\), >= 70/);
    expect(r.stderr).toBe('');
  });
});

describe("the user download's Org Unit Path as the roster's location", () => {
  const firm = () =>
    sabajoFolder(
      twoPlacesPlan(['sources:', '  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in }']),
      { 'people.csv': userDownload(AT_TWO_PLACES), ...FIVE_FEBRUARY },
    );

  it('is read as it is downloaded: validate has no word on the roster, metrics gives each location its share', () => {
    const dir = firm();
    const validate = run(['validate'], { cwd: dir });
    expect(validate.status).toBe(0);
    expect(validate.stderr).not.toMatch(/people|roster/);
    const metrics = run(['metrics', '--at', '2027-02-05', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    expect(metrics.stdout).toMatch(/^2027-02-05,active_use_pct,100,paramaribo,/m);
    expect(metrics.stdout).toMatch(/^2027-02-05,active_use_pct,50,moengo,/m);
  });
});

describe('a leaver deleted from Google Workspace, gone from the re-downloaded user list and the newest report', () => {
  it('is said to be gone from the newest report, with the advice to keep their row with left, not to add or exclude an account', () => {
    const gate = ['gates:', '  - { id: kantoor-go, phase: kantoor, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }'];
    const plan = leaverPlan().replace('\nsources:', `\n${gate.join('\n')}\nsources:`);
    const dir = sabajoFolder(plan, { 'people.csv': userDownload(LEAVER_PEOPLE.filter((u) => u.email !== JOHAN)), ...leaverReports() });
    const r = run(['gate-check', '--at', '2027-03-01', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toMatch(/^rollout: sources\[0\]: 1 account in the export is not in the roster people\.csv and left out; it has rows in earlier reports but none in the newest, exports\/accounts 2027-03-01\.csv: if the person left .*\(people\.columns\.left\) rather than deleting it \(a user download saved over the roster drops it: copy the row into each new one\)/m);
    expect(r.stderr).not.toMatch(/add a colleague|\.exclude|k8@/);
  });
});
