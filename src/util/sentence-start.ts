import type { Language } from '../plan/schema.js';

/**
 * A text as the first words of a sentence: `het oude systeem` → `Het oude systeem`. A name whose
 * second letter is a capital (iCloud, eFax) is written as its maker writes it.
 */
export function sentenceStart(text: string, lang: Language): string {
  const second = text.charAt(1);
  if (second !== second.toLocaleLowerCase(lang)) return text;
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
