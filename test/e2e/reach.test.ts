import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/** Paramaribo's 20 people all start in the pilot and the two departments; the rest phase is Nieuw Nickerie's 5. */
const PLAN = path.join(ROOT, 'test/fixtures/audience/branch.yaml');
const LANGS = ['nl', 'en'] as const;

const ok = (args: string[], cwd?: string) => {
  const r = run(args, cwd ? { cwd } : {});
  expect(r.stderr).not.toMatch(/error/);
  expect(r.status).toBe(0);
  return r.stdout;
};

describe('a rest phase where one location has nobody left', () => {
  it.each(LANGS)('schedule plans it at Nieuw Nickerie alone in every format (%s)', (lang) => {
    const base = ['schedule', '--plan', PLAN, '--lang', lang];
    const json = JSON.parse(ok([...base, '--format', 'json'])) as { phases: { id: string; people: number; locations: string[]; peopleAt?: Record<string, number> }[] };
    expect(json.phases.filter((p) => p.peopleAt).map((p) => [p.id, p.people, p.peopleAt])).toEqual([
      ['pilot', 3, { Paramaribo: 3 }],
      ['department-1', 8, { Paramaribo: 8 }],
      ['department-2', 9, { Paramaribo: 9 }],
      ['everyone-else', 5, { 'Nieuw Nickerie': 5 }],
    ]);
    const csv = ok([...base, '--format', 'csv']).split('\n');
    expect(csv.filter((l) => l.includes(',everyone-else,Nieuw Nickerie,')).length).toBeGreaterThan(5);
    expect(csv.filter((l) => l.includes(',everyone-else,Paramaribo,'))).toEqual([]);
    for (const format of ['table', 'markdown']) {
      const rows = ok([...base, '--format', format]).split('\n').filter((l) => /\beveryone-else\b/.test(l));
      expect(rows.some((l) => l.includes('Nieuw Nickerie'))).toBe(true);
      expect(rows.filter((l) => l.includes('Paramaribo'))).toEqual([]);
    }
    const events = ok([...base, '--format', 'ics']).replace(/\r?\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1);
    const rest = events.filter((e) => /UID:[a-z-]+-everyone-else-/.test(e));
    expect(rest.filter((e) => e.includes('LOCATION:Nieuw Nickerie')).length).toBeGreaterThan(5);
    expect(rest.filter((e) => e.includes('LOCATION:Paramaribo'))).toEqual([]);
    expect(ok([...base, '--format', 'mermaid'])).toMatch(lang === 'nl' ? /Alle overige collega’s \(5 personen\) :everyone-else/ : /Everyone else \(5 people\) :everyone-else/);
  });

  it('render-emails writes one announcement, reminder and welcome per language, to the 5 in Nieuw Nickerie', () => {
    const dir = tempDir();
    ok(['render-emails', '--plan', PLAN, '--out', 'out'], dir);
    const files = readdirSync(path.join(dir, 'out')).filter((f) => f.includes('everyone-else') && /_(announcement|reminder|welcome)\./.test(f));
    expect(files).toHaveLength(6);
    for (const f of files) {
      const text = readFileSync(path.join(dir, 'out', f), 'utf8');
      expect(text).toMatch(/\*\*(To|Aan):\*\* [^\n]*, Nieuw Nickerie \(5 (people|personen)\)/);
      expect(text).not.toContain('Paramaribo');
    }
  });

  it.each(LANGS)('the report trains the rest phase in Nieuw Nickerie only (%s)', (lang) => {
    const dir = tempDir();
    ok(['report', '--plan', PLAN, '--lang', lang, '--at', '2027-04-14', '-o', 'r.html'], dir);
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Nieuw Nickerie');
    expect(html).toMatch(/Training: 12 (apr|Apr), Nieuw Nickerie/);
    expect(html).not.toMatch(/Training: 12 (apr|Apr), Paramaribo/);
  });

  it('validate says that the preset plans the rest phase in Nieuw Nickerie only, and --strict lets it pass', () => {
    const r = run(['validate', '--plan', PLAN]);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toContain('hint preset: phase "everyone-else" brings in nobody in Paramaribo (everyone there starts in another phase): it gets no messages or sessions there (the preset plans it in Nieuw Nickerie only; to plan it otherwise, list the phases under phases:)');
    const strict = run(['validate', '--strict', '--plan', PLAN]);
    expect(strict.stderr).not.toContain('empty-at-location');
    expect(strict.stderr).not.toMatch(/warning preset: phase "everyone-else"/);
  });
});
