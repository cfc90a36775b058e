import { describe, expect, it } from 'vitest';
import { objections } from '../../src/plan/resistance.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/*
 * The plan's own names and sentences go into fixed Dutch sentences: whatever their number or
 * word order, the sentence around them must stay right.
 */
const plan = validPlan(
  minimalPlan({
    organization: { name: 'Sranan Advies', headcount: 25, languages: ['nl', 'en'] },
    preset: 'growing',
    start: '2026-11-30',
    tool: {
      name: 'Microsoft Teams',
      replaces: { nl: 'e-maildiscussies en WhatsApp-groepen', en: 'email threads and WhatsApp groups' },
      why: { nl: 'vragen van klanten raken zoek tussen e-mails', en: 'client questions get lost between emails' },
      benefit: { nl: 'hoe snel we klanten antwoorden', en: 'how quickly we answer clients' },
    },
  }),
);

describe('Dutch sentences around the plan’s words', async () => {
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['nl'] });
  const dutch = rendered.files.map((f) => String(f.content)).join('\n');

  it('never makes a plural name the subject of a singular verb', () => {
    expect(dutch).toContain('**Onderwerp:** We zetten e-maildiscussies en WhatsApp-groepen uit');
    expect(dutch).not.toMatch(/WhatsApp-groepen (gaat|wordt)/);
    expect(dutch).not.toMatch(/Alle overige collega’s (begint|begon|is)\b/);
    expect(buildSchedule(plan).events.map((e) => e.title)).toContain('Aankondigen dat we e-maildiscussies en WhatsApp-groepen uitzetten zodra actief gebruik minstens 80% is');
  });

  it('gives the benefit its own line instead of "zodat … beter wordt"', () => {
    expect(dutch).not.toContain('zodat hoe snel');
    expect(dutch).toContain('**Wat het verbetert:** Hoe snel we klanten antwoorden.');
  });

  it('answers "why" with "Omdat", the plan’s sentence keeping its main-clause order after a colon', () => {
    const why = objections(plan).find((o) => o.question === 'Waarom veranderen we?');
    expect(why?.answer).toBe('Omdat er iets beter moet: vragen van klanten raken zoek tussen e-mails. Daarvoor is het nieuwe systeem bedoeld.');
  });

  it('says where to ask as the support line does: tiers in lower case mid-sentence, each with its own channels', () => {
    const dutch = objections(plan).find((o) => o.question === 'Dit lijkt ingewikkeld')!.answer;
    expect(dutch).not.toContain('vraag het dan via');
    expect(dutch).toMatch(/loop je vast, vraag dan om hulp: eerst zelfhulp( \([^)]*\))?, daarna interne ondersteuning/);
    const answer = objections(planIn(plan, 'en')).find((o) => o.question === 'This seems complicated')!.answer;
    expect(answer).toMatch(/ask for help: first self-service( \([^)]*\))?, then internal support( \([^)]*\))?, then IT\/Admin( \([^)]*\))?, then vendor support( \([^)]*\))?\.$/);
  });
});
