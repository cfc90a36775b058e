import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { parseDay } from '../../src/util/dates.js';
import { adoptionCopy, planIn } from './support.js';

const GONE = /^sources\[0\]: 1 roster person \(phase studio; group Office; location Paramaribo\) with rows in earlier reports has none in the newest, \S*TeamsUserActivityUserDetail20270329\.csv \(the report of 2027-03-29\), and counts as not active there; if they left, keep their roster row with the day they left \(people\.columns\.left\)/;

describe('a roster person with rows in earlier activity reports and none in the newest', () => {
  it('is said in a note with a count and their part, never who: one missing row can fail a gate', async () => {
    const dir = adoptionCopy();
    const plan = planIn(dir);
    const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
    const read = (asOf: string) => readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), asOf: parseDay(asOf) }, () => undefined);
    const notes = (await read('2027-03-29')).warnings;
    expect(notes.filter((w) => GONE.test(w))).toHaveLength(1);
    expect(notes.join('\n')).not.toMatch(/@kaiteur/);
  });
});
