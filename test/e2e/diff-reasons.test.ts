import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { minimalPlan, run, tempDir } from '../helpers.js';

const phases = [
  { id: 'early-adopters', name: 'Early adopters', audience: '10-20%', weeks: 2 },
  { id: 'core-team', name: 'Core team', audience: '30-40%', weeks: 2 },
  { id: 'everyone-else', name: 'Everyone else', audience: 'rest', weeks: 2 },
];
const gate = (id: string) => ({ id, phase: 'early-adopters', metric: 'active_use_pct', threshold: 60, within: '1w' });
const plan = (overrides: Record<string, unknown> = {}) => minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] }, phases, gates: [gate('early-check')], ...overrides });

/** The reasons `rollout diff` gives for what moved between two plans: by id in JSON, by name in text, in the language asked for. */
function reasons(before: Record<string, unknown>, after: Record<string, unknown>, lang: 'en' | 'nl'): { json: string[]; text: string } {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'before.yaml'), stringify(before));
  writeFileSync(path.join(dir, 'after.yaml'), stringify(after));
  const json = run(['diff', 'before.yaml', 'after.yaml', '--format', 'json', '--lang', lang], { cwd: dir });
  const text = run(['diff', 'before.yaml', 'after.yaml', '--lang', lang], { cwd: dir });
  expect([json.status, text.status], json.stderr + text.stderr).toEqual([1, 1]);
  const changes = (JSON.parse(json.stdout) as { changes: { reason?: string }[] }).changes;
  return { json: [...new Set(changes.flatMap((c) => (c.reason ? [c.reason] : [])))].sort(), text: text.stdout };
}

const everyoneElse = (extra: Record<string, unknown>) => phases.map((p) => (p.id === 'everyone-else' ? { ...p, ...extra } : p));

