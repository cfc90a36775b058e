import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/resolve.js';
import { TemplateError } from '../../src/render/engine.js';
import type { Format } from '../../src/render/formats.js';
import { renderEmails, type RenderResult } from '../../src/render/render.js';
import { CHECKLIST_TEMPLATES, EMAIL_TEMPLATES, loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, minimalPlan, ROOT, sameDayLaunches, tempDir, validPlan } from '../helpers.js';

const PRESETS = ['solo.yaml', 'small-team.yaml', 'growing-team.yaml', 'enterprise.yaml'];
const builtIn = await loadTemplates();

function planOf(name: string): Plan {
  return validPlan(readFileSync(example(name), 'utf8'));
}

async function render(plan: Plan, format: Format = 'md', extra: { templates?: string; phase?: string } = {}): Promise<RenderResult> {
  const templates = extra.templates ? await loadTemplates(extra.templates) : builtIn;
  return renderEmails(plan, buildSchedule(plan), { format, templates, languages: ['en', 'nl'], ...(extra.phase ? { phase: extra.phase } : {}) });
}

const text = (r: RenderResult, file: string) => {
  const f = r.files.find((x) => x.name === file);
  if (!f) throw new Error(`no ${file} among ${r.files.map((x) => x.name).join(', ')}`);
  return typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8');
};

/** A templates folder holding one file. */
function userTemplates(name: string, source: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
  writeFileSync(path.join(dir, name), source);
  return dir;
}

