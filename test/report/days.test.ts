import { format } from 'date-fns';
import { enUS, nl } from 'date-fns/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longDay, shortDay } from '../../src/report/days.js';
import { parseDay, toLocalDate } from '../../src/util/dates.js';

const LOCALES = { en: enUS, nl } as const;

describe('report days', () => {
  const same = (day: number, language: 'en' | 'nl') => {
    const locale = LOCALES[language];
    expect(shortDay(day, language)).toBe(format(toLocalDate(day), 'd MMM', { locale }).replace('.', ''));
    expect(longDay(day, language)).toBe(format(toLocalDate(day), 'EEEE d MMMM yyyy', { locale }));
  };

  it('are written as date-fns writes them: every day of a year, and any day from 1970 to 2200', () => {
    for (let day = parseDay('2028-01-01'); day <= parseDay('2028-12-31'); day++) for (const language of ['en', 'nl'] as const) same(day, language);
    const days = fc.integer({ min: parseDay('1970-01-01'), max: parseDay('2200-12-31') });
    fc.assert(fc.property(days, fc.constantFrom('en' as const, 'nl' as const), same), { numRuns: 500 });
  });

  it('name every month and weekday', () => {
    expect(shortDay(parseDay('2027-03-15'), 'nl')).toBe('15 mrt');
    expect(shortDay(parseDay('2027-05-01'), 'en')).toBe('1 May');
    expect(longDay(parseDay('2027-03-15'), 'en')).toBe('Monday 15 March 2027');
    expect(longDay(parseDay('2027-12-31'), 'nl')).toBe('vrijdag 31 december 2027');
  });
});
