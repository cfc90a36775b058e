import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { dutchReport, teamsBytes } from '../sources/attendance-files.js';
import { adoptionCopy } from '../sources/support.js';

const DUTCH = 'adoption/exports/training/Groepstraining - Aanwezigheidsrapport 22-3-27.csv';
const dutch = teamsBytes(dutchReport);

/** The example's two reports downloaded in English, which `dutchOnly` leaves out. */
const ENGLISH = ['Groepstraining voor IT-pilot - Attendance report 1-3-27.csv', 'Groepstraining voor Ontwerp en kantoor - Attendance report 15-3-27.csv'];

/** The share of the whole organization trained by 2027-03-29, with the attendance source's `exclude` set. */
function trainedWith(exclude: Record<string, string>, files: Record<string, Buffer> = {}, dutchOnly = false) {
  const dir = adoptionCopy((p) => {
    p.sources[5]!.exclude = exclude;
  });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  if (dutchOnly) for (const name of ENGLISH) rmSync(path.join(dir, 'adoption/exports/training', name));
  const r = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
  return { ...r, share: r.stdout.split('\r\n').find((line) => /^2027-03-29,training_completion_pct,[\d.]+,,,,/.test(line)) };
}

describe('an attendance source that leaves some rows out (exclude)', () => {
  it('by the Role column of the Teams reports: the organisers no longer count as trained', () => {
    expect(trainedWith({}).share).toBe('2027-03-29,training_completion_pct,88,,,,22');
    const r = trainedWith({ Role: 'Organizer' });
    expect(r.status).toBe(0);
    expect(r.share).toBe('2027-03-29,training_completion_pct,84,,,,21');
  });

  it('by a column no file has: exit 2 at the header of the first report, with the column meant', () => {
    const r = trainedWith({ Rolle: 'Organizer' });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'rollout: adoption/exports/training/Groepstraining voor IT-pilot - Attendance report 1-3-27.csv:10:1: no column "Rolle", which sources[5].exclude.Rolle names; did you mean "Role"?; write the column\'s name as the header has it\n',
    );
  });

  it('by a column a report downloaded in Dutch names otherwise: warns that it does not apply there, until the Dutch name is written beside it', () => {
    const english = trainedWith({ Role: 'Organizer' }, { [DUTCH]: dutch });
    expect(english.status).toBe(0);
    expect(english.stderr).toContain(
      `rollout: sources[5].exclude: the report ${DUTCH} has no column "Role", so it does not apply to it; a report downloaded in another language names its columns and values so: write them beside the others (exclude: { Role: Organizer, Rol: Organisator })\n`,
    );
    const both = trainedWith({ Role: 'Organizer', Rol: 'Organisator' }, { [DUTCH]: dutch });
    expect(both.status).toBe(0);
    expect(both.stderr).not.toContain('does not apply');
  });

  it('by the English and Dutch names of Role, as the README advises, in a folder of Dutch reports and a sign-in sheet alone: the organiser is left out', () => {
    // Ravi organised the Dutch session of 22 March; Harold attended it; the branch's sheet has 6 people.
    const organised = teamsBytes([...dutchReport, ['Sewdien, Ravi', '22-3-2027, 09:58:00', '22-3-2027, 11:25:00', '1 u 27 min', 'ravi.sewdien@kaiteur.example', 'Organisator']]);
    const both = trainedWith({ Role: 'Organizer', Rol: 'Organisator' }, { [DUTCH]: organised }, true);
    expect([both.status, both.share]).toEqual([0, '2027-03-29,training_completion_pct,28,,,,7']);
    expect(both.stderr).not.toMatch(/"Role"|does not apply/);
    expect(trainedWith({}, { [DUTCH]: organised }, true).share).toBe('2027-03-29,training_completion_pct,32,,,,8');
    const misspelt = trainedWith({ Role: 'Organizer', Roll: 'Organisator' }, { [DUTCH]: organised }, true);
    expect([misspelt.status, misspelt.stdout]).toEqual([2, '']);
    expect(misspelt.stderr).toBe(`rollout: ${DUTCH}:6:1: no column "Roll", which sources[5].exclude.Roll names; did you mean "Rol"?; write the column's name as the header has it\n`);
  });
});
