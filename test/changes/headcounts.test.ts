import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headcountChanges, recountedMessages } from '../../src/changes/headcounts.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderChanges } from '../../src/reporters/changes/changes.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

const ADOPTION = readFileSync(example('adoption.yaml'), 'utf8');
/** Kaiteur Design after two of the office left: 23 in all, 16 in Paramaribo, 4 in Office. */
const TWO_LEFT = ADOPTION.replace('headcount: 25', 'headcount: 23').replace('headcount: 18, champion', 'headcount: 16, champion').replace('{ name: Office, headcount: 6', '{ name: Office, headcount: 4');

const versions = (before: string, after: string) => {
  const [a, b] = [planIn(validPlan(before), 'en'), planIn(validPlan(after), 'en')];
  return { before: { plan: a, schedule: buildSchedule(a) }, after: { plan: b, schedule: buildSchedule(b) } };
};

describe('headcounts that change between two versions of a plan', () => {
  it('names the organization, group and location whose headcount changed, old and new', () => {
    const { before, after } = versions(ADOPTION, TWO_LEFT);
    expect(headcountChanges(before.plan, after.plan)).toEqual([
      { scope: 'organization', name: 'Kaiteur Design', from: 25, to: 23 },
      { scope: 'group', name: 'Office', from: 6, to: 4 },
      { scope: 'location', name: 'Paramaribo', from: 18, to: 16 },
    ]);
    expect(headcountChanges(before.plan, before.plan)).toEqual([]);
  });

  it("lists the messages whose count changes with them: everyone's, and the studio phase's that brings in the office", () => {
    const { before, after } = versions(ADOPTION, TWO_LEFT);
    const recounted = recountedMessages(before, after);
    const line = (message: string) => recounted.filter((r) => r.message === message).map((r) => `${r.from} → ${r.to}`)[0];
    expect(line('2027-03-26_rollout_weekly-update')).toBe('25 → 23');
    expect(line('2027-03-15_studio_welcome')).toBe('15 → 13');
    expect(line('2027-03-15_studio_checklist-launch-day')).toBe('15 → 13');
    // The pilot and the branch are as many as before: their messages keep their counts.
    expect(recounted.filter((r) => /_(pilot|nickerie)_/.test(r.message))).toEqual([]);
    expect(recounted.map((r) => r.date)).toEqual([...recounted.map((r) => r.date)].sort());
  });

  it('says so in the text, markdown and JSON of diff, in English and Dutch', () => {
    const { before, after } = versions(ADOPTION, TWO_LEFT);
    const headcounts = { changes: headcountChanges(before.plan, after.plan), recounted: recountedMessages(before, after) };
    const set = { changes: [], counts: { moved: 0, appeared: 0, disappeared: 0, held: 0, resumed: 0 } };
    const en = renderChanges('text', 'Changes', set, {}, 'en', headcounts);
    expect(en).toContain('Headcounts changed: organization Kaiteur Design 25 → 23; group Office 6 → 4; location Paramaribo 18 → 16\n');
    expect(en).toMatch(/^Messages whose count of people changes with them \(\d+\):\n {2}2027-02-12_rollout_get-started 25 → 23\n/m);
    expect(renderChanges('text', 'Wijzigingen', set, {}, 'nl', headcounts)).toContain('Aantallen mensen gewijzigd: organisatie Kaiteur Design 25 → 23; groep Office 6 → 4; vestiging Paramaribo 18 → 16\nBerichten waarin het aantal mensen daardoor verandert (');
    expect(renderChanges('markdown', 'Changes', set, {}, 'en', headcounts)).toContain('- 2027-03-15_studio_welcome 15 → 13\n');
    const json = JSON.parse(renderChanges('json', 'Changes', set, {}, 'en', headcounts)) as { headcounts: unknown[]; recounted: { message: string }[] };
    expect(json.headcounts).toHaveLength(3);
    expect(json.recounted.map((r) => r.message)).toContain('2027-03-15_studio_welcome');
    // Without a changed headcount: no such line.
    expect(renderChanges('text', 'Changes', set, {}, 'en', { changes: [], recounted: [] })).toBe('Changes\nNothing moves.\n');
  });
});
