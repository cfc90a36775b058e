import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { rosterDiagnostics } from '../../src/sources/roster-diagnostics.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { ROOT, diagnosticLines, errorsOf, minimalPlan, pilotInParamaribo, tempDir, validPlan, warningsOf } from '../helpers.js';

/** Sranan Advies: Paramaribo's 20 people are all in the pilot and the two departments; Nieuw Nickerie's 5 are the rest. */
const branchText = readFileSync(path.join(ROOT, 'test/fixtures/audience/branch.yaml'), 'utf8');
const branch = validPlan(branchText);
const templates = await loadTemplates();

const sumOf = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

describe('who a phase reaches at each location', () => {
  it.each(['nl', 'en'] as const)('plans the rest phase only where people are left (%s)', (lang) => {
    const plan: Plan = planIn(branch, lang);
    const schedule = buildSchedule(plan);
    const rest = schedule.phases.find((p) => p.id === 'everyone-else')!;
    expect(rest.people).toBe(5);
    expect(rest.locations).toEqual(['Nieuw Nickerie']);
    expect(rest.peopleAt).toEqual({ 'Nieuw Nickerie': 5 });
    const sessions = schedule.events.filter((e) => e.phase === 'everyone-else' && (e.type === 'training' || e.type === 'office-hours'));
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Set(sessions.map((e) => e.location))).toEqual(new Set(['Nieuw Nickerie']));
    for (const p of schedule.phases.filter((x) => x.kind === 'launch')) expect(sumOf(p.peopleAt)).toBe(p.people);
  });

  it('mails the rest phase once, to the 5 people of Nieuw Nickerie, in both languages', async () => {
    const result = await renderEmails(branch, buildSchedule(branch), { format: 'md', templates, languages: ['nl', 'en'] });
    const names = result.files.map((f) => f.name).filter((n) => n.includes('everyone-else') && /announcement|reminder|welcome/.test(n));
    expect(names).toHaveLength(6);
    for (const name of names) {
      const text = String(result.files.find((f) => f.name === name)!.content);
      expect(text).not.toContain('Paramaribo');
      expect(text).toMatch(/\*\*(To|Aan):\*\* [^\n]*, Nieuw Nickerie \(5 (people|personen)\)/);
    }
  });

  it('spreads a share over the locations by their people and lets the rest take what is left there', () => {
    const plan = validPlan(
      minimalPlan({
        organization: {
          name: 'Acme',
          headcount: 40,
          locations: [
            { name: 'North', timezone: 'UTC', headcount: 30, champion: 'A' },
            { name: 'South', timezone: 'UTC', champion: 'B' },
          ],
        },
        phases: [
          { id: 'pilot', name: 'Pilot', audience: '20%', weeks: 1 },
          { id: 'rest', name: 'Everyone else', audience: 'rest', weeks: 1 },
        ],
      }),
    );
    // South has no headcount: it has the 10 people North leaves.
    expect(buildSchedule(plan).phases.map((p) => [p.id, p.people, p.peopleAt])).toEqual([
      ['pilot', 8, { North: 6, South: 2 }],
      ['rest', 32, { North: 24, South: 8 }],
    ]);
  });

  it('brings in, with a location after a pilot group that works there, the people of the location not yet in', async () => {
    const phases = [
      { id: 'pilot', name: 'Pilot', audience: { groups: ['Pilot'] } },
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] } },
      { id: 'nickerie', name: 'Nieuw Nickerie', audience: { locations: ['Nieuw Nickerie'] } },
      { id: 'miami', name: 'Miami', audience: { locations: ['Miami'] } },
    ];
    const text = minimalPlan({ organization: pilotInParamaribo, phases });
    expect(errorsOf(text)).toEqual([]);
    const plan = validPlan(text);
    expect(buildSchedule(plan).phases.map((p) => [p.id, p.people, p.peopleAt])).toEqual([
      ['pilot', 5, { Paramaribo: 5 }],
      ['paramaribo', 13, { Paramaribo: 13 }],
      ['nickerie', 5, { 'Nieuw Nickerie': 5 }],
      ['miami', 2, { Miami: 2 }],
    ]);
    // The roster puts the pilot's people in the pilot and the rest of Paramaribo in its phase: the counts agree.
    const dir = tempDir();
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => `p${i}@sewnarain.example,Pilot,Paramaribo`),
      ...Array.from({ length: 13 }, (_, i) => `k${i}@sewnarain.example,Kantoor Paramaribo,Paramaribo`),
      ...Array.from({ length: 5 }, (_, i) => `n${i}@sewnarain.example,,Nieuw Nickerie`),
      ...Array.from({ length: 2 }, (_, i) => `m${i}@sewnarain.example,,Miami`),
    ];
    writeFileSync(path.join(dir, 'people.csv'), `\uFEFFEmail,Group,Location\r\n${rows.join('\r\n')}\r\n`);
    const rostered = validPlan({ ...text, people: { file: 'people.csv', columns: { person: 'Email', group: 'Group', location: 'Location' } } });
    expect((await rosterDiagnostics(rostered, undefined, 'rollout.yaml', dir)).diagnostics).toEqual([]);
  });

  it('validate says a location the pilot took whole through a group of its own brings in nobody because its people started in the pilot', () => {
    const organization = { ...pilotInParamaribo, groups: [...pilotInParamaribo.groups, { name: 'Miami', headcount: 2, location: 'Miami' }] };
    const pilot = { id: 'pilot', name: 'Pilot', audience: { groups: ['Pilot', 'Miami'] } };
    const nickerie = { id: 'nickerie', name: 'Nieuw Nickerie', audience: { locations: ['Nieuw Nickerie'] } };
    const found = (phases: unknown[], code: string) => warningsOf(minimalPlan({ organization, phases })).filter((w) => w.code === code).map((w) => [w.path, w.message, w.hint]);
    // Miami's own phase after the pilot took its 2: not "the other phases take all 25 people".
    expect(found([pilot, { id: 'paramaribo', name: 'Paramaribo', audience: { groups: ['Kantoor Paramaribo'] } }, nickerie, { id: 'miami', name: 'Miami', audience: { locations: ['Miami'] } }], 'empty-phase')).toEqual([
      ['phases[3].audience', 'phase "miami" brings in nobody: everyone in Miami already started in phase "pilot" (group Miami)', 'remove the phase, or give it other groups or locations; it gets no messages or sessions'],
    ]);
    // A phase naming Paramaribo and Miami: nobody is left at Miami, though Paramaribo brings in 13.
    expect(found([pilot, { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo', 'Miami'] } }, nickerie], 'empty-at-location')).toEqual([
      ['phases[1].audience.locations[1]', 'phase "paramaribo" brings in nobody in Miami: everyone in Miami already started in phase "pilot" (group Miami); it gets no messages or sessions there', 'take Miami out of its audience: audience: {locations: [Paramaribo]}'],
    ]);
  });

  it('validate warns where a phase brings in nobody, at a location or at all', () => {
    // A preset's phase has no audience to write: the same words, as a hint that --strict lets pass.
    expect(warningsOf(branchText).filter((w) => w.code === 'empty-at-location')).toEqual([]);
    expect(diagnosticLines(branchText, 'empty-at-location')).toEqual([
      'rollout.yaml:45:9: hint preset: phase "everyone-else" brings in nobody in Paramaribo (everyone there starts in another phase): it gets no messages or sessions there (the preset plans it in Nieuw Nickerie only; to plan it otherwise, list the phases under phases:)',
    ]);
    const ownPhases = branchText.replace(
      /^preset: growing$/m,
      ['phases:', ...['ICT', 'Administratie', 'Advies'].map((g) => `  - { id: ${g.toLowerCase()}, name: ${g}, audience: { groups: [${g}] } }`), '  - { id: everyone-else, name: Everyone else, audience: rest }'].join('\n'),
    );
    expect(warningsOf(ownPhases).filter((w) => w.code === 'empty-at-location').map((w) => [w.path, w.message, w.hint])).toEqual([
      ['phases[3].audience', 'phase "everyone-else" brings in nobody in Paramaribo (everyone there starts in another phase): it gets no messages or sessions there', 'if that is meant, say so: audience: {locations: [Nieuw Nickerie]}'],
    ]);
    const empty = minimalPlan({
      organization: { name: 'Acme', headcount: 10 },
      phases: [
        { id: 'first', name: 'First', audience: '100%', weeks: 1 },
        { id: 'rest', name: 'Everyone else', audience: 'rest', weeks: 1 },
      ],
    });
    expect(warningsOf(empty).filter((w) => w.code === 'empty-phase').map((w) => w.path)).toEqual(['phases[1].audience']);
    const schedule = buildSchedule(validPlan(empty));
    expect(schedule.events.filter((e) => e.phase === 'rest' && e.type !== 'gate')).toEqual([]);
    for (const name of ['enterprise.yaml', 'adoption.yaml', 'growing-team.yaml', 'small-team.yaml']) {
      expect(warningsOf(readFileSync(path.join(ROOT, 'examples', name), 'utf8')).filter((w) => w.code.startsWith('empty-'))).toEqual([]);
    }
  });

  it('validate says where the roster puts people of a phase at a location the schedule plans nobody at', async () => {
    const dir = tempDir();
    const rows = [
      ...Array.from({ length: 3 }, (_, i) => `ict${i}@sranan.example,ICT,Paramaribo`),
      ...Array.from({ length: 8 }, (_, i) => `adm${i}@sranan.example,Administratie,Paramaribo`),
      // A new adviser not yet in a group: the rest phase takes her, in Paramaribo.
      ...Array.from({ length: 8 }, (_, i) => `adv${i}@sranan.example,Advies,Paramaribo`),
      'new@sranan.example,,Paramaribo',
      ...Array.from({ length: 5 }, (_, i) => `nnk${i}@sranan.example,Nickerie,Nieuw Nickerie`),
    ];
    writeFileSync(path.join(dir, 'people.csv'), `E-mail,Afdeling,Vestiging\r\n${rows.join('\r\n')}\r\n`);
    const plan = validPlan(`${branchText}\npeople:\n  file: people.csv\n  columns: { person: E-mail, group: Afdeling, location: Vestiging }\n`);
    const found = (await rosterDiagnostics(plan, undefined, 'rollout.yaml', dir)).diagnostics.filter((d) => d.code === 'roster-reach');
    expect(found.map((d) => [d.path, d.message.replace(dir + path.sep, '')])).toEqual([
      ['preset', 'the roster people.csv puts 1 person of phase "everyone-else" in Paramaribo, where the schedule plans nobody of it: they get no announcement, reminder, welcome or session'],
    ]);
  });

  it('counts the people there during the phase: not one who left before its launch or joins after its end, one who joins after its launch or leaves later', async () => {
    const phase = buildSchedule(branch).phases.find((p) => p.id === 'everyone-else')!;
    const launch = phase.start;
    const afterEnd = formatDay(parseDay(phase.end) + 1);
    const day = (days: number) => formatDay(parseDay(launch) + days);
    const reach = async (joined: string, left: string) => {
      const dir = tempDir();
      const rows = [...Array.from({ length: 3 }, (_, i) => `ict${i}@sranan.example,ICT,Paramaribo,,`), `new@sranan.example,,Paramaribo,${joined},${left}`];
      writeFileSync(path.join(dir, 'people.csv'), `E-mail,Afdeling,Vestiging,In dienst,Uit dienst\r\n${rows.join('\r\n')}\r\n`);
      const plan = validPlan(`${branchText}\npeople:\n  file: people.csv\n  columns: { person: E-mail, group: Afdeling, location: Vestiging, joined: In dienst, left: Uit dienst }\n`);
      return (await rosterDiagnostics(plan, undefined, 'rollout.yaml', dir)).diagnostics.filter((d) => d.code === 'roster-reach').length;
    };
    // Leaving on the launch day is gone by it; leaving the day after is there for it; joining the day after the launch starts in it.
    expect(await Promise.all([reach('', day(0)), reach('', day(1)), reach(day(1), ''), reach(day(0), ''), reach('2027-03-01', day(40)), reach(afterEnd, '')])).toEqual([0, 1, 1, 1, 1, 0]);
  });
});