/** An edit of the plan, and the reasons diff gives: in JSON by id, in text by name, in English and in Dutch. */
const cases: { edit: string; after: Record<string, unknown>; en: string[]; nl: string[]; enText: string[]; nlText: string[] }[] = [
  {
    edit: 'a phase that lasts days instead of weeks',
    after: { phases: phases.map((p) => (p.id === 'early-adopters' ? { ...p, weeks: undefined, days: 15 } : p)) },
    // A launch a day later no longer falls on a Sunday, and now on a Saturday.
    // Named with the edit that moved it by far more than the weekend did.
    en: ['phase early-adopters now lasts 15 days (was 2 weeks)', 'phase early-adopters now lasts 15 days (was 2 weeks); Saturday', 'phase early-adopters now lasts 15 days (was 2 weeks); no longer moved for Sunday'],
    nl: ['fase early-adopters duurt nu 15 dagen (was 2 weken)', 'fase early-adopters duurt nu 15 dagen (was 2 weken); niet meer verschoven voor zondag', 'fase early-adopters duurt nu 15 dagen (was 2 weken); zaterdag'],
    enText: ['Early adopters now lasts 15 days (was 2 weeks)'],
    nlText: ['Early adopters duurt nu 15 dagen (was 2 weken)'],
  },
  {
    edit: 'a phase that starts in a later week',
    after: { phases: everyoneElse({ startWeek: 9 }) },
    en: ['phase everyone-else now starts in week 9', 'phase everyone-else now starts in week 9; Saturday'],
    nl: ['fase everyone-else begint nu in week 9', 'fase everyone-else begint nu in week 9; zaterdag'],
    enText: ['Everyone else now starts in week 9'],
    nlText: ['Everyone else begint nu in week 9'],
  },
  {
    edit: 'a phase replaced by another',
    after: { phases: [...phases.slice(0, 2), { id: 'branch', name: 'The branch', audience: 'rest', weeks: 2 }] },
    en: ['phase branch added', 'phase everyone-else removed'],
    nl: ['fase branch toegevoegd', 'fase everyone-else verwijderd'],
    enText: ['new phase: The branch', 'phase removed: Everyone else'],
    nlText: ['nieuwe fase: The branch', 'fase verwijderd: Everyone else'],
  },
  {
    edit: 'a later start',
    after: { start: '2027-01-11' },
    en: ['start changed from 2027-01-04 to 2027-01-11'],
    nl: ['start gewijzigd van 2027-01-04 naar 2027-01-11'],
    enText: ['start changed from 2027-01-04 to 2027-01-11'],
    nlText: ['start gewijzigd van 2027-01-04 naar 2027-01-11'],
  },
  {
    edit: 'a gate replaced by another',
    after: { gates: [gate('early-go')] },
    en: ['gate early-check removed', 'gate early-go added'],
    nl: ['toetsmoment early-check verwijderd', 'toetsmoment early-go toegevoegd'],
    enText: ['gate early-check removed', 'gate early-go added'],
    nlText: ['toetsmoment early-check verwijderd', 'toetsmoment early-go toegevoegd'],
  },
  {
    edit: 'a pause still open',
    after: { pauses: [{ from: '2027-01-25', reason: 'Server move' }] },
    en: ['pause from 2027-01-25, still open: Server move'],
    nl: ['pauze vanaf 2027-01-25, nog niet afgelopen: Server move'],
    enText: ['pause from 2027-01-25, still open: Server move'],
    nlText: ['pauze vanaf 2027-01-25, nog niet afgelopen: Server move'],
  },
  {
    edit: 'a pause of one phase',
    after: { pauses: [{ from: '2027-01-25', until: '2027-02-08', reason: 'Server move', only: { phase: 'everyone-else' } }] },
    en: ['pause of Everyone else from 2027-01-25 until 2027-02-08: Server move'],
    nl: ['pauze voor Everyone else van 2027-01-25 tot 2027-02-08: Server move'],
    enText: ['pause of Everyone else from 2027-01-25 until 2027-02-08: Server move'],
    nlText: ['pauze voor Everyone else van 2027-01-25 tot 2027-02-08: Server move'],
  },
  {
    edit: 'a rollback',
    after: { rollback: { on: '2027-01-20', reason: 'Too slow' } },
    en: ['rolled back on 2027-01-20: Too slow'],
    nl: ['teruggedraaid op 2027-01-20: Too slow'],
    enText: ['rolled back on 2027-01-20: Too slow'],
    nlText: ['teruggedraaid op 2027-01-20: Too slow'],
  },
];

describe('diff says why each item moved, in English and in Dutch', () => {
  it.each(cases)('$edit', ({ after, en, nl, enText, nlText }) => {
    const english = reasons(plan(), plan(after), 'en');
    const dutch = reasons(plan(), plan(after), 'nl');
    expect([english.json, dutch.json]).toEqual([en, nl]);
    for (const reason of enText) expect(english.text).toContain(`(${reason})`);
    for (const reason of nlText) expect(dutch.text).toContain(`(${reason})`);
  });
});

describe('diff of a later start whose launch a holiday holds a day, before and after', () => {
  it('names the start change beside the holiday, not the holiday alone', () => {
    // A Monday off each week: the launch moves from Tuesday 5 to Tuesday 12 January, 7 days of which the start gave.
    const holidays = [
      { date: '2027-01-04', name: { en: 'New Year observed', nl: 'Nieuwjaar ingehaald' } },
      { date: '2027-01-11', name: { en: 'Day of Liberation', nl: 'Dag der Bevrijding' } },
    ];
    const calendar = { workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays };
    const english = reasons(plan({ calendar }), plan({ calendar, start: '2027-01-11' }), 'en');
    expect(english.json).toContain('start changed from 2027-01-04 to 2027-01-11; holiday (Day of Liberation)');
    expect(english.json.filter((r) => !r.startsWith('start changed'))).toEqual([]);
    const dutch = reasons(plan({ calendar }), plan({ calendar, start: '2027-01-11' }), 'nl');
    expect(dutch.text).toContain('(start gewijzigd van 2027-01-04 naar 2027-01-11; feestdag (Dag der Bevrijding))');
  });
});
