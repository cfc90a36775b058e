import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { SourceKind } from '../plan/sources-schema.js';
import { formatList } from '../util/lists.js';
import { computedMetrics } from './unread.js';

/*
 * A gate is judged on the rows dated up to its due day. What a copy downloaded after that day
 * changes depends on how the export dates its rows: a Teams report is dated by its refresh day, so
 * a later one counts for the gates after it; survey answers, attendance, daily and ticket rows carry
 * their own dates, so a later copy still counts, and a later ticket makes the empty working days
 * up to the due day count as 0. So each gate's due day says what to download and what a later copy
 * does.
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
    'sign-ins': 'the sign-in log',
    daily: 'the daily export',
    responses: 'the survey answers sheet',
    events: 'the ticket export',
    attendance: 'the attendance reports of the training sessions',
    metrics: 'the metrics export that gate-check --metrics reads',
  },
  nl: {
    activity: 'het activiteitenrapport',
    'sign-ins': 'het aanmeldingslogboek',
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

/** What an export is: the report Microsoft 365 names so, else its kind. */
function exportName(d: Download, lang: Language): string {
  return (d.file !== undefined && KNOWN_REPORTS.find((k) => k.file.test(d.file!))?.name[lang]) || KIND_NAMES[lang][d.kind];
}

/** One export as a checklist names it: what it is, the folder it goes into and its file name. */
export function downloadText(d: Download, lang: Language): string {
  const name = exportName(d, lang);
  if (d.file === undefined) return name;
  const cut = Math.max(d.file.lastIndexOf('/'), d.file.lastIndexOf('\\'));
  const folder = cut < 0 ? (lang === 'nl' ? 'de map van het plan' : "the plan's folder") : d.file.slice(0, cut + 1);
  const base = d.file.slice(cut + 1);
  // `*` (any file of the folder) is no name to save under: the folder says it all.
  const into = lang === 'nl' ? `${name} in ${folder}` : `${name} into ${folder}`;
  if (!/[^*?.]/.test(base)) return into;
  return lang === 'nl' ? `${into} als ${base}` : `${into} as ${base}`;
}

/** The exports of several gates, each named once, in the order given. */
export function downloadTexts(downloads: readonly Download[], lang: Language): string[] {
  return [...new Set(downloads.map((d) => downloadText(d, lang)))];
}

/** How a copy downloaded after a gate's due day bears on it, by how its export dates its rows. */
type LaterCopy = 'refreshed' | 'rows' | 'tickets';

const LATER_COPY: Record<Download['kind'], LaterCopy> = {
  activity: 'refreshed',
  'sign-ins': 'rows',
  daily: 'rows',
  responses: 'rows',
  attendance: 'rows',
  metrics: 'rows',
  events: 'tickets',
};

const LATER_TEXT: Record<Language, Record<LaterCopy, string>> = {
  en: {
    refreshed: 'each copy is dated by the day it was refreshed, so one refreshed after the due day counts only for the gates due after it.',
    rows: 'each row carries its own date, so a copy downloaded later still counts, with its rows dated up to the due day (also those added since); its rows dated after it do not count.',
    tickets:
      'each ticket carries its own date, so a copy downloaded later still counts, with its tickets dated up to the due day; those dated after it do not count. A working day without a ticket counts as 0 up to the day before the date in the file name, the day it was downloaded (keep it there, as in tickets-YYYY-MM-DD.csv); in a copy without a date in its name, only once it holds a ticket (of any kind) dated that day or later, so a later copy can make the empty working days up to the due day count as 0 and change the verdict.',
  },
  nl: {
    refreshed: 'elk exemplaar heeft de datum van de dag waarop het is vernieuwd, dus een exemplaar dat na de dag van het toetsmoment is vernieuwd, telt alleen voor de toetsmomenten daarna.',
    rows: 'elke rij heeft een eigen datum, dus een exemplaar dat later wordt gedownload, telt nog mee, met de rijen met een datum tot en met de dag van het toetsmoment (ook rijen die er sindsdien bij zijn gekomen); rijen met een latere datum tellen niet mee.',
    tickets:
      'elke melding heeft een eigen datum, dus een exemplaar dat later wordt gedownload, telt nog mee, met de meldingen met een datum tot en met de dag van het toetsmoment; latere meldingen tellen niet mee. Een werkdag zonder melding telt als 0 tot en met de dag vóór de datum in de bestandsnaam, de dag van het downloaden (laat die erin staan, zoals in meldingen-JJJJ-MM-DD.csv); in een exemplaar zonder datum in de naam pas als het een melding (van welke soort ook) van die dag of later bevat, dus een later exemplaar kan de werkdagen tot en met de dag van het toetsmoment zonder melding als 0 laten tellen en de uitkomst veranderen.',
  },
};

/** For each way of dating rows among the exports, what a copy downloaded after the due day does and does not change. */
export function laterCopies(downloads: readonly Download[], lang: Language): string[] {
  const order: LaterCopy[] = ['refreshed', 'rows', 'tickets'];
  return order.flatMap((later) => {
    const names = [...new Set(downloads.filter((d) => LATER_COPY[d.kind] === later).map((d) => exportName(d, lang)))];
    if (names.length === 0) return [];
    const list = formatList(names, lang, 'and');
    return [`${list.charAt(0).toUpperCase()}${list.slice(1)}: ${LATER_TEXT[lang][later]}`];
  });
}

/** What a gate's calendar entry says on its due day. */
export function downloadToday(downloads: readonly Download[], lang: Language): string {
  const list = formatList(downloadTexts(downloads, lang), lang, 'and');
  const later = laterCopies(downloads, lang).join(' ');
  return lang === 'nl'
    ? `Vandaag downloaden, vóór het einde van de werkdag: ${list}. Dit toetsmoment wordt beoordeeld op de rijen met een datum tot en met vandaag. ${later}`
    : `Download today, before the working day ends: ${list}. This gate is judged on the rows dated up to today. ${later}`;
}
