import { describe, expect, it } from 'vitest';
import { diagnosticLines } from '../helpers.js';
import { ninePeopleOnSlack, slackOverview } from './support.js';

const warnings = (plan: Record<string, unknown>) => diagnosticLines(plan, 'whole-organization-share');

describe('rollout validate: a phase gate judged on a share of the whole organization', () => {
  it('warns at the source when the first half’s go/no-go cannot pass: 5 of 9 started is 55%, the gate needs 60', () => {
    expect(warnings(ninePeopleOnSlack())).toEqual([
      expect.stringMatching(
        /^rollout\.yaml:\d+:7: warning sources\[0\]\.metrics\.active_use_pct: gate first-half-go-no-go judges phase first-half \(5 of 9 people\) on this share of the whole organization: by its due day \(2027-01-08\) 5 of 9 have started, so it reaches 55.6% at most, and the gate needs >= 60 \(read active_use_pct per person \(kind: activity, with the roster\) .* scope: organization .*\)$/,
      ),
    ]);
  });

  it('is quiet for gates the whole organization can pass, and for a gate that reads everyone', () => {
    const reachable = [
      { id: 'first-half-go-no-go', phase: 'first-half', metric: 'active_use_pct', threshold: 50, due: 'day-before', guards: 'next' },
      { id: 'first-half-success', phase: 'first-half', metric: 'active_use_pct', threshold: 80, within: '4w' },
      { id: 'everyone', phase: 'first-half', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next', scope: 'organization' },
    ];
    expect(warnings(ninePeopleOnSlack({ gates: reachable }))).toEqual([]);
  });

  it('is quiet when the same metric also comes per person, and for a headcount the first half covers', () => {
    const perPerson = { file: 'exports/members-*.csv', kind: 'activity', date: 'Report Date', person: 'Email', lastActive: 'Last Activity' };
    const roster = { file: 'people.csv', columns: { person: 'E-mail', phase: 'Fase' } };
    expect(warnings(ninePeopleOnSlack({ people: roster, sources: [slackOverview, perPerson] }))).toEqual([]);
    expect(warnings({ ...ninePeopleOnSlack(), organization: { name: 'Duo', headcount: 2, languages: ['nl', 'en'] }, preset: undefined, phases: [{ id: 'all', name: 'Iedereen', audience: 'all', weeks: 1 }] })).toEqual([]);
  });
});
