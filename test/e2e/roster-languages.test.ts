import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { TJON_PLAN, tjonPartners } from '../tjon-partners.js';

/**
 * Tjon & Partners as test/tjon-partners.ts writes it, up to its gates and exports: Paramaribo (5,
 * Dutch) starts on 8 March, Rotterdam (5, Dutch and English) two weeks later. Its roster gives
 * each person's language and the day they left.
 */
const PLAN = TJON_PLAN.slice(0, TJON_PLAN.indexOf('gates:')).replace(
  '  file: people.csv\n  columns: { person: E-mailadres, name: Naam, location: Vestiging }\n',
  '  file: personeel.csv\n  columns: { person: E-mailadres, name: Naam, location: Vestiging, language: Taal, left: Uit dienst }\n',
);

/**
 * An HR export: BOM, \`;\`, CRLF, Dutch headers, names with a comma. Paramaribo's five leave the
 * language empty; in Rotterdam three read Dutch and two English, and a sixth left before the rollout.
 */
const ROSTER = [
  'E-mailadres;Naam;Vestiging;Taal;Uit dienst',
  ...[1, 2, 3, 4, 5].map((i) => `p${i}@boekhouding-sr.example;"Persoon, Pbo ${i}";Paramaribo;;`),
  'r1@boekhouding-sr.example;"Kromo, Anita";Rotterdam;Nederlands;',
  'r2@boekhouding-sr.example;"de Vries, Bas";Rotterdam;NL;',
  'r3@boekhouding-sr.example;"Tjon, Chan";Rotterdam;Dutch;',
  'r4@boekhouding-sr.example;"Smith, Dana";Rotterdam;Engels;',
  'r5@boekhouding-sr.example;"Jones, Eve";Rotterdam;English;',
  'r6@boekhouding-sr.example;"Gone, Fay";Rotterdam;English;31-01-2027',
];

/** The firm's folder; `null` for a roster not there yet. */
function firm(roster: string[] | null = ROSTER): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
  if (roster) writeFileSync(path.join(dir, 'personeel.csv'), `\uFEFF${roster.join('\r\n')}\r\n`);
  return dir;
}

/** Every file written into `out`, read as text. */
const written = (out: string) => readdirSync(out).map((name) => ({ name, text: readFileSync(path.join(out, name), 'utf8') }));

