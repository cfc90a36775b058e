import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';

/*
 * A building firm's site crews: six people on building sites with a phone and poor internet, no
 * mailbox. Their launch messages are a WhatsApp text and a notice for the site hut, not emails.
 */

afterAll(removeTempDirs);

const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: { nl: WhatsApp-groepen, en: WhatsApp groups }, contact: { name: Ravi Pinas, email: ict@pinasbouw.example, phone: "+597 8123456" } }
organization:
  name: Bouwbedrijf Pinas
  headcount: 10
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 4 }
    - { name: Bouwplaatsen, timezone: America/Paramaribo, headcount: 6, champion: Errol Kromodimedjo, connectivity: poor, languages: [nl] }
  groups:
    - { name: Administratie, headcount: 4, location: Paramaribo }
    - { name: Uitvoerders, headcount: 6, location: Bouwplaatsen }
start: 2027-04-05
phases:
  - { id: administratie, name: Administratie, audience: { groups: [Administratie] }, weeks: 2 }
  - { id: bouwplaats, name: { nl: Bouwplaatsen, en: Building sites }, audience: { groups: [Uitvoerders] }, weeks: 2 }
communications:
  targetedGroups:
    - group: Uitvoerders
      why: { nl: alleen een telefoon en slecht internet, en: only a phone and poor internet }
      channel: { nl: WhatsApp-bericht en een mededeling in de keet, en: WhatsApp message and a notice in the site hut }
      send: [text, notice]
training: { sessionTime: "09:00", sessionMinutes: 60, mode: per-location, officeHours: { time: "13:00" } }
regional: { offlinePlan: { nl: Bel bij geen bereik de uitvoerder., en: Without signal call the site foreman. } }
people: { file: roster.csv, columns: { person: Email, name: Name, group: Group, location: Location } }
`;
// Saved by Excel: a byte order mark, CRLF, a name with a comma.
const ROSTER = [
  '\ufeffEmail,Name,Group,Location',
  'a.sewdien@bouw.example,Anita Sewdien,Administratie,Paramaribo',
  'b.liauw@bouw.example,"Liauw, Boris",Administratie,Paramaribo',
  'c.dikmoet@bouw.example,Clyde Dikmoet,Administratie,Paramaribo',
  'd.ramautar@bouw.example,Dewi Ramautar,Administratie,Paramaribo',
  ...['Marlon Wongsodikromo', 'Glenn Amatali', 'Ricardo Tjon', 'Sergio Poeketie', 'Iwan Blijd', 'Orlando Sabajo'].map(
    (name) => `${name.toLowerCase().replace(' ', '.')}@bouw.example,${name},Uitvoerders,Bouwplaatsen`,
  ),
  '',
].join('\r\n');

function firm(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
  writeFileSync(path.join(dir, 'roster.csv'), ROSTER);
  return dir;
}

/** The firm with a switch-off that closes the WhatsApp groups, and an extension of the office's phase that moves it; `more` is added to the plan. */
function movedSwitchOff(more: string): string {
  const dir = firm();
  const plan = PLAN.replace(
    'communications:\n',
    '  - { id: uitzetten, name: { nl: WhatsApp-groepen opheffen, en: Close WhatsApp groups }, kind: decommission, audience: none, weeks: 1 }\ncommunications:\n',
  );
  const extension = '  - { phase: administratie, by: 1w, decided: 2027-04-14, reason: { nl: de trainer is ziek, en: the trainer is ill } }\n';
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}extensions:\n${extension}${more}`);
  return dir;
}

/** A month before the start: every message is still to come, as when the tests were written. */
const BEFORE = '2027-03-01';

