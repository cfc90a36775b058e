import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { parseDay } from '../../src/util/dates.js';
import { RolloutError } from '../../src/util/errors.js';
import { tempDir } from '../helpers.js';
import { gatePlan, writeCsv } from '../gates/support.js';
import { RUNS, TIMEOUT } from './runs.js';

const plan = gatePlan([
  { id: 'last', phase: 'pilot', metric: 'active_use_pct', threshold: 50, within: '2w' },
  { id: 'p90', phase: 'pilot', metric: 'satisfaction', aggregate: 'p90', threshold: 8, within: '3w' },
  { id: 'slope', phase: 'everyone', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0, within: '2w' },
  { id: 'nps', phase: 'pilot', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, within: '4w' },
]);

const cell = fc.oneof(
  fc.constantFrom('2027-01-05', '05-01-2027', '2027-02-30', 'active_use_pct', 'satisfaction', 'nps', 'support_tickets', '80', '80%', '0,8', '7.5', '1e309', '1.234', '1.234,5', 'NaN', '-0', '', '"', '""', '"a,b"', '\t', ';'),
  fc.string({ maxLength: 8 }),
);
const header = fc.constantFrom('date,metric,value', 'date;metric;value', 'date\tmetric\tvalue', 'date,active_use_pct,satisfaction', '\ufeffdate,metric,value,location', 'Datum;Meting;Waarde');
const csv = fc
  .tuple(header, fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'))
  .map(([head, rows, sep, eol]) => [head, ...rows.map((r) => r.join(sep))].join(eol) + eol);

// One folder for every case: a long pass writes hundreds of thousands of exports.
const dir = tempDir();

/** Any export either checks or fails with a typed, user-facing error, never a crash. */
async function checksOrRefuses(text: string | string[], lenient: boolean): Promise<void> {
  const files = (Array.isArray(text) ? text : [text]).map((t, i) => writeCsv(t, dir, `m${i}.csv`));
  try {
    const { result } = await checkGates({ plan, files, asOf: parseDay('2027-02-01'), lenient });
    expect(['continue', 'pause', 'rollback']).toContain(result.decision);
    for (const g of result.gates) {
      expect(['pass', 'fail', 'pending', 'inconclusive']).toContain(g.status);
      if (g.observed !== null) expect(Number.isFinite(g.observed)).toBe(true);
    }
  } catch (error) {
    expect(error).toBeInstanceOf(RolloutError);
    expect((error as RolloutError).message).toMatch(/^\S/);
  }
}

describe('metrics import and gate evaluation under fuzzing', () => {
  it('check any export or refuse it with a typed error', async () => {
    await fc.assert(fc.asyncProperty(csv, fc.boolean(), checksOrRefuses), { numRuns: RUNS });
  }, TIMEOUT);

  it('check overlapping exports or refuse them with a typed error', async () => {
    await fc.assert(fc.asyncProperty(csv, csv, fc.boolean(), (a, b, lenient) => checksOrRefuses([a, b, a], lenient)), { numRuns: RUNS });
  }, TIMEOUT);

  it('survive arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, lenient) => checksOrRefuses(Buffer.from(bytes).toString('latin1'), lenient)), { numRuns: RUNS });
  }, TIMEOUT);
});
