import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Source } from '../plan/sources-schema.js';
import { isSurveyGate } from '../plan/success-gates.js';

/**
 * What Google Forms names its download (`Survey (Responses) - Form Responses 1.csv`, in Dutch
 * `Enquête (Antwoorden) - Formulierreacties 1.csv`) and its first column (`Timestamp`,
 * `Tijdstempel`); Microsoft Forms has neither.
 */
const GOOGLE_FILE = /\((?:responses|antwoorden)\)|form responses|formulierreacties/i;
const GOOGLE_DATE = /^(?:timestamp|tijdstempel)$/i;

/** The form address to give as an example: the shape of the tool whose export the source reads. */
function exampleLink(source: Source): string {
  const google = GOOGLE_FILE.test(source.file) || GOOGLE_DATE.test(source.date ?? '');
  return google ? '"https://forms.gle/...", the link Google Forms gives under Send' : '"https://forms.office.com/r/...", the link Microsoft Forms gives under Collect responses';
}

/**
 * The weekly survey email asks for a reply unless the plan gives the form's address; a plan that
 * reads the answers from a form's export would never see the replies.
 */
export function checkSurveyLink(plan: Plan): Check[] {
  if (plan.communications.surveyLink !== undefined || !plan.gates.some((g) => isSurveyGate(plan, g))) return [];
  const i = plan.sources.findIndex((s) => s.kind === 'responses');
  if (i < 0) return [];
  return [
    {
      severity: 'hint',
      code: 'survey-link',
      path: ['sources', i, 'kind'],
      message: "this source reads the survey answers from a form's export, but the weekly survey email asks people to reply by email, which the export never holds",
      hint: `give the form's address as communications.surveyLink (e.g. surveyLink: ${exampleLink(plan.sources[i]!)}): the survey email then links to it`,
    },
  ];
}