describe('render-emails for a group reached by WhatsApp and a notice in the site hut', () => {
  const dir = firm();
  const first = run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir });
  const out = path.join(dir, 'out');
  const files = readdirSync(out).sort();
  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');

  it('writes a text and a notice of each launch message for the group, in Dutch, and no email to the sites', () => {
    expect(first.stderr).toMatch(/^(\d+) berichten en de index geschreven naar out: \1 nieuw, 0 gewijzigd, 0 ongewijzigd\n/);
    expect(first.status).toBe(0);
    expect(files.filter((f) => f.includes('_bouwplaats_') && !f.includes('checklist'))).toEqual([
      '2027-04-05_bouwplaats_uitvoerders_announcement-notice.nl.html',
      '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt',
      '2027-04-12_bouwplaats_uitvoerders_reminder-notice.nl.html',
      '2027-04-12_bouwplaats_uitvoerders_reminder-text.nl.txt',
      '2027-04-19_bouwplaats_uitvoerders_welcome-notice.nl.html',
      '2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt',
    ]);
    expect(files).toContain('2027-04-05_administratie_welcome.en.md');
  });

  it('says what, when and whom to call in a few lines, with no email header or reply', () => {
    const text = read('2027-04-12_bouwplaats_uitvoerders_reminder-text.nl.txt');
    expect(text).toBe(
      [
        '*Herinnering: Microsoft Teams start maandag 19 april*',
        'Op maandag 19 april stappen jullie (Uitvoerders) over op Microsoft Teams.',
        'Training: maandag 19 april om 09:00, 60 minuten; waar precies hoor je van Errol Kromodimedjo.',
        'Lukt inloggen op je telefoon niet? Laat het Errol Kromodimedjo vóór maandag 19 april weten.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        '',
      ].join('\n'),
    );
    const notice = read('2027-04-19_bouwplaats_uitvoerders_welcome-notice.nl.html');
    expect(notice).toContain('@page{size:A4');
    expect(notice).toContain('<h1>Vanaf vandaag: Microsoft Teams</h1>');
    // The crews read no email: the launch day's notice and text give that day's training, and where.
    expect(notice).toContain('<li><strong>Training:</strong> vandaag om 09:00, 60 minuten, Bouwplaatsen</li>');
    expect(read('2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt')).toContain('\nTraining: vandaag om 09:00, 60 minuten, Bouwplaatsen.\n');
    expect(notice).toContain('<li><strong>Vragen, deze week elke werkdag om 13:00:</strong> bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456</li>');
    expect(notice).toContain('<li><strong>Als het internet uitvalt:</strong> Bel bij geen bereik de uitvoerder.</li>');
  });

  it('lists them in the index, and names nobody from the roster anywhere', () => {
    const index = JSON.parse(read('index.json')) as { messages: { file: string; kind: string; to: string }[] };
    // The six launch messages, then two weekly updates, two surveys and the retrospective after the launch, as texts and notices.
    expect(index.messages.filter((m) => m.kind === 'text' || m.kind === 'notice').map((m) => m.to)).toEqual(Array(16).fill('Uitvoerders (6 personen)'));
    const all = files.map(read).join('\n') + first.stdout;
    for (const name of ['Sewdien', 'Liauw', 'Wongsodikromo', 'Amatali', 'Sabajo', '@bouw.example']) expect(all).not.toContain(name);
  });

  it('sends the weekly updates and surveys after the launch as a text and a notice too, the survey answered by replying to it without a form', () => {
    expect(files.filter((f) => /_rollout_uitvoerders_(weekly-update|survey)-/.test(f))).toEqual([
      '2027-04-23_rollout_uitvoerders_weekly-update-notice.nl.html',
      '2027-04-23_rollout_uitvoerders_weekly-update-text.nl.txt',
      '2027-04-26_rollout_uitvoerders_survey-notice.nl.html',
      '2027-04-26_rollout_uitvoerders_survey-text.nl.txt',
      '2027-04-30_rollout_uitvoerders_weekly-update-notice.nl.html',
      '2027-04-30_rollout_uitvoerders_weekly-update-text.nl.txt',
      '2027-05-03_rollout_uitvoerders_survey-notice.nl.html',
      '2027-05-03_rollout_uitvoerders_survey-text.nl.txt',
    ]);
    expect(read('2027-04-23_rollout_uitvoerders_weekly-update-text.nl.txt')).toBe(
      [
        '*Microsoft Teams-update, week 3*',
        "10 van de 10 collega's bij Bouwbedrijf Pinas zijn begonnen met Microsoft Teams.",
        'Vastgelopen, of een tip voor de anderen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        'Als het internet uitvalt: Bel bij geen bereik de uitvoerder.',
        '',
      ].join('\n'),
    );
    expect(read('2027-04-26_rollout_uitvoerders_survey-text.nl.txt')).toContain('Stuur je twee cijfers vóór woensdag 28 april als antwoord op dit bericht.\n');
    expect(read('2027-04-26_rollout_uitvoerders_survey-notice.nl.html')).toContain('<li><strong>Hoe:</strong> geef je twee cijfers vóór woensdag 28 april door aan Errol Kromodimedjo, persoonlijk of per app</li>');
  });

  it('addresses the emails to everyone to those who read email: the crews are left out of the count, by name', () => {
    expect(read('2027-04-26_rollout_survey.nl.md')).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (4 personen)');
    expect(read('2027-04-09_rollout_weekly-update.en.md')).toContain('- **To:** Everyone at Bouwbedrijf Pinas, except Uitvoerders (4 people)');
  });

  it('overwrites nothing without --force, and writes the same again with it', () => {
    const before = read('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt');
    writeFileSync(path.join(out, '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt'), 'edited\n');
    const again = run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir });
    expect(again.status).not.toBe(0);
    expect(read('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt')).toBe('edited\n');
    expect(run(['render-emails', '-o', 'out', '--at', BEFORE, '--force'], { cwd: dir }).status).toBe(0);
    expect(read('2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt')).toBe(before);
  });
});

