import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { Source } from '../plan/sources-schema.js';
import { isSurveyGate } from '../plan/success-gates.js';

/**
 * What Google Forms names its download (`Survey (Responses) - Form Responses 1.csv`, in Dutch
 * `Enquête (Antwoorden) - Formulierreacties 1.csv`) and its first column (`Timestamp`,
 * `Tijdstempel`); Microsoft Forms has neither.
 */
const GOOGLE_FILE = /\((?:responses|antwoorden)\)|form responses|formulierreacties/i;
const GOOGLE_DATE = /^(?:timestamp|tijdstempel)$/i;
/** The words of a form's export that say the form's language: Google's name and first column, Microsoft's `Begintijd` / `Start time`. */
const DUTCH_FORM = /\(antwoorden\)|formulierreacties|^tijdstempel$|^begintijd$/i;
const ENGLISH_FORM = /\(responses\)|form responses|^timestamp$|^start time$/i;

const isGoogle = (source: Source) => GOOGLE_FILE.test(source.file) || GOOGLE_DATE.test(source.date ?? '');
/** The shape of the address of the tool whose export the source reads. */
const linkShape = (source: Source) => (isGoogle(source) ? '"https://forms.gle/..."' : '"https://forms.office.com/r/..."');

/** The form address to give as an example, with where the tool gives it. */
function exampleLink(source: Source): string {
  return `${linkShape(source)}, the link ${isGoogle(source) ? 'Google Forms gives under Send' : 'Microsoft Forms gives under Collect responses'}`;
}

/** The language a form's export is written in, when its name or date column says. */
function formLanguage(source: Source): Language | undefined {
  const words = [source.file, source.date ?? ''];
  if (words.some((w) => DUTCH_FORM.test(w))) return 'nl';
  if (words.some((w) => ENGLISH_FORM.test(w))) return 'en';
  return undefined;
}

/**
 * One address per language for a plan reading several forms: each form under the language its
 * export is written in (else the plan's language of its place), every language of the plan given.
 */
function exampleLinks(plan: Plan, forms: readonly Source[]): string {
  const languages = plan.organization.languages;
  const links = new Map<Language, string>();
  forms.forEach((form, i) => {
    const lang = formLanguage(form) ?? languages[i];
    if (lang !== undefined && !links.has(lang)) links.set(lang, linkShape(form));
  });
  for (const lang of languages) if (!links.has(lang)) links.set(lang, linkShape(forms[0]!));
  return `{ ${languages.map((lang) => `${lang}: ${links.get(lang)!}`).join(', ')} }`;
}

/**
 * The weekly survey email asks for a reply unless the plan gives the form's address; a plan that
 * reads the answers from a form's export (or from one form per language) would never see the replies.
 */
export function checkSurveyLink(plan: Plan): Check[] {
  if (plan.communications.surveyLink !== undefined || !plan.gates.some((g) => isSurveyGate(plan, g))) return [];
  const at = plan.sources.flatMap((s, i) => (s.kind === 'responses' ? [i] : []));
  if (at.length === 0) return [];
  const forms = at.map((i) => plan.sources[i]!);
  const path = ['sources', at[0]!, 'kind'];
  if (at.length === 1 || plan.organization.languages.length < 2) {
    return [
      {
        severity: 'hint',
        code: 'survey-link',
        path,
        message: `this source reads the survey answers from a form's export${at.length > 1 ? ` (as ${at.slice(1).map((i) => `sources[${i}]`).join(', ')} ${at.length > 2 ? 'do' : 'does'})` : ''}, but the weekly survey email asks people to reply by email, which the export never holds`,
        hint: `give the form's address as communications.surveyLink (e.g. surveyLink: ${exampleLink(forms[0]!)}): the survey email then links to it`,
      },
    ];
  }
  return [
    {
      severity: 'hint',
      code: 'survey-link',
      path,
      message: `this source and ${at.slice(1).map((i) => `sources[${i}]`).join(', ')} read the survey answers from ${at.length} forms' exports, but the weekly survey email asks people to reply by email, which the exports never hold`,
      hint: `give the forms' addresses as communications.surveyLink, one per language (e.g. surveyLink: ${exampleLinks(plan, forms)}): each language's survey email then links to its own form`,
    },
  ];
}
