import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { typeformCsv } from '../typeform.js';

/** A folder with the README's Typeform source, `more` lines added to it, and a download with two partial responses. */
function typeformFolder(more: string[] = []): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Google Workspace, contact: { name: Kantoor, email: kantoor@stichting.example } }',
    'organization: { name: Stichting, headcount: 14, languages: [nl] }',
    'start: 2027-03-01',
    'preset: small',
    'sources:',
    '  - file: exports/responses-typeform.csv',
    '    kind: responses',
    '    date: Submit Date (UTC)',
    ...more.map((line) => `    ${line}`),
    '    metrics: { satisfaction: "Hoe tevreden*", nps: "Hoe waarschijnlijk*" }',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\r\n')}\r\n`);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'responses-typeform.csv'), typeformCsv());
  return dir;
}

describe("Typeform's download with partial responses, through the built binary", () => {
  it('metrics reads the two completed responses and counts the partial ones in a note: satisfaction 7.5, NPS 0', () => {
    const r = run(['metrics', '--at', '2027-03-12', '--format', 'csv'], { cwd: typeformFolder() });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('sources[0]: 2 responses were never submitted');
    expect(r.stderr).toContain('write sources[0].exclude: { Response Type: partial }');
    expect(r.stdout).toContain('2027-03-09,satisfaction,8,,,,1');
    expect(r.stdout).toContain('2027-03-10,nps,6,,,,1');
  });

  it('with exclude or where on Response Type: the same values, no note and no stop', () => {
    for (const filter of ['exclude: { Response Type: partial }', 'where: { Response Type: completed }']) {
      const r = run(['gate-check', '--at', '2027-04-12', '--format', 'json'], { cwd: typeformFolder([filter]) });
      expect(r.stderr).not.toMatch(/the date is empty|never submitted/);
      const gates = (JSON.parse(r.stdout) as { gates: { metric: string; observed?: number; samples?: number }[] }).gates;
      expect(gates.filter((g) => g.metric === 'satisfaction').map((g) => [g.observed, g.samples])).toContainEqual([7.5, 2]);
      expect(gates.filter((g) => g.metric === 'nps').map((g) => [g.observed, g.samples])).toContainEqual([0, 2]);
    }
  });
});
