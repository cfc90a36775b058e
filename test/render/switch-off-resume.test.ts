import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * test/fixtures/pauses/sabajo-switch-off.yaml: the switch-off, planned for Monday 15 March 2027,
 * is paused alone from Tuesday 2 March until Monday 22 March (14 working days), which moves it to
 * Friday 2 April. Nothing of it happens on 22 March: the notices name 2 April, as the schedule.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'pauses', 'sabajo-switch-off.yaml');

async function emails(pause: Record<string, unknown> = {}) {
  const data = parse(readFileSync(FIXTURE, 'utf8')) as { pauses: Record<string, unknown>[] };
  data.pauses = [{ ...data.pauses[0], ...pause }];
  const plan = validPlan(stringify(data));
  const schedule = buildSchedule(plan);
  const r = await renderEmails(plan, schedule, { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return { schedule, text: (name: string) => String(r.files.find((f) => f.name === name)?.content) };
}

describe('a pause of the switch-off before it began', () => {
  it('names the day the switch-off now starts, 2 April, in the resume notice, as the schedule does, in English and Dutch', async () => {
    const { schedule, text } = await emails();
    expect(schedule.phases.find((p) => p.id === 'fileserver-off')?.start).toBe('2027-04-02');
    expect(schedule.events.find((e) => e.type === 'resume')?.title).toBe('Verder op 2027-04-02');
    const en = text('2027-03-12_rollout_resume.en.txt');
    expect(en).toContain('Subject: The Google Workspace rollout resumes on Friday, April 2\n');
    expect(en).toContain('we resume the switch-off of the file server in the Google Workspace rollout on Friday, April 2.');
    const nl = text('2027-03-12_rollout_resume.nl.txt');
    expect(nl).toContain('De invoering van Google Workspace gaat verder op vrijdag 2 april\n');
    expect(nl).toContain('we gaan verder met het uitzetten van the file server in de invoering van Google Workspace op vrijdag 2 april.');
    for (const lang of ['en', 'nl']) expect(text(`2027-03-12_rollout_resume.${lang}.txt`)).not.toMatch(/March 22|22 maart/);
  });

  it('with its end known from the start, says in the pause notice that it goes on 2 April', async () => {
    const { text } = await emails({ untilDecided: undefined });
    expect(text('2027-03-02_rollout_pause.en.txt')).toContain('We resume on Friday, April 2.');
    expect(text('2027-03-02_rollout_pause.nl.txt')).toContain('We gaan verder op vrijdag 2 april.');
  });

  it('a pause of the switch-off once it ran resumes on the pause\'s end, where the switch-off goes on', async () => {
    const { schedule, text } = await emails({ from: '2027-03-16', until: '2027-03-22', untilDecided: '2027-03-18' });
    expect(schedule.events.find((e) => e.type === 'resume')?.title).toBe('Verder op 2027-03-22');
    expect(text('2027-03-18_rollout_resume.en.txt')).toContain('in the Google Workspace rollout on Monday, March 22.');
  });
});

describe('the day the old system goes off, in the notices of a pause that moves it', () => {
  // The file server was to go off on Friday 19 March; the pause moves the switch-off to 2 April, and its last day to Thursday 8 April.
  it('gives the new day and the day told before, in the resume notice of a pause whose end came later, in English and Dutch', async () => {
    const { text } = await emails();
    expect(text('2027-03-02_rollout_pause.en.txt')).not.toContain('Switch-off:');
    expect(text('2027-03-12_rollout_resume.en.txt')).toContain('Switch-off: we now turn off the file server on Thursday, April 8 instead of Friday, March 19: move anything you still need into Google Workspace before Thursday, April 8, 2027.');
    expect(text('2027-03-12_rollout_resume.nl.txt')).toContain('Uitzetten: we zetten the file server nu uit op donderdag 8 april in plaats van vrijdag 19 maart: zet alles wat je nog nodig hebt vóór donderdag 8 april 2027 over naar Google Workspace.');
  });

  it('gives it in the pause notice itself when the end is known from the start', async () => {
    const { text } = await emails({ untilDecided: undefined });
    expect(text('2027-03-02_rollout_pause.en.txt')).toContain('we now turn off the file server on Thursday, April 8 instead of Friday, March 19');
    expect(text('2027-03-02_rollout_pause.nl.txt')).toContain('nu uit op donderdag 8 april in plaats van vrijdag 19 maart');
  });
});
