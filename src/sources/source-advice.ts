import type { UngivenSource } from '../gates/reasons.js';
import type { Language } from '../plan/schema.js';

/** The metric an attendance source gives unless it names another. */
export const TRAINING = 'training_completion_pct';

/**
 * The source entry to add for a metric that no source gives, by the kind of export that gives it:
 * one wording, so that validate's hint and gate-check's reason never tell the user two things.
 */
const ADVICE: Record<Language, Record<UngivenSource, (metric: string) => string>> = {
  en: {
    responses: (m) => `kind: responses and metrics: { ${m}: "The question*" } (a survey export, with its question)`,
    events: (m) => `kind: events and metric: ${m} (an export with a row per event, such as a helpdesk's tickets)`,
    attendance: () => `kind: attendance (the training's Teams meeting attendance reports or sign-in sheets, which give ${TRAINING})`,
    activity: (m) => `kind: activity and metric: ${m} (one row per person), or kind: daily and metrics: { ${m}: ... }`,
  },
  nl: {
    responses: (m) => `kind: responses en metrics: { ${m}: "De vraag*" } (een export van de peiling, met de vraag)`,
    events: (m) => `kind: events en metric: ${m} (een export met een rij per gebeurtenis, zoals de meldingen van een helpdesk)`,
    attendance: () => `kind: attendance (de aanwezigheidsrapporten van de Teams-vergaderingen van de trainingen of de presentielijsten, die ${TRAINING} geven)`,
    activity: (m) => `kind: activity en metric: ${m} (een rij per persoon), of kind: daily en metrics: { ${m}: ... }`,
  },
};

export function sourceAdvice(kind: UngivenSource, metric: string, lang: Language): string {
  return ADVICE[lang][kind](metric);
}
