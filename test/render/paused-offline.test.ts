import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml, without its exports): the Branch group in Nieuw Nickerie
 * reads email and is reached by a phone call from Rachel Soekhai (`send: [email]`). The branch's
 * line goes down on Monday 5 April 2027; on Monday 10 May it is known to be back on Monday 17 May.
 */
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };

async function written(change: (raw: Record<string, unknown>) => void = () => {}, only: Record<string, string> = { location: 'Nieuw Nickerie' }) {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  delete raw.sources;
  change(raw);
  const plan = validPlan({ ...raw, pauses: [{ from: '2027-04-05', until: '2027-05-17', untilDecided: '2027-05-10', reason, only }] });
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
  return new Map(files.map((f) => [f.name, String(f.content)]));
}

const formsOf = (files: Map<string, string>) => [...files.keys()].filter((n) => /_(pause|resume)-(text|notice)\./.test(n)).sort();

describe("a location's pause and resume notices through its group's own channel", () => {
  it('are written as a text and a notice for a group there with a channel, besides the email, in Dutch and English', async () => {
    const files = await written();
    // Each notice in each form and language: the pause on its first day, the resume the day its end was written in.
    const each = (notice: string) => ['notice.en.html', 'notice.nl.html', 'text.en.txt', 'text.nl.txt'].map((form) => `${notice}-${form}`);
    expect(formsOf(files)).toEqual([...each('2027-04-05_rollout_branch_pause'), ...each('2027-05-10_rollout_branch_resume')]);
    expect(files.get('2027-04-05_rollout_branch_pause-text.nl.txt')).toContain('Werk door zoals het nu kan, tot het verdergaat.');
    expect(files.get('2027-04-05_rollout_branch_pause-text.en.txt')).toContain('Why: The line in Nickerie is down.');
    expect(files.get('2027-05-10_rollout_branch_resume-text.nl.txt')).toContain('17 mei');
    expect(files.has('2027-04-05_rollout_pause.nl.md')).toBe(true);
    expect(files.has('2027-05-10_rollout_resume.en.md')).toBe(true);
    // Its other messages stay email only, as its send says.
    expect([...files.keys()].some((n) => /_branch_(welcome|weekly-update)-text/.test(n))).toBe(false);
  });

  it("in the location's languages alone", async () => {
    const files = await written((raw) => {
      const organization = raw.organization as { locations: Record<string, unknown>[] };
      organization.locations = organization.locations.map((l) => (l.name === 'Nieuw Nickerie' ? { ...l, languages: ['nl'] } : l));
    });
    expect(formsOf(files).every((n) => n.includes('.nl.'))).toBe(true);
    expect(formsOf(files)).toHaveLength(4);
  });

  it('not for a group with a channel elsewhere, nor for a pause of a phase', async () => {
    const elsewhere = await written((raw) => {
      (raw.communications as { targetedGroups: unknown[] }).targetedGroups = [{ group: 'Design', channel: { en: 'a call', nl: 'een telefoontje' }, send: ['email'] }];
    });
    expect(formsOf(elsewhere)).toEqual([]);
    expect(formsOf(await written(undefined, { phase: 'nickerie' }))).toEqual([]);
  });
});
