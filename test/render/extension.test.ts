import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/*
 * A two-week pilot from Monday 4 January 2027, then the rest and the switch-off. On Tuesday 12
 * January the coordinator decides the pilot runs a week longer: the trainer is ill.
 */
async function emails(extension: Record<string, unknown>, more: Record<string, unknown> = {}) {
  const plan = validPlan(
    minimalPlan({
      organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] },
      tool: { name: 'Teamchat', replaces: { en: 'email threads', nl: 'e-maildiscussies' } },
      phases: [
        { id: 'pilot', name: { en: 'Pilot', nl: 'Pilotgroep' }, kind: 'launch', audience: '20%', weeks: 2 },
        { id: 'rest', name: { en: 'Everyone else', nl: 'Alle anderen' }, kind: 'launch', audience: 'rest', weeks: 2 },
        { id: 'off', name: 'Switch-off', kind: 'decommission', weeks: 1 },
      ],
      extensions: [{ phase: 'pilot', decided: '2027-01-12', reason: { en: 'the trainer is ill', nl: 'de trainer is ziek' }, ...extension }, ...((more.extensions as unknown[]) ?? [])],
      ...(more.pauses ? { pauses: more.pauses } : {}),
    }),
  );
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (name: string) => String(r.files.find((f) => f.name === name)?.content);
}

