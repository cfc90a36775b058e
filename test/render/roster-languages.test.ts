import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withGroupSplits } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { groupSplits } from '../../src/sources/group-splits.js';
import { loadRoster } from '../../src/sources/roster.js';
import { minimalPlan, paramaribo, rotterdam, tempDir, validPlan } from '../helpers.js';

const templates = await loadTemplates();

const TJON = {
  name: 'Tjon & Partners',
  headcount: 10,
  languages: ['nl', 'en'],
  locations: [
    { ...paramaribo(5, []), languages: ['nl'] },
    { ...rotterdam(5), languages: ['nl', 'en'] },
  ],
};

/** Tjon & Partners: Paramaribo (5, Dutch) starts on 8 March, Rotterdam (5, Dutch and English) two weeks later. */
const tjon = (more: Record<string, unknown> = {}) =>
  validPlan(
    minimalPlan({
      tool: { name: 'Microsoft Teams' },
      organization: TJON,
      people: { file: 'personeel.csv', columns: { person: 'E-mailadres', location: 'Vestiging', language: 'Taal', left: 'Uit dienst' } },
      start: '2027-03-08',
      phases: [
        { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
        { id: 'rotterdam', name: 'Rotterdam', audience: { locations: ['Rotterdam'] }, weeks: 6 },
      ],
      ...more,
    }),
  );

/** The drafts written from a roster of `[location, language, left]` rows: each file's `To:` line, by file name. */
async function drafts(rows: [string, string, string?][], more?: Record<string, unknown>) {
  const plan = tjon(more);
  const dir = tempDir();
  const lines = rows.map(([where, language, left], i) => `p${i + 1}@tjon.example;${where};${language};${left ?? ''}`);
  writeFileSync(path.join(dir, 'personeel.csv'), `\uFEFFE-mailadres;Vestiging;Taal;Uit dienst\r\n${lines.join('\r\n')}\r\n`);
  const roster = await loadRoster(plan, dir);
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, roster });
  const to = new Map(files.filter((f) => f.name.endsWith('.md') && f.name !== 'index.md').map((f) => [f.name, /^- \*\*(?:To|Aan):\*\* (.*)$/m.exec(String(f.content))?.[1]]));
  const of = (pattern: RegExp) => [...to].filter(([name]) => pattern.test(name)).map(([name, line]) => `${name}: ${line}`);
  return { of, files };
}

const times = <T,>(n: number, row: T): T[] => Array.from({ length: n }, () => row);
const paramariboRows = times(5, ['Paramaribo', ''] as [string, string]);
/** Rotterdam as the finding has it: three read Dutch, two English. */
const rotterdamRows: [string, string][] = [['Rotterdam', 'Nederlands'], ['Rotterdam', 'nl'], ['Rotterdam', 'NL'], ['Rotterdam', 'Engels'], ['Rotterdam', 'en']];

