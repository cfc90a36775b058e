import { formatDiagnostic } from '../../src/util/errors.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPlan } from '../../src/plan/load.js';
import { planIn } from '../../src/plan/resolve.js';
import { errorsOf, example, load, minimalPlan, validPlan } from '../helpers.js';

describe('loadPlan', () => {
  it.each(readdirSync(example('')).filter((f) => f.endsWith('.yaml')))('example %s validates without warnings', (name) => {
    const loaded = loadPlan(readFileSync(example(name), 'utf8'), name);
    expect(loaded.diagnostics.filter((d) => d.severity !== 'hint')).toEqual([]);
    expect(loaded.plan).toBeDefined();
  });

  it('fills a minimal plan from the default preset', () => {
    const plan = validPlan(minimalPlan());
    expect(plan.phases.map((p) => p.id)).toEqual(['early-adopters', 'core-team', 'everyone-else', 'decommission']);
    expect(plan.gates.map((g) => [g.id, g.threshold, g.due ?? g.within, g.guards])).toEqual([
      ['early-adopters-go-no-go', 60, 'day-before', 'next'],
      ['early-adopters-success', 80, '4w', 'none'],
      ['core-team-go-no-go', 60, 'day-before', 'next'],
      ['core-team-success', 80, '4w', 'none'],
      ['everyone-else-success', 80, '4w', 'none'],
      ['satisfaction', 7, '4w', 'none'],
      ['nps', 0, '4w', 'none'],
      ['support-tickets-trend', 0, '4w', 'none'],
    ]);
    expect(plan.communications.announceLead).toBe('2w');
    expect(plan.contingency).toMatchObject({ minor: 'continue', major: 'pause', critical: 'rollback' });
    expect(plan.support.tiers.map((t) => t.name)).toEqual(['Self-service', 'Internal support', 'IT/Admin', 'Vendor support']);
    expect(plan.calendar.timezone).toBe('UTC');
  });

  it('reports a YAML syntax error with its line and column', () => {
    const loaded = loadPlan('version: 1\ntool:\n  name: [unclosed\n', 'p.yaml');
    expect(loaded.plan).toBeUndefined();
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'p.yaml', line: expect.any(Number) });
  });

  it('refuses duplicate keys at the second key', () => {
    const [d] = loadPlan('version: 1\nversion: 1\n', 'p.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'duplicate-key', line: 2, column: 1 });
  });

  it('refuses tabs used as indentation', () => {
    const [d] = loadPlan('version: 1\ntool:\n\tname: x\n', 'p.yaml').diagnostics;
    expect(d?.message).toMatch(/tab/i);
    expect(d?.line).toBe(3);
  });

  it('stops alias bombs', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c']]) bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    const [d] = loadPlan(bomb.join('\n'), 'p.yaml').diagnostics;
    expect(d?.code).toBe('alias-bomb');
  });

  it('refuses deep nesting without crashing', () => {
    const [d] = loadPlan('['.repeat(50_000), 'p.yaml').diagnostics;
    expect(d?.code).toBe('too-deep');
  });

  it('refuses an empty file and a non-mapping', () => {
    expect(loadPlan('  \n', 'p.yaml').diagnostics[0]?.code).toBe('empty-file');
    expect(loadPlan('- 1\n- 2\n', 'p.yaml').diagnostics[0]?.code).toBe('not-a-mapping');
  });

  it('points unknown keys at the key, with a did-you-mean', () => {
    const [d] = loadPlan('version: 1\ntool:\n  name: x\n  contcat: y\n', 'p.yaml').diagnostics.filter((x) => x.code === 'unknown-key');
    expect(d).toMatchObject({ path: 'tool.contcat', line: 4, column: 3, hint: 'did you mean "contact"?' });
  });

  it('says a misspelt required key once, at its own line: strat: for start:', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstrat: 2027-01-04\n';
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([[4, 'unknown key "strat"', 'did you mean "start"? start is required']]);
  });

  it('prefers a key the mapping lacks: strat: beside start: meant strategy:', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\nstrat: { approach: phased }\n';
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([[5, 'unknown key "strat"', 'did you mean "strategy"?']]);
    const toolText = 'version: 1\ntool:\n  name: x\n  nmae: y\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\n';
    expect(loadPlan(toolText, 'p.yaml').diagnostics.map((d) => d.hint)).toEqual(['did you mean "name"?']);
  });

  it('says a missing text is required and how to write it: a pause without its reason', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\npauses:\n  - from: 2027-01-18\n';
    expect(loadPlan(text, 'p.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => [d.path, d.message])).toEqual([
      ['pauses[0].reason', 'is required (a text, or one per language: { en: ..., nl: ... })'],
    ]);
  });

  it('says a misspelt key once when a rule names the key it meant: lastActiv: for lastActive:', () => {
    const text = [
      'version: 1',
      'tool: { name: x }',
      'organization: { name: a, headcount: 10 }',
      'start: 2027-01-04',
      'people: { file: people.csv, columns: { person: E-mail } }',
      'sources:',
      '  - file: exports/*.csv',
      '    kind: activity',
      '    date: Report Refresh Date',
      '    person: User Principal Name',
      '    lastActiv: Last Activity Date',
      '',
    ].join('\n');
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([[11, 'unknown key "lastActiv"', 'did you mean "lastActive"?']]);
  });

  it('lists errors in the order of the file', () => {
    const text = 'version: 1\nfoo: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\nphases: [{ id: a, name: A, audience: rest, weeks: two }]\n';
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => d.line)).toEqual([2, 6]);
  });

  it('lists the warnings of a valid plan in the order of the file too', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 40 }\nstart: 2027-01-04\ntraining: { sessionMinutes: 30 }\nstrategy: { approach: big-bang }\n';
    const lines = loadPlan(text, 'p.yaml').diagnostics.filter((d) => d.code !== 'discovery').map((d) => [d.line, d.code]);
    expect(lines).toEqual([...lines].sort((a, b) => Number(a[0]) - Number(b[0])));
    expect(lines.map((l) => l[1])).toEqual(expect.arrayContaining(['training-length', 'big-bang']));
  });

  it('points an open discovery question at its key in the commented block, else at the start of the plan', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 40 }\nstart: 2027-01-04\n\n# discovery:          # the guide\'s questions\n#   approach: "Pilot first."\n#   training: "One session."\n';
    const at = (t: string) => Object.fromEntries(loadPlan(t, 'p.yaml').diagnostics.filter((d) => d.code === 'discovery').map((d) => [d.path, [d.line, d.column]]));
    expect(at(text)).toMatchObject({ 'discovery.approach': [7, 5], 'discovery.training': [8, 5], 'discovery.champions': [6, 3] });
    expect(at(text.replace(/# discovery[^]*/, ''))['discovery.approach']).toEqual([1, 1]);
  });

  it('says a comma in a { } text ends it, and how to quote it', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\ndiscovery:\n  communications: { en: Email from the director, then weekly updates., nl: Mail van de directeur }\n';
    const [d, ...rest] = loadPlan(text, 'p.yaml').diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 6, column: 50, message: 'unknown key "then weekly updates.": a comma inside { } ends the text before it', hint: 'quote the whole text: en: "Email from the director, then weekly updates."' });
  });

  it('quotes every piece of a { } text that two commas cut, for each piece they cut off', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\ndiscovery:\n  approach: { en: A pilot in Paramaribo, then the office, then the site., nl: Eerst een pilot }\n';
    const hint = 'quote the whole text: en: "A pilot in Paramaribo, then the office, then the site."';
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ['unknown key "then the office": a comma inside { } ends the text before it', hint],
      ['unknown key "then the site.": a comma inside { } ends the text before it', hint],
    ]);
  });

  it('says a comma in { } texts made one key twice, and how to quote the text, where YAML refuses the duplicate', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\ndiscovery:\n  champions: { nl: Nadia in Paramaribo, Bhagwandat in Nickerie., en: Nadia in Paramaribo, Bhagwandat in Nickerie. }\n';
    expect(loadPlan(text, 'p.yaml').diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint])).toEqual([
      ['duplicate-key', 6, 91, 'YAML: a comma inside { } ends the text before it, and the rest reads as a key, here one the mapping already has', 'quote each text with a comma: en: "Nadia in Paramaribo, Bhagwandat in Nickerie."'],
    ]);
    const twice = loadPlan(text.replace(/champions: .*/, 'champions: { nl: "Nadia, Bhagwandat", en: x, nl: y }'), 'p.yaml').diagnostics;
    expect(twice.map((d) => [d.message, d.hint])).toEqual([['YAML: map keys must be unique', 'remove or rename one of the two keys']]);
  });

  it('says a colon in a plain text starts a key, and how to quote the text', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\npauses:\n  - from: 2027-01-11\n    reason: Administratie: te weinig gebruik (57% "nu")   \n';
    expect(loadPlan(text, 'p.yaml').diagnostics).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: 'p.yaml',
        line: 7,
        column: 13,
        message: 'YAML: a colon and a space inside a text start a new key',
        hint: 'put the whole text in quotes: reason: "Administratie: te weinig gebruik (57% \\"nu\\")"',
      },
    ]);
  });

  it.each([
    ['the first', '{ nl: Administratie: te weinig (57%), en: Admin is low }', 19, 'nl: "Administratie: te weinig (57%)"'],
    ['the last', '{nl: "Te weinig", en: Admin: low}', 35, 'en: "Admin: low"'],
  ])('says a colon in a text inside { } starts a key, and how to quote %s text', (_, reason, column, quoted) => {
    const text = `version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\npauses:\n  - from: 2027-01-11\n    reason: ${reason}\n`;
    expect(loadPlan(text, 'p.yaml').diagnostics).toEqual([
      { severity: 'error', code: 'yaml-syntax', file: 'p.yaml', line: 7, column, message: 'YAML: a colon and a space inside a text start a new key', hint: `put the whole text in quotes: ${quoted}` },
    ]);
  });

  it('suggests the closest enum value', () => {
    const d = errorsOf(minimalPlan({ preset: 'smal' })).find((x) => x.path === 'preset');
    expect(d?.hint).toBe('did you mean "small"?');
  });

  it('locates a wrong type deep in a list', () => {
    const text = 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 10 }\nstart: 2027-01-04\nphases:\n  - id: one\n    name: One\n    audience: rest\n    weeks: two\n';
    const d = load(text).diagnostics.find((x) => x.path === 'phases[0].weeks');
    expect(d).toMatchObject({ line: 9, column: 12 });
    expect(d?.message).toMatch(/expected number/);
  });

  it('says a name written per language is one text, with the text to write', () => {
    const text = 'version: 1\ntool: { name: x }\norganization:\n  name: a\n  headcount: 10\n  languages: [nl, en]\n  groups:\n    - { name: { nl: Verkoop, en: Sales }, headcount: 8 }\nstart: 2027-01-04\n';
    expect(load(text).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'plan.yaml:8:15: error organization.groups[0].name: expected string, got a mapping (a name is one text for every language: name: Verkoop)',
    ]);
  });

  it.each([
    ['start', { start: '2027-02-30' }, /real calendar date/],
    ['calendar.timezone', { calendar: { timezone: 'Mars/Olympus' } }, /IANA time zone/],
    ['organization.headcount', { organization: { name: 'a', headcount: -3 } }, /more than 0/],
    ['organization.languages[0]', { organization: { name: 'a', headcount: 3, languages: ['fr'] } }, /"fr" is not allowed/],
    ['communications.announceLead', { communications: { announceLead: 'soon' } }, /duration/],
    ['training.sessionTime', { training: { sessionTime: '25:00' } }, /HH:MM/],
    ['regional.currency', { regional: { currency: 'dollars' } }, /ISO 4217/],
  ])('rejects a bad %s', (path, overrides, message) => {
    const d = errorsOf(minimalPlan(overrides)).find((x) => x.path === path);
    expect(d?.message).toMatch(message);
  });

  it.each([
    ['europe/amsterdam', 'is not an IANA time zone (did you mean "Europe/Amsterdam"?)'],
    ['Europe/Amsterdan', 'is not an IANA time zone (did you mean "Europe/Amsterdam"?)'],
    ['Amsterdam', 'is not an IANA time zone (did you mean "Europe/Amsterdam"?)'],
    ['America/Port of Spain', 'is not an IANA time zone (did you mean "America/Port_of_Spain"?)'],
    ['utc', 'is not an IANA time zone (did you mean "UTC"?)'],
    ['America/Suriname', 'is not an IANA time zone (for example America/Paramaribo)'],
  ])('refuses the time zone %s, with the one it likely means and nothing far off', (zone, message) => {
    const locations = [{ name: 'Rotterdam', timezone: zone }];
    expect(errorsOf(minimalPlan({ organization: { name: 'a', headcount: 10, locations } })).map((e) => [e.path, e.message])).toEqual([['organization.locations[0].timezone', message]]);
  });

  it('takes a zone as IANA spells it, and an alias Intl knows', () => {
    const locations = ['Europe/Amsterdam', 'America/Paramaribo', 'UTC', 'Asia/Calcutta'].map((timezone, i) => ({ name: `L${i}`, timezone }));
    expect(errorsOf(minimalPlan({ organization: { name: 'a', headcount: 10, locations } }))).toEqual([]);
  });

  it.each([
    ['activty', 'sources[0].kind: "activty" is not a kind of source (did you mean "activity"?)'],
    ['survey', 'sources[0].kind: "survey" is not a kind of source (expected one of: activity, sign-ins, daily, responses, events, attendance)'],
  ])('says what a source of kind %s should be', (kind, message) => {
    const plan = minimalPlan({ sources: [{ file: 'teams.csv', kind, date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Last Activity Date' }] });
    expect(errorsOf(plan).map((e) => `${e.path}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`)).toEqual([message]);
  });

  it('points at the date inside a holiday written {date, name}, not at the whole holiday', () => {
    const locations = [{ name: 'Rotterdam', timezone: 'Europe/Amsterdam', holidays: [{ date: '27-04-2027', name: 'Koningsdag' }] }];
    expect(errorsOf(minimalPlan({ organization: { name: 'a', headcount: 10, locations } })).map((e) => [e.path, e.message])).toEqual([
      ['organization.locations[0].holidays[0].date', 'expected a date written YYYY-MM-DD'],
    ]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(minimalPlan({ start: 'tomorrow', preset: 'huge', calendar: { timezone: 'Nowhere' } }));
    expect(errors.map((e) => e.path).sort()).toEqual(['calendar.timezone', 'preset', 'start']);
  });
});

describe('texts in several languages', () => {
  const bilingual = (tool: Record<string, unknown>) => minimalPlan({ tool: { name: 'Teams', ...tool }, organization: { name: 'Acme', headcount: 25, languages: ['nl', 'en'] } });

  it('takes a string or a text per language, and reads each language from it', () => {
    const plan = validPlan(bilingual({ why: { en: 'questions get lost', nl: 'vragen raken zoek' }, benefit: 'speed' }));
    expect([plan.language, plan.tool.why, plan.tool.benefit]).toEqual(['nl', 'vragen raken zoek', 'speed']);
    expect(planIn(plan, 'en').tool.why).toBe('questions get lost');
  });

  it('warns when a text lacks one of the languages, and hints (never warns) at plain strings', () => {
    const loaded = loadPlan(stringify(bilingual({ why: { en: 'questions get lost' }, benefit: 'speed' })), 'p.yaml');
    const own = loaded.diagnostics.filter((d) => d.code.startsWith('text-'));
    expect(own.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'text-language', 'tool.why'],
      ['hint', 'text-one-language', 'tool.benefit'],
    ]);
    expect(own[0]!.message).toBe('no nl text, so nl messages show the en one');
    // The line gives the one text's path; the message does not repeat it.
    expect(own[1]!.message).toBe('this text is one string for nl and en alike; every message shows it as written');
    expect(planIn(loaded.plan!, 'nl').tool.why).toBe('questions get lost');
  });

  it('says nothing about plain strings in a plan of one language', () => {
    const loaded = loadPlan(stringify(minimalPlan({ tool: { name: 'Teams', why: 'questions get lost' } })), 'p.yaml');
    expect(loaded.diagnostics.filter((d) => d.code.startsWith('text-'))).toEqual([]);
  });

  it('refuses a language the tool does not write, naming the key', () => {
    const errors = errorsOf(bilingual({ why: { en: 'x', fr: 'y' } }));
    expect(errors.map((e) => e.path)).toEqual(['tool.why.fr']);
  });
});

describe('README', () => {
  it('shows the full enterprise example exactly as shipped', () => {
    const readme = readFileSync(example('../README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${readFileSync(example('enterprise.yaml'), 'utf8')}\`\`\``);
  });
});
