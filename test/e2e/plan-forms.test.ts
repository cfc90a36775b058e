import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

const head = 'version: 1\norganization: { name: Acme, headcount: 40 }\nstart: 2027-01-04\n';

/** A value written in a form the plan does not take, on line 4 or 5, and the one error validate gives for it. */
const cases: { name: string; yaml: string; error: string }[] = [
  { name: 'a name written per language', yaml: 'tool: { name: { nl: Teams, en: Teams } }', error: 'p.yaml:4:15: error tool.name: expected string, got a mapping (a name is one text for every language: name: Teams)' },
  { name: 'a pause without its reason', yaml: 'tool: { name: Teams }\npauses: [{ from: 2027-01-25 }]', error: 'p.yaml:5:10: error pauses[0].reason: is required (a text, or one per language: { en: ..., nl: ... })' },
  { name: 'a mistyped kind of source', yaml: 'tool: { name: Teams }\nsources: [{ kind: actvity, file: a.csv }]', error: 'p.yaml:5:19: error sources[0].kind: "actvity" is not a kind of source (did you mean "activity"?)' },
  { name: 'an audience of groups that is no list', yaml: 'tool: { name: Teams }\nphases: [{ id: a, name: A, audience: { groups: 5 } }]', error: 'p.yaml:5:48: error phases[0].audience.groups: expected array, got number 5' },
  { name: 'a misspelt key of a phase', yaml: 'tool: { name: Teams }\nphases: [{ id: a, name: A, audience: rest, nmae: x }]', error: 'p.yaml:5:44: error phases[0].nmae: unknown key "nmae" (did you mean "name"?)' },
  { name: 'a holiday that is a list', yaml: 'tool: { name: Teams }\ncalendar: { holidays: [[1]] }', error: 'p.yaml:5:24: error calendar.holidays[0]: expected a date YYYY-MM-DD or {date, name}' },
  { name: 'a text cut by a comma inside { }', yaml: 'tool: { name: Teams, why: { en: Email chains, lost files. } }', error: 'p.yaml:4:47: error tool.why.lost files.: unknown key "lost files.": a comma inside { } ends the text before it (quote the whole text: en: "Email chains, lost files.")' },
  { name: 'a rollback that is a number', yaml: 'tool: { name: Teams }\nrollback: 5', error: 'p.yaml:5:11: error rollback: has an unexpected form' },
];

describe('validate says where a value of the wrong form is, and how to write it', () => {
  it.each(cases)('$name', ({ yaml, error }) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.yaml'), `${head}${yaml}\n`);
    const r = run(['validate', '--plan', 'p.yaml'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `${error}\np.yaml: invalid, 1 error\n`]);
  });
});
