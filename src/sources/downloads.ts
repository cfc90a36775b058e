import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { SourceKind } from '../plan/sources-schema.js';
import { formatList } from '../util/lists.js';
import { computedMetrics } from './unread.js';

/*
 * A gate is judged on the rows dated up to its due day, and most exports are dated the day they
 * are downloaded (a Teams report by its refresh date): one downloaded after the weekend counts
 * for the gates after it, not for Friday's. So each gate's due day says what to download that day.
 */

/** An export to download on a gate's due day. */
export interface Download {
  /** The kind of the source that reads it, or `metrics` for the file `gate-check --metrics` reads (no source gives the metric). */
  kind: SourceKind | 'metrics';
  /** The source's `file:` as the plan writes it, relative to the plan; absent for `metrics`. */
  file?: string;
}

/** The exports a gate on `metric` reads: the sources that give it, else the `--metrics` file. */
export function gateDownloads(plan: Plan, metric: string): Download[] {
  const indexes = new Set(computedMetrics(plan).filter((c) => c.metric === metric).map((c) => c.path[1] as number));
  if (indexes.size === 0) return [{ kind: 'metrics' }];
  return [...indexes].map((i) => ({ kind: plan.sources[i]!.kind, file: plan.sources[i]!.file }));
}

const KIND_NAMES: Record<Language, Record<Download['kind'], string>> = {
  en: {
    activity: 'the activity report',
    daily: 'the daily export',
    responses: 'the survey answers sheet',
    events: 'the ticket export',
    attendance: 'the attendance reports of the training sessions',
    metrics: 'the metrics export that gate-check --metrics reads',
  },
  nl: {
    activity: 'het activiteitenrapport',
    daily: 'de dagelijkse export',
    responses: 'het blad met de antwoorden op de peiling',
    events: 'de export van de meldingen',
    attendance: 'de aanwezigheidsrapporten van de trainingen',
    metrics: 'de export met metingen die gate-check --metrics leest',
  },
};

/** Reports whose file names Microsoft 365 writes, named as its admin center names them. */
const KNOWN_REPORTS: { file: RegExp; name: Record<Language, string> }[] = [
  { file: /TeamsUserActivityUserDetail/i, name: { en: 'the Teams user activity report', nl: 'het Teams-rapport gebruikersactiviteit' } },
  { file: /Microsoft365ActiveUserDetail/i, name: { en: 'the Microsoft 365 active users report', nl: 'het Microsoft 365-rapport actieve gebruikers' } },
];

/** One export as a checklist names it: what it is, the folder it goes into and its file name. */
export function downloadText(d: Download, lang: Language): string {
  const name = (d.file !== undefined && KNOWN_REPORTS.find((k) => k.file.test(d.file!))?.name[lang]) || KIND_NAMES[lang][d.kind];
  if (d.file === undefined) return name;
  const cut = Math.max(d.file.lastIndexOf('/'), d.file.lastIndexOf('\\'));
  const folder = cut < 0 ? (lang === 'nl' ? 'de map van het plan' : "the plan's folder") : d.file.slice(0, cut + 1);
  const base = d.file.slice(cut + 1);
  return lang === 'nl' ? `${name} in ${folder} als ${base}` : `${name} into ${folder} as ${base}`;
}

/** The exports of several gates, each named once, in the order given. */
export function downloadTexts(downloads: readonly Download[], lang: Language): string[] {
  return [...new Set(downloads.map((d) => downloadText(d, lang)))];
}

/** What a gate's calendar entry says on its due day. */
export function downloadToday(downloads: readonly Download[], lang: Language): string {
  const list = formatList(downloadTexts(downloads, lang), lang, 'and');
  return lang === 'nl'
    ? `Vandaag downloaden, vóór het einde van de werkdag: ${list}. Dit toetsmoment wordt beoordeeld op de rijen met een datum tot en met vandaag; een rapport dat later wordt gedownload, heeft een latere datum en telt er niet voor mee.`
    : `Download today, before the working day ends: ${list}. This gate is judged on the rows dated up to today; a report downloaded later is dated later and does not count for it.`;
}
