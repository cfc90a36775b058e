import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { validPlan } from '../helpers.js';
import { albinaCrew, CHANGED } from './crew.js';

/*
 * Albina's field workers read WhatsApp and the notice board, not email. Their part rolled back on
 * 19 April and starts again on 17 May: its texts and notices say that it is a second try and what
 * changed, as the emails do, and the first try's stay as they went out.
 */
const templates = await loadTemplates();

async function forms(resume: Record<string, unknown>, edit: (plan: Record<string, unknown>) => void = () => {}) {
  const data = parse(albinaCrew(resume)) as Record<string, unknown>;
  edit(data);
  const plan = validPlan(stringify(data));
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
  return (name: string) => {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`${name} was not written`);
    return String(file.content);
  };
}

describe("the second try's texts and notices for a group reached without email", async () => {
  const file = await forms({ on: '2027-05-17', changed: CHANGED });

  it('announce the second try in the chat text: its title, the day the first stopped and what is different, in Dutch and English', () => {
    const nl = file('2027-05-03_albina_veldploeg_announcement-text.nl.txt').split('\n');
    expect(nl[0]).toBe('*Microsoft Teams: we proberen het opnieuw*');
    expect(nl.slice(2, 4)).toEqual([
      'Dit is onze tweede poging: op maandag 19 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.',
      'Wat er deze keer anders is: Een nieuwe glasvezellijn, en telefoons met een <betere> bundel.',
    ]);
    const en = file('2027-05-03_albina_veldploeg_announcement-text.en.txt').split('\n');
    expect(en[0]).toBe('*Microsoft Teams: we are trying again*');
    expect(en.slice(2, 4)).toEqual([
      'This is our second try: on Monday, April 19, 2027 we went back to email chains and WhatsApp groups.',
      'What is different this time: A new fibre line, and phones with a <better> bundle.',
    ]);
  });

  it('announce it on the wall notice too, every value escaped', () => {
    const nl = file('2027-05-03_albina_veldploeg_announcement-notice.nl.html');
    expect(nl).toContain('<h1>Microsoft Teams: we proberen het opnieuw</h1>');
    expect(nl).toContain('<p>Dit is onze tweede poging: op maandag 19 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.</p>');
    expect(nl).toContain('<li><strong>Wat er deze keer anders is:</strong> Een nieuwe glasvezellijn, en telefoons met een &lt;betere&gt; bundel.</li>');
    const en = file('2027-05-03_albina_veldploeg_announcement-notice.en.html');
    expect(en).toContain('<h1>Microsoft Teams: we are trying again</h1>');
    expect(en).toContain('<li><strong>What is different this time:</strong> A new fibre line, and phones with a &lt;better&gt; bundle.</li>');
  });

  it('say it again in the reminder and the welcome, text and notice', () => {
    for (const day of ['2027-05-10_albina_veldploeg_reminder', '2027-05-17_albina_veldploeg_welcome']) {
      expect(file(`${day}-text.nl.txt`)).toContain('\nDit is onze tweede poging; wat er anders is dan de eerste keer: een nieuwe glasvezellijn, en telefoons met een <betere> bundel.\n');
      expect(file(`${day}-text.en.txt`)).toContain('\nThis is our second try; what is different from the first: a new fibre line, and phones with a <better> bundle.\n');
      expect(file(`${day}-notice.nl.html`)).toContain('<p>Dit is onze tweede poging; wat er anders is dan de eerste keer: een nieuwe glasvezellijn, en telefoons met een &lt;betere&gt; bundel.</p>');
      expect(file(`${day}-notice.en.html`)).toContain('<p>This is our second try; what is different from the first: a new fibre line, and phones with a &lt;better&gt; bundle.</p>');
    }
  });

  it("leave the first try's texts and notices as they went out", () => {
    const text = file('2027-03-16_albina_veldploeg_announcement-text.nl.txt');
    expect(text.split('\n')[0]).toBe('*Binnenkort: Microsoft Teams*');
    for (const name of ['2027-03-16_albina_veldploeg_announcement-notice.en.html', '2027-03-23_albina_veldploeg_reminder-text.nl.txt', '2027-03-30_albina_veldploeg_welcome-notice.nl.html']) {
      expect(file(name), name).not.toMatch(/tweede poging|second try|anders|different/);
    }
  });
});

describe('a second try with nothing written in as changed', async () => {
  const file = await forms({ on: '2027-05-17' });

  it('still says it is the second try, and nothing of what changed', () => {
    expect(file('2027-05-03_albina_veldploeg_announcement-text.nl.txt')).toContain('\nDit is onze tweede poging: op maandag 19 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.\nWaarom:');
    expect(file('2027-05-10_albina_veldploeg_reminder-text.en.txt')).toContain('\nThis is our second try.\n');
    expect(file('2027-05-17_albina_veldploeg_welcome-notice.nl.html')).toContain('<p>Dit is onze tweede poging.</p>');
    for (const name of ['2027-05-03_albina_veldploeg_announcement-notice.en.html', '2027-05-17_albina_veldploeg_welcome-text.nl.txt']) {
      expect(file(name), name).not.toMatch(/anders is|is different/);
    }
  });
});

describe('a whole rollout tried again (restart), its crew reached without email', async () => {
  const file = await forms({}, (plan) => {
    delete plan.rollback;
    plan.restart = { rolledBackOn: '2027-02-15', reason: { nl: 'gesprekken vielen weg', en: 'calls kept dropping' }, changed: CHANGED };
  });

  it("says so in the crew's first launch messages, as its emails do", () => {
    expect(file('2027-03-16_albina_veldploeg_announcement-text.nl.txt')).toContain('\nDit is onze tweede poging: op maandag 15 februari 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.\n');
    expect(file('2027-03-16_albina_veldploeg_announcement-notice.en.html')).toContain('<h1>Microsoft Teams: we are trying again</h1>');
    expect(file('2027-03-30_albina_veldploeg_welcome-text.en.txt')).toContain('\nThis is our second try; what is different from the first: a new fibre line, and phones with a <better> bundle.\n');
  });
});
