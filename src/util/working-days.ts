import type { Language } from '../plan/schema.js';

/** A count of working days, singular for one: `1 working day`, `5 werkdagen`. */
export function workingDaysLabel(days: number | null, lang: Language): string {
  if (lang === 'nl') return `${days} werkdag${days === 1 ? '' : 'en'}`;
  return `${days} working day${days === 1 ? '' : 's'}`;
}
