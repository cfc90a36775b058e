import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, tempDir } from '../helpers.js';
import { workbook } from '../workbook.js';

/** A four-person office whose roster is HR's .xlsx export and whose survey is a Microsoft Forms workbook. */
function office(answer: string | number): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'hr'));
  mkdirSync(path.join(dir, 'exports'));
  const plan = {
    version: 1,
    tool: { name: 'Microsoft Teams' },
    organization: { name: 'Van Beek', headcount: 4, locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo' }], groups: [{ name: 'IT pilot', headcount: 4, kind: 'pilot', location: 'Paramaribo' }] },
    start: '2027-01-11',
    phases: [{ id: 'pilot', name: 'IT pilot', audience: { groups: ['IT pilot'] }, weeks: 2 }],
    people: { file: 'hr/personeel.xlsx', columns: { person: 'E-mail', name: 'Naam', group: 'Afdeling', location: 'Vestiging' } },
    sources: [{ file: 'exports/Teams-survey.xlsx', kind: 'responses', date: 'Start time', person: 'Email', metrics: { satisfaction: 'How satisfied*' } }],
    gates: [{ id: 'satisfaction', phase: 'pilot', scope: 'organization', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '2w', minSamples: 2 }],
  };
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  const people = ['joel', 'renee', 'zoe', 'ingrid'].map((n, i) => [1000 + i, n, `${n}@vanbeek.example`, 'IT pilot', 'Paramaribo']);
  const roster = [['HR-export personeel — Van Beek (geëxporteerd 4-1-2027)'], ['Personeelsnr', 'Naam', 'E-mail', 'Afdeling', 'Vestiging'], ...people];
  writeFileSync(path.join(dir, 'hr/personeel.xlsx'), workbook(roster, { sheet: 'Personeel', merged: 'A1:E1' }));
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'How satisfied are you with Teams? (1-10)'];
  const answers = [
    [1, { dated: 46399.375 }, { dated: 46399.377 }, 'joel@vanbeek.example', 'joel', '', 8],
    [2, { dated: 46400.375 }, { dated: 46400.377 }, 'renee@vanbeek.example', 'renee', '', answer],
  ];
  writeFileSync(path.join(dir, 'exports/Teams-survey.xlsx'), workbook([header, ...answers], { sheet: 'Form1' }));
  return dir;
}

describe('an office reading HR\'s .xlsx roster and a Forms workbook', () => {
  it('reads the roster below its merged title row', () => {
    const r = run(['gate-check', '--at', '2027-01-25', '--format', 'json'], { cwd: office(9) });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).gates[0]).toMatchObject({ id: 'satisfaction', status: 'pass', observed: 8.5, samples: 2 });
  });

  it('names the sheet and the cell of a bad answer, as Excel shows them', () => {
    const r = run(['gate-check', '--at', '2027-01-25'], { cwd: office('acht') });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'rollout: exports/Teams-survey.xlsx, sheet "Form1", cell G3: the satisfaction answer is not a number; correct it in the export, or run with --lenient to skip bad rows',
    );
  });
});
