import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { example, minimalPlan, run, tempDir } from '../helpers.js';

const enterprise = example('enterprise.yaml');

describe('the playbook, end to end', () => {
  it.each(['table', 'markdown', 'ics', 'mermaid', 'csv', 'json'])('schedule --lang nl writes %s in Dutch and keeps machine keys', (format) => {
    const nl = run(['schedule', '--plan', enterprise, '--format', format, '--lang', 'nl']);
    const en = run(['schedule', '--plan', enterprise, '--format', format, '--lang', 'en']);
    expect([nl.status, en.status]).toEqual([0, 0]);
    expect(nl.stdout).toContain('Toetsmoment');
    expect(en.stdout).not.toContain('Toetsmoment');
    expect(en.stdout).toContain('Gate ');
    if (format === 'json') {
      const [a, b] = [JSON.parse(nl.stdout), JSON.parse(en.stdout)];
      expect(a.events.map((e: { type: string; key: string }) => `${e.type}:${e.key}`)).toEqual(b.events.map((e: { type: string; key: string }) => `${e.type}:${e.key}`));
    }
    if (format === 'csv') expect(nl.stdout.split('\r\n')[0]).toBe(en.stdout.split('\r\n')[0]);
  });

  it('names phase kinds and item types in the language of the table and markdown; csv and json keep the machine names', () => {
    const column = (out: string, n: number) => new Set(out.split('\n').map((l) => l.split(/[│|]/)[n]?.trim()).filter((x) => x));
    const table = run(['schedule', '--plan', enterprise, '--lang', 'nl']).stdout;
    for (const dutch of ['start', 'uitfasering', 'aankondiging', 'spreekuur', 'toetsmoment', 'checklijst']) expect(column(table, 2).has(dutch) || column(table, 4).has(dutch)).toBe(true);
    for (const english of ['launch', 'decommission', 'announcement', 'office-hours', 'gate']) expect([column(table, 2).has(english), column(table, 4).has(english)]).toEqual([false, false]);
    const markdown = run(['schedule', '--plan', enterprise, '--format', 'markdown', '--lang', 'nl']).stdout;
    expect(markdown).toMatch(/\| uitfasering \|/);
    expect(markdown).toMatch(/\| spreekuur \|/);
    expect(markdown).not.toMatch(/\| (launch|office-hours|announcement) \|/);
    expect(run(['schedule', '--plan', enterprise, '--lang', 'en']).stdout).toMatch(/│ office hours\s+│/);
    const csv = run(['schedule', '--plan', enterprise, '--format', 'csv', '--lang', 'nl']).stdout;
    expect(csv).toMatch(/,office-hours,/);
    expect(csv).not.toContain(',spreekuur,');
  });

  it("defaults to the plan's first language", () => {
    expect(run(['schedule', '--plan', enterprise]).stdout.split('\n')[0]).toMatch(/^Invoering van Teamchat bij Caribe Logistics: 120 personen/);
  });

  it('warns about a deprecated key, an unreliable location without an offline plan, a text without a language; hints at plain strings', () => {
    const dir = tempDir();
    const plan = minimalPlan({
      tool: { name: 'Teams', why: { en: 'questions get lost' }, benefit: 'speed', contact: { name: 'Ravi', email: 'ravi@acme.sr' } },
      organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'], locations: [{ name: 'Nickerie', timezone: 'America/Paramaribo', connectivity: 'poor', champion: 'R' }] },
      training: { officeHours: { firstWeek: 'daily' } },
    });
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    const r = run(['validate', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(true);
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['deprecated', 'offline-plan', 'text-language']));
    expect(json.hints.map((h: { code: string }) => h.code)).toEqual(['text-one-language']);
    const text = run(['validate'], { cwd: dir });
    expect(text.stderr).toMatch(/: hint tool\.benefit: this text is one string for nl and en alike; every message shows it as written/);
  });

  it('init --preset small --headcount 3 warns and names the big-bang switch', () => {
    const dir = tempDir();
    expect(run(['init', '--preset', 'small', '--headcount', '3', '--start', '2027-01-04', '--dir', dir, '--no-templates']).status).toBe(0);
    const r = run(['validate', '--strict', '--plan', path.join(dir, 'rollout.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("warning preset: the small preset follows the playbook's small team (5-10 people), not 3 (for 3 people the playbook advises a big-bang switch (strategy: { approach: big-bang }))");
  });

  it('gives three people switching at once the solo checklists, in both languages, and nothing to send', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(minimalPlan({ strategy: { approach: 'big-bang' }, organization: { name: 'Trio', headcount: 3, languages: ['nl', 'en'] } })));
    const r = run(['render-emails', '--out', 'out', '--format', 'txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const written = r.stdout.trim().split('\n').map((f) => path.basename(f));
    expect(written.filter((f) => !f.startsWith('index')).sort()).toEqual([
      '2027-01-04_switch_checklist-switch-day.en.txt',
      '2027-01-04_switch_checklist-switch-day.nl.txt',
      '2027-01-08_switch_checklist-learn-and-adjust.en.txt',
      '2027-01-08_switch_checklist-learn-and-adjust.nl.txt',
      '2027-01-11_rollout_checklist-evaluation.en.txt',
      '2027-01-11_rollout_checklist-evaluation.nl.txt',
    ]);
    expect(readFileSync(path.join(dir, 'out', '2027-01-04_switch_checklist-switch-day.nl.txt'), 'utf8')).toContain('Dag 1: overstappen op Teamchat');
  });

  it('writes the survey, the challenge of the week and the discovery answers into the messages', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', enterprise, '--out', dir, '--force', '--lang', 'nl']);
    expect(r.status).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    expect(read('2027-02-08_rollout_survey.nl.md')).toContain('Hoe tevreden ben je tot nu toe over Teamchat?');
    expect(read('2027-02-08_rollout_checklist-each-week-after.nl.md')).toContain('Let op een bekend probleem: De e-mails zijn verstuurd maar het gebruik komt niet op gang.');
    const started = r.stdout.split('\n').find((f) => f.includes('get-started'))!;
    // The plan names the champions: the item is done, and counts the phases as the schedule does (the switch-off included).
    const checklist = readFileSync(started, 'utf8');
    expect(checklist).toContain('- [x] Ambassadeurs aangewezen: Anjali Ramdin (Paramaribo), Marcus Allicock (Georgetown) en Keisha Baptiste (Port of Spain). Eén ambassadeur per vestiging, hierboven genoemd.');
    expect(checklist).toContain(`vastleggen: ${JSON.parse(run(['schedule', '--plan', enterprise, '--format', 'json']).stdout).phases.length} fasen van maandag 1 februari`);
    // The offline plan says what to do; the message says when, once.
    expect(read('2027-02-01_paramaribo_announcement.nl.md')).toContain('**Als het internet uitvalt:** Help klanten telefonisch verder en zet het daarna in Teamchat.');
    expect(r.stdout.split('\n').filter((f) => f.endsWith('.md')).map((f) => readFileSync(f, 'utf8')).join('')).not.toMatch(/uitvalt:\*\* Valt het internet uit|is down:\*\* During an internet outage/);
  });
});