describe('renderEmails on the presets', () => {
  it.each(PRESETS)('renders %s in English and Dutch in every format with nothing left unfilled', async (name) => {
    const plan = planOf(name);
    for (const format of ['md', 'txt', 'html'] as const) {
      const r = await render(plan, format);
      expect(r.entries.length).toBeGreaterThan(0);
      for (const f of r.files) {
        const content = f.content as string;
        expect(content, f.name).not.toMatch(/\{\{|\}\}/);
        if (f.name !== 'index.json') expect(content, f.name).not.toMatch(/undefined|null|\[object Object\]|NaN/);
      }
      expect(new Set(r.entries.map((e) => e.language))).toEqual(new Set(['en', 'nl']));
      for (const e of r.entries) expect(e.file).toMatch(/^\d{4}-\d{2}-\d{2}_[a-z0-9-]+(_[a-z0-9-]+)?_[a-z0-9-]+\.(en|nl)\.(md|txt|html)$/);
    }
  });

  it('uses every built-in email and checklist template in both languages across the presets, a pause, a rollback and an extension', async () => {
    const used = new Set<string>();
    const paused = validPlan(`${readFileSync(example('enterprise.yaml'), 'utf8')}\npauses: [{ from: 2027-03-15, until: 2027-03-29, reason: too few use it, phase: port-of-spain }]\n`);
    for (const plan of [...PRESETS.map(planOf), paused]) for (const e of (await render(plan)).entries) used.add(`${e.template}.${e.language}`);
    const rollback = { date: '2027-03-30', reason: 'too few use it', gates: [] };
    for (const e of (await renderEmails(paused, buildSchedule(paused), { format: 'md', templates: builtIn, rollback })).entries) used.add(`${e.template}.${e.language}`);
    // A rollback of one location, which the switch-off waits for.
    const albina = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8'));
    for (const e of (await render(albina)).entries) used.add(`${e.template}.${e.language}`);
    // A pilot that runs a week longer.
    const extended = validPlan(`${readFileSync(example('enterprise.yaml'), 'utf8')}\nextensions: [{ phase: pilot, by: 1w, decided: 2027-02-08, reason: the trainer is ill }]\n`);
    for (const e of (await render(extended)).entries) used.add(`${e.template}.${e.language}`);
    for (const t of [...EMAIL_TEMPLATES, ...CHECKLIST_TEMPLATES]) for (const lang of ['en', 'nl']) expect(used, `${t}.${lang}`).toContain(`${t}.${lang}`);
  });

  it('fills in the dates, names and counts of the enterprise plan', async () => {
    const r = await render(planOf('enterprise.yaml'));
    const expected: Record<string, string[]> = {
      '2027-01-18_pilot_announcement.nl.md': [
        '- **Onderwerp:** Binnenkort: Teamchat',
        '- **Versturen op:** maandag 18 januari 2027',
        'Vanaf maandag 1 februari 2027 gaan we Teamchat gebruiken',
        '- **Aan:** IT pilot, Paramaribo (8 personen)',
      ],
      '2027-01-18_pilot_announcement.en.md': [
        "Starting Monday, February 1, 2027, we're introducing Teamchat to improve how quickly we answer customers.",
        // The executive sponsor sends the first message.
        '- **From:** Ingrid Vos \\<i.vos@caribe-logistics.example\\>',
      ],
      '2027-03-01_georgetown_welcome.en.md': [
        '- **Your local champion:** Marcus Allicock',
        '- **Training:** Monday, March 1 at 10:00, 90 minutes, Georgetown, hands-on',
        '- **Buddy:** pair up with a colleague from Paramaribo; they have used Teamchat since Monday, February 15',
        '- **To:** Georgetown (35 people)',
      ],
      '2027-02-19_rollout_weekly-update.nl.md': ['Volgens planning zijn we van start gegaan met IT pilot en Paramaribo: 60 van de 120 collega\'s bij Caribe Logistics. Hoeveel van hen echt met Teamchat werken, laten we weten zodra we het gemeten hebben. Hierna: Georgetown, vanaf maandag 1 maart.'],
      '2027-03-16_decommission_decommission.en.md': ['once weekly active users is at least 80%', '- **Friday, April 9:** Turn off or cancel'],
      '2027-02-15_georgetown_checklist-two-weeks-before.nl.md': [
        '# Twee weken vooraf: Georgetown\n\n- **Uiterlijk:** maandag 15 februari 2027\n- **Voor:** Team interne communicatie\n',
        '- [ ] Accounts aangemaakt voor 35 personen in Georgetown',
      ],
      '2027-07-09_rollout_review-month-3.en.md': ['- [ ] ROI calculation against the budget of USD 14,400'],
    };
    for (const [file, snippets] of Object.entries(expected)) for (const snippet of snippets) expect(text(r, file), file).toContain(snippet);
  });

  it('pairs a launch with a buddy from the last phase that launched before it, not one that starts the same day', async () => {
    const plan = validPlan(sameDayLaunches());
    const r = await render(plan);
    const buddy = (file: string) => text(r, file).split('\n').find((l) => l.includes('**Buddy:**'));
    expect([buddy('2027-03-15_office_welcome.en.md'), buddy('2027-03-15_branch_welcome.en.md')]).toEqual([
      '- **Buddy:** pair up with a colleague from Pilot; they have used Teamchat since Monday, March 1',
      '- **Buddy:** pair up with a colleague from Pilot; they have used Teamchat since Monday, March 1',
    ]);
    expect(buddy('2027-03-01_pilot_welcome.en.md')).toBeUndefined();
  });

  it('writes the preset phase names in Dutch and keeps dates in the language', async () => {
    const r = await render(planOf('small-team.yaml'));
    const nl = text(r, '2027-01-04_first-half_welcome.nl.md');
    expect(nl).toContain('Vanaf vandaag, maandag 4 januari 2027, werkt jouw groep (Eerste helft van het team) in OrderBoard in plaats van het papieren orderboek.');
    expect(nl).toContain('- **Als het internet uitvalt:** Schrijf bestellingen in het papieren boek');
    const index = JSON.parse(text(r, 'index.json'));
    expect(index).toMatchObject({ tool: 'OrderBoard', organization: 'Bakkerij Jansen', format: 'md', languages: ['en', 'nl'] });
    expect(index.messages[0]).toMatchObject({ kind: expect.any(String), date: expect.stringMatching(/^\d{4}-/), language: 'en' });
    expect(text(r, 'index.md')).toMatch(/^# OrderBoard rollout: messages and checklists\n/);
  });

  it('renders only one phase with --phase, and names the phases when the id is wrong', async () => {
    const plan = planOf('enterprise.yaml');
    const r = await render(plan, 'md', { phase: 'georgetown' });
    expect(new Set(r.entries.map((e) => e.phase))).toEqual(new Set(['georgetown']));
    expect(r.entries.map((e) => e.template)).toEqual(expect.arrayContaining(['announcement', 'reminder', 'welcome', 'two-weeks-before']));
    await expect(render(plan, 'md', { phase: 'georgetwon' })).rejects.toThrow(/--phase georgetwon: the plan has no such phase; did you mean "georgetown"\?/);
  });

  it('writes one welcome per location when a phase spans locations, each with its champion', async () => {
    const plan = validPlan(
      minimalPlan({
        organization: {
          name: 'Acme',
          headcount: 40,
          locations: [
            { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 25, champion: 'Anjali' },
            { name: 'Georgetown', timezone: 'America/Guyana', headcount: 15, champion: 'Marcus' },
          ],
        },
      }),
    );
    const r = await render(plan);
    const welcomes = r.entries.filter((e) => e.template === 'welcome' && e.phase === 'early-adopters' && e.language === 'en');
    expect(welcomes.map((e) => e.location).sort()).toEqual(['Georgetown', 'Paramaribo']);
    const gt = text(r, welcomes.find((e) => e.location === 'Georgetown')!.file);
    expect(gt).toContain('Your local champion:** Marcus');
    expect(gt).toContain(', Georgetown, hands-on');
    expect(gt).not.toContain('Paramaribo');
  });
});

describe('formats', () => {
  it('writes an eml that an independent parser reads back', async () => {
    const r = await render(planOf('enterprise.yaml'), 'eml');
    const file = r.files.find((f) => f.name === '2027-01-18_pilot_announcement.nl.eml')!;
    const raw = Buffer.from(file.content as Uint8Array);
    expect(raw.toString('latin1')).toMatch(/^MIME-Version: 1\.0\r?$/m);
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe('Binnenkort: Teamchat');
    expect(mail.from).toMatchObject({ name: 'Ingrid Vos', address: 'i.vos@caribe-logistics.example' });
    expect(mail.to?.[0]).toMatchObject({ name: 'IT pilot Paramaribo' });
    expect(new Date(mail.date!).toISOString()).toBe('2027-01-18T12:00:00.000Z');
    expect(mail.messageId).toBe('<2027-01-18_pilot_announcement.nl@caribe-logistics.example>');
    expect(mail.text).toContain('Vanaf maandag 1 februari 2027 gaan we Teamchat gebruiken');
    expect(mail.text).not.toContain('**');
    expect(mail.html).toContain('<li><strong>Wanneer:</strong> maandag 1 februari 2027 voor jouw groep, IT pilot in Paramaribo</li>');
    expect(mail.html).toContain('<html lang="nl">');
  });

  it('writes the same eml twice', async () => {
    const a = await render(planOf('solo.yaml'), 'eml');
    const b = await render(planOf('solo.yaml'), 'eml');
    expect(a.files.map((f) => Buffer.from(f.content as Uint8Array).toString('base64'))).toEqual(b.files.map((f) => Buffer.from(f.content as Uint8Array).toString('base64')));
  });

  it('turns the Markdown into plain text and HTML', async () => {
    const r = await render(planOf('growing-team.yaml'), 'txt');
    const txt = text(r, '2027-02-15_pilot_checklist-two-weeks-before.en.txt');
    expect(txt).toMatch(/^Two weeks before: Pilot group\n=+\n\nDue: Monday, February 15, 2027\nFor: Help Desk\n\n/);
    expect(txt).toContain('\n[ ] Teamchat set up and tried out by IT before anyone starts\n');
    const html = await render(planOf('growing-team.yaml'), 'html');
    const page = text(html, '2027-02-15_pilot_checklist-two-weeks-before.en.html');
    expect(page).toContain('<h1>Two weeks before: Pilot group</h1>');
    expect(page).toContain('<ul class="checklist">');
  });
});

describe('hostile plan values', () => {
  const hostile = () =>
    validPlan(
      minimalPlan({
        tool: { name: '<script>alert(1)</script>', why: 'it is {{constructor}} & "quoted"', contact: { name: "O'Brien <b>" } },
        organization: {
          name: '{{constructor.constructor}}',
          headcount: 10,
          locations: [
            { name: '../../etc', timezone: 'UTC' },
            { name: 'C:\\Windows', timezone: 'UTC' },
          ],
        },
        strategy: { by: 'location' },
      }),
    );

  it('escapes them in HTML and leaves them inert elsewhere', async () => {
    const plan = hostile();
    const html = await render(plan, 'html');
    for (const f of html.files.filter((x) => x.name.endsWith('.html'))) {
      const page = f.content as string;
      expect(page).not.toContain('<script>');
      expect(page).not.toContain('<b>');
    }
    const announcement = html.files.find((f) => f.name.includes('announcement.en'))!.content as string;
    expect(announcement).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(announcement).toContain('It is {{constructor}} &amp; &quot;quoted&quot;');
    const md = await render(plan, 'md');
    const mdAnnouncement = md.files.find((f) => f.name.includes('announcement.en'))!.content as string;
    expect(mdAnnouncement).toContain('\\<script\\>alert(1)\\</script\\>');
    const txt = await render(plan, 'txt');
    const txtAnnouncement = txt.files.find((f) => f.name.includes('announcement.en'))!.content as string;
    expect(txtAnnouncement).toContain('Subject: New <script>alert(1)</script> coming soon');
    expect(txtAnnouncement).toContain('Questions? Contact O\'Brien <b>.');
  });

  it('keeps file names inside the output folder', async () => {
    const r = await render(hostile(), 'md');
    for (const f of r.files) {
      expect(f.name).not.toMatch(/\.\.|[/\\]/);
      expect(f.name).toMatch(/^[\w.-]+$/);
    }
    expect(r.files.map((f) => f.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{4}-\d{2}-\d{2}_etc_announcement\.en\.md$/)]));
  });
});

