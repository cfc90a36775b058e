import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { FIRM } from '../firm.js';
import { validPlan } from '../helpers.js';

const templates = await loadTemplates();

describe('a weekly update is named as the schedule names it', () => {
  it('after a two-week pause the subject gives the rollout week the schedule gives, in English and Dutch', async () => {
    const plan = validPlan(readFileSync(path.join(FIRM, 'rollout.paused.yaml'), 'utf8'));
    const schedule = buildSchedule(plan);
    const r = await renderEmails(plan, schedule, { format: 'md', templates, languages: ['en', 'nl'] });
    const subject = (date: string, lang: string) => /^- \*\*(?:Subject|Onderwerp):\*\* (.*)$/m.exec(String(r.files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)!.content))![1];
    const updates = schedule.events.filter((e) => e.type === 'weekly-update');
    expect(updates.find((e) => e.date === '2027-04-16')).toMatchObject({ week: 7, title: 'Wekelijkse update, week 7' });
    expect(subject('2027-04-16', 'nl')).toBe('Microsoft Teams-update, week 7, vrijdag 16 april');
    expect(subject('2027-04-16', 'en')).toBe('Microsoft Teams update, week 7, Friday, April 16');
    for (const e of updates.filter((u) => r.files.some((f) => f.name === `${u.date}_rollout_weekly-update.nl.md`))) {
      expect(subject(e.date, 'nl'), e.date).toContain(`week ${e.week},`);
    }
  });
});
