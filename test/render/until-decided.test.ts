import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { errorsOf, ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Teams BV: Albina's internet line goes down; on Monday 19 April 2027 the coordinator
 * writes in an open pause of Albina. On Monday 26 April the line is back and the pause gets
 * `until: 2027-04-26`, written in that day (`untilDecided`).
 */
const albina = { from: '2027-04-19', reason: { nl: 'de internetverbinding in Albina ligt eruit', en: 'the internet line in Albina is down' }, only: { location: 'Albina' } };
const data = () => parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;

async function emails(pause: Record<string, unknown>) {
  const plan = validPlan(stringify({ ...data(), pauses: [{ ...albina, ...pause }] }));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return new Map(r.files.map((f) => [f.name, String(f.content)]));
}

describe('an open pause that gets its end later', () => {
  it('keeps the pause notice as it went out, open, and tells the end in a resume notice on the day it was written in', async () => {
    const sent = await emails({});
    const later = await emails({ until: '2027-04-26', untilDecided: '2027-04-26' });
    for (const lang of ['en', 'nl']) expect(later.get(`2027-04-19_rollout_pause.${lang}.txt`)).toBe(sent.get(`2027-04-19_rollout_pause.${lang}.txt`));
    expect(later.get('2027-04-19_rollout_pause.en.txt')).toContain('we will tell you the new dates as soon as we know them');
    expect(later.get('2027-04-19_rollout_pause.nl.txt')).not.toContain('We gaan verder op');
    expect(later.get('2027-04-26_rollout_resume.en.txt')).toContain('we resume the Microsoft Teams rollout in Albina on Monday, April 26.');
    expect(later.get('2027-04-26_rollout_resume.nl.txt')).toContain('maandag 26 april');
    expect([...later.keys()].filter((n) => n.includes('_rollout_resume.'))).toEqual(['2027-04-26_rollout_resume.en.txt', '2027-04-26_rollout_resume.nl.txt']);
  });

  it('tells an end decided days ahead on the day it was decided, not on the working day before the pause ends', async () => {
    const early = await emails({ until: '2027-04-26', untilDecided: '2027-04-20' });
    expect([...early.keys()].filter((n) => n.includes('_rollout_resume.'))).toEqual(['2027-04-20_rollout_resume.en.txt', '2027-04-20_rollout_resume.nl.txt']);
    expect(early.get('2027-04-20_rollout_resume.en.txt')).toContain('on Monday, April 26.');
    const plan = validPlan(stringify({ ...data(), pauses: [{ ...albina, until: '2027-04-26', untilDecided: '2027-04-24' }] }));
    // Decided on a Saturday: told on the Monday it resumes, the first working day it can be.
    expect(buildSchedule(plan).events.filter((e) => e.type === 'resume').map((e) => e.date)).toEqual(['2027-04-26']);
  });

  it('without untilDecided, writes the end into the notice, as for a pause whose end was known from the start', async () => {
    const known = await emails({ until: '2027-04-26' });
    expect(known.get('2027-04-19_rollout_pause.en.txt')).toContain('We resume on Monday, April 26.');
    expect(known.has('2027-04-23_rollout_resume.en.txt')).toBe(true);
  });

  it('is refused without until, on or before from, or after until', () => {
    const errors = (pause: Record<string, unknown>) => errorsOf(stringify({ ...data(), pauses: [{ ...albina, ...pause }] })).map((d) => d.message);
    expect(errors({ untilDecided: '2027-04-26' })).toEqual([expect.stringContaining('this pause has no until')]);
    expect(errors({ until: '2027-04-26', untilDecided: '2027-04-19' })).toEqual([expect.stringContaining('the end is decided on 2027-04-19')]);
    expect(errors({ until: '2027-04-26', untilDecided: '2027-04-27' })).toHaveLength(1);
    expect(errors({ until: '2027-04-26', untilDecided: '2027-04-22' })).toEqual([]);
  });
});
