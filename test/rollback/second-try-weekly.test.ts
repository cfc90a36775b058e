import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Ramdin Klinieken (see pause-before-second-try.test.ts): Carnival moves Willemstad from 29 March
 * to Monday 5 April; it starts then, rolls back on 3 May and starts again on Monday 24 May. Its
 * second try is no late start: Willemstad did start on 5 April.
 */
const plan = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8'));

async function updates() {
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (date: string, lang: string) => String(r.files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)?.content);
}

describe('the weekly update after a second try', () => {
  it('says the part started again, not that it started later than planned, in English and Dutch', async () => {
    const text = await updates();
    expect(text('2027-05-28', 'en')).toContain('**Second try:** Willemstad started again on Monday, May 24.');
    expect(text('2027-05-28', 'en')).not.toContain('Later than planned');
    expect(text('2027-05-28', 'en')).not.toContain('As planned');
    expect(text('2027-05-28', 'nl')).toContain('**Tweede poging:** Willemstad is op maandag 24 mei opnieuw begonnen.');
    expect(text('2027-05-28', 'nl')).not.toContain('Later dan gepland');
    expect(text('2027-05-28', 'nl')).not.toContain('Volgens planning');
  });

  it('still says the first try started later than planned, in the week it did', async () => {
    const text = await updates();
    expect(text('2027-04-09', 'en')).toContain('**Later than planned:** Willemstad started on Monday, April 5 instead of Monday, March 29.');
    expect(text('2027-04-09', 'en')).not.toContain('Second try');
    expect(text('2027-06-04', 'en')).not.toContain('Second try');
  });
});
