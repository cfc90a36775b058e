import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { example, run, tempDir } from '../helpers.js';

/** A copy of the example whose plan `edit` changed. */
function adoptionWith(edit: (plan: string) => string): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  writeFileSync(path.join(dir, 'rollout.yaml'), edit(readFileSync(example('adoption.yaml'), 'utf8')));
  return dir;
}

/** The example with its helpdesk export written in the plan before the helpdesk has exported anything. */
const ticketsAhead = (): string => adoptionWith((plan) => plan.replace('adoption/exports/tickets-export-*.csv', 'adoption/exports/tickets-2027-*.csv'));

/** What gate-check says of the tickets export until gate studio-tickets, the first that reads it, is due on 29 March. */
const AWAITED =
  'rollout: rollout.yaml:92:11: "adoption/exports/tickets-2027-*.csv" matches no file yet; it is awaited by 2027-03-29, when gate studio-tickets, which reads tickets, is due: until then this source is not read, and the gates on tickets stay pending';

/**
 * gate-check on a day the file of a source no gate reads is still awaited, then past its due day:
 * exit 0 both times, the awaited line first, then one note, since no decision waits for it.
 */
function awaitedThenNote(dir: string, [before, awaited]: [string, string], [due, note]: [string, string]): void {
  const early = run(['gate-check', '--at', before], { cwd: dir });
  expect([early.status, early.stderr.split('\n')]).toEqual([0, expect.arrayContaining([awaited])]);
  for (const args of [['gate-check'], ['report', '-o', 'report.html']]) {
    const late = run([...args, '--at', due], { cwd: dir });
    expect([args[0], late.status, late.stderr.split('\n').filter((l) => l.includes('matches no file'))]).toEqual([args[0], 0, [note]]);
  }
}

type Gates = { decision: string; gates: { id: string; status: string; observed: number | null }[] };

