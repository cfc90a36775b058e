import { describe, expect, it } from 'vitest';
import { SourceDates } from '../../src/sources/dates.js';
import { FileRows } from '../../src/sources/problems.js';
import { formatDay } from '../../src/util/dates.js';
import { momentOf } from '../../src/util/moment.js';

/** The day each text is read as, by a source of an organization in `zone`. */
function days(zone: string | undefined, ...texts: string[]): string[] {
  const dates = new SourceDates('auto', undefined, false, zone);
  const file = new FileRows('tickets.csv', false);
  dates.startFile(file);
  const ids = texts.map((text, i) => dates.number(text, file, i + 2, 1));
  dates.resolve();
  return ids.map((id) => formatDay(dates.day(id)!));
}

describe('a date with a time and Z or an offset', () => {
  it('is the moment it names', () => {
    expect(momentOf('2027-03-13T01:30:00Z')).toBe(Date.UTC(2027, 2, 13, 1, 30));
    expect(momentOf('2027-03-12 22:30:00 -0300')).toBe(Date.UTC(2027, 2, 13, 1, 30));
    expect(momentOf('2027-03-12T22:30:00.123-03:00')).toBe(Date.UTC(2027, 2, 13, 1, 30));
    expect(momentOf('2027-03-13T02:30:00+01:00')).toBe(Date.UTC(2027, 2, 13, 1, 30));
    // Without an offset, or no real date: no moment, the date is read as written.
    expect([momentOf('2027-03-12 22:30:00'), momentOf('2027-03-12'), momentOf('2027-02-30T10:00:00Z')]).toEqual([undefined, undefined, undefined]);
  });

  it("is dated by the organization's day: 22:30 on Friday in Paramaribo is Friday, whether written in UTC or with Paramaribo's offset", () => {
    expect(days('America/Paramaribo', '2027-03-13T01:30:00Z', '2027-03-12 22:30:00 -0300', '2027-03-13T03:00:00Z', '2027-03-12')).toEqual(['2027-03-12', '2027-03-12', '2027-03-13', '2027-03-12']);
    expect(days('Asia/Tokyo', '2027-03-12T16:00:00Z')).toEqual(['2027-03-13']);
  });

  it('is dated as written without a zone to date it in', () => {
    expect(days(undefined, '2027-03-13T01:30:00Z', '2027-03-12 22:30:00 -0300')).toEqual(['2027-03-13', '2027-03-12']);
  });
});