describe('render-emails when the office’s phase runs longer and the sites pause, for the crews reached by WhatsApp and the site hut', () => {
  const dir = firm();
  const plan = `${PLAN}extensions:
  - { phase: administratie, by: 1w, decided: 2027-04-14, reason: { nl: de trainer is ziek, en: the trainer is ill } }
pauses:
  - { from: 2027-05-10, until: 2027-05-17, reason: { nl: de mast op de bouwplaats is kapot, en: the site mast is broken }, only: { location: Bouwplaatsen } }
`;
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  const result = run(['render-emails', '-o', 'out', '--at', BEFORE, '--format', 'eml'], { cwd: dir });
  const out = path.join(dir, 'out');
  const files = readdirSync(out).sort();
  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');

  it('tells the crews in a text and a notice that their start moves and that their site pauses, and writes no email to them', () => {
    expect(result.status).toBe(0);
    expect(files.filter((f) => /_(extension-moves|pause|resume)/.test(f))).toEqual([
      '2027-04-14_bouwplaats_uitvoerders_extension-moves-notice.nl.html',
      '2027-04-14_bouwplaats_uitvoerders_extension-moves-text.nl.txt',
      '2027-05-10_rollout_bouwplaatsen_uitvoerders_pause-notice.nl.html',
      '2027-05-10_rollout_bouwplaatsen_uitvoerders_pause-text.nl.txt',
      '2027-05-14_rollout_bouwplaatsen_uitvoerders_resume-notice.nl.html',
      '2027-05-14_rollout_bouwplaatsen_uitvoerders_resume-text.nl.txt',
    ]);
    expect(read('2027-04-14_bouwplaats_uitvoerders_extension-moves-text.nl.txt').split('\n')[0]).toBe('*Microsoft Teams: jullie beginnen op maandag 26 april*');
    expect(read('2027-05-10_rollout_bouwplaatsen_uitvoerders_pause-text.nl.txt')).toBe(
      [
        '*Microsoft Teams: de invoering pauzeert*',
        'Vanaf maandag 10 mei pauzeren we de invoering van Microsoft Teams voor Bouwplaatsen, tot maandag 17 mei.',
        'Waarom: De mast op de bouwplaats is kapot.',
        'Werk door zoals het nu kan, tot het verdergaat.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        'Als het internet uitvalt: Bel bij geen bereik de uitvoerder.',
        '',
      ].join('\n'),
    );
    expect(read('2027-05-14_rollout_bouwplaatsen_uitvoerders_resume-notice.nl.html')).toContain('<h1>De invoering van Microsoft Teams gaat verder op maandag 17 mei</h1>');
  });

  it('addresses the office’s emails to the office alone: its extension notice, and the survey’s To: group without the crews', () => {
    expect(read('2027-04-14_administratie_extension.nl.eml')).toMatch(/^To: Administratie:;\r?$/m);
    expect(read('2027-05-03_rollout_survey.nl.eml')).toMatch(/^To: Iedereen bij Bouwbedrijf Pinas behalve Uitvoerders:;\r?$/m);
  });
});

