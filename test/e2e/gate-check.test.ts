import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { example, minimalPlan, ROOT, run, tempDir } from '../helpers.js';
import { parseJunit } from '../junit-xml.js';

// As the README runs it, from the repository: the command gate-check suggests names this plan.
const enterprise = ['gate-check', '--plan', 'examples/enterprise.yaml', '--metrics', 'examples/metrics/enterprise.csv', '--at', '2027-03-15'];
const growing = ['gate-check', '--plan', example('growing-team.yaml'), '--metrics', path.join(ROOT, 'examples/metrics/growing-team.csv'), '--at', '2027-04-30'];

/** A folder holding a two-phase plan whose second launch (2027-01-18) waits for a critical NPS gate, and the given metrics. */
function project(csv: string): string {
  const dir = tempDir();
  const plan = minimalPlan({
    phases: [
      { id: 'pilot', name: 'Pilot', audience: '10%', weeks: 2 },
      { id: 'everyone', name: 'Everyone', audience: 'rest', weeks: 2 },
    ],
    gates: [{ id: 'recommend', phase: 'pilot', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, within: '1w', severity: 'critical', guards: 'next', minSamples: 2 }],
  });
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  writeFileSync(path.join(dir, 'metrics.csv'), csv);
  return dir;
}

describe('rollout gate-check', () => {
  it('prints the text, GitHub and markdown output the README shows for the enterprise example', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = (start: string) => {
      const at = readme.indexOf(start);
      return at < 0 ? '' : readme.slice(at, readme.indexOf('```', at + 3));
    };
    const args = ['gate-check', '--plan', 'examples/enterprise.yaml', '--metrics', 'examples/metrics/enterprise.csv', '--at', '2027-03-15', '--lang', 'en'];
    expect(block('```text\nGate check as of 2027-03-15')).toBe(`\`\`\`text\n${run(args).stdout}`);
    expect(block('```text\n::error file=')).toBe(`\`\`\`text\n${run([...args, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: '' } }).stdout}`);
    expect(block('```markdown\n### Rollout gate check')).toBe(`\`\`\`markdown\n${run([...args, '--format', 'markdown']).stdout}`);
  });

  it('pauses on a failing major gate: exit 1, a table and the reasons', () => {
    const r = run([...enterprise, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'test/fixtures/metrics/enterprise-2027-03-15.txt'), 'utf8'));
  });

  it("speaks the plan's first language unless --lang says otherwise; JSON stays English", () => {
    const dutch = run(enterprise);
    expect(dutch.status).toBe(1);
    expect(dutch.stdout).toMatch(/^Toetsing op 2027-03-15, huidige fase: Georgetown\n/);
    expect(dutch.stdout).toContain('Besluit: pauzeren (exitcode 1): de start van Port of Spain op 2027-03-15 wacht op: georgetown-go-no-go niet gehaald (ernstig → pauzeren)');
    expect(dutch.stdout).toContain('georgetown-go-no-go (niet gehaald): de laatste waarde van 2 rijen wekelijks actieve gebruikers (vestiging Georgetown) van 2027-03-01 tot en met 2027-03-12 is 58 op 2027-03-12, niet >= 60');
    const json = JSON.parse(run([...enterprise, '--format', 'json', '--lang', 'nl']).stdout);
    expect(json.decision).toBe('pause');
    expect(json.gates[0].reason).toMatch(/ rows? /);
  });

  it('continues when every due gate passes: exit 0, with the documented JSON', () => {
    const r = run([...growing, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ asOf: '2027-04-30', currentPhase: 'decommission', decision: 'continue', decommissionReady: true });
    expect(json.blockedLaunches).toEqual([]);
    expect(json.decommission).toEqual({ ready: true, due: '2027-04-26', guards: [] });
    expect(json.gates.find((g: { id: string }) => g.id === 'pilot-active')).toEqual({
      id: 'pilot-active',
      phase: 'pilot',
      scope: 'phase',
      metric: 'active_use_pct',
      aggregate: 'last',
      observed: 100,
      op: '>=',
      threshold: 80,
      samples: 3,
      minSamples: 1,
      window: { from: '2027-03-01', to: '2027-03-30' },
      status: 'pass',
      severity: 'major',
      guards: 'none',
      due: '2027-03-30',
      reason: 'last of 3 active_use_pct rows from 2027-03-01 to 2027-03-30 is 100 on 2027-03-19, >= 80',
    });
  });

  it('rolls back on a failing critical gate: exit 3', () => {
    const dir = project('date,metric,value\n2027-01-05,nps,3\n2027-01-06,nps,9\n2027-01-07,nps,5\n');
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--format', 'junit'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="rollout gate-check" tests="2" failures="2" errors="0" skipped="0">/);
    expect(r.stdout).toContain('<failure message="nps of 3 nps rows (phase pilot) from 2027-01-04 to 2027-01-11 is -33.3333, not &gt; 0" type="critical">');
  });

  it.each([
    ['a bad row', ['--metrics', 'bad.csv'], 'rollout: bad.csv:3:3: nps value "seven" is not a number; correct it in the export, or run with --lenient to skip bad rows\n'],
    ['a date that is not real', ['--metrics', 'metrics.csv', '--at', '2027-02-30'], 'rollout: --at must be a real date written YYYY-MM-DD, not "2027-02-30"\n'],
    ['an unknown format', ['--metrics', 'metrics.csv', '--format', 'xml'], /^rollout: option '--format <format>' argument 'xml' is invalid\. Allowed choices are .* \(see rollout gate-check --help\)\n$/],
    ['no --metrics', [], /no data to check: pass your metrics export with --metrics FILE, or describe your exports under sources: in the plan/],
    ['a missing file', ['--metrics', 'nope.csv'], 'rollout: nope.csv: no such file; pass your metrics export with --metrics FILE\n'],
    ['an invalid plan', ['--metrics', 'metrics.csv', '--plan', 'bad.csv'], /^bad\.csv:1:1: error the plan must be a mapping with keys such as version, tool, organization and start \(run `rollout init` for a commented example\)\n$/],
  ])('exits 2 on %s, with nothing on stdout', (_, args, stderr) => {
    const dir = project('date,metric,value\n2027-01-05,nps,9\n');
    writeFileSync(path.join(dir, 'bad.csv'), 'date,metric,value\n2027-01-05,nps,9\n2027-01-06,nps,seven\n');
    const r = run(['gate-check', '--at', '2027-01-20', ...args], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });

  it('skips bad rows with --lenient and says how many on stderr', () => {
    const dir = project('date,metric,value\n2027-01-05,nps,9\n2027-01-06,nps,seven\n2027-01-07,nps,10\n');
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--lenient', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('rollout: skipped 1 bad row (--lenient):\n  metrics.csv:3:3: nps value "seven" is not a number\n');
    expect(JSON.parse(r.stdout).gates[0]).toMatchObject({ observed: 100, samples: 2, status: 'pass' });
  });

  it('counts an export passed twice once, and says so', () => {
    const twice = [...growing.slice(0, 5), growing[4]!, ...growing.slice(5)];
    const once = run(growing);
    const r = run(twice);
    expect(r.status).toBe(once.status);
    expect(r.stdout).toBe(once.stdout);
    expect(r.stderr).toMatch(/^rollout: .*growing-team.csv repeats \d+ metric days \(such as \w+ on 2027-\d\d-\d\d.*\) from .*growing-team.csv with the same values; counted once\n$/);
  });

  it('reads two years of daily rows, each date once', () => {
    const days = Array.from({ length: 700 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const dir = project(`date,metric,value\n${days.map((d, i) => `${d},nps,${i % 11}`).join('\n')}\n`);
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const inWindow = days.filter((d) => d >= '2027-01-04' && d <= '2027-01-11');
    expect(JSON.parse(r.stdout).gates[0]).toMatchObject({ samples: inWindow.length, window: { from: '2027-01-04', to: '2027-01-11' } });
  });

  it('reads 1.000 as the plan says thousands are written', () => {
    const dir = project('date;metric;value\n2027-01-04;nps;9\n2027-01-05;nps;1.000\n');
    const args = ['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--format', 'json'];
    expect(run(args, { cwd: dir }).stderr).toMatch(/^rollout: metrics.csv:3:3: nps value "1.000" is ambiguous in a file with decimal commas: 1234 or a decimal point\?; set metricsImport.thousands to "."/);
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}metricsImport:\n  thousands: none\n`);
    const decimal = run(args, { cwd: dir });
    expect(JSON.parse(decimal.stdout).gates[0]).toMatchObject({ observed: 0, samples: 2, status: 'fail' });
    writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}metricsImport:\n  thousands: "."\n`);
    expect(run(args, { cwd: dir }).stderr).toMatch(/^rollout: metrics.csv:3:3: nps value "1.000" is not a survey answer from 0 to 10/);
  });

  it('never decides from a file whose rows are all bad, or more bad than good, even with --lenient', () => {
    const lenient = ['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--lenient'];
    const none = run(lenient, { cwd: project('date,metric,value\n2027-01-05,nps,nine\n') });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('rollout: metrics.csv:2:3: nps value "nine" is not a number; correct it in the export (its one row cannot be used)\n');
    const bad = run(lenient, { cwd: project('date,metric,value\n2027-01-05,nps,9\n2027-01-06,nps,seven\n2027-01-07,nps,eight\n') });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('rollout: metrics.csv:3:3: nps value "seven" is not a number; correct it in the export (2 of its 3 rows are bad, too many to decide on even with --lenient)\n');
  });

  it('month-first dates that also read day-first stop and ask for dateFormat; with it they are right', () => {
    const csv = 'date,metric,value\n1/5/2027,nps,9\n1/6/2027,nps,3\n1/7/2027,nps,10\n';
    const dir = project(csv);
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'rollout: metrics.csv:2:1: every date, such as "1/5/2027" and "1/6/2027", reads both day-first and month-first; say which with metricsImport.dateFormat: dd-mm-yyyy ("1/5/2027" is 1 May) or metricsImport.dateFormat: mm-dd-yyyy ("1/5/2027" is 5 January)\n',
    );
    const plan = path.join(dir, 'rollout.yaml');
    const text = readFileSync(plan, 'utf8');
    writeFileSync(plan, `${text}metricsImport: { dateFormat: m/d/yyyy }\n`);
    const json = JSON.parse(run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.gates[0]).toMatchObject({ observed: 33.3333, samples: 3, window: { from: '2027-01-04', to: '2027-01-11' } });
    // A day-first export read month-first: the plan's setting is at fault, and the message says where it is.
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value\n5-1-2027,nps,9\n16-1-2027,nps,3\n');
    const wrong = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20'], { cwd: dir });
    const line = text.split('\n').length;
    expect([wrong.status, wrong.stderr]).toEqual([
      2,
      `rollout: metrics.csv:3:1: date "16-1-2027" is not a real date written MM/DD/YYYY, the order metricsImport.dateFormat sets at rollout.yaml:${line}:30; read day-first, "16-1-2027" is 16 January: set metricsImport.dateFormat: dd-mm-yyyy\n`,
    ]);
  });

  it('says how to read a column whose name cannot be a metric', () => {
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20'], { cwd: project('date,Total Enabled Members\n2027-01-05,25\n') });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'rollout: metrics.csv:1: column "Total Enabled Members" is not a metric of the plan; read it through sources: in the plan, e.g. { file: ..., kind: daily, date: ..., metrics: { my_metric: "Total Enabled Members" } }, or run with --lenient to leave it out\n',
    );
  });

  it('annotates the plan lines for GitHub and appends the summary', () => {
    const summary = path.join(tempDir(), 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = run([...enterprise.slice(0, 2), 'examples/enterprise.yaml', ...enterprise.slice(3), '--format', 'github', '--lang', 'en'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=examples/enterprise.yaml,line=167,title=Gate georgetown-go-no-go failed (major → pause)::last of 2 rows of weekly active users (location Georgetown) from 2027-03-01 to 2027-03-12 is 58 on 2027-03-12, not >= 60',
    );
    const written = readFileSync(summary, 'utf8');
    expect(written).toMatch(/^# Earlier step\n### Rollout gate check: pause\n/);
    expect(written).toBe(`# Earlier step\n${run([...enterprise, '--format', 'markdown', '--lang', 'en']).stdout}`);
  });

  it('gives the log, the JSON result and the summary from one check, and keeps what is there', () => {
    const dir = tempDir();
    const [saved, summary] = [path.join(dir, 'result.json'), path.join(dir, 'summary.md')];
    writeFileSync(summary, '# Earlier step\n');
    // With the github format and its summary named too, the summary is appended once.
    const r = run([...enterprise, '--format', 'github', '--lang', 'en', '--save-json', saved, '--summary', summary], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([1, expect.stringMatching(/^::error file=.+title=Gate georgetown-go-no-go failed/)]);
    expect(readFileSync(saved, 'utf8')).toBe(run([...enterprise, '--format', 'json']).stdout);
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${run([...enterprise, '--format', 'markdown', '--lang', 'en']).stdout}`);
    const again = run([...enterprise, '--format', 'text', '--save-json', saved]);
    expect([again.status, again.stdout, again.stderr]).toEqual([2, '', expect.stringMatching(/result\.json already exists; nothing was written. Use --force to overwrite\n$/)]);
    expect(run([...enterprise, '--format', 'text', '--save-json', saved, '--force']).status).toBe(1);
    const replay = run([...enterprise.slice(0, -2), '--from', '2027-03-01', '--to', '2027-03-15', '--summary', summary]);
    expect([replay.status, replay.stderr]).toEqual([2, 'rollout: --summary, --save-json and --save-junit go with a check of one day, not with --from and --to\n']);
  });

  it('computes every aggregate over a long series, whatever the row order, and compares with every operator at its boundary', () => {
    // 100 answers, 1 to 100, over the pilot's first week, written in reverse order.
    const rows = Array.from({ length: 100 }, (_, i) => `2027-01-0${4 + (i % 5)},score,${100 - i}`);
    // Thresholds on the observed values: strict operators fail there, the others pass.
    const gates: [string, string, string, number, string][] = [
      ['mean', '==', 'mean', 50.5, 'pass'],
      ['sum', '!=', 'sum', 5050, 'fail'],
      ['min', '<', 'min', 1, 'fail'],
      ['max', '<=', 'max', 100, 'pass'],
      ['p50', '>', 'p50', 50.5, 'fail'],
      ['p90', '>=', 'p90', 90.1, 'pass'],
      ['count', '==', 'count', 100, 'pass'],
    ];
    const dir = tempDir();
    const plan = minimalPlan({
      phases: [{ id: 'pilot', name: 'Pilot', audience: 'all', weeks: 2 }],
      gates: gates.map(([id, op, aggregate, threshold]) => ({ id, phase: 'pilot', metric: 'score', aggregate, op, threshold, within: '1w', severity: 'major' })),
    });
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'metrics.csv'), `date,metric,value\n${rows.join('\n')}\n`);
    const r = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-01-20', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0); // failing report-only gates hold nothing back
    const json = JSON.parse(r.stdout) as { gates: { id: string; observed: number; samples: number; status: string }[] };
    const observed = { mean: 50.5, sum: 5050, min: 1, max: 100, p50: 50.5, p90: 90.1, count: 100 };
    for (const [id, , , , status] of gates) {
      const g = json.gates.find((x) => x.id === id)!;
      expect(g.observed).toBeCloseTo(observed[id as keyof typeof observed], 9);
      expect([g.samples, g.status]).toEqual([100, status]);
    }
  });

  it('writes JUnit with one testcase per gate: failures, errors for missing data, skipped when not yet due or holding nothing', () => {
    const counts = (xml: string) => ['<failure ', '<error ', '<skipped ', '<system-out>'].map((tag) => xml.split(tag).length - 1);
    const march = run([...enterprise, '--format', 'junit']);
    expect(march.status).toBe(1);
    // georgetown-go-no-go holds Port of Spain; paramaribo-active fails too, but guards nothing.
    // The pause is a failing test case of its own, before the gates.
    expect(march.stdout).toContain('<testsuites name="rollout gate-check" tests="11" failures="2" errors="0" skipped="4">');
    expect(counts(march.stdout)).toEqual([1 + 1, 0, 4, 5 + 1]); // passes, and the summary
    expect(march.stdout).toContain('<skipped message="paramaribo-active failed (major, report only): last of 5 active_use_pct rows (location Paramaribo)');
    const may = run([...enterprise.slice(0, -1), '2027-05-15', '--format', 'junit']);
    expect(may.stdout).toContain('<testsuites name="rollout gate-check" tests="11" failures="2" errors="0" skipped="3">');
    expect(counts(may.stdout)).toEqual([1 + 1, 0, 3, 6 + 1]);
    expect(may.stdout).toContain('<skipped message="port-of-spain-active is inconclusive (report only): too few rows');
  });

  it('keeps a run that continues green in CI: a report-only gate below its threshold is skipped in JUnit and a warning on GitHub', () => {
    // On 22 March studio-trained (minor, guarding nothing) is below 90%; the rollout continues.
    const args = ['gate-check', '--plan', example('adoption.yaml'), '--at', '2027-03-22', '--lang', 'en'];
    const junit = run([...args, '--format', 'junit']);
    expect(junit.status).toBe(0);
    expect(junit.stdout).toContain('<property name="decision" value="continue"/>');
    expect(junit.stdout).toMatch(/<testsuites name="rollout gate-check" tests="12" failures="0" errors="0" skipped="\d+">/);
    expect(junit.stdout).toContain(
      '<testcase classname="rollout.gates.studio" name="studio-trained">\n      <skipped message="studio-trained failed (minor, report only): last of 1 training_completion_pct row from 2027-03-15 to 2027-03-22 is 86.6667 on 2027-03-15, not &gt;= 90">studio-trained failed (minor, report only): last of 1 training_completion_pct row from 2027-03-15 to 2027-03-22 is 86.6667 on 2027-03-15, not &gt;= 90</skipped>',
    );
    const github = run([...args, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: '' } });
    expect(github.stdout).not.toContain('::error');
    expect(github.stdout).toMatch(/^::warning file=.*adoption\.yaml,line=116,title=Gate studio-trained failed \(minor%2C report only\)::/m);
  });

  it('files the whole organization\'s gates under a class of their own, and a pause as a failing test case that says why', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value\n2027-01-11,active_use_pct,70\n');
    const r = run(['gate-check', '--plan', example('small-team.yaml'), '--metrics', path.join(dir, 'usage.csv'), '--at', '2027-03-01', '--format', 'junit']);
    expect([r.status, r.stderr]).toEqual([1, '']);
    const report = parseJunit(r.stdout);
    expect(report.cases.map((c) => [c.classname, c.name, c.status])).toEqual([
      ['rollout.decision', 'pause', 'failure'],
      ['rollout.gates.first-half', 'first-half-go-no-go', 'error'],
      ['rollout.gates.first-half', 'first-half-success', 'skipped'],
      ['rollout.gates.second-half', 'second-half-success', 'skipped'],
      ['rollout.organization', 'satisfaction', 'skipped'],
      ['rollout.organization', 'nps', 'skipped'],
      ['rollout.organization', 'support-tickets-trend', 'skipped'],
    ]);
    const decision = report.cases[0]!;
    expect(decision.message).toMatch(/^Decision: pause \(exit 1\): .+ waits: /);
    expect(decision.text).toBe(decision.message);
  });

  it('is listed in the help, with examples', () => {
    expect(run(['--help']).stdout).toContain('gate-check');
    expect(run(['gate-check', '--help']).stdout).toContain('rollout gate-check --plan examples/enterprise.yaml --metrics examples/metrics/enterprise.csv --at 2027-03-15');
  });

  it('says in its help that errors stay in English whatever --lang says', () => {
    // Commander wraps the option's text to the terminal's width.
    expect(run(['gate-check', '--help']).stdout.replace(/\s+/g, ' ')).toContain('errors and notes stay in English');
  });
});