describe('the notices of a phase that runs longer', () => {
  it('tell the pilot group in each language until when, instead of when, why, and its office hours in the extra week', async () => {
    const text = await emails({ by: '1w' });
    const en = text('2027-01-12_pilot_extension.en.txt');
    expect(en).toContain('Subject: The Pilot phase of the Teamchat rollout runs longer, until Friday, January 22\n');
    expect(en).toContain('To:      Pilot (8 people)\n');
    expect(en).toContain('The Pilot phase of the Teamchat rollout runs longer than planned: until Friday, January 22 instead of Friday, January 15.');
    expect(en).toContain('Why: The trainer is ill.');
    expect(en).toContain('Office hours go on until then: on Monday, January 18, Wednesday, January 20 and Friday, January 22, at 14:00.');
    const nl = text('2027-01-12_pilot_extension.nl.txt');
    expect(nl).toContain('De fase Pilotgroep van de invoering van Teamchat duurt langer dan gepland: tot en met vrijdag 22 januari in plaats van vrijdag 15 januari.');
    expect(nl).toContain('Waarom: De trainer is ziek.');
    expect(nl).toContain('Het spreekuur gaat tot dan door: op maandag 18 januari, woensdag 20 januari en vrijdag 22 januari, om 14:00.');
  });

  it('tell everyone, as the switch-off moves too, that the next start moves, with the old and the new day', async () => {
    const text = await emails({ until: '2027-01-22' });
    const en = text('2027-01-12_rollout_extension-moves.en.txt');
    expect(en).toContain('Subject: The start of Everyone else in the Teamchat rollout moves to Monday, January 25\n');
    expect(en).toContain('To:      Everyone at Acme (40 people)\n');
    // The day the old tools are turned off moves a week too: Friday 5 February to Friday 12 February.
    expect(en).toContain('Everyone else now starts on Monday, January 25 instead of Monday, January 18; we now turn off email threads on Friday, February 12 instead of Friday, February 5.');
    const nl = text('2027-01-12_rollout_extension-moves.nl.txt');
    expect(nl).toContain('Alle anderen begint nu op maandag 25 januari in plaats van maandag 18 januari; we zetten e-maildiscussies nu uit op vrijdag 12 februari in plaats van vrijdag 5 februari.');
    expect(nl).toContain('Waarom: De trainer is ziek.');
  });

  it('to everyone, ask only those who still start to keep the new day free; those who switched already hear that only the turn-off moves', async () => {
    const text = await emails({ by: '1w' });
    const en = text('2027-01-12_rollout_extension-moves.en.txt');
    expect(en).toContain('What to do now: if you start in Everyone else, keep the new day free for your switch instead of the old one, and check the new dates of your sessions in your calendar. If you already work in Teamchat, or your start is not named above, nothing changes for you but the day we turn off email threads.');
    const nl = text('2027-01-12_rollout_extension-moves.nl.txt');
    expect(nl).toContain('Wat je nu doet: begin je in Alle anderen, houd dan de nieuwe dag vrij voor je overstap in plaats van de oude, en kijk de nieuwe data van je sessies na in je agenda. Werk je al in Teamchat, of staat je start hierboven niet, dan verandert er voor jou niets behalve de dag waarop we e-maildiscussies uitzetten.');
  });

  it('when only the switch-off waits for it (the last launch runs longer), tell everyone the old and the new turn-off day and nothing about a switch of their own', async () => {
    const text = await emails({ phase: 'rest', decided: '2027-01-20', by: '1w' });
    const en = text('2027-01-20_rollout_extension-moves.en.txt');
    expect(en).toContain('Subject: The switch-off of email threads moves to Friday, February 12\n');
    expect(en).toContain('To:      Everyone at Acme (40 people)\n');
    expect(en).toContain('and what comes after it waits for it: we now turn off email threads on Friday, February 12 instead of Friday, February 5.');
    expect(en).toContain('What to do now: keep working in Teamchat as you do; nothing changes for you but the day we turn off email threads.');
    expect(en).not.toContain('keep the new day free');
    const nl = text('2027-01-20_rollout_extension-moves.nl.txt');
    expect(nl).toContain('Het uitzetten van e-maildiscussies schuift op naar vrijdag 12 februari\n');
    expect(nl).toContain('we zetten e-maildiscussies nu uit op vrijdag 12 februari in plaats van vrijdag 5 februari.');
    expect(nl).toContain('Wat je nu doet: werk gewoon door in Teamchat; voor jou verandert er niets behalve de dag waarop we e-maildiscussies uitzetten.');
    expect(nl).not.toContain('houd de nieuwe dag vrij');
  });

  it('to the phases that wait for it alone (the switch-off stays), ask them to keep the new day free', async () => {
    const plan = validPlan(
      minimalPlan({
        phases: [
          { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '20%', weeks: 2 },
          { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
        ],
        extensions: [{ phase: 'pilot', decided: '2027-01-12', by: '1w', reason: 'the trainer is ill' }],
      }),
    );
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en'] });
    const en = String(r.files.find((f) => f.name === '2027-01-12_rest_extension-moves.en.txt')?.content);
    expect(en).toContain('To:      Rest (32 people)\n');
    expect(en).toContain('What to do now: keep the new day free for your switch instead of the old one');
  });

  it('after a second extension, give as the old start the day people were last told', async () => {
    const text = await emails({ by: '1w' }, { extensions: [{ phase: 'pilot', decided: '2027-01-20', by: '1w', reason: { en: 'the trainer is still ill', nl: 'de trainer is nog steeds ziek' } }] });
    const en = text('2027-01-20_rollout_extension-moves.en.txt');
    expect(en).toContain('until Friday, January 29 instead of Friday, January 22');
    expect(en).toContain('Everyone else now starts on Monday, February 1 instead of Monday, January 25;');
    expect(text('2027-01-20_rollout_extension-moves.nl.txt')).toContain('Alle anderen begint nu op maandag 1 februari in plaats van maandag 25 januari;');
  });

  it('after a pause of the next phase, give as its old start the day the pause had moved it to', async () => {
    const pauses = [{ from: '2027-01-11', until: '2027-01-18', reason: 'network', only: { phase: 'rest' } }];
    const en = (await emails({ by: '1w' }, { pauses }))('2027-01-12_rollout_extension-moves.en.txt');
    expect(en).toContain('Everyone else now starts on Monday, February 1 instead of Monday, January 25;');
  });

  it('leave what went out before the day it was decided as it went out', async () => {
    const text = await emails({ by: '1w' });
    // The reminder of the rest went out on Monday 11 January, a day before: it gave the 18th.
    expect(text('2027-01-11_rest_reminder.en.txt')).toContain('Monday, January 18');
    expect(text('2027-01-25_rest_welcome.en.txt')).not.toBe('undefined');
  });
});

describe('the languages of an extension notice', () => {
  it('are those its readers read: the pilot in Paramaribo reads Dutch alone; the moved starts go to everyone, Miami reading English', async () => {
    const plan = validPlan(
      minimalPlan({
        start: '2027-03-01',
        organization: {
          name: 'Sewnarain & Co',
          headcount: 25,
          languages: ['nl', 'en'],
          locations: [
            { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 18, languages: ['nl'] },
            { name: 'Miami', timezone: 'America/New_York', headcount: 7, languages: ['en'] },
          ],
          groups: [{ name: 'Pilot', headcount: 5, kind: 'pilot', location: 'Paramaribo' }],
        },
        phases: [
          { id: 'pilot', name: 'Pilot', kind: 'launch', audience: { groups: ['Pilot'] }, weeks: 2 },
          { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
          { id: 'off', name: 'Switch-off', kind: 'decommission', weeks: 1 },
        ],
        extensions: [{ phase: 'pilot', by: '1w', decided: '2027-03-08', reason: { en: 'the trainer is ill', nl: 'de trainer is ziek' } }],
      }),
    );
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates() });
    const names = r.files.map((f) => f.name).filter((n) => n.includes('extension'));
    expect(names.sort()).toEqual(['2027-03-08_pilot_extension.nl.txt', '2027-03-08_rollout_extension-moves.en.txt', '2027-03-08_rollout_extension-moves.nl.txt']);
  });
});
