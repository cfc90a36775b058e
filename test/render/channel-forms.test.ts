import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, removeTempDirs, tempDir, validPlan } from '../helpers.js';

/* A group reached by WhatsApp and a notice in the site hut, not by email: its launch messages in those forms. */

afterAll(removeTempDirs);

function siteCrews(send: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return minimalPlan({
    start: '2027-04-05',
    tool: { name: 'Teams', replaces: 'WhatsApp-groepen', contact: { name: 'Ravi Pinas', email: 'ict@pinas.example', phone: '+597 8123456' } },
    organization: {
      name: 'Bouwbedrijf Pinas',
      headcount: 31,
      languages: ['nl', 'en'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 25 },
        { name: 'Bouwplaatsen', timezone: 'America/Paramaribo', headcount: 6, champion: 'Errol Kromodimedjo', connectivity: 'poor', languages: ['nl'] },
      ],
      groups: [
        { name: 'Kantoor', headcount: 25, location: 'Paramaribo' },
        { name: 'Uitvoerders', headcount: 6, location: 'Bouwplaatsen' },
      ],
    },
    phases: [
      { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
      { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
    ],
    communications: { targetedGroups: [{ group: 'Uitvoerders', channel: 'WhatsApp en de keet', ...(send === undefined ? {} : { send }) }] },
    training: { sessionTime: '09:00', officeHours: { time: '13:00' } },
    regional: { offlinePlan: 'Bel de uitvoerder <b>\nen zet het later in Teams & klaar *nu*' },
    ...overrides,
  });
}

async function render(send: unknown, templates?: string, siteLanguages = ['nl']) {
  const data = siteCrews(send) as { organization: { locations: { languages?: string[] }[] } };
  data.organization.locations[1]!.languages = siteLanguages;
  const plan = validPlan(data);
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(templates) });
  const files = new Map(rendered.files.map((f) => [f.name, String(f.content)]));
  return { rendered, files, names: [...files.keys()] };
}

describe('a group reached by text and notice, not by email', async () => {
  const { rendered, files, names } = await render(['text', 'notice']);
  const site = names.filter((n) => n.includes('_bouwplaats_') && !n.includes('checklist'));

  it('gets a chat text and a notice of its announcement, reminder and welcome, in the language its location reads, and no email', () => {
    expect(site).toEqual([
      '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt',
      '2027-04-05_bouwplaats_uitvoerders_announcement-notice.nl.html',
      '2027-04-12_bouwplaats_uitvoerders_reminder-text.nl.txt',
      '2027-04-12_bouwplaats_uitvoerders_reminder-notice.nl.html',
      '2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt',
      '2027-04-19_bouwplaats_uitvoerders_welcome-notice.nl.html',
    ]);
    // The office keeps its emails, in both languages.
    expect(names.filter((n) => n.includes('_kantoor_announcement'))).toEqual(['2027-03-22_kantoor_announcement.nl.md', '2027-03-22_kantoor_announcement.en.md']);
  });

  it('writes short chat texts with what, when and whom to ask, and nothing of email, calendars or walking in', () => {
    const text = files.get('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt')!;
    expect(text.split('\n')[0]).toBe('*Binnenkort: Teams*');
    expect(text).toContain('Vanaf maandag 19 april 2027 gebruiken jullie (Uitvoerders) Teams in plaats van WhatsApp-groepen.');
    expect(text).toContain('Training: maandag 19 april om 09:00, 90 minuten; waar precies hoor je van Errol Kromodimedjo.');
    expect(text).toContain('Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.');
    // A value is one line, as written: a line break in the plan cannot start a line of its own.
    expect(text).toContain('Als het internet uitvalt: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*\n');
    for (const name of site.filter((n) => n.endsWith('.txt'))) {
      const t = files.get(name)!;
      expect(t.length).toBeLessThan(600);
      expect(t).not.toMatch(/Onderwerp|Van:|Aan:|e-mail|agenda|loop binnen|Beantwoord/i);
    }
    expect(files.get('2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt')).toContain('Deze week elke werkdag om 13:00: bel of app Errol Kromodimedjo');
  });

  it('writes a printable A4 notice, its values escaped for HTML', () => {
    const notice = files.get('2027-04-12_bouwplaats_uitvoerders_reminder-notice.nl.html')!;
    expect(notice).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(notice).toContain('@page{size:A4');
    expect(notice).toContain('<h1>Nog even: Teams start maandag 19 april</h1>');
    expect(notice).toContain('<li><strong>Training:</strong> maandag 19 april om 09:00, 90 minuten; waar precies hoor je van Errol Kromodimedjo</li>');
    expect(notice).toContain('<li><strong>Als het internet uitvalt:</strong> Bel de uitvoerder &lt;b&gt; en zet het later in Teams &amp; klaar *nu*</li>');
    expect(notice).not.toContain('<b>');
    expect(notice).not.toMatch(/Onderwerp|Versturen op|e-mail|agenda/);
  });

  it('lists them in the index for the group, a notice to post and a text to send', () => {
    const entries = rendered.entries.filter((e) => e.phase === 'bouwplaats' && e.kind !== 'checklist');
    expect(entries.map((e) => [e.kind, e.template, e.to])).toEqual([
      ['text', 'announcement', 'Uitvoerders (6 personen)'],
      ['notice', 'announcement', 'Uitvoerders (6 personen)'],
      ['text', 'reminder', 'Uitvoerders (6 personen)'],
      ['notice', 'reminder', 'Uitvoerders (6 personen)'],
      ['text', 'welcome', 'Uitvoerders (6 personen)'],
      ['notice', 'welcome', 'Uitvoerders (6 personen)'],
    ]);
    expect(entries[0]!.subject).toBe('Binnenkort: Teams');
    expect(files.get('index.md')).toContain('| 2027-04-05 | post | nl | Teams komt eraan | Uitvoerders (6 personen) |');
  });
});

