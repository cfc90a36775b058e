import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { scheduleAsOf } from '../../src/render/eras.js';
import { loadTemplates } from '../../src/render/templates.js';
import { parseDay } from '../../src/util/dates.js';
import { example, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml without its sources: Nieuw Nickerie launches on Monday 29
 * March 2027 for two weeks; its line goes down on Monday 5 April, in the middle of its phase, and
 * the pause stays open for six weeks. The branch was to end on Friday 9 April, the switch-off
 * waits for it.
 */
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };

function branchPaused(send?: string[]) {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  delete raw.sources;
  const communications = raw.communications as { targetedGroups: Record<string, unknown>[] };
  if (send) communications.targetedGroups = communications.targetedGroups.map((t) => ({ ...t, send }));
  return validPlan({ ...raw, pauses: [{ from: '2027-04-05', reason, only: { location: 'Nieuw Nickerie' } }] });
}

async function written(at: string, send?: string[]) {
  const plan = branchPaused(send);
  const { files } = await renderEmails(plan, scheduleAsOf(plan, parseDay(at)), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return new Map(files.map((f) => [f.name, String(f.content)]));
}

const updatesOf = (files: Map<string, string>) => [...files.keys()].filter((n) => n.endsWith('_rollout_weekly-update.en.md')).map((n) => n.slice(0, 10));

describe('weekly updates while an open pause holds a branch', () => {
  it('go on to everyone up to the week of --at, six weeks on, not only until the week the branch was to end', async () => {
    const files = await written('2027-05-17');
    expect(updatesOf(files).filter((d) => d >= '2027-04-01')).toEqual(['2027-04-02', '2027-04-09', '2027-04-16', '2027-04-23', '2027-04-30', '2027-05-07', '2027-05-14', '2027-05-21']);
    expect(files.get('2027-05-21_rollout_weekly-update.nl.md')).toContain('- **Aan:** Iedereen bij Kaiteur Design (25 personen)');
    // The coordinator's checklist goes on with them.
    expect(files.has('2027-05-17_rollout_checklist-each-week-after.en.md')).toBe(true);
  });

  it('stop where the branch was to end as of a day before the pause, as the plan then stood', async () => {
    expect(updatesOf(await written('2027-04-02')).at(-1)).toBe('2027-04-09');
  });

  it('say the branch is still paused and that its resumption will be told, in English and Dutch', async () => {
    const files = await written('2027-05-17');
    const first = files.get('2027-04-09_rollout_weekly-update.en.md');
    expect(first).toContain('In Nieuw Nickerie the rollout has been paused since Monday, April 5: the line in Nickerie is down. We will tell you when it resumes.');
    expect(files.get('2027-05-14_rollout_weekly-update.en.md')).toContain('In Nieuw Nickerie the rollout has been paused since Monday, April 5, and still is: the line in Nickerie is down. We will tell you when it resumes.');
    expect(files.get('2027-05-14_rollout_weekly-update.nl.md')).toContain('In Nieuw Nickerie is de invoering nog steeds gepauzeerd sinds maandag 5 april: de lijn in Nickerie ligt eruit. We laten weten wanneer we verdergaan.');
  });

  it("say so in the branch's own text and notice too", async () => {
    const files = await written('2027-05-17', ['email', 'text', 'notice']);
    expect(files.get('2027-05-14_rollout_branch_weekly-update-text.nl.txt')).toContain('In Nieuw Nickerie is de invoering nog steeds gepauzeerd sinds maandag 5 april: de lijn in Nickerie ligt eruit.\nWe laten weten wanneer we verdergaan.\n');
    expect(files.get('2027-05-14_rollout_branch_weekly-update-text.en.txt')).toContain('In Nieuw Nickerie, the rollout has been paused since Monday, April 5, and still is: the line in Nickerie is down.\nWe will tell you when it resumes.\n');
    expect(files.get('2027-05-14_rollout_branch_weekly-update-notice.en.html')).toContain('Still paused in Nieuw Nickerie');
  });
});