describe('validate for a group whose channel is WhatsApp but whose plan says nothing of send', () => {
  it('hints at the channel to add send: [text, notice], which nothing else would say; with send written it says nothing', () => {
    const dir = firm();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN.replace('      send: [text, notice]\n', ''));
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'rollout.yaml:21:7: hint communications.targetedGroups[0].channel: group "Uitvoerders" has a channel of its own but no send: render-emails writes its launch messages as email only, and no text or notice for that channel (add send: [text, notice] for a WhatsApp or SMS text and a printable notice, or send: [email, text, notice] if the group reads email too; to keep email only, write send: [email])',
    );
    expect(run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir }).stderr).not.toContain('has a channel of its own');
    for (const send of ['[text, notice]', '[email]']) {
      writeFileSync(path.join(dir, 'rollout.yaml'), PLAN.replace('send: [text, notice]', `send: ${send}`));
      expect(run(['validate'], { cwd: dir }).stderr).not.toContain('has a channel of its own');
    }
  });
});

describe('render-emails when the office’s phase runs longer and moves the day WhatsApp groups close', () => {
  const dir = movedSwitchOff('');
  const result = run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir });
  const read = (name: string) => readFileSync(path.join(dir, 'out', name), 'utf8');

  it('gives the crews in their text and notice the day the groups are closed, new and old, as the office’s email does', () => {
    expect(result.status).toBe(0);
    const turnOff = 'we zetten WhatsApp-groepen nu uit op vrijdag 14 mei in plaats van vrijdag 7 mei';
    expect(read('2027-04-14_rollout_extension-moves.nl.md')).toContain(turnOff);
    expect(read('2027-04-14_rollout_uitvoerders_extension-moves-text.nl.txt')).toContain(`Bouwplaatsen begint nu op maandag 26 april; ${turnOff}.`);
    expect(read('2027-04-14_rollout_uitvoerders_extension-moves-notice.nl.html')).toContain(`${turnOff}</li>`);
    expect(read('2027-04-14_rollout_uitvoerders_extension-moves-text.nl.txt')).not.toContain('begint nu op maandag 10 mei');
  });
});

describe('render-emails when the crews’ phase names their location, not their group', () => {
  it('writes the crews’ texts and notices and no email of that phase, which none of its people would read', () => {
    const dir = firm();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN.replace('audience: { groups: [Uitvoerders] }', 'audience: { locations: [Bouwplaatsen] }'));
    expect(run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir }).status).toBe(0);
    const site = readdirSync(path.join(dir, 'out')).filter((f) => f.includes('_bouwplaats_') && !f.includes('checklist'));
    expect(site.filter((f) => f.endsWith('.md'))).toEqual([]);
    expect(site.filter((f) => f.endsWith('.txt')).sort()).toEqual([
      '2027-04-05_bouwplaats_uitvoerders_announcement-text.nl.txt',
      '2027-04-12_bouwplaats_uitvoerders_reminder-text.nl.txt',
      '2027-04-19_bouwplaats_uitvoerders_welcome-text.nl.txt',
    ]);
    expect(readFileSync(path.join(dir, 'out', 'index.md'), 'utf8')).not.toContain('(0 ');
  });
});

