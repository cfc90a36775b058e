import type { Language } from './schema.js';

/** The comments of the plan `rollout init` writes, in English. */
const EN = {
  header: 'A rollout plan. Check it with `rollout validate`; see the dates with `rollout schedule`.',
  tool: 'what you are rolling out',
  replaces: 'what it replaces (decommissioned at the end)',
  why: 'the problem it solves',
  benefit: 'for "to improve [benefit]"',
  contact: 'the person people ask (you?): fill in name and email',
  languages: 'en, nl: messages are written in each (rollout init --lang nl,en)',
  locations: 'one per site, with its IANA time zone',
  locationLanguages: "languages: those its people read (default: all the plan's)",
  groups: 'teams or departments, for phases by group',
  groupName: 'a name is one text in every language',
  people: 'the roster, one row per person: personal data, never in a public repository',
  start: 'first launch day (week 1 = this day and the six after it)',
  holidays: 'e.g. - { date: 2027-07-01, name: Keti Koti }',
  approach: 'phased | big-bang',
  by: 'group | location | department | workload (location, department: a phase each with preset: custom)',
  preset: "solo | small | growing | custom (the playbook's timelines)",
  phases: "leave out to use the preset's phases, or list your own:",
  announceLead: "announcement this long before each group's date",
  sessionMinutes: 'one hands-on group session per phase, 60-90 minutes',
  officeHours: 'daily in week 1, 3x in week 2, then as needed',
  gates: [
    'leave out for the defaults: 60% active use of each phase the working day',
    'before the next launch (go/no-go: the launch waits for it);',
    '80% active use 4 weeks after each launch;',
    'satisfaction >= 7, NPS > 0, tickets not rising (teams above 3 people)',
  ],
  contingency: 'what a failing gate of each severity leads to, if it guards a launch or the switch-off (guards: next, decommission); the others only report',
  discovery: ["the enterprise guide's questions: answer them with your team, in your words;", 'validate lists each one still open. For example:'],
  regional: 'what people do during an internet outage (validate asks for it where a location has poor connectivity)',
};

/** The same comments in Dutch. */
const NL: typeof EN = {
  header: 'Een uitrolplan. Controleer het met `rollout validate`; bekijk de datums met `rollout schedule`.',
  tool: 'wat je invoert',
  replaces: 'wat het vervangt (aan het eind uitgezet)',
  why: 'het probleem dat het oplost',
  benefit: 'voor "Wat het verbetert:" in de aankondiging',
  contact: 'bij wie mensen terechtkunnen (jij?): vul naam en e-mailadres in',
  languages: 'en, nl: elk bericht wordt in elk van deze talen geschreven (rollout init --lang nl,en)',
  locations: 'één per vestiging, met haar IANA-tijdzone',
  locationLanguages: 'languages: de talen die de mensen daar lezen (standaard: alle talen van het plan)',
  groups: 'teams of afdelingen, voor fasen per groep',
  groupName: 'een naam is één tekst in elke taal',
  people: 'de personeelslijst, één regel per persoon: persoonsgegevens, nooit in een openbare repository',
  start: 'eerste startdag (week 1 = deze dag en de zes dagen erna)',
  holidays: 'bijv. - { date: 2027-07-01, name: Keti Koti }',
  approach: 'phased (in fasen) | big-bang (alles tegelijk)',
  by: 'group (groep) | location (locatie) | department (afdeling) | workload (toepassing); location, department: een fase elk met preset: custom',
  preset: 'solo | small | growing | custom (de tijdlijnen van het draaiboek)',
  phases: 'weglaten voor de fasen van de preset, of zet hier je eigen fasen:',
  announceLead: 'de aankondiging gaat zo lang vóór de startdatum van elke groep uit',
  sessionMinutes: 'één praktijksessie in groepsverband per fase, 60-90 minuten',
  officeHours: 'dagelijks in week 1, 3x in week 2, daarna wanneer nodig',
  gates: [
    'weglaten voor de standaard: 60% actief gebruik in elke fase op de werkdag',
    'vóór de volgende start (go/no-go: de start wacht erop);',
    '80% actief gebruik 4 weken na elke start;',
    'tevredenheid >= 7, NPS > 0, meldingen nemen niet toe (teams van meer dan 3 mensen)',
  ],
  contingency: 'waartoe een niet gehaald toetsmoment leidt, per ernst, als het een start of het uitzetten bewaakt (guards: next, decommission); de andere informeren alleen',
  discovery: ['de vragen uit de enterprise-gids: beantwoord ze met je team, in je eigen woorden;', 'validate noemt elke vraag die nog open is. Bijvoorbeeld:'],
  regional: 'wat mensen doen als het internet uitvalt (validate vraagt ernaar waar een locatie slecht internet heeft)',
};

export type StarterComments = typeof EN;

/** The comments of the starting plan, in the plan's main language. */
export const STARTER_COMMENTS: Record<Language, StarterComments> = { en: EN, nl: NL };
