import { DUTCH } from '../../src/plan/builtin-text.js';
import type { Language } from '../../src/plan/schema.js';

/*
 * Words a reader of one language must never meet: the tool's own built-in texts in the other
 * language, and terms the Dutch texts replace with one chosen word. Short sentences and single
 * words slip through the sentence check of mixing.ts; these lists catch them.
 */

/** Built-in English texts that are not also Dutch (a name such as "FAQ" could be both). */
const englishBuiltins = Object.entries(DUTCH).filter(([en, nl]) => en !== nl && en.length > 3).map(([en]) => en);
const dutchBuiltins = Object.entries(DUTCH).filter(([en, nl]) => en !== nl).map(([, nl]) => nl);

export const KNOWN_WORDS: Record<Language, string[]> = {
  en: [...englishBuiltins, 'champion', 'Champion', 'champions', 'Champions', 'Pilot group', 'Retrospective', 'Review', 'office hours', '(mean)', '(nps)', '(slope)', '(last)'],
  nl: [...dutchBuiltins, 'Pilotgroep', 'collega’s', 'Terugblik', 'Evaluatie', 'spreekuur', 'Spreekuur', 'ambassadeur', 'invoering', 'Toetsmoment'],
};

/** Dutch words the Dutch texts do not use, for one term throughout: invoering, ambassadeur, evaluatie (reviews), terugblik (retrospective). */
export const AVOIDED_DUTCH = /\b(?:[Uu]itrol|[Cc]hampions?|[Tt]erugblik na|[Ee]valuatie van de|teken)\b|\((?:mean|nps|slope|last)\)/;

/** Raw metric ids, which no title or sentence in either language should show. */
export const METRIC_IDS = /\b(?:active_use_pct|accounts_pct|support_tickets|training_completion_pct)\b/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The known words of the other language found in `text`, as whole words. */
export function knownForeign(text: string, lang: Language): string[] {
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  const own = new Set(KNOWN_WORDS[lang]);
  return KNOWN_WORDS[other].filter((w) => !own.has(w) && new RegExp(`(?<![\\p{L}_])${escape(w)}(?![\\p{L}_])`, 'u').test(text));
}
