import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate, Language } from '../plan/schema.js';
import type { Source } from '../plan/sources-schema.js';
import { setsMetricsImport } from './ungiven.js';

/*
 * A gate with `location:` or `group:` reads only rows that name that location or group. A daily
 * overview (daily), and a helpdesk export (events) or survey answers without a person column,
 * name neither: they measure the whole organization, and their rows count for every phase's
 * gates, never for one location's or group's. Fed by them alone, such a gate gets no row at any check.
 */

/** The kinds of source that give one value for the whole organization. */
export type WholeKind = 'events' | 'daily' | 'responses';

/** A gate's location or group that the sources of its metric cannot tell apart. */
export interface WholeOnly {
  part: 'location' | 'group';
  name: string;
  /** The kinds of the sources that give its metric, each once. */
  kinds: WholeKind[];
}

const givesMetric = (source: Source, metric: string): boolean =>
  source.kind === 'activity' || source.kind === 'sign-ins' || source.kind === 'events' || source.kind === 'attendance' ? source.metric === metric : metric in source.metrics;

/** The source's kind when its rows never name a location or group (tickets and answers with a person column do, through the roster). */
const wholeKind = (source: Source): WholeKind | undefined =>
  source.kind === 'daily' || ((source.kind === 'events' || source.kind === 'responses') && source.person === undefined) ? source.kind : undefined;

/** The gate's location (else group) when every source of its metric measures the whole organization; none when no source gives it. */
export function wholeOnly(plan: Plan, gate: Gate): WholeOnly | undefined {
  const part = gate.location !== undefined ? 'location' : gate.group !== undefined ? 'group' : undefined;
  if (part === undefined) return undefined;
  const kinds = plan.sources.filter((s) => givesMetric(s, gate.metric)).map(wholeKind);
  if (kinds.length === 0 || kinds.some((k) => k === undefined)) return undefined;
  return { part, name: gate[part]!, kinds: [...new Set(kinds as WholeKind[])] };
}

const PART: Record<Language, Record<WholeOnly['part'], string>> = {
  en: { location: 'location', group: 'group' },
  nl: { location: 'vestiging', group: 'groep' },
};

/** The gate's location or group, as its reason says it: `location Moengo`, `vestiging Moengo`. */
export const wholeOnlyPart = (w: WholeOnly, lang: Language): string => `${PART[lang][w.part]} ${w.name}`;

const WHAT: Record<Language, Record<WholeKind, string>> = {
  en: { events: 'a helpdesk export (kind: events) without a person column counts for the whole organization', daily: 'a daily export (kind: daily) gives one value a day for the whole organization', responses: 'survey answers without a person column count for the whole organization' },
  nl: { events: 'een export van de helpdesk (kind: events) zonder kolom person telt voor de hele organisatie', daily: 'een dagelijkse export (kind: daily) geeft één waarde per dag voor de hele organisatie', responses: 'antwoorden op een peiling zonder kolom person tellen voor de hele organisatie' },
};

/** What a source of a kind that can name a person writes so that its rows count for that person's part (`part`: location, vestiging). */
const PERSON: Record<Language, Partial<Record<WholeKind, (part: string) => string>>> = {
  en: {
    events: (part) => `give the helpdesk's source person: (the column with who raised each ticket, such as Requester email), so that each ticket counts for that person's ${part} on the roster`,
    responses: (part) => `give the survey's source person: (the column with who answered), so that each answer counts for that person's ${part} on the roster`,
  },
  nl: {
    events: (part) => `geef de bron van de helpdesk person: (de kolom met wie de melding deed, zoals Requester email), zodat elke melding telt voor de ${part} van die persoon in het personeelsbestand`,
    responses: (part) => `geef de bron van de peiling person: (de kolom met wie antwoordde), zodat elk antwoord telt voor de ${part} van die persoon in het personeelsbestand`,
  },
};

/** Why the gate gets no row, and what to write: one wording for validate's hint and gate-check's reason. */
export function wholeOnlyText(w: WholeOnly, lang: Language): { why: string; fix: string } {
  const names = w.kinds.map((k) => WHAT[lang][k]).join('; ');
  const part = PART[lang][w.part];
  const person = w.kinds.flatMap((k) => PERSON[lang][k]?.(part) ?? []).map((fix) => (lang === 'nl' ? `, of ${fix}` : `, or ${fix}`)).join('');
  if (lang === 'nl') {
    return {
      why: `${names}, nooit per ${part}`,
      fix: `schrijf scope: organization in plaats van ${w.part}: ${w.name}, zodat het toetsmoment de hele organisatie beoordeelt${person}; een --metrics-bestand met rijen per ${part} voedt het ook`,
    };
  }
  return {
    why: `${names}, never per ${part}`,
    fix: `write scope: organization in place of ${w.part}: ${w.name}, so that the gate judges the whole organization${person}; a --metrics file with rows per ${part} feeds it too`,
  };
}

/** Warns at the gate's location or group when no source of its metric can give rows of it. A plan that expects a --metrics file may get them there: quiet. */
export function checkWholeOnlyGates(plan: Plan): Check[] {
  if (setsMetricsImport(plan)) return [];
  return plan.gates.flatMap((gate, i): Check[] => {
    const w = wholeOnly(plan, gate);
    if (!w) return [];
    const { why, fix } = wholeOnlyText(w, 'en');
    return [{ severity: 'warning', code: 'whole-organization-only', path: ['gates', i, w.part], atKey: true, message: `gate ${gate.id} reads ${gate.metric} in ${w.part} ${w.name}, which no source can give: ${why}, so the gate gets no rows and stays undecided at every check`, hint: fix }];
  });
}
