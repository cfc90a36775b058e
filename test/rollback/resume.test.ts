import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { decisionLine } from '../../src/reporters/gates/labels.js';
import { checkGates } from '../../src/gates/check.js';
import { partRollbackLines, phaseRows } from '../../src/reporters/schedule/describe.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { parseDay } from '../../src/util/dates.js';
import { diagnosticLines, ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies: Albina (4 people, a poor line) ran from 30 March to 16 April 2027 and rolled back
 * on 19 April; with a new line it starts again on Monday 17 May, in the same plan, so that the
 * switch-off for the whole firm is planned and judged again once Albina is back on Teams.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const base = parse(readFileSync(FIXTURE, 'utf8')) as { rollback: Record<string, unknown>; phases: unknown[] };
const changed = { nl: 'er ligt een nieuwe glasvezellijn', en: 'a new fibre line is in' };
const resumed = (resume: Record<string, unknown> = { on: '2027-05-17', changed }) => stringify({ ...base, rollback: { ...base.rollback, resume } });

/** The monthly export, Dutch dates: Albina at 25% in its first try, 85% in its second; the head office at 86.5%. */
function usage(): string {
  const rows = [
    ...['15-03-2027', '05-04-2027', '26-04-2027', '24-05-2027', '07-06-2027'].map((d) => `${d};active_use_pct;86,5;Paramaribo`),
    ...['05-04-2027', '12-04-2027', '13-04-2027'].map((d) => `${d};active_use_pct;25;Albina`),
    ...['24-05-2027', '31-05-2027', '07-06-2027'].map((d) => `${d};active_use_pct;85;Albina`),
  ];
  const file = path.join(tempDir(), 'usage.csv');
  writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

describe('a part that starts again after its rollback (resume)', () => {
  it('runs the part again, whole, from its resume day, and the switch-off after it instead of on hold', () => {
    const schedule = recordedSchedule(validPlan(resumed()));
    expect(schedule.phases.find((p) => p.id === 'albina')).toMatchObject({ start: '2027-05-17', end: '2027-06-04' });
    expect(schedule.phases.find((p) => p.id === 'albina')).not.toHaveProperty('rolledBack');
    expect(schedule.phases.find((p) => p.id === 'switch-off')).toMatchObject({ start: '2027-06-07' });
    expect(schedule.held.phases).toEqual([]);
    // The rollback stays as the record of the first try, on its own day.
    expect(schedule.events.filter((e) => e.type === 'rollback').map((e) => [e.date, e.key, e.location])).toEqual([['2027-04-19', 'rollback-1', 'Albina']]);
    expect(schedule.rollbacks).toMatchObject([{ on: '2027-04-19', only: { location: 'Albina' }, resume: { on: '2027-05-17', changed: changed.nl } }]);
    // Albina's welcome and training come again on the new start, as the second try's, next to the first try's of 30 March; the head office keeps its dates.
    expect(schedule.events.filter((e) => e.phase === 'albina' && e.type === 'launch').map((e) => [e.date, e.secondTry])).toEqual([
      ['2027-03-30', undefined],
      ['2027-05-17', '2027-05-17'],
    ]);
    // Easter Monday held the first launch over to Tuesday 30 March, and its announcement, reminder
    // and checklists with it, as they went out; the second try starts on a Monday with no holiday,
    // and counts back from it: Mondays 3 and 10 May, not Tuesdays carried seven weeks on.
    expect(schedule.events.filter((e) => e.phase === 'albina' && ['announcement', 'reminder', 'two-weeks-before', 'one-week-before'].includes(e.key)).map((e) => [e.key, e.date, e.secondTry])).toEqual([
      ['announcement', '2027-03-16', undefined],
      ['two-weeks-before', '2027-03-16', undefined],
      ['reminder', '2027-03-23', undefined],
      ['one-week-before', '2027-03-23', undefined],
      ['announcement', '2027-05-03', '2027-05-17'],
      ['two-weeks-before', '2027-05-03', '2027-05-17'],
      ['reminder', '2027-05-10', '2027-05-17'],
      ['one-week-before', '2027-05-10', '2027-05-17'],
    ]);
    expect(schedule.events.find((e) => e.phase === 'albina' && e.secondTry && e.type === 'reminder')!.title).toContain('2027-05-17');
    // Without the rollback, the plan keeps the Tuesdays it had.
    expect(buildSchedule(validPlan(stringify({ ...base, rollback: undefined }))).events.filter((e) => e.phase === 'albina' && ['announcement', 'reminder', 'two-weeks-before', 'one-week-before'].includes(e.key)).map((e) => [e.key, e.date])).toEqual([
      ['announcement', '2027-03-16'],
      ['two-weeks-before', '2027-03-16'],
      ['reminder', '2027-03-23'],
      ['one-week-before', '2027-03-23'],
    ]);
    expect(schedule.phases.find((p) => p.id === 'head-office')).toMatchObject({ start: '2027-03-15' });
  });

  it("shows the part's first try in the phase table, rolled back, beside its second try, in Dutch and English", () => {
    const schedule = recordedSchedule(validPlan(resumed()));
    expect(schedule.rollbacks![0]!.firstTry!.map((p) => [p.id, p.start, p.end])).toEqual([['albina', '2027-03-30', '2027-04-16']]);
    expect(phaseRows(schedule, 'en').map((r) => [r.name, r.phase.start, r.phase.end]).slice(2, 4)).toEqual([
      ['Albina (first try, rolled back on 2027-04-19)', '2027-03-30', '2027-04-16'],
      ['Albina (second try)', '2027-05-17', '2027-06-04'],
    ]);
    expect(phaseRows(schedule, 'nl').map((r) => r.name).slice(2, 4)).toEqual(['Albina (eerste poging, teruggedraaid op 2027-04-19)', 'Albina (tweede poging)']);
    expect(scheduleMarkdown(schedule, 'en')).toContain('| Albina (first try, rolled back on 2027-04-19) | launch | weeks 5-7 | 2027-03-30 to 2027-04-16 | 4 | Albina |');
    // The phases themselves stay one per id: the JSON's phases are the second try's.
    expect(schedule.phases.filter((p) => p.id === 'albina')).toHaveLength(1);
  });

  it('says in the schedule that the part starts again and what is different, in Dutch and English', () => {
    const schedule = buildSchedule(validPlan(resumed()));
    expect(partRollbackLines(schedule, 'en')[0]!.headline).toMatch(/\. Albina starts again on 2027-05-17, its phases run again from then; what is different this time: /);
    expect(partRollbackLines(schedule, 'nl')[0]!.headline).toContain('Albina begint opnieuw op 2027-05-17, de fasen lopen vanaf dan nog eens; wat er deze keer anders is: er ligt een nieuwe glasvezellijn');
  });

  it("reads Albina's gates from its new start, and judges the firm's switch-off again once Albina is back", async () => {
    const plan = validPlan(resumed());
    const files = [usage()];
    const check = async (at: string) => (await checkGates({ plan, files, asOf: parseDay(at), lenient: false })).result;
    // Between the rollback and the resume nothing is held today: Albina starts again on 17 May, its gates are due in that second try.
    const between = await check('2027-04-26');
    expect(between.rolledBackParts?.map((r) => [r.on, r.again])).toEqual([['2027-04-19', '2027-05-17']]);
    expect(between.decision).toBe('continue');
    expect(decisionLine(between, 'en')).toContain('Albina, rolled back on 2027-04-19, starts again on 2027-05-17; in its second try: albina-active due 2027-05-31');
    expect(decisionLine(between, 'nl')).toContain('Albina, op 2027-04-19 teruggedraaid, begint opnieuw op 2027-05-17; in de tweede poging: albina-active beoordeling op 2027-05-31');
    // After it: no part is rolled back, Albina's gate reads its second try's rows alone (85, not the 25 of April).
    const after = await check('2027-06-14');
    expect(after.rolledBackParts).toBeUndefined();
    const active = after.gates.find((g) => g.id === 'albina-active')!;
    expect(active).toMatchObject({ status: 'pass', observed: 85, window: { from: '2027-05-17' } });
    expect(active.withdrawn).toBeUndefined();
    expect(after.decommission).toMatchObject({ due: '2027-06-07' });
    expect([after.decision, after.decommissionReady]).toEqual(['continue', true]);
  });

  it("keeps the first try's items and the go/no-go judged for it as they were, and adds the second try's under calendar UIDs of their own", async () => {
    const plan = validPlan(resumed());
    const schedule = recordedSchedule(plan);
    // The go/no-go for Albina was due Thursday 25 March (Good Friday off) and judged then; the second try has its own before 17 May.
    expect(schedule.events.filter((e) => e.type === 'gate' && e.key === 'albina-go-no-go').map((e) => [e.date, e.secondTry])).toEqual([
      ['2027-03-25', undefined],
      ['2027-05-14', '2027-05-17'],
    ]);
    expect(schedule.events.filter((e) => e.phase === 'albina' && e.type === 'training' && !e.secondTry).map((e) => e.date)).toEqual(['2027-03-30']);
    // The first try's calendar entries keep the UIDs they had before the resume was written in; the second try's are new.
    const ids = (ics: string) => [...ics.matchAll(/^UID:(launch-albina\S*)\r?$/gm)].map((m) => m[1]);
    const before = ids(scheduleIcs(buildSchedule(validPlan(stringify(base)))));
    const after = ids(scheduleIcs(schedule));
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[0]);
    // What the rollback cancelled (the switch-off that waited, the reviews after it) comes back under UIDs no calendar has cancelled.
    const cancelled = (ics: string) => [...ics.matchAll(/^UID:(\S+)\r?\nSEQUENCE:(\d+)\r?\nDTSTAMP:\S+\r?\nSTATUS:CANCELLED/gm)].map((m) => `${m[1]} ${m[2]}`);
    const rolledBack = scheduleIcs(buildSchedule(validPlan(stringify(base))));
    const gone = cancelled(rolledBack);
    expect(gone.filter((uid) => /^decommission-switch-off-turn-off/.test(uid)).length).toBe(1);
    const now = scheduleIcs(schedule);
    const live = [...now.matchAll(/^UID:(\S+)\r?\nSEQUENCE:\d+\r?\nDTSTAMP:\S+\r?\nDTSTART/gm)].map((m) => m[1]!);
    expect(live.filter((uid) => gone.some((g) => g.startsWith(`${uid} `)))).toEqual([]);
    // Their first UIDs stay in the file, cancelled as the rollback's file had them: a calendar that imported the one before drops them.
    expect(cancelled(now)).toEqual(expect.arrayContaining(gone));
    // gate-check after the resume: the go/no-go of 25 March keeps that day's verdict, read up to it, not the second try's longer window.
    const result = (await checkGates({ plan, files: [usage()], asOf: parseDay('2027-06-14'), lenient: false })).result;
    expect(result.gates.filter((g) => g.id === 'albina-go-no-go').map((g) => [g.due, g.window.to, g.withdrawn])).toEqual([['2027-03-25', '2027-03-25', true]]);
  });

  it("judges the second try's go/no-go as a result of its own, up to its own due day, and holds the relaunch when it fails", async () => {
    const plan = validPlan(resumed());
    // The head office slipped to 50% after Albina rolled back: the verdict of March no longer speaks for the relaunch.
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n15-03-2027;active_use_pct;86,5;Paramaribo\r\n26-04-2027;active_use_pct;50;Paramaribo\r\n24-05-2027;active_use_pct;85;Albina\r\n`);
    const check = async (at: string) => (await checkGates({ plan, files: [file], asOf: parseDay(at), lenient: false })).result;
    const ids = (r: Awaited<ReturnType<typeof check>>) => r.gates.filter((g) => g.index === 1).map((g) => [g.id, g.status, g.window.from, g.window.to, g.due, g.observed, g.secondTry ?? null]);
    // Between the rollback and the resume: the first try's verdict, and the second's so far.
    expect(ids(await check('2027-04-26'))).toEqual([
      ['albina-go-no-go', 'pass', '2027-03-15', '2027-03-25', '2027-03-25', 86.5, null],
      ['albina-go-no-go.second-try', 'pending', '2027-03-15', '2027-04-26', '2027-05-14', 50, '2027-05-17'],
    ]);
    const monday = await check('2027-05-17');
    expect(ids(monday)[1]).toEqual(['albina-go-no-go.second-try', 'fail', '2027-03-15', '2027-05-14', '2027-05-14', 50, '2027-05-17']);
    expect(monday.gates.find((g) => g.id === 'albina-go-no-go.second-try')).toMatchObject({ guarding: 'albina', effect: 'pause' });
    expect(monday.blockedLaunches).toEqual([{ phase: 'albina', launch: '2027-05-17', gates: ['albina-go-no-go.second-try'], decision: 'pause' }]);
    expect(monday.decision).toBe('pause');
    // Before the rollback nothing is judged twice.
    expect(ids(await check('2027-03-25')).map((g) => g[0])).toEqual(['albina-go-no-go']);
  });

  it("reads the part's own rows for the second try's go/no-go only from the day it starts again", async () => {
    // A go/no-go on everyone's lowest use, Albina included: Albina's 25% of its first try (and of the weeks back on e-mail) says nothing of its second.
    const gates = (base as unknown as { gates: Record<string, unknown>[] }).gates.map((g) => (g.id === 'albina-go-no-go' ? { ...g, location: undefined, aggregate: 'min' } : g));
    const plan = validPlan(stringify({ ...base, gates, rollback: { ...base.rollback, resume: { on: '2027-05-17' } } }));
    const file = path.join(tempDir(), 'usage.csv');
    const rows = ['15-03-2027;active_use_pct;86,5;Paramaribo', '12-04-2027;active_use_pct;25;Albina', '26-04-2027;active_use_pct;82;Paramaribo', '03-05-2027;active_use_pct;0;Albina'];
    writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
    const result = (await checkGates({ plan, files: [file], asOf: parseDay('2027-05-17'), lenient: false })).result;
    expect(result.gates.filter((g) => g.index === 1).map((g) => [g.id, g.status, g.observed, g.samples])).toEqual([
      ['albina-go-no-go', 'pass', 86.5, 1],
      ['albina-go-no-go.second-try', 'pass', 82, 2],
    ]);
  });

  it("reads the whole organization's rows (an export without a location column) for the second try's go/no-go from the phase's start, so the data decide", async () => {
    // The M365 weekly export saved without its location column; the go/no-go names no location.
    const gates = (base as unknown as { gates: Record<string, unknown>[] }).gates.map((g) => (g.id === 'albina-go-no-go' ? { ...g, location: undefined } : g));
    const metricsImport = { columns: { date: 'Datum', metric: 'Meting', value: 'Waarde' }, dateFormat: 'dd-mm-yyyy' };
    const plan = validPlan(stringify({ ...base, gates, metricsImport, rollback: { ...base.rollback, resume: { on: '2027-05-17' } } }));
    const secondTry = async (values: string[]) => {
      const file = path.join(tempDir(), 'usage.csv');
      const rows = ['15-03-2027', '26-04-2027', '10-05-2027'].map((d, i) => `${d};active_use_pct;${values[i]}`);
      writeFileSync(file, `\uFEFFDatum;Meting;Waarde\r\n${rows.join('\r\n')}\r\n`);
      const result = (await checkGates({ plan, files: [file], asOf: parseDay('2027-05-17'), lenient: false })).result;
      const gate = result.gates.find((g) => g.id === 'albina-go-no-go.second-try')!;
      return [gate.status, gate.observed, gate.samples, gate.window.from, result.decision];
    };
    expect(await secondTry(['86,5', '90', '92'])).toEqual(['pass', 92, 3, '2027-03-15', 'continue']);
    expect(await secondTry(['86,5', '50', '45'])).toEqual(['fail', 45, 3, '2027-03-15', 'pause']);
  });

  it('takes a pause of the part in its second try: validate accepts it, the schedule and gate-check apply it', async () => {
    const line = { nl: 'de nieuwe lijn ligt eruit', en: 'the new line is down' };
    const paused = (pause: Record<string, unknown>) => stringify({ ...parse(resumed()), pauses: [{ reason: line, only: { location: 'Albina' }, ...pause }] });
    expect(diagnosticLines(paused({ from: '2027-05-24', until: '2027-05-31' }), 'rollback-pause')).toEqual([]);
    // Between the rollback and the second try there is nothing of Albina to pause.
    expect(diagnosticLines(paused({ from: '2027-05-03', until: '2027-05-10' }), 'rollback-pause')).toEqual([
      expect.stringMatching(/error pauses\[0\]\.from: this pause starts on 2027-05-03, after Albina rolled back on 2027-04-19 \(Albina runs again from 2027-05-17: start the pause on or after that day, or remove it\)$/),
    ]);
    const week = buildSchedule(validPlan(paused({ from: '2027-05-24', until: '2027-05-31' })));
    expect(week.phases.filter((p) => p.id === 'albina' || p.id === 'switch-off').map((p) => [p.id, p.start, p.end])).toEqual([
      ['albina', '2027-05-17', '2027-06-11'],
      ['switch-off', '2027-06-14', '2027-06-18'],
    ]);
    expect(week.events.find((e) => e.phase === 'albina' && e.key === 'first-week' && e.type === 'checklist')!.date).toBe('2027-05-31');
    // Open, it holds the rest of the second try: on hold, not withdrawn by the rollback of April.
    const open = buildSchedule(validPlan(paused({ from: '2027-05-24' })));
    expect(open.phases.find((p) => p.id === 'albina')).toMatchObject({ start: '2027-05-17', onHold: true });
    expect(open.phases.find((p) => p.id === 'albina')).not.toHaveProperty('rolledBack');
    expect(open.rollbacks![0]!.withdrawn.events).toEqual([]);
    expect(open.held.events.filter((e) => e.phase === 'albina').map((e) => e.plannedDate)).toContain('2027-05-24');
    const result = (await checkGates({ plan: validPlan(paused({ from: '2027-05-24', until: '2027-05-31' })), files: [usage()], asOf: parseDay('2027-05-26'), lenient: false })).result;
    expect(result.openPause).toMatchObject({ from: '2027-05-24', until: '2027-05-31', only: { location: 'Albina' } });
    expect(result.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'pending', onHold: true });
  });

  it('is refused on or before the rollback, and for the whole rollout, at its line', () => {
    expect(diagnosticLines(resumed({ on: '2027-04-12' }), 'rollback-resume')).toEqual([
      expect.stringMatching(/^rollout\.yaml:\d+:\d+: error rollback\.resume\.on: Albina starts again on 2027-04-12, before it rolled back on 2027-04-19 \(write the day Albina starts again, after 2027-04-19\)$/),
    ]);
    expect(diagnosticLines(resumed({ on: '2027-04-19' }), 'rollback-resume')[0]).toContain('the day it rolled back');
    const whole = stringify({ ...base, rollback: { on: '2027-04-19', reason: 'x', resume: { on: '2027-05-17' } } });
    expect(diagnosticLines(whole, 'rollback-resume')).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: error rollback\.resume: the whole rollout rolled back: .*rollout init --restart/)]);
  });

  it('points a second phase for the part rolled back to resume, not to removing the second try', () => {
    const again = stringify({ ...base, phases: [...base.phases.slice(0, 3), { id: 'albina-2', name: 'Albina again', audience: { locations: ['Albina'] }, startWeek: 12 }, base.phases[3]] });
    expect(diagnosticLines(again, 'audience-twice')).toEqual([expect.stringContaining('"Albina" is already brought in by phase "albina" (Albina rolled back on 2027-04-19: to start it again, remove this phase and write resume: { on: DAY } in that rollback')]);
  });
});