describe('gate-check and report while an export the plan names is not there yet', () => {
  it('judge nothing before the first launch where the roster is not there yet, and say why', () => {
    const dir = ticketsAhead();
    rmSync(path.join(dir, 'adoption/people.csv'));
    const note = 'rollout: rollout.yaml:55:9: "adoption/people.csv" matches no file yet; before the first launch on 2027-03-01 the sources are not read, and ';
    const check = run(['gate-check', '--at', '2027-02-22', '--format', 'json'], { cwd: dir });
    expect([check.status, check.stderr]).toEqual([0, `${note}the gates are not judged until then\n`]);
    const result = JSON.parse(check.stdout) as Gates;
    expect([result.decision, [...new Set(result.gates.map((g) => [g.status, g.observed].join(' ')))]]).toEqual(['continue', ['pending ']]);
    const report = run(['report', '--at', '2027-02-22', '-o', 'report.html'], { cwd: dir });
    expect([report.status, report.stdout, report.stderr]).toEqual([0, 'wrote report.html (no export read yet)\n', `${note}the report shows the plan with its gates not yet judged\n`]);
    // Its banner says what the gates wait for, not to pass --metrics.
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect([html.includes('Nog geen export gelezen: de toetsmomenten staan er met hun drempels en vensters, en worden beoordeeld zodra de exports hieronder nodig zijn.'), html.includes('--metrics')]).toEqual([true, false]);
    // From the launch on the roster is due: the error it always was.
    const due = run(['gate-check', '--at', '2027-03-01'], { cwd: dir });
    expect(due.status).toBe(2);
    expect(due.stderr).toContain('rollout: adoption/people.csv: no such file; put the roster there');
  });

  it('carry the files still awaited in the JSON and the report too, the note staying on stderr', () => {
    const dir = ticketsAhead();
    const check = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
    expect([check.status, check.stderr.split('\n')]).toEqual([0, expect.arrayContaining([AWAITED])]);
    const awaited = { key: 'sources[4].file', file: 'adoption/exports/tickets-2027-*.csv', due: '2027-03-29', because: { kind: 'gate', gate: 'studio-tickets', metric: 'tickets' } };
    expect((JSON.parse(check.stdout) as { awaited: unknown }).awaited).toEqual([awaited]);
    const report = run(['report', '--at', '2027-03-15', '-o', 'report.html', '--lang', 'en'], { cwd: dir });
    expect([report.status, report.stdout, report.stderr.split('\n')]).toEqual([0, 'wrote report.html (decision: continue)\n', expect.arrayContaining([AWAITED])]);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain(
      '<li>&#34;adoption/exports/tickets-2027-*.csv&#34; (sources[4].file) matches no file yet; it is due on 29 Mar, when gate studio-tickets, which reads Teams tickets per working day, is due, and is not read until then.</li>',
    );
    // The roster before the first launch: every source waits for it.
    rmSync(path.join(dir, 'adoption/people.csv'));
    const early = JSON.parse(run(['gate-check', '--at', '2027-02-22', '--format', 'json'], { cwd: dir }).stdout) as { awaited: unknown };
    expect(early.awaited).toEqual([{ key: 'people.file', file: 'adoption/people.csv', due: '2027-03-01', because: { kind: 'launch' } }]);
  });

  it('stop from the first launch on a roster that is not there, though every export is still awaited', () => {
    // Teams' activity export alone, not there yet: gate pilot-go, the first that reads it, is due on 12 March.
    const dir = tempDir();
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    const plan = parse(readFileSync(example('adoption.yaml'), 'utf8')) as { sources: { file: string }[]; gates: { metric: string }[] };
    plan.sources = [{ ...plan.sources[0]!, file: 'adoption/exports/TeamsUserActivity-2027-*.csv' }];
    plan.gates = plan.gates.filter((g) => g.metric === 'active_use_pct');
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    rmSync(path.join(dir, 'adoption/people.csv'));
    const missing = 'rollout: adoption/people.csv: no such file; put the roster there or correct people.file (rollout.yaml:';
    for (const args of [['gate-check', '--format', 'json'], ['report', '-o', 'report.html'], ['render-emails', '-o', 'out'], ['metrics']]) {
      const r = run([...args, '--at', '2027-03-02'], { cwd: dir });
      expect([args[0], r.status, r.stdout, r.stderr.startsWith(missing), r.stderr.split('\n').length]).toEqual([args[0], 2, '', true, 2]);
    }
    expect(existsSync(path.join(dir, 'report.html')) || existsSync(path.join(dir, 'out'))).toBe(false);
    // Before the first launch the roster is awaited, as the exports are: said, and not a failure.
    const before = run(['gate-check', '--at', '2027-02-26'], { cwd: dir });
    expect([before.status, before.stderr]).toEqual([0, expect.stringContaining('"adoption/people.csv" matches no file yet; before the first launch on 2027-03-01 the sources are not read')]);
  });

  it('read the other exports while a helpdesk export is awaited, until the first gate that reads it is due; from that day on it is an error', () => {
    const dir = ticketsAhead();
    for (const day of ['2027-02-22', '2027-03-15', '2027-03-26']) {
      const check = run(['gate-check', '--at', day, '--format', 'json'], { cwd: dir });
      expect([day, check.status]).toEqual([day, 0]);
      expect(check.stderr.split('\n')).toContain(AWAITED);
      const gates = (JSON.parse(check.stdout) as Gates).gates;
      expect(gates.find((g) => g.id === 'studio-tickets')).toMatchObject({ status: 'pending', observed: null });
    }
    // The pilot's gates are judged from the other exports meanwhile.
    const midway = JSON.parse(run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir }).stdout) as Gates;
    expect(midway.gates.find((g) => g.id === 'pilot-go')?.status).toBe('pass');
    const report = run(['report', '--at', '2027-03-15', '-o', 'report.html'], { cwd: dir });
    expect([report.status, report.stdout]).toEqual([0, 'wrote report.html (decision: continue)\n']);
    expect(report.stderr.split('\n')).toContain(AWAITED);
    // A replay reads the exports as of its last day: the same rule.
    const replay = run(['gate-check', '--from', '2027-03-01', '--to', '2027-03-26', '--every', '1w'], { cwd: dir });
    expect(replay.status).toBe(0);
    expect(replay.stderr.split('\n')).toContain(AWAITED);
    // On the gate's due day the export is due: the same line the exports always gave.
    const missing = 'rollout: rollout.yaml:92:11: "adoption/exports/tickets-2027-*.csv" matches no file in adoption/exports; it is due from 2027-03-29, when gate studio-tickets, which reads tickets, is due; export the data there or correct sources[4].file\n';
    const due = run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
    expect([due.status, due.stderr]).toEqual([2, missing]);
    expect(run(['gate-check', '--from', '2027-03-01', '--to', '2027-03-29', '--every', '1w'], { cwd: dir }).stderr).toBe(missing);
  });

  it('await the attendance report of a session not held yet, and past that day take its absence as a note while no gate reads it: CI stays green', () => {
    const dir = adoptionWith((plan) =>
      plan.replace('adoption/exports/training/*.csv', 'adoption/exports/attendance/*Attendance report*.csv').replace(/^ {2}- \{ id: (studio|nickerie)-trained, .*\n/gm, ''),
    );
    const awaited =
      'rollout: rollout.yaml:100:11: "adoption/exports/attendance/*Attendance report*.csv" matches no file yet; it is awaited by 2027-03-02, the day after the first training session or office hour on 2027-03-01, whose attendance report is the first there can be: until then this source is not read';
    awaitedThenNote(dir, ['2027-03-01', awaited], [
      '2027-03-05',
      'rollout: rollout.yaml:100:11: "adoption/exports/attendance/*Attendance report*.csv" matches no file; no gate or switch-off reads training_completion_pct, so the run goes on without it',
    ]);
  });

  it("read a survey form with no download yet as no answers on its due day while another form gives what it gives: the studio's launch day goes on", () => {
    // 15 March: pilot-satisfaction (due that day) reads satisfaction, which the pilot's Dutch form gives; the studio's English form has had no answer yet.
    const dir = adoptionWith((plan) => plan);
    rmSync(path.join(dir, 'adoption/exports/Teams survey (Responses) - Form Responses 1.csv'));
    const note =
      'rollout: rollout.yaml:75:11: "adoption/exports/Teams survey (Responses) - Form Responses 1.csv" matches no file; due from 2027-03-15, when gate pilot-satisfaction, which reads satisfaction, is due, it is read as a form with no answers yet, since sources[3] gives satisfaction and recommend too; once it has answers, download them there, or the gates on satisfaction and recommend go without them';
    const emails = run(['render-emails', '--out', 'out', '--at', '2027-03-15'], { cwd: dir });
    expect([emails.status, emails.stderr.split('\n')]).toEqual([0, expect.arrayContaining([note])]);
    expect(existsSync(path.join(dir, 'out/2027-03-15_studio_welcome.en.md'))).toBe(true);
    const check = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
    expect([check.status, check.stderr.split('\n')]).toEqual([0, expect.arrayContaining([note])]);
    expect((JSON.parse(check.stdout) as Gates).gates.find((g) => g.id === 'pilot-satisfaction')).toMatchObject({ status: 'pass', observed: 8 });
    // Without the Dutch form nothing gives satisfaction: the run stops, saying what to do.
    rmSync(path.join(dir, 'adoption/exports/Teams-enquete.xlsx'));
    const stopped = run(['gate-check', '--at', '2027-03-15'], { cwd: dir });
    expect([stopped.status, stopped.stderr]).toEqual([
      2,
      'rollout: rollout.yaml:75:11: "adoption/exports/Teams survey (Responses) - Form Responses 1.csv" matches no file in adoption/exports; it is due from 2027-03-15, when gate pilot-satisfaction, which reads satisfaction, is due; download the answers there (a form with no answers yet downloads as a CSV with only its header row, read as no answers) or correct sources[2].file\n',
    ]);
  });

  it('await the survey answers before the first survey goes out, and past that day take their absence as a note while no gate reads them', () => {
    // The English form's answers, read by no gate (the Dutch form gives satisfaction and recommend).
    const dir = adoptionWith((plan) =>
      plan
        .replace('Form Responses 1.csv', 'Form Responses 2.csv')
        .replace('satisfaction: "How satisfied*"', 'satisfaction_unread: "How satisfied*"')
        .replace('recommend: "How likely are you to recommend*"', 'recommend_unread: "How likely are you to recommend*"'),
    );
    const awaited =
      'rollout: rollout.yaml:75:11: "adoption/exports/Teams survey (Responses) - Form Responses 2.csv" matches no file yet; it is awaited by 2027-03-09, the day after the first survey the schedule sends on 2027-03-08, whose answers are the first there can be: until then this source is not read';
    awaitedThenNote(dir, ['2027-03-01', awaited], [
      '2027-03-09',
      'rollout: rollout.yaml:75:11: "adoption/exports/Teams survey (Responses) - Form Responses 2.csv" matches no file; no gate or switch-off reads satisfaction_unread or recommend_unread, so the run goes on without it',
    ]);
  });
});
