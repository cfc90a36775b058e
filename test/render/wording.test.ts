import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

// The sponsor signs as sender too; the pilot phase is named apart from its roster group; phase and location share "Bouwplaatsen".
const source = readFileSync(path.join(ROOT, 'test/fixtures/building-sites/pinas.yaml'), 'utf8');
const plan = validPlan(source);
const result = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['nl', 'en'] });
const file = (name: string) => {
  const content = result.files.find((f) => f.name === name)?.content;
  if (typeof content !== 'string') throw new Error(`no ${name}`);
  return content;
};

describe('the wording of the messages, in Dutch and English', () => {
  it('names the pilot by its phase in the announcements and the retrospective', () => {
    expect(file('2027-04-19_werkvoorbereiding_announcement.nl.md')).toContain('getest met Pilotgroep en de resultaten');
    expect(file('2027-04-19_werkvoorbereiding_announcement.en.md')).toContain('tested this with Pilot group and results');
    expect(file('2027-06-18_rollout_retrospective.nl.md')).toContain('En aan Pilotgroep: jullie begonnen als eerste.');
    expect(file('2027-06-18_rollout_retrospective.en.md')).toContain('And to Pilot group, who went first.');
  });

  it('gives every email the sender’s address the plan gives under the sponsor', () => {
    const emails = result.files.filter((f) => typeof f.content === 'string' && /^- \*\*(Van|From):\*\*/m.test(f.content));
    expect(emails.length).toBeGreaterThan(50);
    for (const f of emails) expect(f.content, f.name).toMatch(/^- \*\*(Van|From):\*\* Johan Pinas \\<j\.pinas@pinasbouw\.sr\\>$/m);
  });

  it('says a phase’s location once where the two share a name', () => {
    expect(file('2027-05-14_rollout_weekly-update.nl.md')).toContain('- maandag 17 mei om 09:00, Bouwplaatsen\n');
    expect(file('2027-05-14_rollout_weekly-update.nl.md')).not.toContain('Bouwplaatsen (Bouwplaatsen)');
  });

  it('writes the support line and the resources in lower case mid-sentence, abbreviations kept', () => {
    expect(file('2027-04-12_administratie_reminder.nl.md')).toContain('eerst zelfhulp (snelstartgids op SharePoint), daarna ambassadeurs (WhatsApp +597 8123457 en spreekuur), daarna ICT (ict@pinasbouw.sr), daarna leverancier');
    expect(file('2027-04-12_administratie_reminder.en.md')).toContain('first self-service (quick start guide on SharePoint), then champions (WhatsApp +597 8123457 and office hours), then ICT (ict@pinasbouw.sr), then vendor');
    expect(file('2027-04-19_rollout_checklist-each-week-after.nl.md')).toContain('- [ ] Metingen bijgehouden: actief gebruik, tevredenheid, NPS, meldingen, gebruikers met een account en afgeronde trainingen\n');
    expect(file('2027-04-19_rollout_checklist-each-week-after.en.md')).toContain('- [ ] Metrics tracked: active use, satisfaction, NPS, tickets, users with accounts, and training completion\n');
    expect(file('2027-05-03_werkvoorbereiding_welcome.nl.md')).toContain('**Zelf opzoeken:** snelstartgids (2 pagina’s), instructievideo’s (elk 5-10 minuten), lijst met veelgestelde vragen en naslagkaart (1 pagina)');
  });

  it('answers the common questions without "vraag het via" a guide or a reason starting with "Want"', () => {
    const updates = result.files.filter((f) => f.name.includes('weekly-update.nl')).map((f) => String(f.content));
    expect(updates.some((u) => u.includes('Omdat er iets beter moet: afspraken over bouwplaatsen raken zoek in WhatsApp-groepen.'))).toBe(true);
    for (const u of updates) expect(u).not.toMatch(/vraag het dan via|\*\* Want /);
  });
});
