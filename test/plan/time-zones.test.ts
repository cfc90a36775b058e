import { describe, expect, it } from 'vitest';
import { IANA_ZONES } from '../../src/util/iana-zones.js';
import { isTimeZone } from '../../src/util/time-zones.js';
import { errorsOf, minimalPlan } from '../helpers.js';

/** The error of a plan whose one location has this zone, as [path, message]. */
const zoneErrors = (timezone: string) => errorsOf(minimalPlan({ organization: { name: 'a', headcount: 10, locations: [{ name: 'Rotterdam', timezone }] } })).map((e) => [e.path, e.message]);

/*
 * Run with Node 20 and Node 24 alike: Intl answers with the runtime's own canonical name
 * (Asia/Calcutta on one, Asia/Kolkata on another) and Node 24 takes an offset as a zone, so these
 * pin what every runtime must answer.
 */
describe('time zones: the same answer on every Node', () => {
  it.each([
    ['asia/calcutta', 'Asia/Calcutta'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['ASIA/KOLKATA', 'Asia/Kolkata'],
    ['us/eastern', 'US/Eastern'],
    ['europe/kyiv', 'Europe/Kyiv'],
    ['etc/utc', 'Etc/UTC'],
  ])('refuses the alias %s in the wrong case and names %s', (zone, right) => {
    expect(zoneErrors(zone)).toEqual([['organization.locations[0].timezone', `is not an IANA time zone (did you mean "${right}"?)`]]);
  });

  it.each(['Asia/Calcutta', 'Asia/Kolkata', 'US/Eastern', 'Europe/Kiev', 'Europe/Kyiv', 'Etc/UTC', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])('takes %s as IANA spells it', (zone) => {
    expect(zoneErrors(zone)).toEqual([]);
  });

  it('refuses an offset, which Node 24 takes as a zone and a calendar cannot name', () => {
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('-03:00')).toBe(false);
  });

  it('knows every zone this runtime computes, spelt as it spells them', () => {
    const names = new Set(IANA_ZONES.split(' '));
    const missing = Intl.supportedValuesOf('timeZone').filter((z) => !names.has(z));
    // A zone newer than the list still passes, as the runtime lists it; the list is for aliases.
    for (const zone of missing) expect(isTimeZone(zone)).toBe(true);
    expect(names.size).toBeGreaterThan(590);
  });
});

describe('time zones named after a clock rule', () => {
  it.each([
    ['CET', '"Europe/Amsterdam", "Europe/Berlin" or "Europe/Paris"'],
    ['cet', '"Europe/Amsterdam", "Europe/Berlin" or "Europe/Paris"'],
    ['EST', '"America/New_York" (with daylight saving time) or "America/Panama" (without)'],
    ['MST', '"America/Denver" (with daylight saving time) or "America/Phoenix" (without)'],
    ['EET', '"Europe/Athens", "Europe/Helsinki" or "Africa/Cairo"'],
    ['WET', '"Europe/Lisbon" or "Atlantic/Canary"'],
    ['PST8PDT', '"America/Los_Angeles" or "America/Vancouver"'],
  ])('refuses %s and names the place zones meant', (zone, places) => {
    expect(zoneErrors(zone)).toEqual([['organization.locations[0].timezone', `is an old zone name for a clock rule, not a place (write the zone of the location's city, such as ${places})`]]);
  });

  it('refuses one as the calendar’s zone of shared sessions too, and keeps UTC, which names no place on purpose', () => {
    expect(errorsOf(minimalPlan({ calendar: { timezone: 'CET' } })).map((e) => e.path)).toEqual(['calendar.timezone']);
    expect(errorsOf(minimalPlan({ calendar: { timezone: 'UTC' } }))).toEqual([]);
  });
});
