import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, gatePlan } from './support.js';

const plan = gatePlan(
  [
    { id: 'last', phase: 'pilot', metric: 'active_use_pct', threshold: 50, within: '2w' },
    { id: 'mean', phase: 'pilot', metric: 'satisfaction', aggregate: 'mean', threshold: 5, within: '3w' },
    { id: 'p90', phase: 'pilot', metric: 'satisfaction', aggregate: 'p90', threshold: 8, within: '3w', location: 'Paramaribo' },
    { id: 'slope', phase: 'everyone', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0, within: '2w', minSamples: 3 },
    { id: 'sum', phase: 'pilot', metric: 'support_tickets', aggregate: 'sum', op: '<', threshold: 500, within: '4w' },
    { id: 'nps', phase: 'pilot', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, within: '4w', minSamples: 5 },
  ],
  { organization: { name: 'Acme', headcount: 40, locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo' }, { name: 'Georgetown', timezone: 'America/Guyana' }] } },
);

const row = fc
  .record({
    day: fc.integer({ min: 1, max: 20 }),
    metric: fc.constantFrom('active_use_pct', 'satisfaction', 'support_tickets', 'nps'),
    hundredths: fc.integer({ min: 0, max: 10_000 }),
    location: fc.constantFrom('Paramaribo', 'Georgetown', ''),
  })
  .map(({ day, metric, hundredths, location }) => {
    // NPS answers are whole 0-10, satisfaction lies in its range 1-10.
    const value = metric === 'nps' ? String(hundredths % 11) : metric === 'satisfaction' ? String(1 + (hundredths % 901) / 100) : String(hundredths / 100);
    const date = new Date(Date.UTC(2027, 0, day)).toISOString().slice(0, 10);
    return `${date},${metric},${value},${location}`;
  });

const HEADER = 'date,metric,value,location\n';
const file = (rows: string[]) => HEADER + rows.map((r) => `${r}\n`).join('');
const AT = '2027-01-25';

describe('gate-check results', () => {
  it('never depend on the order of the rows', async () => {
    const rowsAndShuffle = fc.array(row, { maxLength: 80 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    await fc.assert(
      fc.asyncProperty(rowsAndShuffle, async ([rows, shuffled]) => {
        expect(await check(plan, file(shuffled), AT)).toEqual(await check(plan, file(rows), AT));
      }),
      { numRuns: 60 },
    );
  });

  it('never depend on how the days are split over files', async () => {
    const rowsAndSides = fc.array(row, { maxLength: 80 }).chain((rows) => fc.tuple(fc.constant(rows), fc.func(fc.boolean())));
    await fc.assert(
      fc.asyncProperty(rowsAndSides, async ([rows, side]) => {
        // Every row of one day (and metric and location) goes to the same file.
        const key = (r: string) => r.split(',').filter((_, i) => i !== 2).join(',');
        const first = rows.filter((r) => side(key(r)));
        const second = rows.filter((r) => !side(key(r)));
        expect(await check(plan, [file(first), file(second)], AT)).toEqual(await check(plan, file(rows), AT));
      }),
      { numRuns: 60 },
    );
  });

  it('count a file passed twice once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 80 }), async (rows) => {
        expect(await check(plan, [file(rows), file(rows)], AT)).toEqual(await check(plan, file(rows), AT));
      }),
      { numRuns: 60 },
    );
  });
});
