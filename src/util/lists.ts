import type { Language } from '../plan/schema.js';

/*
 * Lists written as Intl.ListFormat writes them in English and Dutch, without Intl: the first
 * Intl formatter of a process loads ICU's data, milliseconds of start-up for a few words. A test
 * holds this to Intl's output.
 */

const WORDS: Record<Language, Record<'and' | 'or', string>> = { en: { and: 'and', or: 'or' }, nl: { and: 'en', or: 'of' } };

/** `a`, `a and b`, `a, b, and c` (English, with the serial comma); `a, b en c` (Dutch). */
export function formatList(items: readonly string[], language: Language, style: 'and' | 'or'): string {
  const word = WORDS[language][style];
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}${language === 'en' ? ',' : ''} ${word} ${items[items.length - 1]}`;
}

/** A few names, then how many more: a message stays one readable line. */
export function listed(names: readonly string[], language: Language = 'en'): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} ${language === 'nl' ? `en nog ${names.length - 3}` : `and ${names.length - 3} more`}`;
}