describe('templates', () => {
  const plan = () => planOf('small-team.yaml');

  it('lets a user folder override one template and keep the rest built in', async () => {
    const dir = userTemplates('emails/announcement.en.hbs', 'Subject: {{tool.name}} is coming\n\nHi all, {{tool.name}} starts {{date phase.launch "short"}}.\n');
    writeFileSync(path.join(dir, 'emails', 'anouncement.nl.hbs'), 'x');
    const templates = await loadTemplates(dir);
    expect(templates.warnings).toEqual([
      `${path.join(dir, 'emails/anouncement.nl.hbs')}: "anouncement" is not a message rollout writes (did you mean "announcement"?); it is not used`,
      // Written by hand, or copied by a release that did not stamp its copies.
      expect.stringMatching(/announcement\.en\.hbs: your copy is used; it has no version stamp .*cannot be checked/),
    ]);
    const r = await render(plan(), 'md', { templates: dir });
    expect(text(r, '2026-12-21_first-half_announcement.en.md')).toContain('- **Subject:** OrderBoard is coming\n');
    expect(text(r, '2026-12-21_first-half_announcement.en.md')).toContain('Hi all, OrderBoard starts Jan 4.');
    expect(text(r, '2026-12-21_first-half_announcement.nl.md')).toContain('Binnenkort: OrderBoard');
  });

  it('lets a user partial replace a built-in one', async () => {
    const dir = userTemplates('partials/signature.en.hbs', 'Cheers, {{organization.name}}\n');
    const r = await render(plan(), 'md', { templates: dir });
    expect(text(r, '2026-12-21_first-half_announcement.en.md')).toMatch(/\n\nCheers, Bakkerij Jansen\n$/);
  });

  it.each([
    ['a misspelt variable', 'Subject: x\n\nHello {{tool.nmae}}!\n', 3, 9, '"tool.nmae" is not a variable the plan provides; did you mean "name"?'],
    ['a misspelt variable in #if', 'Subject: x\n\n{{#if tool.pilotResult}}y{{/if}}\n', 3, 7, '"tool.pilotResult" (given to #if) is not a variable the plan provides; did you mean "pilotResults"?'],
    ['a misspelt variable in a helper', 'Subject: x\n\n  {{date phase.lunch}}\n', 3, 10, '"phase.lunch" (given to date) is not a variable the plan provides; did you mean "launch"?'],
    ['a missing value inside each', 'Subject: x\n\n{{#each support.tiers}}\n- {{nmae}}\n{{/each}}\n', 4, 5, '"nmae" is not a variable the plan provides; did you mean "name"?'],
    ['a prototype', 'Subject: x\n\n{{constructor.name}}\n', 3, 3, '"constructor.name" is not a variable the plan provides; templates cannot reach "constructor"'],
    ['a prototype by lookup', 'Subject: x\n\n{{lookup tool "__proto__"}}\n', 3, 15, 'templates cannot reach "__proto__"'],
    ['an unknown helper', 'Subject: x\n\n{{shout tool.name}}\n', 3, 3, 'no helper "shout"; the helpers are date, plural'],
    ['an unknown partial', 'Subject: x\n\n{{> signatur}}\n', 3, 1, 'no partial "signatur" in partials/'],
    ['an unclosed block', 'Subject: x\n\n{{#if tool.why}}\nwhy\n', 5, 1, 'template syntax error'],
    ['a missing subject', 'Hello\n', 1, 1, 'an email template starts with a line "Subject: ..."'],
    ['a value that is not set here', 'Subject: x\n\n{{date weekly.number}}\n', 3, 8, '"weekly.number" is used where weekly is not set for this message; put it inside {{#if weekly}}'],
  ])('reports %s with its file and position', async (_, source, line, column, message) => {
    const dir = userTemplates('emails/announcement.en.hbs', source);
    const file = path.join(dir, 'emails/announcement.en.hbs');
    const error = (await render(plan(), 'md', { templates: dir }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`${file}:${line}${column === undefined ? '' : `:${column}`}: `);
    expect(error.message).toContain(message);
    if (error instanceof TemplateError) expect(error.line).toBe(line);
  });

  it('names the partial file when the problem is in a partial', async () => {
    const dir = userTemplates('partials/contact.en.hbs', 'Ask\n{{contact.mail}}\n');
    const error = (await render(plan(), 'md', { templates: dir }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`${path.join(dir, 'partials/contact.en.hbs')}:2:3: "contact.mail" is not a variable the plan provides; did you mean "email"?`);
  });

  it.each([
    ['printed', 'Phase: {{phase.name}}', 10, 'phase.name'],
    ['given to #if, after another path with name', 'Tool {{tool.name}}: {{#if phase.name}}yes{{/if}}', 27, 'phase.name'],
    ['given to date', 'Since {{date phase.launch}}', 14, 'phase.launch'],
  ])('tells a weekly update (to all staff) that uses the phase %s that it has no single phase, and what to use', async (_, line, column, name) => {
    const dir = userTemplates('emails/weekly-update.en.hbs', `Subject: Update\n\n${line}\n`);
    const error = (await render(plan(), 'md', { templates: dir }).catch((e: unknown) => e)) as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect([error.message, error.exitCode]).toEqual([
      `${path.join(dir, 'emails/weekly-update.en.hbs')}:3:${column}: "${name}": the weekly-update email goes to all staff and has no single phase; use message.audience (whom it goes to), weekly.live (the phases live by then), or rollout.phases (every phase) instead`,
      2,
    ]);
  });

  it('tells a rollout-wide checklist that uses the phase to check it is set, not that the variable does not exist', async () => {
    const dir = userTemplates('checklists/get-started.en.hbs', '# Start\n\n{{phase.name}}\n');
    const error = (await render(plan(), 'md', { templates: dir }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`${path.join(dir, 'checklists/get-started.en.hbs')}:3:3: "phase.name" is used where phase is not set for this message; put it inside {{#if phase}}`);
  });
});

describe('a solo business, and a big bang of up to three people', () => {
  it.each([
    ['solo', readFileSync(example('solo.yaml'), 'utf8')],
    ['three at once', minimalPlan({ strategy: { approach: 'big-bang' }, organization: { name: 'Trio', headcount: 3, languages: ['en', 'nl'] } })],
  ])('%s: day 1 switch, week 1 learn and adjust, an evaluation, no message to oneself', async (_, source) => {
    const plan = validPlan(source);
    const schedule = buildSchedule(plan);
    expect(schedule.phases.map((p) => p.id)).toEqual(['switch', 'learn-and-adjust']);
    expect(schedule.events.filter((e) => e.type !== 'gate').map((e) => [e.type, e.key])).toEqual([
      ['launch', 'launch'],
      ['checklist', 'switch-day'],
      ['checklist', 'learn-and-adjust'],
      ['review', 'evaluation'],
    ]);
    expect(plan.gates.map((g) => g.metric)).toEqual(['active_use_pct']);
    const r = await render(plan);
    expect(r.entries.every((e) => e.kind === 'checklist')).toBe(true);
    expect([...new Set(r.entries.map((e) => e.template))]).toEqual(['switch-day', 'learn-and-adjust', 'evaluation']);
    const all = r.files.map((f) => String(f.content)).join('\n');
    expect(all).not.toMatch(/champion|ambassadeur|announce|aankondig|weekly update|pilot/i);
  });

  it('the Dutch evaluation says the old tools can go for one tool or several, with no verb that counts them', async () => {
    const solo = readFileSync(example('solo.yaml'), 'utf8').replace('replaces: spreadsheet bookkeeping', 'replaces: { en: paper notebooks and spreadsheets, nl: papieren schriften en spreadsheets }');
    const plan = validPlan(solo.replace('  headcount: 1\n', '  headcount: 1\n  languages: [nl, en]\n'));
    const r = await render(plan);
    const file = (name: string) => String(r.files.find((f) => f.name === name)?.content);
    expect(file('2027-01-11_rollout_checklist-evaluation.nl.md')).toContain('Dan ben je klaar: je kunt papieren schriften en spreadsheets archiveren en uitzetten');
    expect(file('2027-01-11_rollout_checklist-evaluation.en.md')).toContain('If so, you are done: paper notebooks and spreadsheets can be archived and turned off');
  });
});
