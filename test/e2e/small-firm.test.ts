import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';

/** A 9-person firm in one office that starts with `rollout init --preset small`, in Dutch. */
let dir = '';
const at = (args: string[]) => run(args, { cwd: dir });
const section = (html: string, id: string) => new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)![1]!;
const rows = (html: string) => [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim())).filter((cells) => cells.length > 0);

beforeAll(() => {
  dir = tempDir();
  expect(run(['init', '--preset', 'small', '--lang', 'nl', '--headcount', '9', '--name', 'Kantoor Wanica', '--start', '2027-03-01', '--no-templates'], { cwd: dir }).status).toBe(0);
  writeFileSync(
    path.join(dir, 'metrics.csv'),
    'date,phase,active_use_pct,satisfaction,support_tickets\n2027-03-05,first-half,80%,8,3\n2027-03-10,second-half,60%,7,2\n2027-03-12,,,9,1\n2027-03-19,,,6,1\n2027-03-26,,,7,0\n',
  );
});
afterAll(removeTempDirs);

describe('a small firm: the company-wide gates', () => {
  const check = ['gate-check', '--metrics', 'metrics.csv', '--at', '2027-03-30'];

  it('are everyone\'s in the gate-check table, in Dutch and English, text and markdown', () => {
    const text = at(check).stdout;
    for (const id of ['satisfaction', 'nps', 'support-tickets-trend']) expect(text).toMatch(new RegExp(`│ ${id}\\s+│ iedereen\\s+│`));
    expect(text).toMatch(/│ first-half-success\s+│ first-half\s+│/);
    const md = at([...check, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toContain('| satisfaction | everyone | satisfaction (1-10) (mean) |');
    expect(md).toContain('| first-half-success | first-half | active use |');
    expect(at([...check, '--format', 'markdown']).stdout).toContain('| nps | iedereen | Net Promoter Score (0-10) |');
  });

  it('keep the phase they are dated by in JSON and say whose rows they read', () => {
    const gates = JSON.parse(at([...check, '--format', 'json']).stdout).gates as { id: string; phase: string; scope: string }[];
    expect(gates.map((g) => `${g.id} ${g.phase} ${g.scope}`)).toEqual([
      'first-half-go-no-go first-half phase',
      'first-half-success first-half phase',
      'second-half-success second-half phase',
      'satisfaction first-half organization',
      'nps first-half organization',
      'support-tickets-trend first-half organization',
    ]);
  });

  it('are everyone\'s in the schedule\'s phase column, which keeps the phase of the rest', () => {
    const table = at(['schedule']).stdout;
    expect(table).toMatch(/│ 2027-03-29 │\s+│ toetsmoment\s+│ iedereen\s+│\s+│ Toetsmoment nps \(iedereen\)/);
    expect(table).toMatch(/│ 2027-03-29 │\s+│ toetsmoment\s+│ first-half\s+│\s+│ Toetsmoment first-half-success/);
    expect(at(['schedule', '--format', 'markdown', '--lang', 'en']).stdout).toContain('| 2027-03-29 |  | gate | everyone |  | Gate satisfaction (everyone)');
    const events = JSON.parse(at(['schedule', '--format', 'json']).stdout).events as { key: string; phase?: string; scope?: string }[];
    expect(events.find((e) => e.key === 'nps')).toMatchObject({ phase: 'first-half', scope: 'organization' });
    expect(events.find((e) => e.key === 'first-half-success')).not.toHaveProperty('scope');
  });

  it('are the whole organization\'s in the report\'s gates, next two weeks and charts, in both languages', () => {
    const nl = at(['report', '--metrics', 'metrics.csv', '--at', '2027-03-22', '-o', '-']).stdout;
    const gates = rows(section(nl, 'gates'));
    expect(gates.filter((r) => r[1] === 'Hele organisatie').map((r) => r[0])).toEqual(['satisfaction', 'nps', 'support-tickets-trend']);
    expect(gates.find((r) => r[0] === 'first-half-success')![1]).toBe('Eerste helft van het team');
    const soon = rows(section(nl, 'upcoming')).filter((r) => r[1]!.startsWith('Toetsmoment'));
    expect(soon.map((r) => `${r[1]} | ${r[2]}`)).toEqual([
      'Toetsmoment first-half-success | Eerste helft van het team',
      'Toetsmoment satisfaction | Hele organisatie',
      'Toetsmoment nps | Hele organisatie',
      'Toetsmoment support-tickets-trend | Hele organisatie',
    ]);
    const firstPhase = /<div class="phase" data-phase="first-half">([\s\S]*?)<\/div><div class="phase"/.exec(nl)![1]!;
    expect(firstPhase).not.toContain('data-gate="satisfaction"');
    expect(nl).toMatch(/<div class="phase" data-scope="organization"><h3>Hele organisatie<\/h3><div class="charts"><figure class="gate-chart" data-gate="satisfaction">/);
    const en = at(['report', '--metrics', 'metrics.csv', '--at', '2027-03-22', '--lang', 'en', '-o', '-']).stdout;
    expect(rows(section(en, 'gates')).find((r) => r[0] === 'nps')![1]).toBe('Whole organization');
  });
});

describe('a small firm in one office: calendar titles', () => {
  it('leave out the one place every entry is at, in Dutch and English, and keep LOCATION', () => {
    const one = tempDir();
    const plan = 'version: 1\ntool: { name: Teamchat }\norganization:\n  name: Kantoor Wanica\n  headcount: 9\n  languages: [nl, en]\n  locations:\n    - { name: Paramaribo, timezone: America/Paramaribo }\npreset: small\nstart: 2027-03-01\n';
    writeFileSync(path.join(one, 'rollout.yaml'), plan);
    for (const lang of ['nl', 'en']) {
      const ics = run(['schedule', '--format', 'ics', '--lang', lang], { cwd: one }).stdout;
      expect(ics).toContain(lang === 'nl' ? 'SUMMARY:Groepstraining voor Eerste helft van het team\r\n' : 'SUMMARY:Group training for Half the team\r\n');
      expect(ics).not.toMatch(/^SUMMARY:.*\(Paramaribo\)/m);
      expect(ics).toContain('LOCATION:Paramaribo');
    }
    expect(run(['schedule', '--format', 'mermaid'], { cwd: one }).stdout).not.toContain('(Paramaribo)');
  });
});

describe('a small firm: support', () => {
  const render = (extra = '') => {
    const firm = tempDir();
    expect(run(['init', '--preset', 'small', '--lang', 'nl,en', '--headcount', '9', '--name', 'Kantoor Wanica', '--start', '2027-03-01', '--no-templates'], { cwd: firm }).status).toBe(0);
    if (extra) writeFileSync(path.join(firm, 'rollout.yaml'), readFileSync(path.join(firm, 'rollout.yaml'), 'utf8') + extra);
    expect(run(['render-emails', '--out', 'out'], { cwd: firm }).status).toBe(0);
    return (name: string) => readFileSync(path.join(firm, 'out', name), 'utf8');
  };

  it('asks a person, not a help desk: the contact init writes to fill in, whom the weekly update names', () => {
    const firm = tempDir();
    expect(run(['init', '--preset', 'small', '--lang', 'nl,en', '--headcount', '9', '--name', 'Kantoor Wanica', '--start', '2027-03-01', '--no-templates'], { cwd: firm }).status).toBe(0);
    const plan = readFileSync(path.join(firm, 'rollout.yaml'), 'utf8');
    expect(plan).toContain('\n  contact: { name: Voornaam Achternaam, email: naam@example.org }   # bij wie mensen terechtkunnen (jij?): vul naam en e-mailadres in\n');
    // Left as it is, validate and render-emails say so, at its line: every message would name it.
    const line = `rollout.yaml:${plan.split('\n').findIndex((l) => l.startsWith('  contact:')) + 1}:12: warning tool.contact: still the placeholder init wrote ("Voornaam Achternaam <naam@example.org>")`;
    const validate = run(['validate'], { cwd: firm });
    expect([validate.status, validate.stderr.split('\n').some((l) => l.startsWith(line))]).toEqual([0, true]);
    const dry = run(['render-emails', '--dry-run'], { cwd: firm });
    expect([dry.status, dry.stderr.split('\n')[0]!.startsWith(line)]).toEqual([0, true]);
    writeFileSync(path.join(firm, 'rollout.yaml'), plan.replace('Voornaam Achternaam, email: naam@example.org', 'Sandra Kromodimedjo, email: sandra@wanica.example'));
    writeFileSync(path.join(firm, 'metrics.csv'), readFileSync(path.join(dir, 'metrics.csv')));
    expect(run(['render-emails', '--metrics', 'metrics.csv', '--out', 'out'], { cwd: firm }).status).toBe(0);
    const update = (lang: string) => readFileSync(path.join(firm, 'out', `2027-03-05_rollout_weekly-update.${lang}.md`), 'utf8');
    expect(update('nl')).toContain('- **Vragen aan Sandra Kromodimedjo:** 3 meldingen in de 7 dagen tot en met vrijdag 5 maart\n');
    expect(update('en')).toContain('- **Questions to Sandra Kromodimedjo:** 3 tickets in the 7 days up to Friday, March 5\n');
    expect(update('nl')).not.toMatch(/helpdesk/i);
  });

  it('has no IT/admin tier and no help desk to brief, in Dutch and English', () => {
    const file = render();
    expect(file('2027-02-15_first-half_announcement.nl.md')).toContain('- **Hulp:** eerst zelfhulp, daarna interne ondersteuning, daarna ondersteuning door de leverancier\n');
    expect(file('2027-02-15_first-half_announcement.en.md')).toContain('- **Support:** first self-service, then internal support, then vendor support\n');
    expect(file('2027-02-12_rollout_get-started.nl.md')).toContain('- [ ] Mensen laten zien waar ze eerst antwoorden vinden');
    expect(file('2027-02-12_rollout_get-started.nl.md')).not.toContain('helpdesk bijpraten');
    expect(file('2027-02-12_rollout_get-started.en.md')).toContain('- [ ] Show people where to find answers first');
    expect(file('2027-02-22_first-half_checklist-one-week-before.nl.md')).toContain('- [ ] Interne ondersteuning klaar om vragen op te vangen');
    expect(file('2027-02-22_first-half_checklist-one-week-before.en.md')).not.toContain('IT/admin');
  });

  it('keeps the support a plan sets, help desk included', () => {
    const file = render('support:\n  tiers:\n    - { tier: 1, name: Zelfhulp }\n    - { tier: 3, name: { nl: Onze IT-partner, en: Our IT partner }, channels: [telefoon] }\n  escalation: [1, 3]\n');
    expect(file('2027-02-15_first-half_announcement.nl.md')).toContain('- **Hulp:** eerst zelfhulp, daarna onze IT-partner (telefoon)\n');
    expect(file('2027-02-12_rollout_get-started.nl.md')).toContain('- [ ] De helpdesk bijpraten en mensen laten zien waar ze eerst antwoorden vinden');
    expect(file('2027-02-12_rollout_get-started.en.md')).toContain('- [ ] Brief the help desk and show people where to find answers first');
    expect(file('2027-02-22_first-half_checklist-one-week-before.en.md')).toContain('- [ ] IT/admin ready for issues');
  });
});
