import { IANA_ZONES } from './iana-zones.js';
import { distance } from './suggest.js';

/*
 * A plan's zone must be spelt as IANA spells it, since a calendar matches its entries' TZID to
 * the zone's definition by name. Intl cannot tell: it takes a zone in any case and answers with
 * the runtime's own canonical name, which differs between Node versions (Asia/Calcutta or
 * Asia/Kolkata, and Node 24 takes an offset such as +05:00 as a zone). So the spelling is checked
 * against the tz database's names (zones and links, src/util/iana-zones.ts) and the runtime's,
 * and Intl only says whether this runtime can compute the zone: every Node gives the same answer.
 */

let runtime: Set<string> | undefined;
/** Lower-cased name -> the name as IANA spells it. */
let spellings: Map<string, string> | undefined;
const known = new Map<string, boolean>();

/** The runtime's canonical zones: asking Intl.DateTimeFormat loads locale data, which costs a short command a fifth of its time. */
function runtimeZones(): Set<string> {
  return (runtime ??= new Set(Intl.supportedValuesOf('timeZone')));
}

function spelt(): Map<string, string> {
  if (!spellings) {
    const names = [...new Set([...IANA_ZONES.split(' '), ...runtimeZones()])].sort();
    spellings = new Map(names.map((n) => [n.toLowerCase(), n]));
  }
  return spellings;
}

function intlZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** True for a zone name as IANA spells it that this runtime can compute; cached, as plans repeat a few zones. */
export function isTimeZone(name: string): boolean {
  if (runtimeZones().has(name)) return true;
  let ok = known.get(name);
  if (ok === undefined) {
    ok = spelt().get(name.toLowerCase()) === name && intlZone(name) !== undefined;
    known.set(name, ok);
  }
  return ok;
}

/** The zone a wrongly spelt one most likely means: `Europe/Amsterdam` for europe/amsterdam, Europe/Amsterdan or Amsterdam. */
export function likelyTimeZone(name: string): string | undefined {
  const names = spelt();
  const wanted = name.trim().replace(/ +/g, '_').toLowerCase().slice(0, 64);
  const exact = names.get(wanted);
  if (exact) return exact;
  const zones = [...names.values()];
  const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  const inCity = zones.find((z) => z.includes('/') && city(z) === wanted);
  if (inCity) return inCity;
  // A slip of a key or two, never a zone far off: America/Suriname is not America/Cuiaba.
  const [best] = zones.map((z) => ({ z, d: distance(wanted, z.toLowerCase()) })).sort((a, b) => a.d - b.d);
  return best && best.d <= Math.max(1, Math.floor(wanted.length / 8)) ? best.z : undefined;
}

/**
 * The old IANA names of a clock rule rather than a place (CET, EST, ...), with the place zones
 * meant by those who write them. They follow no place's changes of clock, EST and MST have no
 * daylight saving time at all (New York's and Denver's have), and a calendar shows them as `CET`.
 */
const RULES: Record<string, string> = {
  CET: '"Europe/Amsterdam", "Europe/Berlin" or "Europe/Paris"',
  MET: '"Europe/Amsterdam", "Europe/Berlin" or "Europe/Paris"',
  EET: '"Europe/Athens", "Europe/Helsinki" or "Africa/Cairo"',
  WET: '"Europe/Lisbon" or "Atlantic/Canary"',
  EST: '"America/New_York" (with daylight saving time) or "America/Panama" (without)',
  EST5EDT: '"America/New_York" or "America/Toronto"',
  CST6CDT: '"America/Chicago" or "America/Winnipeg"',
  MST: '"America/Denver" (with daylight saving time) or "America/Phoenix" (without)',
  MST7MDT: '"America/Denver" or "America/Edmonton"',
  PST8PDT: '"America/Los_Angeles" or "America/Vancouver"',
  HST: '"Pacific/Honolulu"',
};

/** For a zone named after a clock rule (`CET`, in any case): the place zones to write instead. */
export function ruleZonePlaces(name: string): string | undefined {
  return RULES[name.trim().toUpperCase()];
}
