import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, ROOT, run, tempDir } from '../helpers.js';

afterAll(removeTempDirs);

// A building firm's plan as a trial wrote it: the sponsor also signs as sender, without repeating the address.
const PLAN = path.join(ROOT, 'test/fixtures/building-sites/pinas.yaml');

function render(format: 'md' | 'eml' = 'md'): { dir: string; file: (name: string) => string } {
  const dir = tempDir();
  const r = run(['render-emails', '--plan', PLAN, '--out', dir, '--format', format]);
  expect(r.status, r.stderr).toBe(0);
  return { dir, file: (name) => readFileSync(path.join(dir, name), 'utf8') };
}

describe('the messages of a building firm, read in Dutch and English', () => {
  const { dir, file } = render();

  it('name the pilot by its phase, as the rest of the messages do', () => {
    expect(file('2027-04-05_administratie_announcement.nl.md')).toContain('We hebben Microsoft Teams getest met Pilotgroep en de resultaten zijn goed: de pilotgroep vond tekeningen 2 keer zo snel terug.');
    expect(file('2027-04-05_administratie_announcement.en.md')).toContain("We've tested this with Pilot group and results are great: the pilot group found drawings twice as fast.");
    expect(file('2027-05-03_bouwplaats_announcement.nl.md')).not.toContain('getest met Pilot ');
  });

  it('carry the sender’s address on every email, not only on the first announcement', () => {
    const emails = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'index.md' && !f.includes('checklist') && !f.includes('review') && !f.includes('get-started'));
    expect(emails.length).toBeGreaterThan(50);
    for (const name of emails) {
      const from = /^- \*\*(?:Van|From):\*\* (.*)$/m.exec(file(name))?.[1];
      expect(from, name).toBe('Johan Pinas \\<j.pinas@pinasbouw.sr\\>');
    }
  });

  it('put the From in every .eml draft', async () => {
    const eml = render('eml').file;
    for (const name of ['2027-03-22_pilot_announcement.nl.eml', '2027-05-10_bouwplaats_reminder.nl.eml', '2027-05-14_rollout_weekly-update.en.eml']) {
      const mail = await PostalMime.parse(eml(name));
      expect(mail.from, name).toEqual({ name: 'Johan Pinas', address: 'j.pinas@pinasbouw.sr' });
    }
  });

  it('write a training at a location named as its phase once', () => {
    expect(file('2027-05-14_rollout_weekly-update.nl.md')).toContain('- maandag 17 mei om 09:00, Bouwplaatsen\n');
    expect(file('2027-05-14_rollout_weekly-update.en.md')).toContain('- Monday, May 17 at 09:00, Building sites (Bouwplaatsen)\n');
    expect(file('2027-04-16_rollout_weekly-update.nl.md')).toContain('- maandag 19 april om 09:00, Administratie (Paramaribo)\n');
  });

  it('write resources and support tiers in lower case inside a sentence', () => {
    const nl = file('2027-05-17_bouwplaats_welcome.nl.md');
    expect(nl).toContain('- **Zelf opzoeken:** snelstartgids (2 pagina’s), instructievideo’s (elk 5-10 minuten), lijst met veelgestelde vragen en naslagkaart (1 pagina)\n');
    expect(nl).toContain('- **Hulp:** eerst zelfhulp (snelstartgids op SharePoint), daarna ambassadeurs (WhatsApp +597 8123457 en spreekuur), daarna ICT (ict@pinasbouw.sr), daarna leverancier\n');
    const en = file('2027-04-19_administratie_welcome.en.md');
    expect(en).toContain('- **Self-service:** quick start guide (2 pages), video tutorials (5-10 minutes each), FAQ document, and cheat sheet (1 page)\n');
    expect(en).toContain('- **Support:** first self-service (quick start guide on SharePoint), then champions (WhatsApp +597 8123457 and office hours), then ICT (ict@pinasbouw.sr), then vendor\n');
    expect(file('2027-03-22_pilot_checklist-two-weeks-before.nl.md')).toContain('- [ ] Trainingsmateriaal klaar: snelstartgids (2 pagina’s),');
  });

  it('answer the common questions as a native reader would put it', () => {
    const nl = file('2027-05-14_rollout_weekly-update.nl.md');
    expect(nl).toContain('- **"Dit lijkt ingewikkeld"** Elk nieuw systeem voelt in het begin zo. Geef het een eerlijke kans; loop je vast, vraag dan om hulp: eerst zelfhulp (snelstartgids op SharePoint), daarna ambassadeurs (WhatsApp +597 8123457 en spreekuur), daarna ICT (ict@pinasbouw.sr), daarna leverancier.\n');
    expect(nl).toContain('- **"Waarom veranderen we?"** Omdat er iets beter moet: afspraken over bouwplaatsen raken zoek in WhatsApp-groepen. Daarvoor is het nieuwe systeem bedoeld.\n');
    const en = file('2027-05-14_rollout_weekly-update.en.md');
    expect(en).toContain('- **"This seems complicated"** Every new tool feels that way at first. Give it a fair try; when you get stuck, ask for help: first self-service (quick start guide on SharePoint), then champions (WhatsApp +597 8123457 and office hours), then ICT (ict@pinasbouw.sr), then vendor.\n');
    expect(en).toContain('- **"Why are we changing?"** Because agreements about building sites get lost in WhatsApp groups; that is what the new tool is for.\n');
  });
});

describe('validate on who signs the messages', () => {
  const hints = (plan: string) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), plan);
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(0);
    return r.stderr.split('\n').filter((l) => l.includes('sign'));
  };
  const plan = readFileSync(PLAN, 'utf8');

  it('is silent when the sender’s address is given under the sponsor of the same name', () => {
    expect(hints(plan)).toEqual([]);
  });

  it('gives one hint when the sender’s address is nowhere in the plan', () => {
    const other = plan.replace('sender: { name: Johan Pinas,', 'sender: { name: Anita Pinas,');
    expect(hints(other)).toEqual(['rollout.yaml:45:11: hint communications.sender: Anita Pinas signs every other message but has no email here: those .eml drafts get no From address (add email: to communications.sender)']);
  });
});
