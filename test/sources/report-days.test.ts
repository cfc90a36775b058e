import { describe, expect, it } from 'vitest';
import { reportsOn } from '../../src/sources/report-days.js';
import { parseDay } from '../../src/util/dates.js';

const days = (...iso: string[]) => iso.map(parseDay);

describe('the reports a note names', () => {
  it('names one report, or the first three in order and then "..."', () => {
    expect(reportsOn(days('2027-03-22'))).toBe('the report of 2027-03-22');
    expect(reportsOn(new Set(days('2027-03-29', '2027-03-15', '2027-03-22')))).toBe('the reports of 2027-03-15, 2027-03-22, 2027-03-29');
    expect(reportsOn(days('2027-04-05', '2027-03-15', '2027-03-29', '2027-03-22'))).toBe('the reports of 2027-03-15, 2027-03-22, 2027-03-29, ...');
  });
});
