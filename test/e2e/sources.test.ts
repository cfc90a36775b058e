import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';
import { adoptionCopy, resaveInExcel, type PlanData } from '../sources/support.js';

const plan = example('adoption.yaml');
const roster = readFileSync(example('adoption/people.csv'), 'utf8');
const planText = readFileSync(plan, 'utf8').toLowerCase();
/** Every id and name in the roster and the exports, save those the plan itself names (a champion): none may reach any output. */
const personal = [...roster.split(/\r?\n/).slice(1).flatMap((line) => line.split(',').slice(0, 2)), 'it.admin@kaiteur.example', 'freelancer@example.net'].filter(
  (value) => value && !planText.includes(value.toLowerCase()),
);

function expectNoPersonalData(text: string): void {
  const lower = text.toLowerCase();
  for (const value of personal) expect(lower).not.toContain(value.toLowerCase());
}

describe('gate-check, report and metrics on the exports of examples/adoption', () => {
  it('gate-check reads the five exports without --metrics, and the switch-off waits for the studio', () => {
    const r = run(['gate-check', '--plan', plan, '--at', '2027-04-12', '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    const observed = Object.fromEntries(json.gates.map((g: { id: string; observed: number; status: string; samples: number }) => [g.id, [g.observed, g.status, g.samples]]));
    expect(observed).toEqual({
      'pilot-active': [100, 'pass', 2],
      'pilot-go': [100, 'pass', 1],
      'pilot-satisfaction': [8, 'pass', 3],
      'studio-go': [85.7143, 'pass', 2],
      'studio-active': [76.9231, 'fail', 3],
      'studio-satisfaction': [8, 'pass', 6],
      'studio-recommend': [50, 'pass', 6],
      'studio-tickets': [-0.2105, 'pass', 10],
      'slack-fading': [44, 'pass', 8],
      // The newest report is of 03-29, 14 days before: the branch's last value is not given as today's.
      'nickerie-active': [28.5714, 'inconclusive', 1],
      'studio-trained': [86.6667, 'fail', 1],
      'nickerie-trained': [85.7143, 'fail', 1],
    });
    expect(json.decision).toBe('pause');
    expect(r.stderr.trim().split('\n')).toEqual([
      'rollout: sources[0]: 1 account in the export is not in the roster examples/adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)',
      'rollout: sources[0]: 1 roster person (phase studio; group Office; location Paramaribo) with rows in earlier reports has none in the newest, examples/adoption/exports/TeamsUserActivityUserDetail20270329.csv (the report of 2027-03-29), and counts as not active there; if they left, keep their roster row with the day they left (people.columns.left), which takes them out of the shares from that day on; if the export is incomplete, export it again',
      'rollout: sources[2]: 1 response from people not in the roster examples/adoption/people.csv left out',
      'rollout: sources[5]: 2 participants in the attendance files (guests, external users) are not in the roster examples/adoption/people.csv and left out',
      'rollout: sources[5]: 1 roster person was in a training for less than 30m and does not count as trained',
      'rollout: waarschuwing: de nieuwste export van actief in Teams in de afgelopen 7 dagen (sources[0]: adoption/exports/TeamsUserActivityUserDetail*.csv) is van 2027-03-29, 14 dagen voor 2027-04-12, en het plan verwacht er elke week een: exporteer het rapport van deze week naar adoption/exports/ en controleer opnieuw; tot dan wordt er geen uitkomst op gegeven die een latere export nog kan veranderen',
    ]);
    expectNoPersonalData(r.stdout + r.stderr);
  });

  it('metrics prints the series the gates read, as json, csv or a table', () => {
    const r = run(['metrics', '--plan', plan, '--at', '2027-03-29', '--format', 'json']);
    expect(r.status).toBe(0);
    const { series } = JSON.parse(r.stdout) as { series: { date: string; metric: string; value: number; phase: string | null; group: string | null; location: string | null; rows: number }[] };
    expect(series.find((s) => s.metric === 'active_use_pct' && s.phase === 'studio' && s.date === '2027-03-29')).toEqual({ date: '2027-03-29', metric: 'active_use_pct', value: 76.9231, phase: 'studio', group: null, location: null, rows: 12 });
    // Two studio answers on 03-16 (8 and 7): the day shows their mean.
    expect(series.filter((s) => s.metric === 'satisfaction' && s.date === '2027-03-16' && s.phase === 'studio').map((s) => [s.group, s.value, s.rows])).toEqual([['Design', 7.5, 2]]);
    expect(series.filter((s) => s.metric === 'tickets').map((s) => s.value)).toEqual([3, 2, 2, 1, 0, 1, 0, 1, 0, 0]);
    const csv = run(['metrics', '--plan', plan, '--at', '2027-03-22', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('date,metric,value,phase,group,location,rows');
    expect(csv.stdout).toContain('2027-03-22,active_use_pct,85.7143,studio,,,14\r\n');
    expect(csv.stdout).not.toContain('2027-03-29');
    const table = run(['metrics', '--plan', plan, '--at', '2027-03-29']);
    expect(table.stdout).toMatch(/│ 2027-03-29 │ slack_active_pct\s+│\s+44 │/);
    // The whole organization leaves phase, group and location empty in every format.
    expect(table.stdout).toMatch(/^│ 2027-03-29 │ active_use_pct\s+│\s+65\.2174 │ +│ +│ +│ +\d+ │$/m);
    expect(table.stdout).not.toMatch(/everyone/i);
    expect(csv.stdout).toMatch(/^2027-03-22,slack_active_pct,[\d.]+,,,,\d+\r$/m);
    expect(series.find((s) => s.metric === 'active_use_pct' && s.date === '2027-03-29' && !s.phase && !s.group && !s.location)).toMatchObject({ phase: null, group: null, location: null });
    expectNoPersonalData(r.stdout + csv.stdout + table.stdout + table.stderr);
  });

  it('metrics says why the series is empty before the exports begin, and not once they have', () => {
    const early = run(['metrics', '--plan', plan, '--at', '2027-02-26', '--format', 'csv']);
    expect([early.status, early.stdout]).toEqual([0, 'date,metric,value,phase,group,location,rows\r\n']);
    expect(early.stderr).toContain('rollout: no values up to 2027-02-26; if the exports start later, pass --at with a day they cover\n');
    expect(run(['metrics', '--plan', plan, '--at', '2027-03-29']).stderr).not.toContain('no values');
  });

  it('keeps every person id and name out of every format', () => {
    for (const format of ['text', 'markdown', 'junit', 'github']) {
      const r = run(['gate-check', '--plan', plan, '--at', '2027-04-12', '--format', format]);
      expect(r.status).toBe(1);
      expectNoPersonalData(r.stdout + r.stderr);
    }
    const report = run(['report', '--plan', plan, '--at', '2027-03-29', '-o', '-']);
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/76[.,]9/);
    // A trend shows the decimals that tell it from 0, per day, as its chart does.
    expect(report.stdout).toMatch(/<span class="muted">-0[.,]211\/d · ≤ 0<\/span>/);
    expectNoPersonalData(report.stdout + report.stderr);
  });

  it('reads the Microsoft 365 active users report as it is exported, to the same shares as a hand count', () => {
    const dir = adoptionCopy((p) => {
      p.sources = [
        { file: 'adoption/exports/Microsoft365ActiveUserDetail*.csv', kind: 'activity', date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Teams Last Activity Date', exclude: { 'Is Deleted': 'True', 'Has Teams License': 'False' } },
      ];
      p.gates = p.gates.filter((g) => g.metric === 'active_use_pct');
    });
    // A former colleague's deleted account and a meeting room without a Teams licence, neither in the roster: left out, and no stranger.
    const file = path.join(dir, 'adoption/exports/Microsoft365ActiveUserDetail20270329.csv');
    const [header, first, ...rest] = readFileSync(file, 'utf8').split('\r\n');
    const columns = header!.replace(/^\uFEFF/, '').split(',');
    const account = (cells: Record<string, string>) => first!.split(',').map((cell, i) => cells[columns[i]!] ?? cell).join(',');
    const gone = account({ 'User Principal Name': 'oud.account@kaiteur.example', 'Is Deleted': 'True' });
    const room = account({ 'User Principal Name': 'vergaderzaal@kaiteur.example', 'Has Teams License': 'False' });
    writeFileSync(file, [header, first, gone, room, ...rest].join('\r\n'));
    const metrics = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    // 8 of the studio's 13 licensed people used Teams after 03-22; 14 of the 23 in the whole organization.
    expect(metrics.stdout).toContain('2027-03-29,active_use_pct,61.5385,studio,,,12\r\n');
    expect(metrics.stdout).toContain('2027-03-29,active_use_pct,60.8696,,,,22\r\n');
    expect(metrics.stderr).toBe('rollout: sources[0]: 1 account in the export is not in the roster adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)\n');
    const check = run(['gate-check', '--at', '2027-04-12', '--format', 'json'], { cwd: dir });
    expect(check.status).toBe(1);
    const json = JSON.parse(check.stdout) as { decision: string; gates: { id: string; observed: number | null; status: string }[] };
    // One report, on 03-29: nothing in the pilot's weeks or before the branch's launch; the studio's and the branch's shares fall short of 80%.
    expect(json.gates.map((g) => [g.id, g.observed, g.status])).toEqual([
      ['pilot-active', null, 'inconclusive'],
      ['pilot-go', null, 'inconclusive'],
      ['studio-go', null, 'inconclusive'],
      ['studio-active', 61.5385, 'fail'],
      // Its window runs to the day checked, 14 days after that report: not given as today's.
      ['nickerie-active', 42.8571, 'inconclusive'],
    ]);
    expect(json.decision).toBe('pause');
    expectNoPersonalData(metrics.stdout + metrics.stderr + check.stdout + check.stderr);
  });

  it('stops on a month-first export whose days are all 12 or less, asking for dateFormat', () => {
    const dir = adoptionCopy((p) => {
      delete p.sources[4]!.dateFormat;
      p.sources = [p.sources[4]!];
      p.gates = [{ id: 'tickets', phase: 'studio', metric: 'tickets', aggregate: 'slope', op: '<=', threshold: 0, within: '2w' }];
    });
    const file = path.join(dir, 'adoption/exports/tickets-export-2027-03.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/03\/(\d\d)\/2027/g, (_, d: string) => `04/${String(Number(d) - 14).padStart(2, '0')}/2027`));
    const r = run(['gate-check', '--at', '2027-04-30'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rollout: adoption\/exports\/tickets-export-2027-03\.csv:2:7: every date, such as "04\/01\/2027 09:57" and "04\/02\/2027 \d\d:\d\d", reads both day-first and month-first; say which with sources\[0\].dateFormat: dd-mm-yyyy \("04\/01\/2027 09:57" is 4 January\) or sources\[0\]\.dateFormat: mm-dd-yyyy \("04\/01\/2027 09:57" is 1 April\) at rollout\.yaml:\d+:\d+\n$/);
  });

  it('names the one weekly export Dutch Excel saved again among year-first ones, and reads it once dateFormat gives its order', () => {
    const resaved = (dateFormat?: string) => {
      const dir = adoptionCopy((p) => {
        if (dateFormat) p.sources[0]!.dateFormat = dateFormat;
      });
      resaveInExcel(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270308.csv'));
      return dir;
    };
    const stopped = run(['gate-check', '--at', '2027-03-29'], { cwd: resaved() });
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toMatch(
      /^rollout: adoption\/exports\/TeamsUserActivityUserDetail20270308\.csv:2:1: the dates of this file, such as "8-3-2027" and "7-3-2027", read both day-first and month-first, unlike those of the source's other files \(adoption\/exports\/TeamsUserActivityUserDetail20270315\.csv:2:1: "2027-03-15"\), as when Excel saves an export again: export this file again, or say which order it has with sources\[0\]\.dateFormat: dd-mm-yyyy \("8-3-2027" is 8 March\) or sources\[0\]\.dateFormat: mm-dd-yyyy \("8-3-2027" is 3 August\) at rollout\.yaml:\d+:\d+; the other files read the same either way\n$/,
    );
    const read = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: resaved('dd-mm-yyyy') });
    expect(read.stderr).not.toMatch(/date/);
    expect(read.status).not.toBe(2);
    expect(JSON.parse(read.stdout)).toMatchObject({ decision: expect.any(String) });
    expectNoPersonalData(stopped.stderr + read.stdout);
  });

  it.each([
    ['a missing column', (p: PlanData) => (p.sources[0]!.lastActive = 'Last Activty Date'), /^rollout: adoption\/exports\/TeamsUserActivityUserDetail20270308\.csv:1:1: no column "Last Activty Date", which sources\[0\]\.lastActive names; did you mean "Last Activity Date"\?/],
    ['an unknown person column', (p: PlanData) => (p.sources[0]!.person = 'UPN'), /^rollout: adoption\/exports\/TeamsUserActivityUserDetail20270308\.csv:1:1: no column "UPN", which sources\[0\]\.person names; the header has "Report Refresh Date"/],
    ['a glob that matches nothing', (p: PlanData) => (p.sources[1]!.file = 'adoption/exports/slack-*.tsv'), /^rollout: rollout\.yaml:\d+:\d+: "adoption\/exports\/slack-\*\.tsv" matches no file in adoption\/exports; it is due from [^;]+; export the data there or correct sources\[1\]\.file\n$/],
  ])('refuses %s with one line naming the file and position: exit 2', (_, change, message) => {
    const r = run(['gate-check', '--at', '2027-03-29'], { cwd: adoptionCopy(change) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an empty export and a roster with a group the plan lacks', () => {
    const empty = adoptionCopy();
    writeFileSync(path.join(empty, 'adoption/exports/tickets-export-2027-03.csv'), '');
    const r = run(['gate-check', '--at', '2027-03-29'], { cwd: empty });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('rollout: adoption/exports/tickets-export-2027-03.csv: the file is empty; export it again with its header row\n');

    const stranger = adoptionCopy();
    const people = path.join(stranger, 'adoption/people.csv');
    writeFileSync(people, readFileSync(people, 'utf8').replace(',Office,', ',Kantoor,'));
    const s = run(['gate-check', '--at', '2027-03-29'], { cwd: stranger });
    expect(s.status).toBe(2);
    expect(s.stderr).toBe('rollout: adoption/people.csv:14:3: group "Kantoor" is not in the plan; the plan has "IT pilot", "Design", "Office", "Branch"; add it under organization.groups or correct the roster\n');
  });

  it('warns when the roster lists far fewer people than the headcount: validate --strict fails, gate-check says so on stderr', () => {
    const dir = adoptionCopy();
    const people = path.join(dir, 'adoption/people.csv');
    writeFileSync(people, readFileSync(people, 'utf8').split('\r\n').slice(0, 2).join('\r\n'));
    const v = run(['validate', '--strict'], { cwd: dir });
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/^rollout\.yaml:\d+:\d+: warning organization\.headcount: the roster adoption\/people\.csv lists 1 person but organization\.headcount is 25 \(add the 24 people missing from the roster, /m);
    const g = run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
    expect(g.stderr).toMatch(/^rollout: the roster adoption\/people\.csv lists 1 person but organization\.headcount is 25; /m);
    expectNoPersonalData(v.stdout + v.stderr + g.stdout + g.stderr);
  });

  it('lets --lenient skip a few bad rows, never a file with more bad rows than good', () => {
    const dir = adoptionCopy();
    const slack = path.join(dir, 'adoption/exports', readdirSync(path.join(dir, 'adoption/exports')).find((f) => f.startsWith('slack'))!);
    const lines = readFileSync(slack, 'utf8').split('\n');
    writeFileSync(slack, lines.map((line, i) => (i === 3 ? line.replace(',25,', ',n/a,') : line)).join('\n'));
    expect(run(['gate-check', '--at', '2027-03-29'], { cwd: dir }).status).toBe(2);
    const lenient = run(['gate-check', '--at', '2027-03-29', '--lenient'], { cwd: dir });
    // Judged, not stopped: a pause, as studio-active, failed that day, holds the switch-off.
    expect(lenient.status).toBe(1);
    expect(lenient.stderr).toContain('adoption/exports/slack-analytics-overview-2027-03.csv:4:2: slack_active_pct denominator "n/a" is not a number above 0');
    writeFileSync(slack, lines.map((line, i) => (i >= 1 && i <= 5 ? line.replace(',25,', ',n/a,') : line)).join('\n'));
    const most = run(['gate-check', '--at', '2027-03-29', '--lenient'], { cwd: dir });
    expect(most.status).toBe(2);
    expect(most.stderr).toMatch(/^rollout: adoption\/exports\/slack-analytics-overview-2027-03\.csv:2:2: slack_active_pct denominator "n\/a" is not a number above 0; correct it in the export \(5 of its 8 rows are bad, too many to decide on even with --lenient\)\n$/);
  });

  it('init --people writes a roster to fill in, which the plan it writes reads, and says it is personal data: validate and schedule count its rows', () => {
    const dir = tempDir();
    const r = run(['init', '--people', '--preset', 'small', '--headcount', '6', '--lang', 'nl,en', '--no-templates', '--dir', dir, '--start', '2027-03-01']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(path.join(dir, 'people.csv'), 'utf8')).toBe('Email,Name,Group,Location,Language,Phase,Joined,Left\r\nfirst.person@example.org,First Person,,,,,,\r\n');
    expect(r.stdout).toContain('people.csv, which rollout.yaml reads (people:)');
    expect(r.stdout).toContain('people.csv will hold names and e-mail addresses, personal data like the exports: never commit them to a public repository (README: Privacy)');
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toMatch(/^people: .*# de personeelslijst, één regel per persoon: persoonsgegevens, nooit in een openbare repository$/m);
    const plan = path.join(dir, 'rollout.yaml');
    // The example row alone: validate says the roster is not filled in yet.
    expect(run(['validate', '--plan', plan]).stderr).toContain('lists 1 person but organization.headcount is 6');
    const rows = ['anita.r@example.sr,"Ramdin, Anita",,,,,,', 'b.li@example.sr,Bo Li,,,English,,,', 'c.soe@example.sr,Chan Soe,,,nl,,,', 'd.k@example.sr,Dewi K,,,,,,', 'e.p@example.sr,Errol P,,,,,03-03-2027,', 'f.w@example.sr,Fem W,,,,,,'];
    writeFileSync(path.join(dir, 'people.csv'), `\uFEFFEmail,Name,Group,Location,Language,Phase,Joined,Left\r\n${rows.join('\r\n')}\r\n`);
    const v = run(['validate', '--plan', plan]);
    expect([v.status, v.stderr.includes('people.csv'), v.stderr.includes('Ramdin')]).toEqual([0, false, false]);
    const schedule = run(['schedule', '--plan', plan, '--format', 'json']);
    expect(schedule.status).toBe(0);
    expect(schedule.stdout).not.toContain('Ramdin');
    expect((JSON.parse(schedule.stdout) as { phases: { people: number }[] }).phases.map((p) => p.people)).toEqual([3, 3, 0, 0]);
    expect(run(['init', '--people', '--no-templates', '--dir', dir]).status).toBe(2);
  });
});

describe('gate-check on a report exported twice (a re-download the glob matches too)', () => {
  const report = (dir: string, name: string) => path.join(dir, 'adoption', 'exports', name);
  const copyReport = (dir: string, edit: (text: string) => string) =>
    writeFileSync(report(dir, 'TeamsUserActivityUserDetail20270322 (1).csv'), edit(readFileSync(report(dir, 'TeamsUserActivityUserDetail20270322.csv'), 'utf8')));

  it('counts the same rows once and says so on stderr; stops with exit 2 on different rows, naming both files and the day', () => {
    const dir = adoptionCopy();
    const args = ['gate-check', '--at', '2027-04-12', '--format', 'json'];
    const alone = run(args, { cwd: dir });
    copyReport(dir, (text) => text);
    const twice = run(args, { cwd: dir });
    expect([twice.status, twice.stdout]).toEqual([alone.status, alone.stdout]);
    expect(twice.stderr).toContain('rollout: sources[0]: adoption/exports/TeamsUserActivityUserDetail20270322 (1).csv and adoption/exports/TeamsUserActivityUserDetail20270322.csv both report 2027-03-22 with the same rows; counted once\n');
    copyReport(dir, (text) => text.replace(/(ravi\.sewdien@kaiteur\.example),2027-03-21,/, '$1,2027-03-10,'));
    const conflict = run(args, { cwd: dir });
    expect([conflict.status, conflict.stdout]).toEqual([2, '']);
    expect(conflict.stderr).toMatch(/^rollout: rollout\.yaml:\d+:\d+: adoption\/exports\/TeamsUserActivityUserDetail20270322 \(1\)\.csv and adoption\/exports\/TeamsUserActivityUserDetail20270322\.csv both report 2027-03-22 with different rows, so one of them is wrong; remove the wrong file, or narrow sources\[0\]\.file \("adoption\/exports\/TeamsUserActivityUserDetail\*\.csv"\) so that it matches one export per report date\n$/);
  });
});
