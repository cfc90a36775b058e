import { LANGUAGES, type Language } from '../plan/schema.js';
import type { Place } from '../util/errors.js';
import { errorAt } from '../util/place.js';

/** How an HR export may write each language the tool writes in: its code, and its name in English and Dutch. */
const SPELLINGS: Record<Language, readonly string[]> = {
  en: ['en', 'eng', 'en-gb', 'en-us', 'english', 'engels'],
  nl: ['nl', 'nld', 'dut', 'nl-nl', 'nl-be', 'nl-sr', 'nederlands', 'dutch'],
};

/** The accepted values, as an error names them: each code with its common names. */
const ACCEPTED = 'nl (Nederlands, Dutch) or en (English, Engels)';

/**
 * The language a roster cell gives a person, as an index into the plan's languages; -1 for an
 * empty cell (the person reads what their location reads). `at` is the cell's place.
 */
export function rosterLanguage(text: string, planLanguages: readonly Language[], at: Place): number {
  const spelled = text.trim().toLowerCase().replace(/_/g, '-');
  if (spelled === '') return -1;
  const language = LANGUAGES.find((l) => SPELLINGS[l].includes(spelled));
  if (language === undefined) {
    throw errorAt(at, `language ${JSON.stringify(text.trim())} is not one the messages are written in; write ${ACCEPTED}, or leave the cell empty for the languages of the person's location`);
  }
  const index = planLanguages.indexOf(language);
  if (index < 0) {
    const wanted = [...planLanguages, language].join(', ');
    throw errorAt(at, `language ${JSON.stringify(text.trim())} (${language}) is not one of organization.languages (${planLanguages.join(', ')}); add it there (languages: [${wanted}]) with the plan's texts in it, or correct the roster`);
  }
  return index;
}
