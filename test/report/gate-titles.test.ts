import { describe, expect, it } from 'vitest';
import { gateTitle, guardedTries } from '../../src/report/gate-titles.js';
import { wordsFor } from '../../src/report/i18n.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// Pilot, then Albina (rolled back 2027-02-03, again from 02-22), then Brownsweg; the pilot's go/no-go guards Albina's launch.
const plan = (resume = true) =>
  validPlan(
    minimalPlan({
      organization: { name: 'Acme', headcount: 30, locations: ['Paramaribo', 'Albina', 'Brownsweg'].map((name) => ({ name, timezone: 'America/Paramaribo', headcount: 10 })) },
      strategy: { by: 'location' },
      phases: ['Paramaribo', 'Albina', 'Brownsweg'].map((name) => ({ id: name.toLowerCase(), name, audience: { locations: [name] }, weeks: 2 })),
      gates: [
        { id: 'paramaribo-go', phase: 'paramaribo', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' },
        { id: 'albina-go', phase: 'albina', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' },
      ],
      rollback: { on: '2027-02-03', reason: 'no network', only: { location: 'Albina' }, ...(resume ? { resume: { on: '2027-02-22' } } : {}) },
    }),
  );

describe('the name of a go/no-go judged for each try of the part whose launch it guards', () => {
  it("is that part's try: only the gate of another part guarding the part rolled back, and only once it starts again", () => {
    const resumed = plan();
    expect([...guardedTries(resumed, buildSchedule(resumed), 'en')]).toEqual([['paramaribo-go', 'Albina']]);
    const stays = plan(false);
    expect(guardedTries(stays, buildSchedule(stays), 'en').size).toBe(0);
  });

  it('says which try a result is of, in English and Dutch, and leaves the other gates by their id', () => {
    const tries = new Map([['paramaribo-go', 'Albina']]);
    const results = new Set(['paramaribo-go', 'paramaribo-go.second-try', 'albina-go']);
    const en = (id: string) => gateTitle(id, tries, wordsFor('en'), results);
    expect([en('paramaribo-go'), en('paramaribo-go.second-try'), en('albina-go')]).toEqual(["paramaribo-go (before Albina's first try)", "paramaribo-go (before Albina's second try)", 'albina-go']);
    expect(gateTitle('paramaribo-go.second-try', tries, wordsFor('nl'), results)).toBe('paramaribo-go (vóór de tweede poging van Albina)');
    // Before the second try is judged, the one result is just the gate's.
    expect(gateTitle('paramaribo-go', tries, wordsFor('en'), new Set(['paramaribo-go']))).toBe('paramaribo-go');
  });
});
