import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSharesByExport } from '../../src/sources/share-by-export.js';
import { formatDiagnostic } from '../../src/util/errors.js';
import { diagnosticLines, load, tempDir } from '../helpers.js';
import { ninePeopleOnSlack, slackOverview, slackOverviewExport as overview, twoSlackShares } from './support.js';

const hints = (plan: Record<string, unknown>) => diagnosticLines(plan, 'whole-organization-share');

/** The diagnostics of this code after validate has judged them by the exports in `dir`. */
async function judged(dir: string, change: Record<string, unknown> = {}): Promise<string[]> {
  const loaded = load(ninePeopleOnSlack(change), 'rollout.yaml');
  await judgeSharesByExport(loaded.plan!, loaded.diagnostics, dir);
  return loaded.diagnostics.filter((d) => d.code === 'whole-organization-share').map(formatDiagnostic);
}

describe('rollout validate: a phase gate judged on a share of the whole organization', () => {
  it('without an export, says as a hint that the first half’s go/no-go cannot pass if the workspace counts all 9 from the start: 5 of 9 is 55.6%, the gate needs 60', () => {
    expect(hints(ninePeopleOnSlack())).toEqual([
      expect.stringMatching(
        /^rollout\.yaml:\d+:7: hint sources\[0\]\.metrics\.active_use_pct: gate first-half-go-no-go judges phase first-half \(5 of 9 people\) on this share of the whole organization: if Total Enabled Membership counts all 9 from the start, it reaches 55.6% at most by its due day \(2027-01-08\), when 5 have started, and the gate needs >= 60; with accounts enabled at each launch, Total Enabled Membership counts only those started so far and the gate can pass \(validate judges it by the export's Total Enabled Membership on the due day .* scope: organization .*\)$/,
      ),
    ]);
  });

  it('a share read from one column: the hint says what the share would have to count', () => {
    const share = { ...slackOverview, metrics: { active_use_pct: 'Percent of members active' } };
    expect(hints(ninePeopleOnSlack({ sources: [share] }))).toEqual([expect.stringContaining(': if the share is of all 9 people from the start, it reaches 55.6% at most by its due day (2027-01-08)')]);
  });

  it('with the export counting all 9 enabled accounts, warns with that count', async () => {
    const dir = tempDir();
    overview(dir, 9);
    expect(await judged(dir)).toEqual([
      expect.stringMatching(
        /warning sources\[0\]\.metrics\.active_use_pct: gate first-half-go-no-go judges phase first-half \(5 of 9 people\) on this share of the whole organization: the export counts 9 in Total Enabled Membership on 2027-01-08, and by its due day \(2027-01-08\) 5 have started, so it reaches 55.6% at most, and the gate needs >= 60 \(read active_use_pct per person/,
      ),
    ]);
  });

  it('with the export counting only the accounts enabled so far (5 started and an admin), is quiet: the gate can pass', async () => {
    const dir = tempDir();
    overview(dir, 6);
    expect(await judged(dir)).toEqual([]);
  });

  it('judges two shares of one export each by its own column: 9 enabled accounts but 6 claimed warns on active use alone, and the other way round on posting alone', async () => {
    const enabledAll = tempDir();
    overview(enabledAll, 9, true, 6);
    expect(await judged(enabledAll, twoSlackShares())).toEqual([expect.stringMatching(/warning sources\[0\]\.metrics\.active_use_pct: .*the export counts 9 in Total Enabled Membership on 2027-01-08/)]);
    const claimedAll = tempDir();
    overview(claimedAll, 6, true, 9);
    expect(await judged(claimedAll, twoSlackShares())).toEqual([expect.stringMatching(/warning sources\[0\]\.metrics\.posting_pct: .*the export counts 9 in Claimed Full Members on 2027-01-08/)]);
  });

  it('keeps the hint when the export cannot tell: none there, or no row by the due day', async () => {
    expect(await judged(tempDir())).toEqual([expect.stringContaining('hint sources[0]')]);
    const late = tempDir();
    overview(late, 9);
    const file = path.join(late, 'exports', 'Acme Overview Analytics All time - Jan 11, 2027.csv');
    writeFileSync(file, 'Date,Total Enabled Membership,Weekly active members\n2027-01-11,9,5\n');
    expect(await judged(late)).toEqual([expect.stringContaining('hint sources[0]')]);
  });

  it('is quiet for gates the whole organization can pass, and for a gate that reads everyone', () => {
    const reachable = [
      { id: 'first-half-go-no-go', phase: 'first-half', metric: 'active_use_pct', threshold: 50, due: 'day-before', guards: 'next' },
      { id: 'first-half-success', phase: 'first-half', metric: 'active_use_pct', threshold: 80, within: '4w' },
      { id: 'everyone', phase: 'first-half', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next', scope: 'organization' },
    ];
    expect(hints(ninePeopleOnSlack({ gates: reachable }))).toEqual([]);
  });

  it('is quiet when the same metric also comes per person, and for a headcount the first half covers', () => {
    const perPerson = { file: 'exports/members-*.csv', kind: 'activity', date: 'Report Date', person: 'Email', lastActive: 'Last Activity' };
    const roster = { file: 'people.csv', columns: { person: 'E-mail', phase: 'Fase' } };
    expect(hints(ninePeopleOnSlack({ people: roster, sources: [slackOverview, perPerson] }))).toEqual([]);
    expect(hints({ ...ninePeopleOnSlack(), organization: { name: 'Duo', headcount: 2, languages: ['nl', 'en'] }, preset: undefined, phases: [{ id: 'all', name: 'Iedereen', audience: 'all', weeks: 1 }] })).toEqual([]);
  });
});
