import type { Language } from '../plan/schema.js';

/**
 * Dutch for the English text rollout itself puts in a plan: preset phase names and activities,
 * the default support tiers, self-service resources, metrics and objections. A user's own text
 * is left as they wrote it.
 */
const DUTCH: Record<string, string> = {
  'Early adopters': 'Early adopters',
  'Core team': 'Kernteam',
  'Everyone else': 'Alle overige collega’s',
  Everyone: 'Iedereen',
  'Decommission old system': 'Oude systeem uitzetten',
  'Half the team': 'Eerste helft van het team',
  'Other half': 'Andere helft van het team',
  'Full adoption': 'Volledige ingebruikname',
  'Pilot group': 'Pilotgroep',
  'Department 1': 'Afdeling 1',
  'Department 2': 'Afdeling 2',
  Switch: 'Overstap',
  'Learn and adjust': 'Leren en bijsturen',
  'Activate accounts': 'Accounts activeren',
  'Provide refresher training': 'Opfriscursus geven',
  'Monitor closely': 'Nauwlettend volgen',
  'Document quick wins': 'Snelle successen vastleggen',
  'Group training sessions': 'Groepstrainingen',
  'One-on-one assistance': 'Persoonlijke hulp',
  'Daily office hours': 'Dagelijks spreekuur',
  'Collect feedback': 'Feedback verzamelen',
  'Standard training': 'Standaardtraining',
  'Self-service resources': 'Zelfhulpmateriaal',
  'Buddy system with early adopters': 'Buddysysteem met de early adopters',
  'Monitor adoption': 'Gebruik volgen',
  'Export data from old system': 'Gegevens uit het oude systeem exporteren',
  'Archive for reference': 'Archiveren om later na te kunnen slaan',
  'Turn off/cancel old system': 'Oude systeem uitzetten of opzeggen',
  'Celebrate transition!': 'De overstap vieren!',
  'Self-service': 'Zelfhulp',
  'Internal support': 'Interne ondersteuning',
  'IT/Admin': 'IT/beheer',
  'Vendor support': 'Ondersteuning door de leverancier',
  Documentation: 'Documentatie',
  'Video tutorials': 'Instructievideo’s',
  FAQ: 'Veelgestelde vragen',
  'Internal knowledge base': 'Interne kennisbank',
  'Champion from each phase': 'Een champion uit elke fase',
  'Office hours': 'Spreekuur',
  'Quick questions in the chat channel': 'Snelle vragen in het chatkanaal',
  'Complex technical issues': 'Lastige technische problemen',
  'Configuration changes': 'Wijzigingen in de configuratie',
  'Integration problems': 'Problemen met koppelingen',
  'Software bugs': 'Fouten in de software',
  'Platform issues': 'Problemen met het platform',
  'Feature questions': 'Vragen over functies',
  'Quick start guide (2 pages)': 'Snelstartgids (2 pagina’s)',
  'Video tutorials (5-10 minutes each)': 'Instructievideo’s (elk 5-10 minuten)',
  'FAQ document': 'Document met veelgestelde vragen',
  'Cheat sheet (1 page)': 'Naslagkaart (1 pagina)',
  'hands-on': 'praktijkgericht',
  email: 'e-mail',
  'Active use': 'Actief gebruik',
  'Users with accounts': 'Gebruikers met een account',
  'Satisfaction (1-10)': 'Tevredenheid (1-10)',
  'Net Promoter Score answers (0-10)': 'Net Promoter Score (0-10)',
  'Support tickets': 'Supportmeldingen',
  'Training completion': 'Afgeronde trainingen',
  '80% active use within 4 weeks of their rollout': '80% actief gebruik binnen 4 weken na de eigen start',
  'decreasing trend': 'dalende lijn',
  "I don't have time to learn this": 'Ik heb geen tijd om dit te leren',
  "We've streamlined training to 1 hour, plus you'll save hours every week once learned.":
    'De training duurt maar een uur, en daarna bespaar je elke week uren.',
  'The old way worked fine': 'De oude manier werkte toch prima',
  'The old way is good, but the new tool solves its biggest pain point.': 'De oude manier is goed, maar het nieuwe systeem lost het grootste knelpunt op.',
  'This seems complicated': 'Dit lijkt ingewikkeld',
  'Pilot users thought so too at first, but after a day of use found it intuitive. Give it a fair try.':
    'Dat dachten de pilotgebruikers eerst ook, maar na een dag werken vonden ze het vanzelfsprekend. Geef het een eerlijke kans.',
  'Why are we changing?': 'Waarom veranderen we?',
  'The problem costs us time and money; the new tool solves it.': 'Het probleem kost ons tijd en geld; het nieuwe systeem lost het op.',
};

/** A text rollout supplies, in the message's language. */
export function word(text: string, lang: Language): string {
  return lang === 'nl' ? (DUTCH[text] ?? text) : text;
}

export const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', nl: 'Dutch' },
  nl: { en: 'Engels', nl: 'Nederlands' },
};

/** Labels of the decommission steps the schedule dates. */
export const DECOMMISSION_STEPS: Record<string, Record<Language, string>> = {
  'export-data': { en: 'Export the data', nl: 'Gegevens exporteren' },
  archive: { en: 'Archive it for reference', nl: 'Archiveren om later na te kunnen slaan' },
  'turn-off': { en: 'Turn off or cancel', nl: 'Uitzetten of opzeggen' },
  celebrate: { en: 'Celebrate the switch', nl: 'De overstap vieren' },
};

export const REVIEW_LABELS: Record<string, Record<Language, string>> = {
  'week-1': { en: 'Review after week 1', nl: 'Terugblik na week 1' },
  'month-1': { en: 'Review after month 1', nl: 'Terugblik na maand 1' },
  'month-3': { en: 'Review after month 3', nl: 'Terugblik na maand 3' },
};

/** Words of the file headers and the index, per language. */
export const LABELS: Record<Language, Record<'subject' | 'send' | 'due' | 'from' | 'to' | 'for' | 'people' | 'person' | 'everyone', string>> = {
  en: { subject: 'Subject', send: 'Send on', due: 'Due', from: 'From', to: 'To', for: 'For', people: 'people', person: 'person', everyone: 'Everyone at' },
  nl: { subject: 'Onderwerp', send: 'Versturen op', due: 'Uiterlijk', from: 'Van', to: 'Aan', for: 'Voor', people: 'personen', person: 'persoon', everyone: 'Iedereen bij' },
};

export const BY_LABELS: Record<'group' | 'location' | 'department' | 'workload', Record<Language, string>> = {
  group: { en: 'group', nl: 'groep' },
  location: { en: 'location', nl: 'vestiging' },
  department: { en: 'department', nl: 'afdeling' },
  workload: { en: 'workload', nl: 'toepassing' },
};
