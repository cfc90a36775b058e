import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitedFiles, exportsDueFrom, readableSources } from '../../src/sources/missing.js';
import { readSources } from '../../src/sources/read.js';
import { noAnswersNote, unneededNote } from '../../src/sources/overdue.js';
import { parseDay } from '../../src/util/dates.js';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { allScopes } from '../../src/sources/scopes.js';
import { adoptionCopy, planIn } from './support.js';

const day = parseDay;
const TICKETS = 'adoption/exports/tickets-2027-*.csv';

describe('exports that are not there yet', () => {
  it('are due from the first launch day, moved off a holiday', () => {
    expect(exportsDueFrom(planIn())).toBe(parseDay('2027-03-01'));
    const dir = adoptionCopy((plan) => ((plan as unknown as { calendar: unknown }).calendar = { holidays: ['2027-03-01'] }));
    expect(exportsDueFrom(planIn(dir))).toBe(parseDay('2027-03-02'));
  });

  it('are awaited until the first gate that reads what they give is due, named with the plan key that names them', async () => {
    // The helpdesk export is written in the plan before the helpdesk has exported anything; gate studio-tickets reads it, due 29 March.
    const dir = adoptionCopy((plan) => (plan.sources[4]!.file = TICKETS));
    const locate = (at: (string | number)[]) => ({ file: `rollout.yaml@${at.join('.')}`, line: 1, column: 1 });
    const awaited = { index: 4, file: TICKETS, at: 'rollout.yaml@sources.4.file:1:1', due: day('2027-03-29'), because: { kind: 'gate', gate: 'studio-tickets', metric: 'tickets' } };
    expect(await awaitedFiles(planIn(dir), { baseDir: dir, locate }, day('2027-02-22'))).toEqual([awaited]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir, locate }, day('2027-03-26'))).toEqual([awaited]);
    // From the gate's due day on, a missing export is the error it always was.
    expect(await awaitedFiles(planIn(dir), { baseDir: dir, locate }, day('2027-03-29'))).toEqual([]);
  });

  it('of a source no gate reads are awaited until the first launch; a roster missing before it leaves every source unread', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources[4]!.file = TICKETS;
      plan.sources[4]!.metric = 'tickets_unread';
    });
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-02-26'))).toEqual([{ index: 4, file: TICKETS, at: 'sources[4].file', due: day('2027-03-01'), because: { kind: 'launch' }, decidesNothing: true }]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-01'))).toEqual([]);
    rmSync(path.join(dir, 'adoption/people.csv'));
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-02-26'))).toEqual([{ file: 'adoption/people.csv', at: 'people.file', due: day('2027-03-01'), because: { kind: 'launch' } }]);
  });

  it('of a source no gate or switch-off reads are a note past their due day, not a stop: no decision waits for them', async () => {
    // The sign-in sheets typed in later: no gate reads what they give, and the first session was on 1 March.
    const dir = adoptionCopy((plan) => {
      plan.sources[5]!.file = 'adoption/exports/attendance/*.csv';
      plan.sources[5]!.metric = 'trained_unread';
    });
    const locate = (at: (string | number)[]) => ({ file: `rollout.yaml@${at.join('.')}`, line: 1, column: 1 });
    const plan = planIn(dir);
    const read = await readableSources(plan, { baseDir: dir, locate }, day('2027-03-05'));
    expect([read.awaited, read.unneeded.map((u) => [u.index, u.due]), [...read.unread]]).toEqual([[], [[5, day('2027-03-02')]], [5]]);
    expect(unneededNote(plan, read.unneeded[0]!)).toBe('rollout.yaml@sources.5.file:1:1: "adoption/exports/attendance/*.csv" matches no file; no gate or switch-off reads trained_unread, so the run goes on without it');
    // Read by a gate, the same missing file stops the run once that gate is due.
    const gated = adoptionCopy((p) => (p.sources[5]!.file = 'adoption/exports/attendance/*.csv'));
    await expect(readableSources(planIn(gated), { baseDir: gated, locate }, day('2027-03-29'))).rejects.toThrow(/matches no file in .*; it is due from/);
  });

  it('of a helpdesk export only the weekly updates read are a note that says the updates go without it', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources[4]!.file = TICKETS;
      plan.sources[4]!.metric = 'support_tickets';
      plan.gates = plan.gates.filter((g) => g.metric !== 'tickets');
    });
    const plan = planIn(dir);
    const read = await readableSources(plan, { baseDir: dir }, day('2027-03-01'));
    expect(read.unneeded.map((u) => unneededNote(plan, u))).toEqual([
      `sources[4].file: "${TICKETS}" matches no file; no gate or switch-off reads support_tickets, so the run goes on without it; the weekly updates leave out support_tickets until it is there`,
    ]);
  });

  it('leave the roster to be read on its own when every one is awaited: from the first launch a missing roster stops the run', async () => {
    // Only Teams' activity export, not there yet: gate pilot-go, the first that reads it, is due on 12 March.
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ ...plan.sources[0]!, file: 'adoption/exports/TeamsUserActivity-2027-*.csv' }];
      plan.gates = plan.gates.filter((g) => g.metric === 'active_use_pct');
    });
    const input = { baseDir: dir, locate: (at: (string | number)[]) => ({ file: `rollout.yaml@${at.join('.')}`, line: 1, column: 1 }) };
    const firstDays = await readableSources(planIn(dir), input, day('2027-03-02'));
    expect([firstDays.awaited.map((a) => [a.index, a.due]), [...firstDays.unread], firstDays.rosterWarnings]).toEqual([[[0, day('2027-03-12')]], [0], []]);
    // Read all the same: a roster of 9 people says so now, not on 12 March.
    const csv = path.join(dir, 'adoption/people.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').split('\r\n').slice(0, 10).join('\r\n'));
    expect((await readableSources(planIn(dir), input, day('2027-03-02'))).rosterWarnings[0]).toMatch(/adoption\/people\.csv lists 9 people but organization\.headcount is 25; add the 16 people missing/);
    rmSync(csv);
    await expect(readableSources(planIn(dir), input, day('2027-03-02'))).rejects.toThrow(
      /adoption\/people\.csv: no such file; put the roster there or correct people\.file \(rollout\.yaml@people\.file:1:1\)/,
    );
    // Before the first launch it is awaited, as the exports are.
    const before = await readableSources(planIn(dir), input, day('2027-02-26'));
    expect([before.awaited.map((a) => [a.index, a.file]), [...before.unread]]).toEqual([[[undefined, 'adoption/people.csv']], [0]]);
  });

  it('of attendance reports are awaited until the day after the first session, though no gate reads them', async () => {
    // The first session (the pilot's training at 10:00, office hours at 14:00) is on the launch day, 1 March: a CI run that morning finds no report.
    const dir = adoptionCopy((plan) => {
      plan.sources[5]!.file = 'adoption/exports/attendance/*Attendance report*.csv';
      plan.sources[5]!.metric = 'trained_unread';
    });
    const awaited = { index: 5, file: 'adoption/exports/attendance/*Attendance report*.csv', at: 'sources[5].file', due: day('2027-03-02'), because: { kind: 'session', held: day('2027-03-01') }, decidesNothing: true };
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-02-26'))).toEqual([awaited]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-01'))).toEqual([awaited]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-02'))).toEqual([]);
  });

  it('of attendance reports a gate reads are awaited until that gate is due, when it is later than the first session', async () => {
    const dir = adoptionCopy((plan) => (plan.sources[5]!.file = 'adoption/exports/attendance/*Attendance report*.csv'));
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-02'))).toMatchObject([{ index: 5, because: { kind: 'gate', gate: 'studio-trained' } }]);
  });

  it('of survey answers are awaited until the day after the first survey the schedule sends, though no gate reads them', async () => {
    // The first survey goes out in the second week of the first launch, on 8 March: no answer can be there on the launch day.
    const FORM = 'adoption/exports/Teams survey (Responses) - Form Responses 2.csv';
    const dir = adoptionCopy((plan) => {
      plan.sources[2]!.file = FORM;
      (plan.sources[2] as { metrics: Record<string, string> }).metrics = { satisfaction_unread: 'How satisfied*' };
    });
    const awaited = { index: 2, file: FORM, at: 'sources[2].file', due: day('2027-03-09'), because: { kind: 'survey', sent: day('2027-03-08') }, decidesNothing: true };
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-01'))).toEqual([awaited]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-08'))).toEqual([awaited]);
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-09'))).toEqual([]);
  });

  it('of survey answers a gate reads are awaited until that gate is due, when it is later than the first survey', async () => {
    const dir = adoptionCopy((plan) => (plan.sources[2]!.file = 'adoption/exports/Teams survey (Responses) - Form Responses 2.csv'));
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-03-09'))).toMatchObject([{ index: 2, due: day('2027-03-15'), because: { kind: 'gate', gate: 'pilot-satisfaction' } }]);
  });

  it('of one survey form with no download yet on its due day are read as no answers yet while another form gives its metrics; else they stop the run with the plan line and the day they were due', async () => {
    // The studio's launch day: the English form has had no answer yet, the pilot's Dutch form gives satisfaction and recommend.
    const dir = adoptionCopy();
    rmSync(path.join(dir, 'adoption/exports/Teams survey (Responses) - Form Responses 1.csv'));
    const locate = (at: (string | number)[]) => ({ file: `rollout.yaml@${at.join('.')}`, line: 1, column: 1 });
    const read = await readableSources(planIn(dir), { baseDir: dir, locate }, day('2027-03-15'));
    expect([read.awaited, read.noAnswersYet.map((n) => [n.index, n.metrics, n.others, n.due]), [...read.unread]]).toEqual([[], [[2, ['satisfaction', 'recommend'], ['sources[3]'], day('2027-03-15')]], [2]]);
    expect(noAnswersNote(read.noAnswersYet[0]!)).toMatch(/^rollout\.yaml@sources\.2\.file:1:1: .* matches no file; due from 2027-03-15, when gate pilot-satisfaction, which reads satisfaction, is due, it is read as a form with no answers yet, since sources\[3\] gives satisfaction and recommend too; once it has answers, download them there/);
    // Without the Dutch form nothing else gives them: a decision without it could be wrong.
    rmSync(path.join(dir, 'adoption/exports/Teams-enquete.xlsx'));
    await expect(readableSources(planIn(dir), { baseDir: dir, locate }, day('2027-03-15'))).rejects.toThrow(
      /^rollout\.yaml@sources\.2\.file:1:1: "adoption\/exports\/Teams survey \(Responses\) - Form Responses 1\.csv" matches no file in [^;]+; it is due from 2027-03-15, when gate pilot-satisfaction, which reads satisfaction, is due; download the answers there \(a form with no answers yet downloads as a CSV with only its header row, read as no answers\) or correct sources\[2\]\.file$/,
    );
  });

  it('named without a wildcard and not there stop a direct read with the plan key, not a bare path', async () => {
    const dir = adoptionCopy();
    rmSync(path.join(dir, 'adoption/exports/Teams-enquete.xlsx'));
    const plan = planIn(dir);
    const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
    await expect(readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m) }, () => undefined)).rejects.toThrow(
      /^sources\[3\]: "adoption\/exports\/Teams-enquete\.xlsx" matches no file in .*; export the data there or correct sources\[3\]\.file$/,
    );
  });

  it('are none when every file is there', async () => {
    const dir = adoptionCopy();
    expect(await awaitedFiles(planIn(dir), { baseDir: dir }, day('2027-02-22'))).toEqual([]);
  });

  it('are left unread while the other sources are read', async () => {
    const dir = adoptionCopy((plan) => (plan.sources[4]!.file = TICKETS));
    const plan = planIn(dir);
    const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
    const read = (awaited?: Set<number>) => {
      const seen = new Set<string>();
      return readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), ...(awaited ? { awaited } : {}) }, (p) => seen.add(p.metric)).then(() => [...seen].sort());
    };
    await expect(read()).rejects.toThrow(/matches no file/);
    expect(await read(new Set([4]))).toEqual(['active_use_pct', 'recommend', 'satisfaction', 'slack_active_pct', 'training_completion_pct']);
  });
});
