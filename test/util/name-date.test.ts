import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { lastDateIn, lastSureDateIn } from '../../src/util/name-date.js';

const dayIn = (name: string, order: Parameters<typeof lastDateIn>[1] = 'auto') => {
  const date = lastDateIn(name, order);
  return typeof date === 'number' ? formatDay(date) : date;
};

describe('the last date in a file name', () => {
  it.each([
    ['De Linde Member Analytics Prior 30 Days - Mar 30, 2027.csv', '2027-03-30'],
    ['De Linde Member Analytics Prior 30 Days - Mar 30, 2027 (1).csv', '2027-03-30'],
    ['De Linde Member Analytics Mar 1, 2027 - Mar 30, 2027.csv', '2027-03-30'],
    ['De Linde Member Analytics All time - Dec 31, 2026.csv', '2026-12-31'],
    ['De_Linde_Member_Analytics_Prior_30_Days_-_Mar_30__2027.csv', '2027-03-30'],
    ['slack-members-2027-03-30.csv', '2027-03-30'],
    ['TeamsUserActivityUserDetail20270322.csv', '2027-03-22'],
    ['tickets_2027_03_29.csv', '2027-03-29'],
    ['tickets 2027.03.29.xlsx', '2027-03-29'],
    ['bitwarden_org-events_export_20270310090000.csv', '2027-03-10'],
    ['bitwarden_org-events_export_20270310235959.csv', '2027-03-10'],
    ['events-202703100900.csv', '2027-03-10'],
    ['events 20270310T090000.csv', '2027-03-10'],
    ['events 20270310_0900.csv', '2027-03-10'],
  ])('of %s is %s', (name, day) => {
    expect(dayIn(name)).toBe(day);
  });

  it.each(['De Linde Member Analytics.csv', 'members-2027-02-30.csv', 'Prior 30 Days - Mrz 30, 2027.csv', 'meldingen 31-02-2027.csv', 'meldingen 13-13-2027.csv', 'tickets 29-03-27.csv', 'export_20270310250000.csv', 'export_20270310096000.csv', 'export_2027031009000.csv'])('is none in %s', (name) => {
    expect(lastDateIn(name)).toBeUndefined();
  });
});

describe('a date with the year last in a file name', () => {
  it.each([
    ['meldingen 29-03-2027.csv', 'dmy', '2027-03-29'],
    ['tickets_29.03.2027.xlsx', 'dmy', '2027-03-29'],
    ['meldingen 29 03 2027.csv', 'dmy', '2027-03-29'],
    ['meldingen 3-4-2027.csv', 'dmy', '2027-04-03'],
    ['tickets 03-29-2027.csv', 'mdy', '2027-03-29'],
    ['tickets 03-04-2027.csv', 'mdy', '2027-03-04'],
    ['tickets_03_04_2027.csv', 'dmy', '2027-04-03'],
  ] as const)('of %s in the order %s is %s', (name, order, day) => {
    expect(dayIn(name, order)).toBe(day);
  });

  it('without an order, is read only when it reads one way alone', () => {
    expect(dayIn('meldingen 29-03-2027.csv')).toBe('2027-03-29');
    expect(dayIn('tickets 03-29-2027.csv')).toBe('2027-03-29');
    // As Microsoft 365 names a download, month first with a time after it.
    expect(dayIn('TeamsUserActivityUserDetail3_15_2027 9_14_02 AM.csv')).toBe('2027-03-15');
    // The same day both ways.
    expect(dayIn('meldingen 03-03-2027.csv')).toBe('2027-03-03');
    // A year-first dateFormat says nothing of day-first or month-first.
    expect(dayIn('meldingen 29-03-2027.csv', 'ymd')).toBe('2027-03-29');
  });

  it('is in doubt when it reads both ways without an order, or is a date only in the other order', () => {
    const [march4, april3, march29] = ['2027-03-04', '2027-04-03', '2027-03-29'].map(parseDay);
    expect(lastDateIn('meldingen 03-04-2027.csv')).toEqual({ written: '03-04-2027', dmy: april3, mdy: march4 });
    expect(lastDateIn('meldingen 03-04-2027.csv', 'ymd')).toEqual({ written: '03-04-2027', dmy: april3, mdy: march4 });
    expect(lastDateIn('tickets 03-29-2027.csv', 'dmy')).toEqual({ written: '03-29-2027', dmy: undefined, mdy: march29 });
    expect(lastDateIn('meldingen 29.03.2027.csv', 'mdy')).toEqual({ written: '29.03.2027', dmy: march29, mdy: undefined });
    expect(lastSureDateIn('meldingen 03-04-2027.csv', 'auto')).toBeUndefined();
    expect(lastSureDateIn('meldingen 03-04-2027.csv', 'dmy')).toBe(april3);
  });

  it('is the last date of the name, whatever way each is written', () => {
    expect(dayIn('meldingen 01-03-2027 t-m 29-03-2027.csv', 'dmy')).toBe('2027-03-29');
    expect(dayIn('meldingen 2027-03-01 t-m 29-03-2027.csv')).toBe('2027-03-29');
    expect(dayIn('meldingen 29-03-2027 (Mar 31, 2027).csv')).toBe('2027-03-31');
    // Only the last date decides: one before it in doubt does not matter.
    expect(dayIn('meldingen 01-03-2027 t-m 29-03-2027.csv')).toBe('2027-03-29');
    expect(lastDateIn('meldingen 29-03-2027 t-m 03-04-2027.csv')).toMatchObject({ written: '03-04-2027' });
  });
});
