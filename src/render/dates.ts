import { format } from 'date-fns';
import { enUS, nl } from 'date-fns/locale';
import type { Language } from '../plan/schema.js';
import { isIsoDate, parseDay, toLocalDate } from '../util/dates.js';

export const DATE_STYLES = ['long', 'short', 'day', 'weekday', 'month', 'iso'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const LOCALES = { en: enUS, nl } as const;

/** date-fns patterns per language: "Monday, January 4, 2027" and "maandag 4 januari 2027". */
const PATTERNS: Record<Language, Record<Exclude<DateStyle, 'iso'>, string>> = {
  en: { long: 'EEEE, MMMM d, yyyy', short: 'MMM d', day: 'EEEE, MMMM d', weekday: 'EEEE', month: 'MMMM yyyy' },
  nl: { long: 'EEEE d MMMM yyyy', short: 'd MMM', day: 'EEEE d MMMM', weekday: 'EEEE', month: 'MMMM yyyy' },
};

export function isDateStyle(text: string): text is DateStyle {
  return (DATE_STYLES as readonly string[]).includes(text);
}

/** A YYYY-MM-DD date in the words of a language; undefined for anything that is not such a date. */
export function formatDate(iso: string, style: DateStyle, lang: Language): string | undefined {
  if (!isIsoDate(iso)) return undefined;
  if (style === 'iso') return iso;
  return format(toLocalDate(parseDay(iso)), PATTERNS[lang][style], { locale: LOCALES[lang] });
}
