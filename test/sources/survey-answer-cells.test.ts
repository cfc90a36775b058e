import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { expectNoOneOfKroon, kroonAnswers, KROON_SURVEY_SOURCE, kroonOffice, kroonSurvey } from '../kroon-office.js';

/** The answers read per metric, as the sources read them on `asOf`. */
async function read(typed: string | number, options: { lenient?: boolean; asOf?: string } = {}) {
  const dir = kroonOffice(KROON_SURVEY_SOURCE, { 'Tevredenheid-Bitwarden.xlsx': kroonSurvey(kroonAnswers(typed)) });
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const metrics = new Map(plan.metrics.map((m) => [m.name, m]));
  const values: Record<string, number[]> = { satisfaction: [], nps: [] };
  const asOf = options.asOf === undefined ? {} : { asOf: parseDay(options.asOf) };
  const input = { plan, baseDir: dir, lenient: options.lenient ?? false, metrics, answers: new Set(['nps']), scopes: (m: string) => allScopes(plan, m), ...asOf };
  const { warnings, imports } = await readSources(input, (p) => {
    values[p.metric]!.push(p.value);
  });
  return { values, warnings: warnings.map((w) => w.replaceAll(dir + path.sep, '')), skipped: imports.reduce((n, r) => n + r.skipped, 0) };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a survey answer that is no plain number', () => {
  it.each(['8/10', '8 / 10', '8 van 10', '8 out of 10'])('reads %s to a 1-10 question as 8', async (typed) => {
    const { values, skipped } = await read(typed);
    expect(values.satisfaction).toHaveLength(8);
    expect(mean(values.satisfaction!)).toBe(7.5);
    expect(skipped).toBe(0);
  });

  it('leaves out only the cell that cannot be read under --lenient: the same response’s recommendation counts', async () => {
    const { values, skipped } = await read('acht', { lenient: true });
    expect(values.satisfaction).toHaveLength(7);
    expect(mean(values.satisfaction!)).toBeCloseTo(52 / 7, 10);
    expect(values.nps).toEqual([9, 8, 5, 10, 8, 9, 7, 6]);
    expect(skipped).toBe(1);
  });

  it('stops without --lenient when a gate due by the day read reads the metric', async () => {
    await expect(read('acht', { asOf: '2027-03-29' })).rejects.toThrow(/cell G3: the satisfaction answer is not a number/);
  });

  it('is a note, not a stop, when no gate due yet reads the metric: on 15 March only active use is judged', async () => {
    const { values, warnings, skipped } = await read('4/5', { asOf: '2027-03-15' });
    expect(skipped).toBe(0);
    expect(values.satisfaction).toHaveLength(7);
    expect(values.nps).toHaveLength(8);
    expect(warnings).toContain(
      'sources[0]: 1 satisfaction answer is no number the metric can read and is left out; no gate due yet reads satisfaction, so the check goes on, but correct it in the export before a gate on satisfaction is due, when it stops the run (or --lenient skips it)',
    );
    expectNoOneOfKroon(warnings.join('\n'));
  });
});
