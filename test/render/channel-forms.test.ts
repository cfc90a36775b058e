import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { beforeRollback } from '../../src/rollback/withdraw.js';
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

/** The crews' launch messages in their own forms, in Dutch. */
const SITE_LAUNCH_FORMS = [
  '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt',
  '2027-04-05_bouwplaats_uitvoerders_announcement-notice.nl.html',
  '2027-04-12_bouwplaats_uitvoerders_reminder-text.nl.txt',
  '2027-04-12_bouwplaats_uitvoerders_reminder-notice.nl.html',
  '2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt',
  '2027-04-19_bouwplaats_uitvoerders_welcome-notice.nl.html',
];

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
    expect(site).toEqual(SITE_LAUNCH_FORMS);
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

  it('tells on the launch day that the training is today, when, how long and where: for those who missed the reminder', () => {
    const text = files.get('2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt')!;
    expect(text).toContain('\nTraining: vandaag om 09:00, 90 minuten, Bouwplaatsen.\nDeze week elke werkdag om 13:00');
    expect(files.get('2027-04-19_bouwplaats_uitvoerders_welcome-notice.nl.html')).toContain('<li><strong>Training:</strong> vandaag om 09:00, 90 minuten, Bouwplaatsen</li>');
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
    const { files } = await render(['text', 'notice'], undefined, ['nl', 'en']);
    expect(files.get('2027-04-19_bouwplaats_uitvoerders_welcome-text.en.txt')).toContain('\nTraining: today at 09:00, 90 minutes, Bouwplaatsen.\n');
    expect(files.get('2027-04-19_bouwplaats_uitvoerders_welcome-notice.en.html')).toContain('<li><strong>Training:</strong> today at 09:00, 90 minutes, Bouwplaatsen</li>');
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
    writeFileSync(path.join(dir, 'texts', 'get-started.nl.hbs'), 'x\n');
    writeFileSync(path.join(dir, 'notices', 'get-started.nl.hbs'), 'x\n');
    const templates = await loadTemplates(dir);
    expect(templates.warnings.join('\n')).toMatch(/get-started\.nl\.hbs: "get-started" is not a text message rollout writes/);
    expect(templates.warnings.join('\n')).toMatch(/notices.get-started\.nl\.hbs: "get-started" is not a notice message rollout writes/);
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
  const crews = [...files.keys()].filter((n) => /_rollout_uitvoerders_(weekly-update|survey)-/.test(n));

  it('gets each weekly update and survey from its launch on as a text and a notice in its language', () => {
    expect(crews.length).toBeGreaterThan(4);
    expect(crews.every((n) => /^2027-0[45]-\d\d_rollout_uitvoerders_(weekly-update|survey)-(text\.nl\.txt|notice\.nl\.html)$/.test(n) && n >= '2027-04-19')).toBe(true);
    expect(crews.filter((n) => n.endsWith('.txt')).map((n) => n.replace('-text.nl.txt', ''))).toEqual(crews.filter((n) => n.endsWith('.html')).map((n) => n.replace('-notice.nl.html', '')));
    expect(crews.some((n) => n.includes('_survey-notice'))).toBe(true);
    // The survey that goes out on the launch day asks the office only: the crews have nothing to rate yet.
    expect(crews).not.toContain('2027-04-19_rollout_uitvoerders_survey-text.nl.txt');
    expect([...files.keys()].filter((n) => /_rollout_(weekly-update|survey)\.nl\.md$/.test(n)).length).toBeGreaterThan(crews.length / 2);
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

  it('in English where the location reads it; a notice alone for a group read by notices; nothing for a group read by email', async () => {
    const english = await renderWith(['text'], ['en']);
    const survey = [...english.keys()].find((n) => n.includes('_rollout_uitvoerders_survey-text.en.txt'));
    expect(english.get(survey!)).toContain('Fill in the form on your phone before');
    const notices = [...(await renderWith(['notice'])).keys()].filter((n) => n.includes('_rollout_uitvoerders_'));
    expect(notices.length).toBeGreaterThan(2);
    expect(notices.every((n) => n.endsWith('-notice.nl.html'))).toBe(true);
    expect([...(await renderWith(['email'])).keys()].filter((n) => n.includes('_rollout_uitvoerders_'))).toEqual([]);
  });

  it('pins up the weekly update and the survey as a page: the progress, and the two questions with the form to fill in on the phone, no email header', () => {
    const weekly = files.get(crews.find((n) => n.includes('weekly-update-notice'))!)!;
    expect(weekly).toContain('<h1>Teams-update, week');
    expect(weekly).toContain('<li><strong>Begonnen:</strong> 31 van de 31 collega&#x27;s bij Bouwbedrijf Pinas</li>');
    expect(weekly).toContain('<li><strong>Als het internet uitvalt:</strong> Bel de uitvoerder &lt;b&gt; en zet het later in Teams &amp; klaar *nu*</li>');
    const survey = files.get(crews.find((n) => n.includes('survey-notice'))!)!;
    expect(survey).toContain('<h1>Twee vragen over Teams</h1>');
    expect(survey).toContain('<li>Hoe tevreden ben je tot nu toe over Teams? Van 1 (helemaal niet) tot 10 (heel tevreden).</li>');
    expect(survey).toMatch(/<li><strong>Op je telefoon:<\/strong> vul vóór \w+ \d+ \w+ het formulier in: https:\/\/forms\.office\.com\/r\/pinas123<\/li>/);
    expect(survey).toContain('<li><strong>Geen telefoon bij de hand:</strong> geef je twee cijfers door aan Errol Kromodimedjo</li>');
    for (const page of [weekly, survey]) expect(page).not.toMatch(/Onderwerp|Versturen op|Aan:|e-mail/);
  });

  it('without a survey form, the notice says whom to give the two numbers to', async () => {
    const data = siteCrews(['notice'], { communications: { targetedGroups: [{ group: 'Uitvoerders', send: ['notice'] }] } }) as { organization: { locations: { languages?: string[] }[] } };
    data.organization.locations[1]!.languages = ['en'];
    const plan = validPlan(data);
    const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    const survey = rendered.files.find((f) => /_rollout_uitvoerders_survey-notice\.en\.html$/.test(f.name))!;
    expect(String(survey.content)).toMatch(/<li><strong>How:<\/strong> give your two numbers to Errol Kromodimedjo before \w+, \w+ \d+, in person or by message<\/li>/);
  });

  it('leaves the crews out of the To: of the emails they do not read, and names them there', () => {
    const surveys = [...files.keys()].filter((n) => /_rollout_survey\.nl\.md$/.test(n));
    // Before the crews start, the survey asks the office alone.
    expect(files.get(surveys[0]!)).toContain('- **Aan:** Kantoor (25 personen)');
    expect(files.get(surveys.at(-1)!)).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (25 personen)');
    expect(files.get([...files.keys()].find((n) => /_rollout_weekly-update\.en\.md$/.test(n))!)).toContain('- **To:** Everyone at Bouwbedrijf Pinas, except Uitvoerders (25 people)');
  });

  it('counts a group that reads email too in the To:', async () => {
    const both = await renderWith(['email', 'text']);
    const surveys = [...both.keys()].filter((n) => /_rollout_survey\.nl\.md$/.test(n));
    expect(both.get(surveys.at(-1)!)).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas (31 personen)');
  });
});

describe('a phase of a location whose people are all in a group reached by text and notice', () => {
  const byLocation = async (siteHeadcount: number) => {
    const data = siteCrews(['text', 'notice'], {
      phases: [
        { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
        { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { locations: ['Bouwplaatsen'] }, weeks: 2 },
      ],
    }) as { organization: { headcount: number; locations: { headcount: number }[] } };
    data.organization.locations[1]!.headcount = siteHeadcount;
    data.organization.headcount = 25 + siteHeadcount;
    const plan = validPlan(data);
    const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    return rendered.files.map((f) => f.name).filter((n) => n.includes('_bouwplaats_') && !n.includes('checklist'));
  };

  it('gets its launch messages as texts and notices alone: no email to 0 people', async () => {
    expect(await byLocation(6)).toEqual(SITE_LAUNCH_FORMS);
  });

  it('keeps the email where the location has people outside that group', async () => {
    expect((await byLocation(8)).filter((n) => n.endsWith('.md'))).toEqual(['2027-04-05_bouwplaats_announcement.nl.md', '2027-04-12_bouwplaats_reminder.nl.md', '2027-04-19_bouwplaats_welcome.nl.md']);
  });
});

describe('the notices that move a group’s dates, for a group reached by text and notice', () => {
  const renderWith = async (overrides: Record<string, unknown>, siteLanguages = ['nl']) => {
    const data = siteCrews(['text', 'notice'], overrides) as { organization: { locations: { languages?: string[] }[] } };
    data.organization.locations[1]!.languages = siteLanguages;
    const plan = validPlan(data);
    const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
    return new Map(rendered.files.map((f) => [f.name, String(f.content)]));
  };
  const crews = (files: Map<string, string>, template: string) => [...files.keys()].filter((n) => n.includes(`_uitvoerders_${template}-`));

  it('an extension of the office’s phase: the crews read in their own forms that their start moves, and no email goes to them', async () => {
    const files = await renderWith({ extensions: [{ phase: 'kantoor', by: '1w', decided: '2027-04-14', reason: 'de trainer is ziek' }] });
    expect(crews(files, 'extension-moves')).toEqual(['2027-04-14_bouwplaats_uitvoerders_extension-moves-text.nl.txt', '2027-04-14_bouwplaats_uitvoerders_extension-moves-notice.nl.html']);
    expect([...files.keys()].filter((n) => n.includes('extension-moves.'))).toEqual([]);
    const text = files.get('2027-04-14_bouwplaats_uitvoerders_extension-moves-text.nl.txt')!;
    expect(text.split('\n')[0]).toBe('*Teams: jullie beginnen op maandag 26 april*');
    expect(text).toContain('Kantoor duurt langer, tot en met vrijdag 23 april, en wat erna komt wacht: Bouwplaatsen begint nu op maandag 26 april.\nWaarom: De trainer is ziek.\n');
    expect(text).toContain('Training: maandag 26 april om 09:00, 90 minuten; waar precies hoor je van Errol Kromodimedjo.');
    expect(files.get('2027-04-14_bouwplaats_uitvoerders_extension-moves-notice.nl.html')).toContain('<li><strong>Jullie start:</strong> maandag 26 april 2027</li>');
    // The office's own notice stays an email, to the office alone.
    expect(files.get('2027-04-14_kantoor_extension.nl.md')).toContain('- **Aan:** Kantoor (25 personen)');
  });

  it('an extension that moves the switch-off: the crews’ text and notice give the day the old tool is turned off, new and old, as the office’s email does', async () => {
    const phases = [
      { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
      { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
      { id: 'uitzetten', name: 'WhatsApp-groepen opheffen', kind: 'decommission', audience: 'none', weeks: 1 },
    ];
    const files = await renderWith({ phases, extensions: [{ phase: 'kantoor', by: '1w', decided: '2027-04-14', reason: 'de trainer is ziek' }] });
    const turnOff = 'we zetten WhatsApp-groepen nu uit op vrijdag 14 mei in plaats van vrijdag 7 mei';
    expect(files.get('2027-04-14_rollout_extension-moves.nl.md')).toContain(turnOff);
    expect(files.get('2027-04-14_rollout_uitvoerders_extension-moves-text.nl.txt')).toContain(`Bouwplaatsen begint nu op maandag 26 april; ${turnOff}.\n`);
    expect(files.get('2027-04-14_rollout_uitvoerders_extension-moves-notice.nl.html')).toContain(`${turnOff}</li>`);
    const en = await renderWith({ phases, extensions: [{ phase: 'kantoor', by: '1w', decided: '2027-04-14', reason: 'the trainer is ill' }] }, ['en']);
    expect(en.get('2027-04-14_rollout_uitvoerders_extension-moves-text.en.txt')).toContain('Bouwplaatsen now starts on Monday, April 26; we now turn off WhatsApp-groepen on Friday, May 14 instead of Friday, May 7.\n');
    expect(en.get('2027-04-14_rollout_uitvoerders_extension-moves-notice.en.html')).toContain('we now turn off WhatsApp-groepen on Friday, May 14 instead of Friday, May 7</li>');
  });

  it('a pause that moves the switch-off: the crews’ Dutch text and notice say we turn the old tool off then, whatever its number', async () => {
    const phases = [
      { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
      { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
      { id: 'uitzetten', name: 'WhatsApp-groepen opheffen', kind: 'decommission', audience: 'none', weeks: 1 },
    ];
    const paused = await renderWith({ phases, pauses: [{ from: '2027-04-26', until: '2027-05-03', reason: 'de telefoons zijn er nog niet', only: { phase: 'bouwplaats' } }] });
    const forms = [...paused.keys()].filter((n) => /_uitvoerders_(pause|resume)-(text|notice)\.nl\.(txt|html)$/.test(n));
    expect(forms.length).toBe(4);
    for (const name of forms) {
      expect(paused.get(name), name).toMatch(/[Ww]e zetten WhatsApp-groepen uit op vrijdag 14 mei(,| in plaats van) (niet op )?vrijdag 7 mei/);
      expect(paused.get(name), name).not.toContain('gaat uit op');
    }
  });

  it('the office’s emails that move the crews’ start and the switch-off ask none of their readers to keep the crews’ day free', async () => {
    const phases = [
      { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
      { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
      { id: 'uitzetten', name: 'WhatsApp-groepen opheffen', kind: 'decommission', audience: 'none', weeks: 1 },
    ];
    const moved = await renderWith({ phases, extensions: [{ phase: 'kantoor', by: '1w', decided: '2027-04-14', reason: 'de trainer is ziek' }] }, ['nl', 'en']);
    expect(moved.get('2027-04-14_rollout_extension-moves.nl.md')).toContain('**Wat je nu doet:** werk gewoon door in Teams; voor jou verandert er niets behalve de dag waarop we WhatsApp-groepen uitzetten.');
    expect(moved.get('2027-04-14_rollout_extension-moves.en.md')).toContain('**What to do now:** keep working in Teams as you do; nothing changes for you but the day we turn off WhatsApp-groepen.');
    const paused = await renderWith({ phases, pauses: [{ from: '2027-04-09', until: '2027-04-16', reason: 'de telefoons zijn er nog niet', only: { phase: 'bouwplaats' } }] }, ['nl', 'en']);
    const emails = [...paused.keys()].filter((n) => /_rollout_(pause|resume)\.(nl|en)\.md$/.test(n));
    expect(emails.length).toBe(4);
    for (const name of emails) {
      expect(paused.get(name)).toContain(name.endsWith('.nl.md') ? 'behalve Uitvoerders' : 'except Uitvoerders');
      expect(paused.get(name)).not.toMatch(/begin je in de fase|if you start in/);
      expect(paused.get(name)).toContain('Bouwplaatsen');
    }
  });

  it('a pause of the crews’ phase before its launch: pause and resume notices as texts and notices, in Dutch and English, with the new start', async () => {
    const files = await renderWith({ pauses: [{ from: '2027-04-09', until: '2027-04-16', reason: { nl: 'de telefoons zijn er nog niet', en: 'the phones have not arrived' }, only: { phase: 'bouwplaats' } }] }, ['nl', 'en']);
    expect(crews(files, 'pause')).toEqual([
      '2027-04-09_bouwplaats_uitvoerders_pause-text.nl.txt',
      '2027-04-09_bouwplaats_uitvoerders_pause-notice.nl.html',
      '2027-04-09_bouwplaats_uitvoerders_pause-text.en.txt',
      '2027-04-09_bouwplaats_uitvoerders_pause-notice.en.html',
    ]);
    expect(crews(files, 'resume').length).toBe(4);
    expect([...files.keys()].filter((n) => /_(pause|resume)\.(nl|en)\.md$/.test(n))).toEqual([]);
    expect(files.get('2027-04-09_bouwplaats_uitvoerders_pause-text.en.txt')).toBe(
      [
        '*Teams: Bouwplaatsen starts later*',
        'Bouwplaatsen starts later than planned: on Monday, April 26 instead of Monday, April 19.',
        'Why: The phones have not arrived.',
        'You (Uitvoerders) now start with Teams on Monday, April 26.',
        'Questions: call or message Errol Kromodimedjo, or call Ravi Pinas on +597 8123456.',
        'If the internet fails: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*',
        '',
      ].join('\n'),
    );
    const resume = files.get(crews(files, 'resume').find((n) => n.endsWith('-notice.nl.html'))!)!;
    expect(resume).toContain('<h1>Bouwplaatsen begint maandag 26 april</h1>');
    expect(resume).toContain('<li><strong>Training:</strong> maandag 26 april om 09:00, 90 minuten; waar precies hoor je van Errol Kromodimedjo</li>');
  });

  it('a pause of the crews’ phase decided ahead: the resume text and notice recall the day the pause was told, in Dutch and English', async () => {
    const files = await renderWith({ pauses: [{ from: '2027-04-19', until: '2027-04-26', decided: '2027-04-09', reason: 'de telefoons zijn er nog niet', only: { phase: 'bouwplaats' } }] }, ['nl', 'en']);
    expect(crews(files, 'pause')[0]).toBe('2027-04-09_bouwplaats_uitvoerders_pause-text.nl.txt');
    const resume = (suffix: string) => files.get(crews(files, 'resume').find((n) => n.endsWith(suffix))!)!;
    expect(resume('-text.en.txt')).toContain('As we wrote on Friday, April 9, Bouwplaatsen starts later');
    expect(resume('-notice.en.html')).toContain('as we wrote on Friday, April 9, Bouwplaatsen starts later');
    expect(resume('-text.nl.txt')).toContain('Zoals we op vrijdag 9 april schreven, begint Bouwplaatsen later');
    expect(resume('-notice.nl.html')).toContain('zoals we op vrijdag 9 april schreven, begint Bouwplaatsen later');
  });

  it('a pause left open holds the crews’ phase: the text says the new start follows, and names the site’s champion', async () => {
    const files = await renderWith({ pauses: [{ from: '2027-04-09', reason: 'de telefoons zijn er nog niet', only: { phase: 'bouwplaats' } }] });
    const text = files.get(crews(files, 'pause').find((n) => n.endsWith('.txt'))!)!;
    expect(text).toContain('Bouwplaatsen begint later dan gepland: niet op maandag 19 april; de nieuwe dag hoor je van ons.');
    expect(text).toContain('Jullie (Uitvoerders) werken door zoals nu, tot we jullie nieuwe startdag laten weten.');
    expect(text).toContain('Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.');
  });

  it('a pause of everything: the office’s email leaves the crews out of its To:, the crews get their forms', async () => {
    const files = await renderWith({ pauses: [{ from: '2027-04-12', until: '2027-04-19', reason: 'de server verhuist' }] });
    expect(files.get('2027-04-12_rollout_pause.nl.md')).toContain('- **Aan:** Kantoor en Bouwplaatsen, behalve Uitvoerders (25 personen)');
    expect(crews(files, 'pause')).toEqual(['2027-04-12_rollout_uitvoerders_pause-text.nl.txt', '2027-04-12_rollout_uitvoerders_pause-notice.nl.html']);
    const text = files.get('2027-04-12_rollout_uitvoerders_pause-text.nl.txt')!;
    expect(text).toContain('Vanaf maandag 12 april pauzeren we de invoering van Teams, tot maandag 19 april.');
    expect(text).toContain('Jullie (Uitvoerders) beginnen nu op maandag 26 april met Teams.');
  });
});

describe('the switch-off, a rollback and the retrospective, for a group reached by text and notice', () => {
  const phases = [
    { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
    { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
    { id: 'uitzetten', name: 'WhatsApp-groepen opheffen', kind: 'decommission', audience: 'none', weeks: 1 },
  ];
  const gates = [{ id: 'tevreden', phase: 'kantoor', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7, within: '10w' }];
  const renderWith = async (overrides: Record<string, unknown>, siteLanguages = ['nl'], rollback?: { date: string }) => {
    const data = siteCrews(['text', 'notice'], { phases, gates, ...overrides }) as { organization: { locations: { languages?: string[] }[] } };
    data.organization.locations[1]!.languages = siteLanguages;
    const plan = validPlan(data);
    const schedule = buildSchedule(rollback ? beforeRollback(plan) : plan);
    const rendered = await renderEmails(plan, schedule, { format: 'md', templates: await loadTemplates(), ...(rollback ? { rollback: { ...rollback, gates: [] } } : {}) });
    return { files: new Map(rendered.files.map((f) => [f.name, String(f.content)])), entries: rendered.entries };
  };
  const crewsOf = (files: Map<string, string>, template: string) => [...files.keys()].filter((n) => n.includes(`_uitvoerders_${template}-`));
  /** The crews' Dutch text of a message, after checking that it and its notice are all they get of it; `email` is the email's To: line, which leaves them out. */
  const crewText = (files: Map<string, string>, base: string, email: string) => {
    const template = base.replace(/^.*_uitvoerders_/, '');
    expect(crewsOf(files, template)).toEqual([`${base}-text.nl.txt`, `${base}-notice.nl.html`]);
    expect(email).toContain('Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (25 personen)');
    return files.get(`${base}-text.nl.txt`);
  };

  const reason = { nl: 'Teams laadt niet op het netwerk van de bouwplaatsen', en: 'Teams does not load on the sites’ network' };
  const sitesBack = { rollback: { on: '2027-04-26', reason, only: { location: 'Bouwplaatsen' }, resume: { on: '2027-05-24', changed: { nl: 'elke keet heeft nu wifi', en: 'every site hut has wifi now' } } } };

  it('the switch-off’s announcement and the retrospective: a text and a notice on the email’s day, each time it is announced', async () => {
    const { files, entries } = await renderWith(sitesBack);
    expect(crewsOf(files, 'decommission')).toEqual([
      '2027-04-19_uitzetten_uitvoerders_decommission-text.nl.txt',
      '2027-04-19_uitzetten_uitvoerders_decommission-notice.nl.html',
      '2027-05-24_uitzetten_uitvoerders_decommission-text.nl.txt',
      '2027-05-24_uitzetten_uitvoerders_decommission-notice.nl.html',
    ]);
    expect(files.has('2027-04-19_uitzetten_decommission.nl.md') && files.has('2027-05-24_uitzetten_decommission.nl.md')).toBe(true);
    expect(crewsOf(files, 'retrospective')).toEqual(['2027-06-25_rollout_uitvoerders_retrospective-text.nl.txt', '2027-06-25_rollout_uitvoerders_retrospective-notice.nl.html']);
    expect(files.get('2027-06-25_rollout_retrospective.nl.md')).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (25 personen)');
    // The second try moves the day the groups close: the crews read it from the switch-off, not from their own phase.
    expect(files.get('2027-05-24_uitzetten_decommission.nl.md')).toContain('vrijdag 11 juni');
    expect(files.get('2027-05-24_uitzetten_uitvoerders_decommission-text.nl.txt')).toBe(
      [
        '*Teams: we zetten WhatsApp-groepen uit*',
        'We zetten WhatsApp-groepen uit op vrijdag 11 juni.',
        'Gebruik vanaf dan Teams voor wat je nu in WhatsApp-groepen doet.',
        'Heb je nog iets nodig uit WhatsApp-groepen? Bewaar het, of zet het over naar Teams, vóór vrijdag 11 juni.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        'Als het internet uitvalt: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*',
        '',
      ].join('\n'),
    );
    expect(files.get('2027-04-19_uitzetten_uitvoerders_decommission-notice.nl.html')).toContain('<li><strong>Wanneer:</strong> vrijdag 7 mei 2027</li>');
    const retro = files.get('2027-06-25_rollout_uitvoerders_retrospective-text.nl.txt')!;
    expect(retro).toContain('Tussen maandag 5 april en vrijdag 4 juni zijn 31 personen bij Bouwbedrijf Pinas begonnen met Teams in plaats van WhatsApp-groepen.');
    expect(retro).toContain('Laat het ons weten: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.');
    for (const name of [...crewsOf(files, 'decommission'), ...crewsOf(files, 'retrospective'), ...crewsOf(files, 'rollback')]) {
      expect(files.get(name)).not.toMatch(/Onderwerp|Van:|Aan:|e-mail|agenda|spreekuur|Beantwoord/i);
    }
    expect(entries.filter((e) => e.template === 'retrospective' && e.kind !== 'email').map((e) => [e.kind, e.date, e.to])).toEqual([
      ['text', '2027-06-25', 'Uitvoerders (6 personen)'],
      ['notice', '2027-06-25', 'Uitvoerders (6 personen)'],
    ]);
  });

  it('a rollback of the sites: the crews read that they go back to WhatsApp, whom to call and when they try again; no email goes to them, no survey while rolled back', async () => {
    const { files } = await renderWith(sitesBack, ['nl', 'en']);
    expect(crewsOf(files, 'rollback')).toEqual([
      '2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-text.nl.txt',
      '2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-notice.nl.html',
      '2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-text.en.txt',
      '2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-notice.en.html',
    ]);
    expect([...files.keys()].filter((n) => /_rollback\.(nl|en)\.md$/.test(n))).toEqual([]);
    // The coordinator's checklist sends no one looking for that email: it names the crews' own way.
    const list = files.get('2027-04-26_rollout_bouwplaatsen_checklist-rollback.nl.md')!;
    expect(list).not.toContain('Terugdraai-e-mail');
    expect(list).toContain('- [ ] Eerst ingelicht, voordat de mensen om wie het gaat het horen');
    expect(list).toContain('- [ ] Uitvoerders op hun eigen manier ingelicht, met wat er vandaag voor hen is geschreven: WhatsApp en de keet\n');
    expect(files.get('2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-text.nl.txt')).toBe(
      [
        '*Teams: voorlopig terug naar WhatsApp-groepen*',
        'Vanaf maandag 26 april stoppen jullie (Uitvoerders) met Teams en gaan jullie terug naar WhatsApp-groepen.',
        'Waarom: Teams laadt niet op het netwerk van de bouwplaatsen.',
        // The switch-off announced before the rollback waits for the crews' second try: the old tools stay on for everyone.
        'De rest van Bouwbedrijf Pinas gaat door met Teams; we laten WhatsApp-groepen voor iedereen aan.',
        'We proberen het opnieuw: jullie beginnen weer met Teams op maandag 24 mei. Wat er dan anders is: Elke keet heeft nu wifi.',
        'Schrijf op wat je alleen in Teams hebt gedaan, zodat er niets verloren gaat. Dit ligt niet aan jullie.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        '',
      ].join('\n'),
    );
    const notice = files.get('2027-04-26_rollout_bouwplaatsen_uitvoerders_rollback-notice.en.html')!;
    expect(notice).toContain('<h1>Back to WhatsApp-groepen for now</h1>');
    expect(notice).toContain('<li><strong>We try again:</strong> you start with Teams again on Monday, May 24; what is different then: every site hut has wifi now</li>');
    // The offline plan is for working in the new tool: none while back on the old one.
    expect(notice).not.toContain('internet');
    // Their second try says so.
    expect(files.get('2027-05-10_bouwplaats_uitvoerders_announcement-text.nl.txt')).toMatch(/^\*Teams: we proberen het opnieuw\*\n/);
    // The survey of the rollback's day asks the office alone, counted once; the crews get it again once their second try has run a week.
    expect(files.get('2027-04-26_rollout_survey.nl.md')).toContain('- **Aan:** Kantoor (25 personen)');
    expect(crewsOf(files, 'survey').filter((n) => n.endsWith('.nl.txt'))).toEqual(['2027-05-31_rollout_uitvoerders_survey-text.nl.txt', '2027-06-07_rollout_uitvoerders_survey-text.nl.txt']);
  });

  it('a rollback of the office that postpones the switch-off: the crews, still on Teams, read that WhatsApp stays on and to keep working in Teams', async () => {
    const { files } = await renderWith({ rollback: { on: '2027-04-26', reason: 'de server van kantoor valt steeds uit', only: { phase: 'kantoor' } } });
    expect(crewText(files, '2027-04-26_rollout_uitvoerders_switch-off-postponed', files.get('2027-04-26_rollout_switch-off-postponed.nl.md')!)).toBe(
      [
        '*Teams: het uitzetten van WhatsApp-groepen wordt uitgesteld*',
        'Op maandag 26 april zijn we voor Kantoor voorlopig van Teams teruggegaan naar WhatsApp-groepen.',
        'Waarom: De server van kantoor valt steeds uit.',
        'Daarom stellen we het uitzetten van WhatsApp-groepen, gepland op vrijdag 7 mei, uit; de nieuwe dag hoor je ruim van tevoren.',
        'Werk gewoon door in Teams zoals je nu doet, en houd WhatsApp-groepen bij de hand.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        'Als het internet uitvalt: Bel de uitvoerder <b> en zet het later in Teams & klaar *nu*',
        '',
      ].join('\n'),
    );
    // The office's own rollback is an email to the office: the crews were not rolled back.
    expect(crewsOf(files, 'rollback')).toEqual([]);
  });

  it('a rollback of the whole rollout before the crews start: their text and notice say that nothing changes for them', async () => {
    const { files } = await renderWith({ rollback: { on: '2027-04-14', reason: 'de pilot liep vast' } }, ['nl'], { date: '2027-04-14' });
    expect(crewText(files, '2027-04-14_rollout_uitvoerders_rollback', files.get('2027-04-14_rollout_rollback.nl.md')!)).toBe(
      [
        '*Teams: de invoering stopt*',
        'Vanaf woensdag 14 april stoppen we met de invoering van Teams. Voor jullie (Uitvoerders) verandert er niets: werk door zoals je nu doet; de startdag die je kreeg, vervalt.',
        'Waarom: De pilot liep vast.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        '',
      ].join('\n'),
    );
    const list = files.get('2027-04-14_rollout_checklist-rollback.en.md')!;
    expect(list).toContain('- [ ] Rollback email sent to everyone\n- [ ] Uitvoerders told in their own way, with what is written for them today: WhatsApp en de keet\n');
  });
});