describe('emails addressed by the languages the roster gives', () => {
  it('writes each Rotterdam draft to its own readers, and what goes to everyone with the count of each language', async () => {
    const { of } = await drafts([...paramariboRows, ...rotterdamRows]);
    expect(of(/rotterdam_welcome/)).toEqual(['2027-03-22_rotterdam_welcome.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)', '2027-03-22_rotterdam_welcome.en.md: Rotterdam, English readers (2 people)']);
    // Paramaribo's five read Dutch, as their location does: one draft, to all of them.
    expect(of(/paramaribo_(announcement|welcome)/)).toEqual(['2027-02-22_paramaribo_announcement.nl.md: Paramaribo (5 personen)', '2027-03-08_paramaribo_welcome.nl.md: Paramaribo (5 personen)']);
    // Everyone: 5 + 3 read Dutch, 2 English; ten in all, as the schedule counts them.
    expect(of(/2027-03-12_rollout_weekly-update/)).toEqual([
      '2027-03-12_rollout_weekly-update.nl.md: Iedereen bij Tjon & Partners, Nederlandstalige lezers (8 personen)',
      '2027-03-12_rollout_weekly-update.en.md: Everyone at Tjon & Partners, English readers (2 people)',
    ]);
  });

  it('writes no draft in a language none of its readers reads', async () => {
    const { of } = await drafts([...paramariboRows, ...times(5, ['Rotterdam', 'Dutch'] as [string, string])]);
    expect(of(/rotterdam_(announcement|reminder|welcome)/)).toEqual([
      '2027-03-08_rotterdam_announcement.nl.md: Rotterdam (5 personen)',
      '2027-03-15_rotterdam_reminder.nl.md: Rotterdam (5 personen)',
      '2027-03-22_rotterdam_welcome.nl.md: Rotterdam (5 personen)',
    ]);
    expect(of(/\.en\.md$/).filter((line) => !/checklist|review|get-started/.test(line))).toEqual([]);
  });

  it('gives people without a language every language of their place, and a language their place does not read its own draft', async () => {
    const { of } = await drafts([...paramariboRows.slice(1), ['Paramaribo', 'English'], ['Rotterdam', 'en'], ['Rotterdam', 'en'], ['Rotterdam', ''], ['Rotterdam', ''], ['Rotterdam', '']]);
    // Rotterdam's three without a language read both drafts: Dutch 3, English 2 + 3, all five.
    expect(of(/rotterdam_welcome/)).toEqual(['2027-03-22_rotterdam_welcome.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)', '2027-03-22_rotterdam_welcome.en.md: Rotterdam (5 people)']);
    // Paramaribo reads Dutch, but one of its people English: a draft for that one.
    expect(of(/paramaribo_welcome/)).toEqual(['2027-03-08_paramaribo_welcome.nl.md: Paramaribo, Nederlandstalige lezers (4 personen)', '2027-03-08_paramaribo_welcome.en.md: Paramaribo, English readers (1 person)']);
  });

  it('counts the people the roster leaves out as reading every language of the place, and not those who left', async () => {
    // Rotterdam's headcount is 5; the roster lists 4 who stay and one who left.
    const { of } = await drafts([...paramariboRows, ['Rotterdam', 'nl'], ['Rotterdam', 'nl'], ['Rotterdam', 'en'], ['Rotterdam', 'en'], ['Rotterdam', 'en', '2027-02-01']]);
    // The fifth the headcount counts may read either: 2 + 1 each.
    expect(of(/rotterdam_welcome/)).toEqual(['2027-03-22_rotterdam_welcome.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)', '2027-03-22_rotterdam_welcome.en.md: Rotterdam, English readers (3 people)']);
  });

  it('writes a pause, its resume and a rollback of Rotterdam to Rotterdam’s readers of each language, and no longer asks them once rolled back', async () => {
    const more = {
      pauses: [{ from: '2027-03-29', until: '2027-04-05', only: { location: 'Rotterdam' }, reason: { nl: 'stroomstoring', en: 'power cut' } }],
      rollback: [{ on: '2027-04-19', only: { location: 'Rotterdam' }, reason: { nl: 'te traag', en: 'too slow' } }],
      gates: [{ id: 'paramaribo-satisfaction', phase: 'paramaribo', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7, within: '8w', severity: 'minor' }],
    };
    const { of } = await drafts([...paramariboRows, ...rotterdamRows], more);
    expect(of(/_(pause|resume|rollback)\./)).toEqual([
      '2027-03-29_rollout_rotterdam_pause.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)',
      '2027-03-29_rollout_rotterdam_pause.en.md: Rotterdam, English readers (2 people)',
      '2027-04-02_rollout_rotterdam_resume.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)',
      '2027-04-02_rollout_rotterdam_resume.en.md: Rotterdam, English readers (2 people)',
      '2027-04-19_rollout_rotterdam_rollback.nl.md: Rotterdam, Nederlandstalige lezers (3 personen)',
      '2027-04-19_rollout_rotterdam_rollback.en.md: Rotterdam, English readers (2 people)',
    ]);
    // Rotterdam's two English readers are back on the old tools from 19 April: the survey asks Paramaribo's five, in Dutch.
    expect(of(/2027-04-(12|19)_rollout_survey/)).toEqual([
      '2027-04-12_rollout_survey.nl.md: Iedereen bij Tjon & Partners, Nederlandstalige lezers (8 personen)',
      '2027-04-12_rollout_survey.en.md: Everyone at Tjon & Partners, English readers (2 people)',
      '2027-04-19_rollout_survey.nl.md: Paramaribo (5 personen)',
    ]);
  });

  it('asks a survey in the languages of the phases that started, by the roster', async () => {
    const survey = { gates: [{ id: 'rotterdam-satisfaction', phase: 'rotterdam', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7, within: '4w', severity: 'minor' }] };
    const { of } = await drafts([...paramariboRows, ...rotterdamRows], survey);
    const surveys = of(/rollout_survey/);
    // Paramaribo alone has started before Rotterdam's launch: Dutch, to its 5; from then on both places.
    expect(surveys[0]).toBe('2027-03-15_rollout_survey.nl.md: Paramaribo (5 personen)');
    expect(surveys).toContain('2027-03-29_rollout_survey.en.md: Everyone at Tjon & Partners, English readers (2 people)');
    expect(surveys).toContain('2027-03-29_rollout_survey.nl.md: Iedereen bij Tjon & Partners, Nederlandstalige lezers (8 personen)');
  });
});