describe('the forms a group is sent', () => {
  it('with email among them: the email too, beside the text', async () => {
    const { names } = await render(['email', 'text']);
    expect(names.filter((n) => n.startsWith('2027-04-05_bouwplaats'))).toEqual([
      '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt',
      '2027-04-05_bouwplaats_announcement.nl.md',
      '2027-04-05_bouwplaats_checklist-two-weeks-before.nl.md',
      '2027-04-05_bouwplaats_checklist-two-weeks-before.en.md',
    ]);
  });

  it('in English too where the location reads it', async () => {
    const { files } = await render(['text'], undefined, ['nl', 'en']);
    expect(files.get('2027-04-12_bouwplaats_uitvoerders_reminder-text.en.txt')).toBe(
      [
        '*Reminder: Teams starts Monday, April 19*',
        'On Monday, April 19 you (Uitvoerders) switch to Teams.',
        'Training: Monday, April 19 at 09:00, 90 minutes; Errol Kromodimedjo tells you where.',
        'Cannot sign in on your phone? Tell Errol Kromodimedjo before Monday, April 19.',
        'Questions: call or message Errol Kromodimedjo, or call Ravi Pinas on +597 8123456.',
        '',
      ].join('\n'),
    );
  });

  it('by default: email only, as before', async () => {
    const { names } = await render(undefined);
    expect(names.filter((n) => /\.(txt|html)$/.test(n))).toEqual([]);
    expect(names).toContain('2027-04-05_bouwplaats_announcement.nl.md');
  });

  it('an unknown form is an error naming the ones there are', () => {
    expect(() => validPlan(siteCrews(['whatsapp']))).toThrow(/email.*text.*notice/);
  });

  it('a templates folder rewords a text; a template of a message without that form is not used', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'texts'));
    mkdirSync(path.join(dir, 'notices'));
    writeFileSync(path.join(dir, 'texts', 'announcement.nl.hbs'), 'Teams komt op {{date phase.launch "day"}}. Vragen: {{> group-help}}.\n');
    writeFileSync(path.join(dir, 'texts', 'retrospective.nl.hbs'), 'x\n');
    writeFileSync(path.join(dir, 'notices', 'survey.nl.hbs'), 'x\n');
    const templates = await loadTemplates(dir);
    expect(templates.warnings.join('\n')).toMatch(/retrospective\.nl\.hbs: "retrospective" is not a text message rollout writes/);
    expect(templates.warnings.join('\n')).toMatch(/survey\.nl\.hbs: "survey" is not a notice message rollout writes/);
    const { files } = await render(['text'], dir);
    expect(files.get('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt')).toBe('Teams komt op maandag 19 april. Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.\n');
  });
});

