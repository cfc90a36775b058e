import type { Language, ParsedPlan } from './schema.js';

/** A text of the starting plan in every language a plan may have. */
export type StarterText = Record<Language, string>;

/** The free texts `rollout init` writes, each in English and Dutch. */
export const STARTER_TEXTS = {
  replaces: { en: 'email threads', nl: 'e-maildiscussies' },
  why: { en: 'decisions get lost in long email threads', nl: 'beslissingen raken zoek in lange e-maildiscussies' },
  benefit: { en: 'how quickly we share decisions', nl: 'hoe snel we beslissingen delen' },
  channel: { en: 'email', nl: 'e-mail' },
  communications: { en: 'Email from the sponsor, then weekly updates.', nl: 'Een e-mail van de sponsor, daarna wekelijkse updates.' },
  monitoring: { en: 'Weekly active-use export checked by `rollout gate-check`.', nl: 'De wekelijkse export van het actieve gebruik, gecontroleerd met `rollout gate-check`.' },
  champions: { en: 'One early adopter per team.', nl: 'Eén koploper per team als ambassadeur.' },
  targetedMessaging: {
    en: 'Staff at a site with poor internet: a WhatsApp message and a printed notice.',
    nl: 'Medewerkers op een locatie met slecht internet: een WhatsApp-bericht en een geprinte mededeling.',
  },
  training: { en: 'One hands-on group session per phase plus office hours.', nl: 'Eén praktijksessie in groepsverband per fase, plus spreekuur.' },
  selfHelp: { en: 'Quick start guide and FAQ on the intranet.', nl: 'Een snelstartgids en veelgestelde vragen op het intranet.' },
  offlinePlan: {
    en: 'Keep working in the old system and enter the data once the connection is back.',
    nl: 'Werk door in het oude systeem en voer de gegevens in zodra de verbinding terug is.',
  },
} satisfies Record<string, StarterText>;

/** Each preset's answer to "how will the rollout proceed?". */
export const STARTER_APPROACH: Record<ParsedPlan['preset'], StarterText> = {
  solo: {
    en: 'All at once: switch on day 1, learn and adjust during week 1.',
    nl: 'Alles tegelijk: overstappen op dag 1, in week 1 leren en bijsturen.',
  },
  small: {
    en: 'Half the team in week 1, the other half in week 2, full adoption in week 3, old system off in week 4.',
    nl: 'De helft van het team in week 1, de andere helft in week 2, volledige ingebruikname in week 3, het oude systeem uit in week 4.',
  },
  growing: {
    en: 'Pilot group, then department by department over two weeks each; old system off in week 9.',
    nl: 'Eerst een pilotgroep, dan afdeling voor afdeling in elk twee weken; het oude systeem gaat uit in week 9.',
  },
  custom: {
    en: 'Phased: early adopters, core team, everyone else, then decommission once 80% use the new tool.',
    nl: 'Gefaseerd: koplopers, kernteam, alle overige collega’s, daarna gaat het oude systeem uit zodra 80% het nieuwe gebruikt.',
  },
};

/** Names in the commented examples of the starting plan (a group's name is one plain name, in the main language). */
export const STARTER_NAMES = {
  sales: { en: 'Sales', nl: 'Verkoop' },
  earlyAdopters: { en: 'Early adopters', nl: 'Koplopers' },
  everyoneElse: { en: 'Everyone else', nl: 'Alle overige collega’s' },
} satisfies Record<string, StarterText>;
