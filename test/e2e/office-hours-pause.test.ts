import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from Monday 2027-01-04: the core team starts on the 18th; the server move, decided on the 11th, pauses the rollout from the 20th to the 25th.
const plan = minimalPlan({
  organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] },
  pauses: [{ from: '2027-01-20', until: '2027-01-25', reason: { en: 'server move', nl: 'serververhuizing' }, decided: '2027-01-11' }],
});

describe('render-emails: a welcome whose first week of office hours a pause cuts', () => {
  it('says they stop for the pause and are daily again when it ends, in Dutch and English', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    const r = run(['render-emails', '--out', 'out', '--at', '2027-01-18'], { cwd: dir });
    expect(r.status).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, 'out', name), 'utf8');
    expect(read('2027-01-18_core-team_welcome.en.md')).toContain(
      '- **Office hours:** drop in at 14:00, 60 minutes, every working day in the first week from Monday, January 18; none during the pause from Wednesday, January 20 (server move), every working day again from Monday, January 25, 3 times in the week after\n',
    );
    expect(read('2027-01-18_core-team_welcome.nl.md')).toContain(
      '- **Spreekuur:** loop binnen om 14:00, 60 minuten, de eerste week elke werkdag vanaf maandag 18 januari; niet tijdens de pauze vanaf woensdag 20 januari (serververhuizing), weer elke werkdag vanaf maandag 25 januari, de week daarna 3 keer\n',
    );
    // The schedule holds those very days.
    const days = (JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { events: { type: string; phase?: string; date: string }[] }).events
      .filter((e) => e.type === 'office-hours' && e.phase === 'core-team')
      .map((e) => e.date);
    expect(days.slice(0, 3)).toEqual(['2027-01-18', '2027-01-19', '2027-01-25']);
    // And titles the week after the week back as such, not as the core team's second week.
    const table = run(['schedule'], { cwd: dir }).stdout;
    expect(table).toContain('Spreekuur (3 keer, tweede week na de pauze, Kernteam)');
    expect(table).not.toContain('tweede week van Kernteam');
    expect(run(['schedule', '--lang', 'en'], { cwd: dir }).stdout).toContain('Office hours (3x, second week back after the pause, Core team)');
  });
});
