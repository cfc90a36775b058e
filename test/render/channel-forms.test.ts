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
    expect(text).toContain('Training: maandag 19 april om 09:00 (90 minuten); waar precies hoor je van Errol Kromodimedjo.');
    expect(text).toContain('Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.');
    // A value is one line, as written: a line break in the plan cannot start a line of its own.
    expect(text).toContain('Als het internet uitvalt: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*\n');
    for (const name of site.filter((n) => n.endsWith('.txt'))) {
      const t = files.get(name)!;
      expect(t.length).toBeLessThan(600);
      expect(t).not.toMatch(/Onderwerp|Van:|Aan:|e-mail|agenda|loop binnen|Beantwoord/i);
    }
    expect(files.get('2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt')).toContain('Deze week elke dag om 13:00: bel of app Errol Kromodimedjo');
  });

  it('writes a printable A4 notice, its values escaped for HTML', () => {
    const notice = files.get('2027-04-12_bouwplaats_uitvoerders_reminder-notice.nl.html')!;
    expect(notice).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(notice).toContain('@page{size:A4');
    expect(notice).toContain('<h1>Nog even: Teams start maandag 19 april</h1>');
    expect(notice).toContain('<li><strong>Training:</strong> maandag 19 april om 09:00 (90 minuten); waar precies hoor je van Errol Kromodimedjo</li>');
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
        'Training: Monday, April 19 at 09:00 (90 minutes); Errol Kromodimedjo tells you where.',
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

  it('a templates folder rewords a text; a text template of a message without one is not used', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'texts'));
    writeFileSync(path.join(dir, 'texts', 'announcement.nl.hbs'), 'Teams komt op {{date phase.launch "day"}}. Vragen: {{> group-help}}.\n');
    writeFileSync(path.join(dir, 'texts', 'survey.nl.hbs'), 'x\n');
    const templates = await loadTemplates(dir);
    expect(templates.warnings.join('\n')).toMatch(/survey\.nl\.hbs: "survey" is not a text message rollout writes/);
    const { files } = await render(['text'], dir);
    expect(files.get('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt')).toBe('Teams komt op maandag 19 april. Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.\n');
  });
});