describe('the texts and notices of groups reached without email, by the languages the roster gives', () => {
  /** Tjon & Partners with field staff at both places (no location: the roster splits them) and a front desk in Paramaribo, each reached by text and notice. */
  async function forms() {
    const plan = tjon({
      organization: { ...TJON, groups: [{ name: 'Buitendienst', headcount: 5 }, { name: 'Receptie', headcount: 2, location: 'Paramaribo' }] },
      people: { file: 'personeel.csv', columns: { person: 'E-mailadres', location: 'Vestiging', language: 'Taal', group: 'Groep' } },
      communications: { targetedGroups: [{ group: 'Buitendienst', channel: 'WhatsApp', send: ['text', 'notice'] }, { group: 'Receptie', channel: 'WhatsApp', send: ['text', 'notice'] }] },
    });
    const rows = [
      'p1;Paramaribo;English;Buitendienst', 'p2;Paramaribo;nl;Buitendienst', 'p3;Paramaribo;Engels;Receptie', 'p4;Paramaribo;;Receptie', 'p5;Paramaribo;;',
      'r1;Rotterdam;Nederlands;Buitendienst', 'r2;Rotterdam;en;Buitendienst', 'r3;Rotterdam;;Buitendienst', 'r4;Rotterdam;nl;', 'r5;Rotterdam;en;',
    ];
    const dir = tempDir();
    writeFileSync(path.join(dir, 'personeel.csv'), `\uFEFFE-mailadres;Vestiging;Taal;Groep\r\n${rows.join('\r\n')}\r\n`);
    const split = withGroupSplits(plan, await groupSplits(plan, dir));
    const roster = await loadRoster(split, dir);
    const { entries } = await renderEmails(split, buildSchedule(split), { format: 'md', templates, roster });
    return (pattern: RegExp) => entries.filter((e) => pattern.test(e.file)).map((e) => `${e.file}: ${e.to}`);
  }

  it('writes each group’s form once per language its people read, to that many of them, in a place that reads one language too', async () => {
    const of = await forms();
    // By hand, Paramaribo (Dutch only): field staff p1 English, p2 Dutch; front desk p3 English, p4 none (Dutch, as the place).
    expect(of(/^2027-02-22_paramaribo_.*announcement-text/)).toEqual([
      '2027-02-22_paramaribo_buitendienst-paramaribo_announcement-text.nl.txt: Buitendienst, Nederlandstalige lezers (1 persoon)',
      '2027-02-22_paramaribo_receptie_announcement-text.nl.txt: Receptie, Nederlandstalige lezers (1 persoon)',
      '2027-02-22_paramaribo_buitendienst-paramaribo_announcement-text.en.txt: Buitendienst, English readers (1 person)',
      '2027-02-22_paramaribo_receptie_announcement-text.en.txt: Receptie, English readers (1 person)',
    ]);
    // Rotterdam (Dutch and English): r1 Dutch, r2 English, r3 none (reads both): 2 of 3 each.
    expect(of(/^2027-03-22_rotterdam_.*welcome-notice/)).toEqual([
      '2027-03-22_rotterdam_buitendienst-rotterdam_welcome-notice.nl.html: Buitendienst, Nederlandstalige lezers (2 personen)',
      '2027-03-22_rotterdam_buitendienst-rotterdam_welcome-notice.en.html: Buitendienst, English readers (2 people)',
    ]);
  });
});
