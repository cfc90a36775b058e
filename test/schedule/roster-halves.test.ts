import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachChecks } from '../../src/plan/checks.js';
import { loadPlan } from '../../src/plan/load.js';
import { withRosterPlaces } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { timePhases } from '../../src/schedule/phases.js';
import { rosterDiagnostics } from '../../src/sources/roster-diagnostics.js';
import { rosterPlaces } from '../../src/sources/roster-places.js';
import { loadRoster } from '../../src/sources/roster.js';
import { atelierKroon, KROON_PLAN, kroonRoster } from '../atelier-kroon.js';

const templates = await loadTemplates();

async function office(roster = kroonRoster()) {
  const dir = atelierKroon(roster);
  const plan = loadPlan(KROON_PLAN, path.join(dir, 'rollout.yaml')).plan!;
  const read = await loadRoster(plan, dir);
  return { dir, plan, read, placed: withRosterPlaces(plan, rosterPlaces(plan, read)) };
}

const halves = (plan: Parameters<typeof timePhases>[0]) => timePhases(plan).slice(0, 2).map((t) => [t.id, t.people, t.atLocations]);

describe("the small preset's halves follow the roster's phase column", () => {
  it('puts the Lelydorp colleague in the second half, as the roster says, and keeps the split without one', async () => {
    const { plan, placed } = await office();
    expect(halves(placed)).toEqual([
      ['first-half', 4, [4, 0]],
      ['second-half', 3, [2, 1]],
    ]);
    // Without a roster: each location's headcount split in two, as before.
    expect(halves(plan)).toEqual([
      ['first-half', 4, [3, 1]],
      ['second-half', 3, [3, 0]],
    ]);
  });

  it('addresses each half where the roster puts its people, in the one language they all read', async () => {
    const { placed, read } = await office();
    const { files } = await renderEmails(placed, buildSchedule(placed), { format: 'md', templates, roster: read });
    const to = files
      .filter((f) => f.name.includes('announcement'))
      .map((f) => `${f.name}: ${/^- \*\*(?:To|Aan):\*\* (.*)$/m.exec(String(f.content))?.[1]}`)
      .sort();
    expect(to).toEqual([
      '2027-02-15_first-half_announcement.nl.md: Eerste helft van het team, Paramaribo (4 personen)',
      '2027-02-22_second-half_lelydorp_announcement.nl.md: Andere helft van het team, Lelydorp (1 persoon)',
      '2027-02-22_second-half_paramaribo_announcement.nl.md: Andere helft van het team, Paramaribo (2 personen)',
    ]);
    const welcome = files.find((f) => f.name.includes('second-half_lelydorp_welcome') && f.name.endsWith('.nl.md'));
    expect(String(welcome?.content)).toMatch(/maandag 8 maart/);
  });

  it('says the reach of each half as the roster has it, in one voice, and where to change it', async () => {
    const { dir, plan, placed } = await office();
    expect(reachChecks(plan).map((c) => c.message)).toEqual([expect.stringMatching(/^phase "second-half" brings in nobody in Lelydorp/)]);
    expect(reachChecks(placed).map((c) => [c.severity, c.message, c.hint])).toEqual([
      ['hint', `phase "first-half" brings in nobody in Lelydorp (the roster's phase column puts everyone there in another phase): it gets no messages or sessions there`, 'to start someone in it, write first-half in their Fase cell of the roster; its messages and their counts follow the roster'],
    ]);
    const { diagnostics, stale } = await rosterDiagnostics(plan, undefined, 'rollout.yaml', dir);
    expect(diagnostics.filter((d) => d.code === 'roster-reach')).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^phase "first-half" brings in nobody in Lelydorp/)]);
    expect(stale({ code: 'empty-at-location', message: reachChecks(plan)[0]!.message } as never)).toBe(true);
  });

  it('keeps the split when the roster names no phase, and says the phase column is what places people', async () => {
    const blank = kroonRoster().replace(/;(first|second)-half;/g, ';;');
    const { dir, plan, placed } = await office(blank);
    expect(placed).toBe(plan);
    const { diagnostics } = await rosterDiagnostics(plan, undefined, 'rollout.yaml', dir);
    expect(diagnostics.filter((d) => d.code === 'roster-reach').map((d) => d.hint)).toEqual([
      "write each person's phase in the roster's phase column (Fase): its messages and their counts then follow the roster",
    ]);
  });
});
