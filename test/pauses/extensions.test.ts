import { describe, expect, it } from 'vitest';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { diagnosticLines, minimalPlan, rotterdam, validPlan } from '../helpers.js';

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const officeHours = (s: Schedule, phase: string) =>
  s.events.filter((e) => e.type === 'office-hours' && e.phase === phase).map((e) => `${e.key} ${e.date} ${WEEKDAY[new Date(e.date).getUTCDay()]} ${e.time}`);
const phase = (s: Schedule, id: string) => s.phases.find((p) => p.id === id)!;
const item = (s: Schedule, type: string, key: string) => s.events.find((e) => e.type === type && e.key === key);

// A two-week pilot from Monday 4 January, then the rest for two weeks and the switch-off.
const plan = (extensions: unknown[], more: Record<string, unknown> = {}) =>
  validPlan(
    minimalPlan({
      phases: [
        { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
        { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
        { id: 'off', name: 'Switch-off', kind: 'decommission', weeks: 1 },
      ],
      extensions,
      ...more,
    }),
  );
const ill = { phase: 'pilot', decided: '2027-01-11', reason: { en: 'the trainer is ill', nl: 'de trainer is ziek' } };

describe('an extension makes a running phase run longer', () => {
  it('by a week: the pilot ends a week later with office hours in it, and the phases after it move behind it', () => {
    const before = buildSchedule(plan([]));
    const s = buildSchedule(plan([{ ...ill, by: '1w' }]));
    expect(phase(before, 'pilot').end).toBe('2027-01-15');
    expect(phase(s, 'pilot')).toMatchObject({ start: '2027-01-04', end: '2027-01-22', endWeek: 3 });
    expect(phase(s, 'rest')).toMatchObject({ start: '2027-01-25', end: '2027-02-05' });
    expect(phase(s, 'off').start).toBe('2027-02-08');
    // The extra week keeps the support of the second: three sessions.
    expect(officeHours(s, 'pilot').slice(-6)).toEqual([
      'second-week 2027-01-11 Mon 14:00',
      'second-week 2027-01-13 Wed 14:00',
      'second-week 2027-01-15 Fri 14:00',
      'extended 2027-01-18 Mon 14:00',
      'extended 2027-01-20 Wed 14:00',
      'extended 2027-01-22 Fri 14:00',
    ]);
    // The go/no-go moves to the pilot's new last day; the launch it guards is a week later, as its calendar entry.
    expect(item(s, 'gate', 'pilot-go-no-go')).toMatchObject({ date: '2027-01-22', pausedFrom: '2027-01-15', sequence: 2 });
    expect(item(s, 'launch', 'launch')?.date).toBe('2027-01-04');
    expect(s.events.find((e) => e.type === 'launch' && e.phase === 'rest')).toMatchObject({ date: '2027-01-25', pausedFrom: '2027-01-18' });
    // The rest's reminder, due on the day it was decided, already gives the new start.
    expect(s.events.find((e) => e.type === 'reminder' && e.phase === 'rest')).toMatchObject({ date: '2027-01-18', title: 'Remind Rest of their start on 2027-01-25' });
    // Its notice sits on the day it was decided; the list says what moved.
    expect(item(s, 'extension', 'extension-1')).toMatchObject({ date: '2027-01-11', phase: 'pilot', title: 'Pilot runs longer, until 2027-01-22: the trainer is ill' });
    expect(s.extensions).toEqual([
      {
        phase: 'pilot',
        name: 'Pilot',
        decided: '2027-01-11',
        was: '2027-01-15',
        until: '2027-01-22',
        workingDays: 5,
        reason: 'the trainer is ill',
        waiting: [{ id: 'rest', name: 'Rest', start: '2027-01-25' }],
        switchOff: { id: 'off', name: 'Switch-off', start: '2027-02-08' },
      },
    ]);
    // It is no pause: the schedule lists none.
    expect(s.pauses).toEqual([]);
    expect(before.extensions).toBeUndefined();
  });

  it('until a day: the phase ends that day and the next one starts the working day after', () => {
    const s = buildSchedule(plan([{ ...ill, until: '2027-01-27' }]));
    expect(phase(s, 'pilot').end).toBe('2027-01-27');
    expect(phase(s, 'rest').start).toBe('2027-01-28');
  });

  it('a holiday in the extra week: no office hours on it, and the week still moves the next launch a whole week', () => {
    const s = buildSchedule(plan([{ ...ill, by: '1w' }], { calendar: { holidays: ['2027-01-20'] } }));
    expect(officeHours(s, 'pilot').filter((h) => h.startsWith('extended'))).toEqual(['extended 2027-01-18 Mon 14:00', 'extended 2027-01-21 Thu 14:00', 'extended 2027-01-22 Fri 14:00']);
    expect(phase(s, 'pilot').end).toBe('2027-01-22');
    expect(phase(s, 'rest').start).toBe('2027-01-25');
  });

  it('across the change to summer time in Rotterdam: the extra week keeps the sessions at their local hour', () => {
    // Pilot from Monday 15 March 2027; summer time starts Sunday 28 March, between its second week and the extra one.
    const s = buildSchedule(plan([{ ...ill, decided: '2027-03-22', by: '1w' }], { start: '2027-03-15', organization: { name: 'Acme', headcount: 40, locations: [rotterdam(40)] } }));
    const extra = s.events.filter((e) => e.type === 'office-hours' && e.key === 'extended');
    expect(extra.map((e) => [e.date, e.time, e.timezone])).toEqual([
      ['2027-03-29', '14:00', 'Europe/Amsterdam'],
      ['2027-03-31', '14:00', 'Europe/Amsterdam'],
      ['2027-04-02', '14:00', 'Europe/Amsterdam'],
    ]);
    expect(phase(s, 'pilot').end).toBe('2027-04-02');
    expect(phase(s, 'rest').start).toBe('2027-04-05');
  });

  it('a pause of the next phase after it: that phase, still running by the extension, holds the phases after it', () => {
    const phases = [
      { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
      { id: 'office', name: 'Office', kind: 'launch', audience: '30%', weeks: 2 },
      { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
    ];
    // Office runs 25 January to 5 February once the pilot runs a week longer; paused from Monday 1 February for a week.
    const s = buildSchedule(validPlan(minimalPlan({ phases, extensions: [{ ...ill, by: '1w' }], pauses: [{ from: '2027-02-01', until: '2027-02-08', reason: 'network', only: { phase: 'office' } }] })));
    expect(phase(s, 'office')).toMatchObject({ start: '2027-01-25', end: '2027-02-12' });
    expect(phase(s, 'rest').start).toBe('2027-02-15');
  });

  it('the last launch of a rollout without a switch-off: the reviews and the retrospective look back from its new end', () => {
    const phases = [
      { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
      { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
    ];
    const reviews = (extensions: unknown[]) => buildSchedule(validPlan(minimalPlan({ phases, extensions }))).events.filter((e) => e.type === 'review' || e.type === 'retrospective').map((e) => e.date);
    expect(reviews([])).toEqual(['2027-02-05', '2027-02-12', '2027-03-01', '2027-04-29']);
    expect(reviews([{ ...ill, phase: 'rest', decided: '2027-01-25', by: '1w' }])).toEqual(['2027-02-12', '2027-02-19', '2027-03-05', '2027-05-05']);
  });

  it('two extensions of one phase add up', () => {
    const s = buildSchedule(plan([{ ...ill, by: '1w' }, { ...ill, decided: '2027-01-20', by: '1w' }]));
    expect(phase(s, 'pilot').end).toBe('2027-01-29');
    expect(phase(s, 'rest').start).toBe('2027-02-01');
    expect(s.extensions!.map((x) => [x.was, x.until])).toEqual([['2027-01-15', '2027-01-22'], ['2027-01-22', '2027-01-29']]);
  });

  it('two extensions of one phase decided in the same week, or on the same day, add up: the next phase starts the Monday after', () => {
    for (const second of ['2027-01-13', '2027-01-11']) {
      const s = buildSchedule(plan([{ ...ill, by: '1w' }, { ...ill, decided: second, by: '1w' }]));
      expect(phase(s, 'pilot').end).toBe('2027-01-29');
      expect(phase(s, 'rest')).toMatchObject({ start: '2027-02-01', end: '2027-02-12' });
      expect(phase(s, 'off').start).toBe('2027-02-15');
      expect(s.events.find((e) => e.type === 'launch' && e.phase === 'rest')?.date).toBe('2027-02-01');
    }
  });
});

describe('a view of one phase', () => {
  it('keeps the extension of another phase that moves its dates, and leaves out one that does not', () => {
    // The pilot runs a week longer (rest and the switch-off wait for it); later rest runs longer too.
    const s = buildSchedule(plan([{ ...ill, by: '1w' }, { phase: 'rest', by: '3d', decided: '2027-01-26', reason: 'year-end' }]));
    const items = (phase: string) => filterSchedule(s, { phase }).events.filter((e) => e.type === 'extension').map((e) => `${e.date} ${e.phase}`);
    const listed = (phase: string) => filterSchedule(s, { phase }).extensions?.map((x) => x.phase);
    expect(items('rest')).toEqual(['2027-01-11 pilot', '2027-01-26 rest']);
    expect(listed('rest')).toEqual(['pilot', 'rest']);
    expect(items('off')).toEqual(['2027-01-11 pilot', '2027-01-26 rest']);
    // The pilot had ended when rest ran longer: only its own.
    expect(items('pilot')).toEqual(['2027-01-11 pilot']);
    expect(listed('pilot')).toEqual(['pilot']);
  });

  it('leaves every extension out of the view of a phase that ended before the extended one', () => {
    const s = buildSchedule(plan([{ phase: 'rest', by: '3d', decided: '2027-01-26', reason: 'year-end' }]));
    expect(s.extensions?.map((x) => x.phase)).toEqual(['rest']);
    const pilot = filterSchedule(s, { phase: 'pilot' });
    expect(pilot.events.filter((e) => e.type === 'extension')).toEqual([]);
    expect('extensions' in pilot).toBe(false);
  });
});

/*
 * By hand: Paramaribo works Monday-Friday, the Nickerie branch Monday-Saturday. The pilot, at both,
 * runs from Monday 1 March 2027 to Friday 12 March; on Monday 8 March it is extended until Thursday
 * 25 March: 9 working days (15-19 and 22-25 March). The rest, planned from Monday 15 March, starts
 * the day after, Friday 26 March, at both places: Nickerie works Fridays. The switch-off moves 9
 * working days too: its export from Monday 29 March to Friday 9 April, its turn-off from Friday
 * 2 April to Thursday 15 April. Nickerie pauses from Monday 29 March to Monday 5 April, after the
 * rest has started there: its first week goes on from the day it resumes.
 */
describe('an extension of part of a week beside a pause of a branch that works Saturdays', () => {
  const nickerie = validPlan(
    minimalPlan({
      start: '2027-03-01',
      organization: {
        name: 'Ramdin',
        headcount: 25,
        locations: [
          { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 18 },
          { name: 'Nickerie', timezone: 'America/Paramaribo', headcount: 7, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
        ],
      },
      phases: [
        { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
        { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
        { id: 'off', name: 'Switch-off', kind: 'decommission', weeks: 1 },
      ],
      extensions: [{ phase: 'pilot', until: '2027-03-25', decided: '2027-03-08', reason: 'the trainer is ill' }],
      pauses: [{ from: '2027-03-29', until: '2027-04-05', reason: 'network down', only: { location: 'Nickerie' } }],
    }),
  );
  const s = buildSchedule(nickerie);
  const at = (type: string, location?: string) => s.events.filter((e) => e.phase === 'rest' && e.type === type && e.location === location).map((e) => e.date);

  it('moves the rest to the day after the new end at both places, not a day further at the branch', () => {
    expect(s.extensions![0]).toMatchObject({ was: '2027-03-12', until: '2027-03-25', workingDays: 9 });
    expect(at('launch')).toEqual(['2027-03-26']);
    expect(at('training', 'Paramaribo')).toEqual(['2027-03-26']);
    expect(at('training', 'Nickerie')).toEqual(['2027-03-26']);
    expect(at('office-hours', 'Nickerie').slice(0, 3)).toEqual(['2027-03-26', '2027-03-27', '2027-04-05']);
  });

  it('moves the switch-off by the same 9 working days', () => {
    const off = Object.fromEntries(s.events.filter((e) => e.type === 'decommission').map((e) => [e.key, e.date]));
    expect([off['export-data'], off['turn-off']]).toEqual(['2027-04-09', '2027-04-15']);
  });
});

describe('validate names a bad extension at its line', () => {
  const lines = (extension: Record<string, unknown>, code: string, more: Record<string, unknown> = {}) =>
    diagnosticLines(minimalPlan({ phases: [{ id: 'pilot', name: 'Pilot', audience: '20%', weeks: 2 }, { id: 'rest', name: 'Rest', audience: 'rest', weeks: 2 }], extensions: [{ reason: 'ill', ...extension }], ...more }), code);

  it('a phase the plan does not have', () => {
    expect(lines({ phase: 'pilto', by: '1w', decided: '2027-01-11' }, 'unknown-phase')).toEqual(['rollout.yaml:19:12: error extensions[0].phase: no phase with id "pilto" (did you mean "pilot"?)']);
  });

  it('a phase that is not running on the day it was decided', () => {
    expect(lines({ phase: 'pilot', by: '1w', decided: '2027-01-18' }, 'extension-not-running')).toEqual([
      'rollout.yaml:21:14: error extensions[0].decided: the phase pilot is not running on 2027-01-18: it runs from 2027-01-04 to 2027-01-15 (an extension is decided while its phase runs, on or before its last day)',
    ]);
    expect(lines({ phase: 'rest', by: '1w', decided: '2027-01-11' }, 'extension-not-running')[0]).toContain('to move a phase that has not started, write a pause of it instead');
  });

  it('neither by nor until, or an end that adds no day', () => {
    expect(lines({ phase: 'pilot', decided: '2027-01-11' }, 'extension-length')[0]).toContain('error extensions[0]: the extension says neither how long (by) nor until when (until)');
    expect(lines({ phase: 'pilot', until: '2027-01-14', decided: '2027-01-11' }, 'extension-length')[0]).toContain('extensions[0].until: the phase pilot ends on 2027-01-15 already');
  });

  it('an extension that adds only days off: the Sunday after a Friday end, or two days', () => {
    const hint = '(write until: a working day after 2027-01-15, or by: 1w)';
    expect(lines({ phase: 'pilot', until: '2027-01-17', decided: '2027-01-11' }, 'extension-length')).toEqual([
      `rollout.yaml:20:12: error extensions[0].until: the extension of phase pilot to 2027-01-17 adds only days off: it adds no working day ${hint}`,
    ]);
    expect(lines({ phase: 'pilot', by: '2d', decided: '2027-01-11' }, 'extension-length')[0]).toContain('extensions[0].by: the extension of phase pilot to 2027-01-17 adds only days off');
  });

  it('the switch-off: its turn-off would stay on the old day, so it is refused with what to write instead', () => {
    const phases = [{ id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 }, { id: 'off', name: 'Switch-off', kind: 'decommission', weeks: 1 }];
    expect(diagnosticLines(minimalPlan({ phases, extensions: [{ phase: 'off', by: '1w', decided: '2027-01-19', reason: 'archive' }] }), 'extension-switch-off')).toEqual([
      'rollout.yaml:19:12: error extensions[0].phase: the phase off is the switch-off: an extension does not move its turn-off (to keep the old system on longer, extend the last launch phase (pilot) or write a pause of the switch-off: see A phase that starts later in the README)',
    ]);
  });

  it('a pause of the phase, or of everything, while it runs longer', () => {
    const found = lines({ phase: 'pilot', by: '1w', decided: '2027-01-11' }, 'extension-overlap', { pauses: [{ from: '2027-01-19', until: '2027-01-21', reason: 'network' }] });
    expect(found).toEqual([
      'rollout.yaml:21:14: error extensions[0].decided: the extension of phase pilot (2027-01-11 to 2027-01-22) overlaps the pause 2027-01-19 until 2027-01-21 (a phase does not pause while it runs longer: start the pause after the new last day, or make the extension longer instead)',
    ]);
    expect(lines({ phase: 'pilot', by: '1w', decided: '2027-01-11' }, 'extension-overlap', { pauses: [{ from: '2027-02-01', until: '2027-02-03', reason: 'network' }] })).toEqual([]);
  });
});

describe('validate warns of a gate due within its phase that falls in the extra days', () => {
  // The pilot runs 4 to 15 January; extended by a week on 11 January it ends on Friday 22 January.
  const phases = [
    { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
    { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
  ];
  const gates = (within: string, more: Record<string, unknown> = {}) => [{ id: 'pilot-active', phase: 'pilot', metric: 'active_use_pct', threshold: 80, within, ...more }];
  const lines = (more: Record<string, unknown>) => diagnosticLines(minimalPlan({ phases, extensions: [{ ...ill, by: '1w' }], ...more }), 'gate-in-extension');

  it('at the gate, with the within that judges the phase after its new last day; the gate keeps its day', () => {
    expect(lines({ gates: gates('2w') })).toEqual([
      'rollout.yaml:31:13: warning gates[0].within: gate pilot-active falls due on 2027-01-18, in the extra days of phase pilot (extensions[0]: until 2027-01-22 instead of 2027-01-15): an extension does not move a gate due within its phase, so it judges the phase before its new last day (to judge the phase at its new end, write within: 3w in place of within: 2w (due 2027-01-25))',
    ]);
    const s = buildSchedule(validPlan(minimalPlan({ phases, gates: gates('2w'), extensions: [{ ...ill, by: '1w' }] })));
    expect(item(s, 'gate', 'pilot-active')?.date).toBe('2027-01-18');
  });

  it('a gate that guards the next launch may follow it with due: day-before instead', () => {
    expect(lines({ gates: gates('16d', { guards: 'next' }) })[0]).toContain('falls due on 2027-01-20, in the extra days of phase pilot');
    expect(lines({ gates: gates('16d', { guards: 'next' }) })[0]).toContain('write within: 3w in place of within: 16d (due 2027-01-25); or due: day-before, which follows the launch it guards)');
  });

  it('quiet for a gate due before the old end, on the day after the new one, or due the day before what it guards', () => {
    expect(lines({ gates: gates('1w') })).toEqual([]);
    expect(lines({ gates: gates('3w') })).toEqual([]);
    expect(lines({ gates: [{ id: 'pilot-go', phase: 'pilot', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' }] })).toEqual([]);
    expect(lines({ gates: gates('2w', { phase: 'rest' }) })).toEqual([]);
  });

  it('a default gate: said at its phase, to be listed under gates:; not one of everyone\'s rows, which its phase only dates', () => {
    const found = diagnosticLines(minimalPlan({ phases, extensions: [{ ...ill, by: '3w' }] }), 'gate-in-extension');
    expect(found).toEqual([
      'rollout.yaml:9:5: warning phases[0]: gate pilot-success falls due on 2027-02-01, in the extra days of phase pilot (extensions[0]: until 2027-02-05 instead of 2027-01-15): an extension does not move a gate due within its phase, so it judges the phase before its new last day (to judge the phase at its new end, list the gates you want under gates: and give pilot-success within: 5w in place of within: 4w (due 2027-02-08))',
    ]);
  });
});

describe('what-if and diff give an extension as the reason of what it moves', () => {
  it('what-if --extend: the launch after it moves a week, the extra office hours appear, each with the extension as reason', async () => {
    const { whatIfExtension } = await import('../../src/changes/what-if.js');
    const { extension, set } = whatIfExtension(plan([]), { phase: 'pilot', by: '1w', on: '2027-01-11' });
    expect(extension).toMatchObject({ phase: 'pilot', was: '2027-01-15', until: '2027-01-22', workingDays: 5 });
    const launch = set.changes.find((c) => c.type === 'launch' && c.phase === 'rest')!;
    expect([launch.from, launch.to, launch.reason]).toEqual(['2027-01-18', '2027-01-25', 'Pilot runs longer, until 2027-01-22: what if']);
    expect(set.changes.filter((c) => c.change === 'appeared' && c.type === 'office-hours').map((c) => [c.to, c.reason])).toEqual([
      ['2027-01-18', 'Pilot runs longer, until 2027-01-22: what if'],
      ['2027-01-20', 'Pilot runs longer, until 2027-01-22: what if'],
      ['2027-01-22', 'Pilot runs longer, until 2027-01-22: what if'],
    ]);
  });

  it('what-if --extend refuses a phase that is not running that day, naming the options', async () => {
    const { whatIfExtension } = await import('../../src/changes/what-if.js');
    expect(() => whatIfExtension(plan([]), { phase: 'rest', by: '1w', on: '2027-01-11' })).toThrow('--extend rest --by 1w --at 2027-01-11: the phase rest is not running on 2027-01-11');
  });

  it('diff in Dutch names the extension', async () => {
    const { compareSchedules } = await import('../../src/changes/compare.js');
    const nl = (extensions: unknown[]) => validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['nl'] }, phases: [{ id: 'pilot', name: 'Pilot', audience: '20%', weeks: 2 }, { id: 'rest', name: 'Rest', audience: 'rest', weeks: 2 }], extensions }));
    const before = nl([]);
    const after = nl([{ ...ill, by: '1w' }]);
    const changes = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after }).changes;
    expect(changes.find((c) => c.type === 'launch' && c.phase === 'rest')?.reason).toBe('Pilot duurt langer, tot en met 2027-01-22: de trainer is ziek');
  });
});