describe('render-emails with the roster’s language column', () => {
  it('writes each draft once per language its readers read, to that many of them, never naming anyone', () => {
    const dir = firm();
    const r = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, expect.stringMatching(/^(\d+) berichten en de index geschreven naar mails: \1 nieuw, 0 gewijzigd, 0 ongewijzigd\naan de beurt op 2027-03-01: /)]);
    const files = written(path.join(dir, 'mails'));
    const to = (name: string) => /^- \*\*(?:To|Aan):\*\* (.*)$/m.exec(files.find((f) => f.name === name)!.text)![1];
    // By hand: Rotterdam 3 Dutch + 2 English (the sixth left); Paramaribo 5 reading Dutch as their place does.
    expect(to('2027-03-22_rotterdam_welcome.nl.md')).toBe('Rotterdam, Nederlandstalige lezers (3 personen)');
    expect(to('2027-03-22_rotterdam_welcome.en.md')).toBe('Rotterdam, English readers (2 people)');
    expect(to('2027-03-08_paramaribo_welcome.nl.md')).toBe('Paramaribo (5 personen)');
    expect(files.some((f) => f.name === '2027-03-08_paramaribo_welcome.en.md')).toBe(false);
    expect(to('2027-03-26_rollout_weekly-update.nl.md')).toBe('Iedereen bij Tjon & Partners, Nederlandstalige lezers (8 personen)');
    expect(to('2027-03-26_rollout_weekly-update.en.md')).toBe('Everyone at Tjon & Partners, English readers (2 people)');
    // The index says the same; the schedule still counts five at each place.
    const index = JSON.parse(files.find((f) => f.name === 'index.json')!.text) as { messages: { file: string; to: string }[] };
    expect(index.messages.find((m) => m.file === '2027-03-22_rotterdam_welcome.en.md')!.to).toBe('Rotterdam, English readers (2 people)');
    const schedule = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { phases: { id: string; people: number }[] };
    expect(schedule.phases.map((p) => p.people)).toEqual([5, 5]);
    for (const f of files) expect(f.text).not.toMatch(/boekhouding-sr\.example;|r\d@|p\d@|Kromo|Vries|Smith|Jones|Persoon/);
  });

  it('addresses an eml draft to its language’s readers', () => {
    const dir = firm();
    expect(run(['render-emails', '--out', 'eml', '--format', 'eml', '--at', '2027-03-01'], { cwd: dir }).status).toBe(0);
    const eml = readFileSync(path.join(dir, 'eml', '2027-03-22_rotterdam_welcome.en.eml'), 'utf8');
    expect(eml).toMatch(/^To: Rotterdam English readers:;\r$/m);
  });

  it('stops at a language it does not know, or one the plan is not written in, with one line and exit 2', () => {
    const unknown = firm(ROSTER.map((line) => line.replace(';Engels;', ';Frans;')));
    const r = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: unknown });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`rollout: personeel.csv:10:4: language "Frans" is not one the messages are written in; write nl (Nederlands, Dutch) or en (English, Engels), or leave the cell empty for the languages of the person's location\n`);
    // validate says the roster cannot be read, as a warning at people.file.
    expect(run(['validate'], { cwd: unknown }).stderr).toMatch(/rollout\.yaml:\d+:\d+: warning people\.file: the roster cannot be read: personeel\.csv:10:4: language "Frans"/);
    const dutchOnly = firm();
    writeFileSync(path.join(dutchOnly, 'rollout.yaml'), PLAN.replace('languages: [nl, en]\n', 'languages: [nl]\n').replace('languages: [nl, en], holidays', 'languages: [nl], holidays'));
    const d = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: dutchOnly });
    expect([d.status, d.stderr]).toEqual([2, `rollout: personeel.csv:10:4: language "Engels" (en) is not one of organization.languages (nl); add it there (languages: [nl, en]) with the plan's texts in it, or correct the roster\n`]);
  });

  it('writes every language of the places while the roster is not there yet, and says so', () => {
    const dir = firm(null);
    const r = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`rollout: rollout.yaml:16:9: "personeel.csv" matches no file yet; until it gives each person's language, every email is written in each language its readers' places read, to all of them\n`);
    expect(readFileSync(path.join(dir, 'mails', '2027-03-22_rotterdam_welcome.en.md'), 'utf8')).toContain('- **To:** Rotterdam (5 people)');
  });

  it('lists the column in the schema and in the roster init writes', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { people: { properties: { columns: { properties: Record<string, unknown> } } } } };
    expect(Object.keys(schema.properties.people.properties.columns.properties)).toContain('language');
    const dir = tempDir();
    expect(run(['init', '--people', '--lang', 'nl,en', '--no-templates', '--dir', dir]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'people.csv'), 'utf8').split('\r\n')[0]).toBe('Email,Name,Group,Location,Language,Phase,Joined,Left');
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toContain('language: Language');
  });

  it('writes the texts and notices of field staff reached without email in the languages the roster gives them, counted', () => {
    // p1 reads English; p1 and p2 (Paramaribo) and r1 (Rotterdam) work in the field.
    const dir = firm(ROSTER.map((line, i) => (i === 0 ? `${line};Groep` : `${line};${/^(p1|p2|r1)@/.test(line) ? 'Buitendienst' : ''}`).replace(/^(p1@.*;Paramaribo;);/, '$1English;')));
    const plan = PLAN.replace('  locations:\n', '  groups:\n    - { name: Buitendienst, headcount: 3 }\n  locations:\n')
      .replace('left: Uit dienst }', 'left: Uit dienst, group: Groep }')
      .concat('communications:\n  targetedGroups:\n    - { group: Buitendienst, channel: WhatsApp, send: [text, notice] }\n');
    writeFileSync(path.join(dir, 'rollout.yaml'), plan);
    const r = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: dir });
    expect(r.status).toBe(0);
    const index = JSON.parse(readFileSync(path.join(dir, 'mails', 'index.json'), 'utf8')) as { messages: { file: string; to: string }[] };
    const to = (pattern: RegExp) => index.messages.filter((m) => pattern.test(m.file)).map((m) => `${m.file}: ${m.to}`);
    // By hand: Paramaribo (Dutch) has p1, English, and p2, no language (Dutch, as the place); Rotterdam r1, Dutch, alone.
    expect(to(/announcement-text/)).toEqual([
      '2027-02-22_paramaribo_buitendienst-paramaribo_announcement-text.nl.txt: Buitendienst, Nederlandstalige lezers (1 persoon)',
      '2027-02-22_paramaribo_buitendienst-paramaribo_announcement-text.en.txt: Buitendienst, English readers (1 person)',
      '2027-03-08_rotterdam_buitendienst-rotterdam_announcement-text.nl.txt: Buitendienst (1 persoon)',
    ]);
    expect(readFileSync(path.join(dir, 'mails', '2027-02-22_paramaribo_buitendienst-paramaribo_announcement-text.en.txt'), 'utf8')).toMatch(/you \(Buitendienst\) use Microsoft Teams/);
    for (const m of index.messages) expect(m.to).not.toMatch(/Persoon|Kromo|@/);
  });
});

describe('render-emails with a roster and locations that read different languages', () => {
  it('addresses each draft of a message to everyone to the places that read it, without a language column', () => {
    // Paramaribo (5) reads Dutch, Rotterdam (5) only English; the roster places each person, and one in Rotterdam left on 15 March.
    const dir = tjonPartners(TJON_PLAN.replace('languages: [nl, en], holidays', 'languages: [en], holidays').replace('columns: { person: E-mailadres, name: Naam, location: Vestiging }', 'columns: { person: E-mailadres, name: Naam, location: Vestiging, left: Uit dienst }'));
    const roster = readFileSync(path.join(dir, 'people.csv'), 'utf8').split('\r\n');
    const left = roster.map((line, i) => (i === 0 ? `${line};Uit dienst` : line === '' ? line : `${line};${line.startsWith('r5@') ? '15-03-2027' : ''}`));
    writeFileSync(path.join(dir, 'people.csv'), left.join('\r\n'));
    const r = run(['render-emails', '--out', 'mails', '--at', '2027-03-01'], { cwd: dir });
    expect(r.status).toBe(0);
    const files = written(path.join(dir, 'mails'));
    const to = (name: string) => /^- \*\*(?:To|Aan):\*\* (.*)$/m.exec(files.find((f) => f.name === name)!.text)![1];
    // By hand: 5 in Paramaribo read the Dutch draft; 4 in Rotterdam (the fifth left) the English one.
    expect(to('2027-03-26_rollout_weekly-update.nl.md')).toBe('Iedereen bij Tjon & Partners, Nederlandstalige lezers (5 personen)');
    expect(to('2027-03-26_rollout_weekly-update.en.md')).toBe('Everyone at Tjon & Partners, English readers (4 people)');
    expect(files.some((f) => f.name === '2027-03-22_rotterdam_welcome.nl.md')).toBe(false);
    for (const f of files) expect(f.text).not.toMatch(/[pr]\d@|Persoon/);
  });
});
