import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Albina was to start on Monday 12 April 2027; its announcement (30 March) and reminder (5 April)
 * went out with that day. On Friday 9 April the coordinator decides it starts a week later: a
 * pause of that phase alone from that Friday, `only: { phase: albina }`.
 */
const reason = { en: 'the Albina office moves to a new building', nl: 'het kantoor in Albina verhuist' };

async function emails(until?: string, from = '2027-04-09', decided?: string) {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
  data.pauses = [{ from, ...(until ? { until } : {}), ...(decided ? { decided } : {}), reason, only: { phase: 'albina' } }];
  const plan = validPlan(stringify(data));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (name: string) => String(r.files.find((f) => f.name === name)?.content);
}

describe('a phase that starts later', () => {
  it('tells its people the start moves from 12 to 19 April, in each language, and reminds them before the new day', async () => {
    const text = await emails('2027-04-16');
    expect(text('2027-04-09_rollout_pause.en.txt')).toContain('Subject: The start of Albina in the Microsoft Teams rollout moves to Monday, April 19\n');
    expect(text('2027-04-09_rollout_pause.en.txt')).toContain('The Albina phase of the Microsoft Teams rollout starts later than planned: on Monday, April 19 instead of Monday, April 12.');
    expect(text('2027-04-09_rollout_pause.nl.txt')).toContain('De fase Albina van de invoering van Microsoft Teams begint later dan gepland: op maandag 19 april in plaats van maandag 12 april.');
    expect(text('2027-04-09_rollout_pause.nl.txt')).toContain('begin je in de fase Albina, houd dan maandag 19 april vrij voor de overstap in plaats van maandag 12 april');
    for (const lang of ['en', 'nl']) expect(text(`2027-04-09_rollout_pause.${lang}.txt`)).not.toMatch(/resume on|gaan verder op|keep working in|blijf in/i);
    expect(text('2027-04-15_rollout_resume.en.txt')).toContain('As we wrote on Friday, April 9, the Albina phase of the Microsoft Teams rollout starts later than planned: on Monday, April 19 instead of Monday, April 12.');
    expect(text('2027-04-15_rollout_resume.nl.txt')).toContain('Onderwerp:    De fase Albina van de invoering van Microsoft Teams: de nieuwe startdatum is maandag 19 april\n');
    // What went out before the decision stays as it went out: no message is re-dated without a notice.
    expect(text('2027-03-30_albina_announcement.en.txt')).toContain('now your group starts on Monday, April 12, 2027');
    expect(text('2027-04-05_albina_reminder.en.txt')).toContain('Subject: Reminder: Microsoft Teams starts Monday, April 12\n');
    expect(text('2027-04-19_albina_welcome.en.txt')).not.toBe('undefined');
  });

  it('decided ahead, the resume notice recalls the day the pause notice went out, not the pause\'s first day', async () => {
    const text = await emails('2027-04-19', '2027-04-12', '2027-04-06');
    expect(text('2027-04-06_rollout_pause.en.txt')).toContain('starts later than planned: on Monday, April 19 instead of Monday, April 12.');
    expect(text('2027-04-16_rollout_resume.en.txt')).toContain('As we wrote on Tuesday, April 6, the Albina phase');
    expect(text('2027-04-16_rollout_resume.nl.txt')).toContain('Zoals we op dinsdag 6 april schreven, begint de fase Albina');
  });

  it('while the new day is not known, says the old one no longer holds', async () => {
    const text = await emails();
    expect(text('2027-04-09_rollout_pause.en.txt')).toContain('starts later than planned: not on Monday, April 12; we will tell you the new date as soon as we know it.');
    expect(text('2027-04-09_rollout_pause.nl.txt')).toContain('begint later dan gepland: niet op maandag 12 april; we laten je de nieuwe datum weten zodra we die kennen.');
  });
});

describe('a phase that starts later after an extension moved it', () => {
  /*
   * test/fixtures/pauses/after-extension.yaml: Operations was planned for Monday 8 March; the pilot's
   * extension (decided 17 February) moved it to Monday 15 March, the day the extension notice and
   * the announcement of 1 March gave. The pause of Friday 5 March to Friday 12 March moves it 5
   * working days: Monday 22 March, Phagwah, so Tuesday 23 March.
   */
  it('gives the day people were last told, 15 March, as the old start in the pause and resume notices and the weekly update, in English and Dutch', async () => {
    const plan = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'after-extension.yaml'), 'utf8'));
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const text = (name: string) => String(r.files.find((f) => f.name === name)?.content);
    expect(text('2027-02-17_rollout_extension-moves.en.txt')).toContain('Operations now starts on Monday, March 15 instead of Monday, March 8.');
    expect(text('2027-03-05_ops_pause.en.txt')).toContain('starts later than planned: on Tuesday, March 23 instead of Monday, March 15.');
    expect(text('2027-03-05_ops_pause.en.txt')).toContain('keep Tuesday, March 23 free for the switch instead of Monday, March 15,');
    expect(text('2027-03-05_ops_pause.nl.txt')).toContain('begint later dan gepland: op dinsdag 23 maart in plaats van maandag 15 maart.');
    expect(text('2027-03-05_ops_pause.nl.txt')).toContain('houd dan dinsdag 23 maart vrij voor de overstap in plaats van maandag 15 maart,');
    // The resume notice, the working day before the pause ends, repeats the pause notice.
    expect(text('2027-03-11_ops_resume.en.txt')).toContain('As we wrote on Friday, March 5, the Operations phase of the Microsoft Teams rollout starts later than planned: on Tuesday, March 23 instead of Monday, March 15.');
    expect(text('2027-03-11_ops_resume.nl.txt')).toContain('op dinsdag 23 maart in plaats van maandag 15 maart.');
    // The weekly update after its start names the same day, not 8 March, the day first planned.
    expect(text('2027-03-26_rollout_weekly-update.en.txt')).toContain('Later than planned: Operations started on Tuesday, March 23 instead of Monday, March 15.');
    expect(text('2027-03-26_rollout_weekly-update.nl.txt')).toContain('Later dan gepland: Operations is begonnen op dinsdag 23 maart in plaats van maandag 15 maart.');
    for (const name of ['2027-03-05_ops_pause', '2027-03-11_ops_resume', '2027-03-26_rollout_weekly-update']) {
      expect(text(`${name}.en.txt`)).not.toContain('March 8');
      expect(text(`${name}.nl.txt`)).not.toContain('8 maart');
    }
  });
});