describe('render-emails when the crews’ start and the switch-off move, in emails the crews do not read', () => {
  it('asks none of the office to keep the crews’ day free, in the extension, pause and resume emails', () => {
    const dir = movedSwitchOff('pauses:\n  - { from: 2027-04-19, until: 2027-04-26, reason: { nl: de telefoons zijn er nog niet, en: the phones have not arrived }, only: { phase: bouwplaats } }\n');
    expect(run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir }).status).toBe(0);
    const out = path.join(dir, 'out');
    const emails = readdirSync(out).filter((f) => /_rollout_(extension-moves|pause|resume)\.(nl|en)\.md$/.test(f));
    expect(emails.length).toBe(6);
    for (const name of emails) {
      const text = readFileSync(path.join(out, name), 'utf8');
      expect(text).toMatch(/behalve Uitvoerders|except Uitvoerders/);
      expect(text).not.toMatch(/begin je in|if you start in/);
    }
    expect(readFileSync(path.join(out, '2027-04-14_rollout_extension-moves.en.md'), 'utf8')).toContain('**What to do now:** keep working in Microsoft Teams as you do; nothing changes for you but the day we turn off WhatsApp groups.');
  });
});

describe('render-emails when the sites roll back and try again, with a pause and the switch-off, for the crews reached by WhatsApp and the site hut', () => {
  const dir = movedSwitchOff('');
  const plan = PLAN.replace(
    'communications:\n',
    '  - { id: uitzetten, name: { nl: WhatsApp-groepen opheffen, en: Close WhatsApp groups }, kind: decommission, audience: none, weeks: 1 }\ncommunications:\n  surveyLink: https://forms.office.com/r/pinas123\n',
  );
  const more = `pauses:
  - { from: 2027-06-02, until: 2027-06-04, reason: { nl: de mast op de bouwplaats is kapot, en: the site mast is broken }, only: { location: Bouwplaatsen } }
rollback:
  on: 2027-05-03
  reason: { nl: Teams laadt niet op het mobiele netwerk van de bouwplaatsen, en: Teams does not load on the sites' mobile network }
  only: { location: Bouwplaatsen }
  resume: { on: 2027-05-31, decided: 2027-05-14, changed: { nl: elke keet heeft nu een wifi-router, en: every site hut now has a wifi router } }
`;
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}${more}`);
  const result = run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir });
  const out = path.join(dir, 'out');
  const files = readdirSync(out).sort();
  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
  const crews = (template: string) => files.filter((f) => f.includes(`_uitvoerders_${template}-`));

  it('writes the crews a text and a notice of the switch-off, the rollback, the second try and the retrospective, in Dutch, on the days of the emails', () => {
    expect(result.status).toBe(0);
    expect(crews('decommission')).toEqual([
      '2027-04-19_uitzetten_uitvoerders_decommission-notice.nl.html',
      '2027-04-19_uitzetten_uitvoerders_decommission-text.nl.txt',
      '2027-05-31_uitzetten_uitvoerders_decommission-notice.nl.html',
      '2027-05-31_uitzetten_uitvoerders_decommission-text.nl.txt',
    ]);
    expect(files).toContain('2027-04-19_uitzetten_decommission.nl.md');
    expect(files).toContain('2027-05-31_uitzetten_decommission.nl.md');
    expect(crews('rollback')).toEqual(['2027-05-03_rollout_bouwplaatsen_uitvoerders_rollback-notice.nl.html', '2027-05-03_rollout_bouwplaatsen_uitvoerders_rollback-text.nl.txt']);
    expect(crews('retrospective')).toEqual(['2027-07-06_rollout_uitvoerders_retrospective-notice.nl.html', '2027-07-06_rollout_uitvoerders_retrospective-text.nl.txt']);
    expect(files).toContain('2027-07-06_rollout_retrospective.nl.md');
    expect(crews('pause')).toEqual(['2027-06-02_rollout_uitvoerders_pause-notice.nl.html', '2027-06-02_rollout_uitvoerders_pause-text.nl.txt']);
    // The sites' own rollback is theirs alone: no email to no one; the switch-off's postponement to the rest says what their rollback says.
    expect(files.filter((f) => /_rollback\.(nl|en)\.md$/.test(f))).toEqual([]);
    expect(crews('switch-off-postponed')).toEqual([]);
    expect(read('2027-05-03_rollout_switch-off-postponed.nl.md')).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (4 personen)');
    expect(read('2027-05-03_rollout_bouwplaatsen_uitvoerders_rollback-text.nl.txt')).toBe(
      [
        '*Microsoft Teams: voorlopig terug naar WhatsApp-groepen*',
        'Vanaf maandag 3 mei stoppen jullie (Uitvoerders) met Microsoft Teams en gaan jullie terug naar WhatsApp-groepen.',
        'Waarom: Teams laadt niet op het mobiele netwerk van de bouwplaatsen.',
        'De rest van Bouwbedrijf Pinas gaat door met Microsoft Teams; we laten WhatsApp-groepen voor iedereen aan.',
        'Schrijf op wat je alleen in Microsoft Teams hebt gedaan, zodat er niets verloren gaat. Dit ligt niet aan jullie.',
        'Vragen: bel of app Errol Kromodimedjo, of bel Ravi Pinas op +597 8123456.',
        '',
      ].join('\n'),
    );
    expect(read('2027-04-19_uitzetten_uitvoerders_decommission-text.nl.txt')).toContain('We zetten WhatsApp-groepen uit op vrijdag 7 mei.\n');
    expect(read('2027-05-31_uitzetten_uitvoerders_decommission-notice.nl.html')).toContain('<li><strong>Wanneer:</strong> vrijdag 18 juni 2027</li>');
    expect(read('2027-05-17_bouwplaats_uitvoerders_announcement-text.nl.txt')).toContain('Wat er deze keer anders is: Elke keet heeft nu een wifi-router.\n');
    expect(read('2027-07-06_rollout_uitvoerders_retrospective-notice.nl.html')).toContain('<h1>Terugblik op Microsoft Teams</h1>');
  });

  it('asks the crews no survey while they are back on WhatsApp, and counts them once in the survey’s To:', () => {
    expect(crews('survey').filter((f) => f.endsWith('.txt'))).toEqual([
      '2027-04-26_rollout_uitvoerders_survey-text.nl.txt',
      '2027-06-07_rollout_uitvoerders_survey-text.nl.txt',
      '2027-06-14_rollout_uitvoerders_survey-text.nl.txt',
      '2027-06-21_rollout_uitvoerders_survey-text.nl.txt',
    ]);
    expect(read('2027-05-03_rollout_survey.nl.md')).toContain('- **Aan:** Administratie (4 personen)');
    expect(read('2027-06-07_rollout_survey.nl.md')).toContain('- **Aan:** Iedereen bij Bouwbedrijf Pinas, behalve Uitvoerders (4 personen)');
  });

  it('lists them in the index for the crews, and removes the drafts no longer planned', () => {
    const index = JSON.parse(read('index.json')) as { messages: { file: string; kind: string; template: string; date: string; to: string }[] };
    const rollback = index.messages.filter((m) => m.template === 'rollback' && m.kind !== 'checklist');
    expect(rollback.map((m) => [m.kind, m.date, m.to])).toEqual([
      ['text', '2027-05-03', 'Uitvoerders (6 personen)'],
      ['notice', '2027-05-03', 'Uitvoerders (6 personen)'],
    ]);
    expect(read('index.md')).toContain('| 2027-05-03 | post | nl | Voorlopig terug naar WhatsApp-groepen | Uitvoerders (6 personen) | [2027-05-03_rollout_bouwplaatsen_uitvoerders_rollback-notice.nl.html]');
    writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}${more.replace(/rollback:[\s\S]*$/, '')}`);
    // Drafts of days to come that the tool wrote and nobody changed: no --force needed.
    const again = run(['render-emails', '-o', 'out', '--at', BEFORE], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^weggehaald: \d+ bestanden die een eerdere run schreef en deze niet meer \(.*2027-05-03_rollout_bouwplaatsen_uitvoerders_rollback-notice\.nl\.html/m);
    expect(readdirSync(out).filter((f) => f.includes('_uitvoerders_rollback-'))).toEqual([]);
  });
});
