import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { validPlan } from '../helpers.js';
import { kaiteurText, PARAMARIBO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design with Paramaribo rolled back on 22 March and starting again on Monday 3 May: the
 * IT pilot, first in the plan, now launches after the branch, which still starts on Monday 29 March.
 */
const plan = validPlan(kaiteurText(PARAMARIBO_BACK));

async function update(date: string, lang: string) {
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return String(files.find((f) => f.name === `${date}_rollout_weekly-update.${lang}.md`)?.content);
}

describe("the weekly update's next launch after a rollback with a second try", () => {
  it('names the launch that comes first by date, not the phase first in the plan', async () => {
    expect(await update('2027-03-26', 'en')).toContain('Next: Nieuw Nickerie branch, from Monday, March 29.');
    expect(await update('2027-03-26', 'nl')).toContain('Hierna: Vestiging Nieuw Nickerie, vanaf maandag 29 maart.');
  });

  it('names the second try once the branch has started', async () => {
    expect(await update('2027-04-02', 'en')).toContain('Next: IT pilot, from Monday, May 3.');
  });
});
