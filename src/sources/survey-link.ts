import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { isSurveyGate } from '../plan/success-gates.js';

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
      hint: 'give the form\'s address as communications.surveyLink (e.g. surveyLink: "https://forms.office.com/r/..."): the survey email then links to it',
    },
  ];
}
