import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** Stichting Kustzorg: 18 in Paramaribo, 7 in Nieuw Nickerie, 5 in Albina, who read Dutch only. */
const plan = (languages = '[nl, en]', albina = ', languages: [nl]') => `version: 1
tool:
  name: Teams
  replaces: { en: email threads, nl: e-maildiscussies }
organization:
  name: Stichting Kustzorg
  headcount: 30
  languages: ${languages}
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 18 }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 7 }
    - { name: Albina, timezone: America/Paramaribo, headcount: 5${albina} }
start: 2027-03-01
strategy: { approach: phased, by: location }
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: nickerie, name: Nieuw Nickerie, audience: { locations: [Nieuw Nickerie] }, weeks: 2 }
  - { id: albina, name: Albina, audience: { locations: [Albina] }, weeks: 2 }
`;

function planFile(text: string): string {
  const file = path.join(tempDir(), 'rollout.yaml');
  writeFileSync(file, text);
  return file;
}

describe('languages per location, through the built binary', () => {
  it('writes Albina’s messages in Dutch only, Paramaribo’s and the company-wide ones in both', () => {
    const file = planFile(plan());
    const out = path.join(path.dirname(file), 'emails');
    const r = run(['render-emails', '--plan', file, '--out', out]);
    expect(r.status).toBe(0);
    const files = new Set(readdirSync(out));
    for (const message of ['2027-03-15_albina_announcement', '2027-03-22_albina_reminder', '2027-03-29_albina_welcome']) {
      expect(files.has(`${message}.nl.md`)).toBe(true);
      expect(files.has(`${message}.en.md`)).toBe(false);
    }
    expect(readFileSync(path.join(out, '2027-03-29_albina_welcome.nl.md'), 'utf8')).toContain('Albina');
    for (const both of ['2027-02-15_paramaribo_announcement', '2027-03-01_paramaribo_welcome', '2027-03-05_rollout_weekly-update', '2027-04-23_rollout_retrospective']) {
      expect([files.has(`${both}.nl.md`), files.has(`${both}.en.md`)]).toEqual([true, true]);
    }
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { messages: { file: string; language: string; location: string | null }[] };
    expect(index.messages.filter((m) => m.file.includes('_albina_') && !m.file.includes('checklist')).map((m) => m.language)).toEqual(['nl', 'nl', 'nl']);

    // --lang en still filters: Albina's people get no English message at all.
    const english = path.join(path.dirname(file), 'english');
    expect(run(['render-emails', '--plan', file, '--lang', 'en', '--out', english]).status).toBe(0);
    const written = readdirSync(english);
    expect(written.some((f) => /_albina_(announcement|reminder|welcome)/.test(f))).toBe(false);
    expect(written).toContain('2027-03-01_paramaribo_welcome.en.md');
    expect(written.filter((f) => f.endsWith('.nl.md'))).toEqual([]);
  });

  it('removes with --force the English drafts an earlier run wrote for Albina, once Albina reads Dutch only', () => {
    const file = planFile(plan('[nl, en]', ''));
    const out = path.join(path.dirname(file), 'emails');
    expect(run(['render-emails', '--plan', file, '--out', out]).status).toBe(0);
    expect(existsSync(path.join(out, '2027-03-29_albina_welcome.en.md'))).toBe(true);
    writeFileSync(file, plan());
    const again = run(['render-emails', '--plan', file, '--out', out, '--force']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^weggehaald: 3 bestanden die een eerdere run schreef en deze niet meer/m);
    expect(existsSync(path.join(out, '2027-03-29_albina_welcome.en.md'))).toBe(false);
    expect(existsSync(path.join(out, '2027-03-29_albina_welcome.nl.md'))).toBe(true);
  });

  it('pairs Albina (Dutch only) with buddies from Paramaribo, not from English-only Nieuw Nickerie that launched just before', () => {
    const file = planFile(plan().replace('headcount: 7 }', 'headcount: 7, languages: [en] }'));
    const out = path.join(path.dirname(file), 'emails');
    expect(run(['render-emails', '--plan', file, '--out', out]).status).toBe(0);
    const buddy = (name: string) => readFileSync(path.join(out, name), 'utf8').split('\n').find((l) => l.includes('**Buddy:**'));
    expect(buddy('2027-03-29_albina_welcome.nl.md')).toBe('- **Buddy:** zoek een collega uit Paramaribo; die werkt al sinds maandag 1 maart met Teams');
    expect(buddy('2027-03-15_nickerie_welcome.en.md')).toBe('- **Buddy:** pair up with a colleague from Paramaribo; they have used Teams since Monday, March 1');
  });

  it('refuses a location language the plan is not written in: one line with its place and the fix', () => {
    const file = planFile(plan('[en]'));
    const validate = run(['validate', '--plan', file]);
    expect(validate.status).toBe(1);
    expect(validate.stderr.split('\n').filter((l) => l.includes(': error '))).toEqual([
      `${file}:12:79: error organization.locations[2].languages[0]: location "Albina" reads nl, which is not one of organization.languages (en) (add nl to organization.languages, or take it out of this location's languages)`,
    ]);
    const render = run(['render-emails', '--plan', file, '--out', path.join(path.dirname(file), 'emails')]);
    expect(render.status).toBe(2);
    expect(render.stderr).toContain(`${file}:12:79: error organization.locations[2].languages[0]`);
    expect(existsSync(path.join(path.dirname(file), 'emails'))).toBe(false);
  });

  it('gives one location’s calendar in the first language its people read, unless --lang says otherwise', () => {
    const file = planFile(plan('[en, nl]'));
    const albina = run(['schedule', '--plan', file, '--location', 'Albina', '--format', 'ics']);
    expect(albina.status).toBe(0);
    expect(albina.stdout).toContain('SUMMARY:Groepstraining voor Albina');
    const paramaribo = run(['schedule', '--plan', file, '--location', 'Paramaribo', '--format', 'ics']);
    expect(paramaribo.stdout).toContain('SUMMARY:Group training for Paramaribo');
    expect(run(['schedule', '--plan', file, '--location', 'Albina', '--format', 'ics', '--lang', 'en']).stdout).toContain('SUMMARY:Group training for Albina');
  });

  it('shows the key in rollout init and rollout schema', () => {
    const dir = tempDir();
    expect(run(['init', '--lang', 'nl,en', '--dir', dir, '--no-templates', '--start', '2027-03-01']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toMatch(/^ {2}# {3}- \{ name: Paramaribo, .*languages: \[nl\] \}/m);
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { organization: { properties: { locations: { items: { properties: { languages: { items: { enum: string[] } } } } } } } } };
    expect(schema.properties.organization.properties.locations.items.properties.languages.items.enum).toEqual(['en', 'nl']);
  });
});
