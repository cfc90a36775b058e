import { describe, expect, it } from 'vitest';
import { sourceSeries } from '../../src/sources/series.js';
import { parseDay } from '../../src/util/dates.js';
import { formWithAnonymous, planIn } from './support.js';

describe('the whole organization in the series of survey answers', () => {
  it("is every answer of the day, named and anonymous alike, as the organization's gates read them", async () => {
    const dir = formWithAnonymous();
    const { series } = await sourceSeries(planIn(dir), { baseDir: dir, lenient: false }, parseDay('2027-03-31'));
    const organization = series.filter((r) => r.metric === 'satisfaction' && r.phase === undefined && r.group === undefined && r.location === undefined);
    // 9, 8 and 7 from three pilot colleagues; 5 and 6 from anonymous respondents.
    expect(organization.map((r) => [r.date, r.value, r.rows])).toEqual([
      ['2027-03-08', 9, 1],
      ['2027-03-09', 8, 1],
      ['2027-03-10', 7, 1],
      ['2027-03-11', 5, 1],
      ['2027-03-12', 6, 1],
    ]);
    expect(series.filter((r) => r.metric === 'satisfaction' && r.phase === 'pilot').map((r) => r.value)).toEqual([9, 8, 7]);
  });
});