describe('the messages to everyone after a group reached by text has started', async () => {
  const surveyed = { gates: [{ id: 'tevreden', phase: 'kantoor', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7, within: '6w' }], communications: { surveyLink: 'https://forms.office.com/r/pinas123', targetedGroups: [{ group: 'Uitvoerders', channel: 'WhatsApp', send: ['text', 'notice'] }] } };
  const renderWith = async (send: unknown[], siteLanguages = ['nl']) => {
    const data = siteCrews(send, { ...surveyed, communications: { ...surveyed.communications, targetedGroups: [{ group: 'Uitvoerders', channel: 'WhatsApp', send }] } }) as { organization: { locations: { languages?: string[] }[] } };
    data.organization.locations[1]!.languages = siteLanguages;
    const plan = validPlan(data);
    const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    return new Map(rendered.files.map((f) => [f.name, String(f.content)]));
  };
  const files = await renderWith(['text', 'notice']);
  const crews = [...files.keys()].filter((n) => n.includes('_rollout_uitvoerders_'));

  it('gets each weekly update and survey from its launch on as a text in its language, and no notice of them', () => {
    expect(crews.length).toBeGreaterThan(2);
    expect(crews.every((n) => /^2027-0[45]-\d\d_rollout_uitvoerders_(weekly-update|survey)-text\.nl\.txt$/.test(n) && n >= '2027-04-19')).toBe(true);
    expect(crews.some((n) => n.includes('_survey-text'))).toBe(true);
    // The survey that goes out on the launch day asks the office only: the crews have nothing to rate yet.
    expect(crews).not.toContain('2027-04-19_rollout_uitvoerders_survey-text.nl.txt');
    expect([...files.keys()].filter((n) => /_rollout_(weekly-update|survey)\.nl\.md$/.test(n)).length).toBeGreaterThan(crews.length);
  });

  it('says in a few lines how far the rollout is, and asks the survey’s two questions with the form to fill in on the phone', () => {
    const weekly = files.get(crews.find((n) => n.includes('weekly-update'))!)!;
    expect(weekly.split('\n')[0]).toMatch(/^\*Teams-update, week \d+\*$/);
    expect(weekly).toContain('31 van de 31 collega\'s bij Bouwbedrijf Pinas zijn begonnen met Teams.');
    expect(weekly).toContain('Vastgelopen, of een tip voor de anderen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.');
    expect(weekly).toContain('Als het internet uitvalt: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*\n');
    const survey = files.get(crews.find((n) => n.includes('survey'))!)!;
    expect(survey).toContain('1. Hoe tevreden ben je tot nu toe over Teams? Van 1 (helemaal niet) tot 10 (heel tevreden).');
    expect(survey).toMatch(/Vul vóór \w+ \d+ \w+ het formulier in op je telefoon: https:\/\/forms\.office\.com\/r\/pinas123\n/);
    for (const text of [weekly, survey]) expect(text).not.toMatch(/Onderwerp|Van:|Aan:|e-mail|Beantwoord deze/i);
  });

  it('in English where the location reads it; nothing for a group read by email or by notices alone', async () => {
    const english = await renderWith(['text'], ['en']);
    const survey = [...english.keys()].find((n) => n.includes('_rollout_uitvoerders_survey-text.en.txt'));
    expect(english.get(survey!)).toContain('Fill in the form on your phone before');
    for (const send of [['email'], ['notice']]) expect([...(await renderWith(send)).keys()].filter((n) => n.includes('_rollout_uitvoerders_'))).toEqual([]);
  });
});
