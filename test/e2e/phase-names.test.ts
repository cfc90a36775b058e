import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/** The growing preset names the last phase "Alle overige collega’s" / "Everyone else" and the first "Pilotgroep" / "Pilot group". */
const PLAN = path.join(ROOT, 'test/fixtures/audience/branch.yaml');

/** What the texts said before: a phase name as the subject of a verb. */
const WRONG = [
  /werkt (Alle overige collega’s|Pilotgroep)/,
  /stapt (Alle overige collega’s|Pilotgroep)/,
  /(Alle overige collega’s|Pilotgroep) (begint|start|werkt)\b/,
  /(Everyone else|Pilot group)( in [A-Z][a-z]+( [A-Z][a-z]+)?)? (works|switches|starts|then starts)\b/,
];

const ok = (args: string[], cwd?: string) => {
  const r = run(args, cwd ? { cwd } : {});
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('the preset’s phase names in sentences', () => {
  it('schedule and what-if, in Dutch and English, never make them the subject of a verb', () => {
    for (const lang of ['nl', 'en']) {
      const texts = [
        ok(['schedule', '--plan', PLAN, '--lang', lang, '--format', 'csv']),
        ok(['what-if', '--plan', PLAN, '--lang', lang, '--pause', '1w', '--at', '2027-03-29']),
      ].join('\n');
      expect(texts).toContain(lang === 'nl' ? 'Start voor Alle overige collega’s: welkomstmail' : 'Launch for Everyone else: welcome email');
      for (const wrong of WRONG) expect(texts).not.toMatch(wrong);
    }
  });

  it('render-emails writes the welcome and reminder to "your group" in both languages', () => {
    const dir = tempDir();
    ok(['render-emails', '--plan', PLAN, '--out', 'out'], dir);
    const out = path.join(dir, 'out');
    const all = readdirSync(out).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    for (const wrong of WRONG) expect(all).not.toMatch(wrong);
    const welcome = readFileSync(path.join(out, '2027-04-12_everyone-else_welcome.nl.md'), 'utf8');
    expect(welcome).toContain('Vanaf vandaag, maandag 12 april 2027, werkt jouw groep (Alle overige collega’s in Nieuw Nickerie) in Microsoft Teams');
    expect(readFileSync(path.join(out, '2027-04-05_everyone-else_reminder.en.md'), 'utf8')).toContain('your group (Everyone else in Nieuw Nickerie) switches to Microsoft Teams');
  });
});
