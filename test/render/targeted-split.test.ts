import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { withGroupSplits } from '../../src/plan/resolve.js';
import { Progress } from '../../src/progress/measured.js';
import { targetedGroupsOf, targetedParts } from '../../src/plan/targeted.js';
import { readsEmail } from '../../src/render/channels.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { groupSplits } from '../../src/sources/group-splits.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { minimalPlan, tempDir, validPlan } from '../helpers.js';

/* Field staff at two branches, each launched in its own phase: the group has no location, the roster gives each person's. */

function ngo(): { data: Record<string, unknown>; dir: string } {
  const dir = tempDir();
  // 3 field staff in Albina, 2 in Brownsweg, 1 who left (not counted), 1 at no location (in no phase).
  const rows = ['x1,Veldwerk,Albina,', 'x2,Veldwerk,Brownsweg,', 'x3,Veldwerk,Albina,', 'x4,Kantoor,,', 'x5,Veldwerk,Albina,', 'x6,Veldwerk,Brownsweg,', 'x7,Veldwerk,Albina,2027-01-15', 'x8,Veldwerk,,'];
  writeFileSync(path.join(dir, 'people.csv'), `\ufeffId,Group,Location,Left\r\n${rows.join('\r\n')}\r\n`);
  const data = minimalPlan({
    organization: {
      name: 'Bosland',
      headcount: 10,
      languages: ['nl', 'en'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 4 },
        { name: 'Albina', timezone: 'America/Paramaribo', headcount: 3, languages: ['nl'] },
        { name: 'Brownsweg', timezone: 'America/Paramaribo', headcount: 3, languages: ['nl'] },
      ],
      groups: [
        { name: 'Kantoor', headcount: 4, location: 'Paramaribo' },
        { name: 'Veldwerk', headcount: 6 },
      ],
    },
    people: { file: 'people.csv', columns: { person: 'Id', group: 'Group', location: 'Location', left: 'Left' } },
    phases: [
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, weeks: 2 },
      { id: 'brownsweg', name: 'Brownsweg', audience: { locations: ['Brownsweg'] }, weeks: 2 },
    ],
    communications: { targetedGroups: [{ group: 'Veldwerk', channel: 'WhatsApp', send: ['text', 'notice'] }] },
  });
  return { data, dir };
}

describe('a targeted group the roster splits over the phases of its locations', () => {
  it('counts its people per phase and place from the roster, leaving out those who left and those in no phase', async () => {
    const { data, dir } = ngo();
    const plan = validPlan(data);
    expect(targetedParts(plan).map((t) => t.phase)).toEqual([-1]);
    const splits = await groupSplits(plan, dir);
    expect(splits).toEqual([
      { group: 'Veldwerk', phase: 'albina', location: 'Albina', people: 3 },
      { group: 'Veldwerk', phase: 'brownsweg', location: 'Brownsweg', people: 2 },
    ]);
    const split = withGroupSplits(plan, splits);
    expect(targetedParts(split).map((t) => [t.phase, t.location, t.people])).toEqual([[1, 'Albina', 3], [2, 'Brownsweg', 2]]);
    expect(['paramaribo', 'albina', 'brownsweg'].map((id) => targetedGroupsOf(split, id).map((t) => t.group))).toEqual([[], ['Veldwerk'], ['Veldwerk']]);
  });

  it("counts in each phase's part the people there on its launch day, as the headcount check counts them", async () => {
    const { data, dir } = ngo();
    const plan = validPlan(data);
    const launch = (id: string) => parseDay(buildSchedule(plan).phases.find((p) => p.id === id)!.start);
    // One of Albina's leaves after the rollout starts but before Albina's launch; one of Brownsweg's the day after its launch.
    const file = path.join(dir, 'people.csv');
    const rows = readFileSync(file, 'utf8').replace('x1,Veldwerk,Albina,', `x1,Veldwerk,Albina,${formatDay(launch('albina'))}`).replace('x2,Veldwerk,Brownsweg,', `x2,Veldwerk,Brownsweg,${formatDay(launch('brownsweg') + 1)}`);
    writeFileSync(file, rows);
    expect((await groupSplits(plan, dir)).map((s) => [s.phase, s.people])).toEqual([['albina', 2], ['brownsweg', 2]]);
  });

  it('writes its launch forms in each phase, to its people there, and tells the emails who reads none', async () => {
    const { data, dir } = ngo();
    const written = validPlan(data);
    const plan = withGroupSplits(written, await groupSplits(written, dir));
    const schedule = buildSchedule(plan);
    // Albina's 3 people are all field staff: none reads email; 2 of Brownsweg's 3 are, and the third reads it.
    expect(['albina', 'brownsweg'].map((id) => readsEmail(plan, schedule, { id }))).toEqual([false, true]);
    const { files, entries } = await renderEmails(plan, schedule, { format: 'md', templates: await loadTemplates(undefined) });
    const names = files.map((f) => f.name);
    const launchForms = names.filter((n) => n.includes('veldwerk') && /announcement|reminder|welcome/.test(n));
    expect(launchForms.filter((n) => n.includes('_albina_veldwerk-albina_'))).toHaveLength(6);
    expect(launchForms.filter((n) => n.includes('_brownsweg_veldwerk-brownsweg_'))).toHaveLength(6);
    expect(launchForms.every((n) => n.endsWith('.nl.txt') || n.endsWith('.nl.html'))).toBe(true);
    const to = (pattern: RegExp) => entries.find((e) => pattern.test(e.file))!.to;
    expect(to(/_albina_veldwerk-albina_announcement-text/)).toBe('Veldwerk (3 personen)');
    expect(to(/_brownsweg_veldwerk-brownsweg_welcome-notice/)).toBe('Veldwerk (2 personen)');
    // No email for Albina; Brownsweg's goes to its one other person; everyone's to all but the 5 field staff.
    expect(names.some((n) => /_albina_announcement\./.test(n))).toBe(false);
    expect(to(/_brownsweg_announcement\.nl\.md$/)).toBe('Brownsweg, behalve Veldwerk (1 persoon)');
    expect(to(/_rollout_retrospective\.nl\.md$/)).toBe('Iedereen bij Bosland, behalve Veldwerk (5 personen)');
  });

  it('asks by email only the phases some of whose people read email to say what holds them back', async () => {
    const { data, dir } = ngo();
    const written = validPlan(data);
    const plan = withGroupSplits(written, await groupSplits(written, dir));
    const file = path.join(dir, 'usage.csv');
    // Both branches well under the 80% goal, a week and more after their launches (18 January, 1 February).
    writeFileSync(file, 'date,metric,value,phase\r\n2027-02-10,active_use_pct,20,albina\r\n2027-02-10,active_use_pct,30,brownsweg\r\n');
    const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-02-12'), lenient: false }, Progress.metricsOf(plan), Infinity);
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(undefined), languages: ['en'], progress: new Progress(plan, read.ledger) });
    const behind = files.filter((f) => f.name.includes('weekly-update.en.md')).map((f) => /\*\*Not there yet: (.*?)\.\*\*/.exec(String(f.content))?.[1]).filter((b) => b !== undefined);
    // Albina's people are all field staff, told in their own text: the email asks only Brownsweg's.
    expect(behind.length).toBeGreaterThan(0);
    expect(new Set(behind)).toEqual(new Set(['Brownsweg']));
  });
});
