import type { AwaitedFile } from '../gates/types.js';
import type { ShownStatus } from '../gates/shown-status.js';
import type { Aggregate, Decision, DISCOVERY_QUESTIONS, Language, Operator } from '../plan/schema.js';

type FocusArea = 'planning' | 'helpDesk' | 'awareness' | 'training' | 'operations';
type IssueSeverity = 'minor' | 'major' | 'critical';
import type { EventType } from '../schedule/types.js';
import type { ScheduleWords } from '../schedule/words.js';
import type { Day } from '../util/dates.js';
import { longDay, shortDay } from './days.js';
import { gateWords } from '../reporters/gates/words.js';
import { formatNumber } from '../util/numbers.js';
import { sentenceStart } from '../util/sentence-start.js';

/** The report's words in English and Dutch; plan values (names, labels) stay as the plan writes them. */

export type ReportLanguage = Language;

/** Every checklist the schedule can hold, so that none is shown by its key. */
type ChecklistNames = Record<keyof ScheduleWords['checklist'] | 'export-data', string>;

const en = {
  title: (tool: string, org: string) => `${tool} rollout at ${org}`,
  reportOf: 'Status report of',
  currentPhase: 'Current phase',
  noPhase: 'none running',
  people: 'People started, as planned',
  activeUse: 'Active use, measured',
  measuredIn: (scope: string, day: string) => `${scope}, measured on ${day}`,
  ofHeadcount: (n: number, total: number) => `${n} of ${total}`,
  gatesSummary: 'Gates',
  /** The switch-off card's title, naming what is turned off (`tool.replaces`, else the old system). */
  decommission: (old: string | undefined) => `Switching off ${old ?? 'the old system'}`,
  ready: 'ready',
  notReady: 'not ready',
  closedGuard: (gate: string, day: string, observed: string, needs: string) => `held by ${gate}, which failed on ${day} (${observed}, needs ${needs}): its window has closed, so no new export changes that, only a change to the plan (gate-check says which)`,
  latest: 'latest',
  withdrawn: 'withdrawn',
  switchOffWithdrawn: (day: string, old: string) => `back on ${old} since ${day}, when the rollout rolled back`,
  oldSystem: 'the old system',
  decision: { continue: 'Continue', pause: 'Pause', rollback: 'Roll back' } satisfies Record<Decision, string>,
  history: 'Decision week by week',
  // gate-check's words: the banner and the tables never name a severity otherwise than it does.
  severity: gateWords('en').severity,
  decisionLead: { continue: 'The rollout continues', pause: 'The rollout pauses', rollback: 'The rollout rolls back' } satisfies Record<Decision, string>,
  rolledBack: 'Rolled back',
  rolledBackOn: (date: string, reason: string) => `The rollout rolled back on ${date}: ${reason}`,
  secondTry: (date: string, reason: string) => `Second try: the first attempt rolled back on ${date}: ${reason}`,
  noMetrics: 'No metrics given: the gates are shown with their thresholds and windows, but not judged. Pass --metrics to see the decision.',
  nothingDue: 'No export read yet: the gates are shown with their thresholds and windows, and judged once the exports below are due.',
  rollbackProcedure: 'Rollback procedure',
  awaitedTitle: 'Not read yet',
  /** `why` is the file's `dueWhy`. */
  awaited: (file: string, key: string, due: string, why: string) =>
    key === 'people.file'
      ? `"${file}" (people.file) matches no file yet; before the first launch on ${due} no export is read.`
      : `"${file}" (${key}) matches no file yet; it is due on ${due}, ${why}, and is not read until then.`,
  /** Why an awaited export is due on its day, not sooner (`held`: the first session's day, for attendance; the first survey's, for survey answers). */
  dueWhy: (because: AwaitedFile['because'], held: string | undefined): string => {
    if (because.kind === 'gate') return `when gate ${because.gate}, which reads ${because.metric}, is due`;
    if (because.kind === 'switch-off') return `when the switch-off, which waits for ${because.metric}, starts`;
    if (because.kind === 'survey') return `the day after the first survey (${held})`;
    return because.kind === 'session' ? `the day after the first session (${held})` : 'the first launch';
  },
  noProcedure: 'the plan has none; write it down under contingency.rollbackProcedure',
  tellFirst: 'Tell first',
  pauses: 'Pauses',
  pauseSpan: (from: string, until: string | null, length: string) => (until ? `${from} – ${until}, ${length}` : `from ${from}, still open`),
  pauseEnded: (from: string, on: string) => `from ${from}, ended by the rollback on ${on}`,
  pausesAndExtensions: 'Pauses and extensions',
  extensionSpan: (decided: string, until: string, was: string, length: string) => `decided ${decided}: until ${until} instead of ${was}, ${length} longer`,
  runsLonger: (phase: string) => `${phase} runs longer`,
  timeline: 'Timeline',
  week: 'week',
  today: 'today',
  allLocations: 'All locations',
  wholeOrganization: 'Whole organization',
  firstTry: 'first try',
  /** A go/no-go of another part judged for each try of the part rolled back whose relaunch it guards. */
  beforeTry: (part: string, second: boolean) => `before ${part}'s ${second ? 'second' : 'first'} try`,
  laterCopy: 'A copy downloaded later',
  onHold: 'on hold',
  heldSince: (day: string) => `on hold since ${day}, while a pause is open`,
  planned: 'planned',
  peopleCount: (n: number) => `${n} people`,
  legend: { phase: 'phase', launch: 'launch', training: 'training', gate: 'gate', review: 'review', today: 'today' },
  adoption: 'Adoption',
  adoptionLead: 'Each chart follows one gate: the line is the gate\'s measure so far, the shaded band the days read, the dashed line the threshold.',
  noGates: 'No gates for this phase.',
  noData: 'no measurements yet',
  noMeasure: 'no metrics given',
  due: 'due',
  trend: 'trend',
  gates: 'Gates',
  gateColumns: ['gate', 'phase', 'metric', 'observed', 'needs', 'window', 'due', 'status'],
  status: { pass: 'pass', fail: 'fail', pending: 'pending', inconclusive: 'inconclusive', withdrawn: 'withdrawn' } satisfies Record<ShownStatus, string>,
  notMeasured: 'not measured',
  partRolledBack: (part: string, day: string) => `${part} rolled back ${day}`,
  wholeOnly: (part: string) => `the exports give this for the whole organization only, never for ${part}: see rollout validate`,
  partRolledBackUnstarted: (part: string, day: string) => `${part} rolled back ${day}, before the phase started`,
  waitsForRolledBack: (part: string, day: string) => `waits for ${part}, rolled back ${day}`,
  upcoming: 'Next two weeks',
  nothingUpcoming: 'Nothing is planned in the next two weeks.',
  eventColumns: ['date', 'what', 'phase', 'where'],
  times: (n: number) => `${n}×`,
  /** On a gate's due day, before its row: the exports it is judged on. */
  download: 'Download the exports',
  checklists: 'Checklists',
  checklistColumns: ['due', 'checklist', 'phase', 'owner'],
  /** The coordinator's checklist on the day of a rollback: of one part, or (none) of the whole rollout. */
  rollBackChecklist: (part: string | undefined) => (part === undefined ? 'Roll back the rollout' : `Roll back ${part}`),
  support: 'Support',
  supportColumns: ['tier', 'name', 'owner', 'channels', 'handles'],
  escalation: 'Escalation order: tier',
  champions: 'Champions',
  questions: 'Questions people ask',
  objections: 'What people say, and what to answer',
  challenges: 'What to watch for, and what helps',
  helps: 'What helps:',
  strategies: 'How this rollout meets resistance',
  toAdd: 'To add:',
  brief: 'The plan in brief',
  discoveryAnswers: 'Discovery answers',
  discovery: {
    approach: 'How we roll out',
    communications: 'How we reach everyone',
    monitoring: 'How we measure and report success',
    champions: 'Our champions',
    targetedMessaging: 'Groups that need their own messages',
    training: 'How we train',
    selfHelp: 'Where people find answers first',
  } satisfies Record<keyof typeof DISCOVERY_QUESTIONS, string>,
  focusAreas: 'Focus areas',
  focus: { planning: 'Planning', helpDesk: 'Help desk', awareness: 'Awareness', training: 'Training', operations: 'Operations' } satisfies Record<FocusArea, string>,
  goals: 'Goals',
  contingency: 'Contingency plan',
  issue: { minor: 'A minor issue', major: 'A major issue', critical: 'A critical issue' } satisfies Record<IssueSeverity, string>,
  kept: (untilProven: boolean): string => (untilProven ? 'stays on until the new tool has proven itself' : 'goes off as planned, without waiting for proof'),
  exported: 'Data exported from it',
  every: (n: number, unit: 'd' | 'w'): string => (n === 1 ? (unit === 'w' ? 'every week' : 'every day') : `every ${n} ${unit === 'w' ? 'weeks' : 'days'}`),
  regional: 'Regional considerations',
  offlinePlan: 'During an internet outage',
  mobileData: 'On mobile data',
  supportLanguages: 'Support in',
  budget: 'Budget',
  currency: 'Currency',
  championColumns: ['name', 'location', 'group', 'phase', 'email'],
  noChampions: 'No champions are named.',
  generated: (tool: string) => `Made by rollout report from the plan for ${tool}.`,
  events: {
    announcement: 'Announcement',
    reminder: 'Reminder',
    launch: 'Launch',
    checklist: 'Checklist',
    'weekly-update': 'Weekly update',
    pause: 'Pause',
    resume: 'Resume',
    extension: 'Extension',
    rollback: 'Rollback',
    survey: 'Satisfaction survey',
    training: 'Training',
    'office-hours': 'Office hours',
    gate: 'Gate',
    decommission: 'Decommission',
    review: 'Review',
    retrospective: 'Retrospective',
  } satisfies Record<EventType, string>,
  checklist: {
    'get-started': 'Get started',
    'two-weeks-before': '2 weeks before',
    'one-week-before': '1 week before',
    'launch-day': 'Day of launch',
    'first-week': 'End of the first week',
    'each-week-after': 'Weekly check',
    'export-data': 'Export old data',
    'switch-day': 'Day 1, switch',
    'learn-and-adjust': 'Week 1, learn and adjust',
  } satisfies ChecklistNames as Record<string, string>,
};

export type Words = typeof en;

const dutch: Words = {
  title: (tool, org) => `Invoering van ${tool} bij ${org}`,
  reportOf: 'Stand van zaken op',
  currentPhase: 'Huidige fase',
  noPhase: 'geen fase loopt',
  people: 'Gestart volgens planning',
  activeUse: 'Actief gebruik, gemeten',
  measuredIn: (scope, day) => `${scope}, gemeten op ${day}`,
  ofHeadcount: (n, total) => `${n} van ${total}`,
  gatesSummary: 'Toetsmomenten',
  decommission: (old: string | undefined) => `${sentenceStart(`${old ?? 'het oude systeem'}`, 'nl')} uitzetten`,
  ready: 'klaar',
  notReady: 'nog niet klaar',
  closedGuard: (gate, day, observed, needs) => `tegengehouden door ${gate}, niet gehaald op ${day} (${observed}, nodig: ${needs}): de periode die het meet is voorbij, dus geen nieuwe export verandert dat, alleen een wijziging in het plan (gate-check zegt welke)`,
  latest: 'laatst',
  withdrawn: 'vervallen',
  switchOffWithdrawn: (day, old) => `sinds ${day} terug naar ${old}: de invoering is teruggedraaid`,
  oldSystem: 'het oude systeem',
  decision: { continue: 'Doorgaan', pause: 'Pauzeren', rollback: 'Terugdraaien' },
  history: 'Besluit per week',
  severity: gateWords('nl').severity,
  decisionLead: { continue: 'De invoering gaat door', pause: 'De invoering pauzeert', rollback: 'De invoering wordt teruggedraaid' },
  rolledBack: 'Teruggedraaid',
  rolledBackOn: (date, reason) => `De invoering is op ${date} teruggedraaid: ${reason}`,
  secondTry: (date, reason) => `Tweede poging: de eerste is op ${date} teruggedraaid: ${reason}`,
  noMetrics: 'Geen metingen opgegeven: de toetsmomenten staan er met hun drempels en vensters, maar zijn niet beoordeeld. Geef --metrics op voor het besluit.',
  nothingDue: 'Nog geen export gelezen: de toetsmomenten staan er met hun drempels en vensters, en worden beoordeeld zodra de exports hieronder nodig zijn.',
  rollbackProcedure: 'Terugdraaiprocedure',
  awaitedTitle: 'Nog niet gelezen',
  awaited: (file, key, due, why) =>
    key === 'people.file'
      ? `"${file}" (people.file) is er nog niet; vóór de eerste start op ${due} wordt geen export gelezen.`
      : `"${file}" (${key}) is er nog niet; nodig vanaf ${due}, ${why}, en tot dan niet gelezen.`,
  dueWhy: (because, held) => {
    if (because.kind === 'gate') return `als toetsmoment ${because.gate}, dat ${because.metric} leest, beoordeeld wordt`;
    if (because.kind === 'switch-off') return `als het uitzetten van het oude systeem begint (dat wacht op ${because.metric})`;
    if (because.kind === 'survey') return `de dag na de eerste peiling (${held})`;
    return because.kind === 'session' ? `de dag na de eerste sessie (${held})` : 'de eerste start';
  },
  noProcedure: 'het plan heeft er geen; schrijf die op onder contingency.rollbackProcedure',
  tellFirst: 'Eerst inlichten',
  pauses: 'Pauzes',
  pauseSpan: (from, until, length) => (until ? `${from} – ${until}, ${length}` : `vanaf ${from}, nog niet afgelopen`),
  pauseEnded: (from, on) => `vanaf ${from}, beëindigd door het terugdraaien op ${on}`,
  pausesAndExtensions: 'Pauzes en verlengingen',
  extensionSpan: (decided, until, was, length) => `besloten ${decided}: tot en met ${until} in plaats van ${was}, ${length} langer`,
  runsLonger: (phase) => `${phase} duurt langer`,
  timeline: 'Tijdlijn',
  week: 'week',
  today: 'vandaag',
  allLocations: 'Alle vestigingen',
  wholeOrganization: 'Hele organisatie',
  firstTry: 'eerste poging',
  beforeTry: (part, second) => `vóór de ${second ? 'tweede' : 'eerste'} poging van ${part}`,
  laterCopy: 'Een later gedownload exemplaar',
  onHold: 'wacht',
  heldSince: (day) => `wacht sinds ${day}, zolang een pauze duurt`,
  planned: 'gepland',
  peopleCount: (n) => `${n} mensen`,
  legend: { phase: 'fase', launch: 'start', training: 'training', gate: 'toetsmoment', review: 'evaluatie', today: 'vandaag' },
  adoption: 'Gebruik',
  adoptionLead: 'Elke grafiek volgt één toetsmoment: de lijn is de meting van het toetsmoment tot nu toe, de gekleurde band de gelezen dagen, de stippellijn de drempel.',
  noGates: 'Geen toetsmomenten voor deze fase.',
  noData: 'nog geen metingen',
  noMeasure: 'geen metingen opgegeven',
  due: 'beoordeling',
  trend: 'trend',
  gates: 'Toetsmomenten',
  gateColumns: ['toetsmoment', 'fase', 'meting', 'gemeten', 'nodig', 'venster', 'beoordeling', 'status'],
  status: { pass: 'gehaald', fail: 'niet gehaald', pending: 'loopt nog', inconclusive: 'onbeslist', withdrawn: 'vervallen' },
  notMeasured: 'niet gemeten',
  partRolledBack: (part: string, day: string) => `${part} teruggedraaid op ${day}`,
  wholeOnly: (part: string) => `de exports geven dit alleen voor de hele organisatie, nooit voor ${part}: zie rollout validate`,
  partRolledBackUnstarted: (part: string, day: string) => `${part} teruggedraaid op ${day}, voordat de fase begon`,
  waitsForRolledBack: (part: string, day: string) => `wacht op ${part}, teruggedraaid op ${day}`,
  upcoming: 'Komende twee weken',
  nothingUpcoming: 'Er staat de komende twee weken niets gepland.',
  eventColumns: ['datum', 'wat', 'fase', 'waar'],
  times: (n) => `${n}×`,
  download: 'Exports downloaden',
  checklists: 'Checklijsten',
  checklistColumns: ['klaar op', 'checklijst', 'fase', 'eigenaar'],
  rollBackChecklist: (part) => (part === undefined ? 'De invoering terugdraaien' : `${part} terugdraaien`),
  support: 'Ondersteuning',
  supportColumns: ['niveau', 'naam', 'eigenaar', 'kanalen', 'behandelt'],
  escalation: 'Volgorde van escalatie: niveau',
  champions: 'Ambassadeurs',
  questions: 'Vragen die collega’s stellen',
  objections: 'Wat collega’s zeggen, en wat je antwoordt',
  challenges: 'Waar je op let, en wat helpt',
  helps: 'Wat helpt:',
  strategies: 'Hoe deze invoering weerstand opvangt',
  toAdd: 'Nog toe te voegen:',
  brief: 'Het plan in het kort',
  discoveryAnswers: 'Antwoorden op de verkenningsvragen',
  discovery: {
    approach: 'Hoe we invoeren',
    communications: 'Hoe we iedereen bereiken',
    monitoring: 'Hoe we het succes meten en rapporteren',
    champions: 'Onze ambassadeurs',
    targetedMessaging: 'Groepen die eigen berichten nodig hebben',
    training: 'Hoe we trainen',
    selfHelp: 'Waar collega’s eerst antwoorden vinden',
  },
  focusAreas: 'Aandachtsgebieden',
  focus: { planning: 'Planning', helpDesk: 'Helpdesk', awareness: 'Bekendheid', training: 'Training', operations: 'Beheer' },
  goals: 'Doelen',
  contingency: 'Noodplan',
  issue: { minor: 'Een licht probleem', major: 'Een ernstig probleem', critical: 'Een kritiek probleem' },
  kept: (untilProven) => (untilProven ? 'blijft aan tot het nieuwe zich heeft bewezen' : 'gaat uit zoals gepland, zonder op bewijs te wachten'),
  exported: 'Gegevens eruit geëxporteerd',
  every: (n, unit) => (n === 1 ? (unit === 'w' ? 'elke week' : 'elke dag') : `elke ${n} ${unit === 'w' ? 'weken' : 'dagen'}`),
  regional: 'Regionale aandachtspunten',
  offlinePlan: 'Als het internet uitvalt',
  mobileData: 'Op mobiele data',
  supportLanguages: 'Ondersteuning in',
  budget: 'Budget',
  currency: 'Valuta',
  championColumns: ['naam', 'vestiging', 'groep', 'fase', 'e-mail'],
  noChampions: 'Er zijn geen ambassadeurs genoemd.',
  generated: (tool) => `Gemaakt door rollout report uit het plan voor ${tool}.`,
  events: {
    announcement: 'Aankondiging',
    reminder: 'Herinnering',
    launch: 'Start',
    checklist: 'Checklijst',
    'weekly-update': 'Wekelijkse update',
    pause: 'Pauze',
    resume: 'Hervatting',
    extension: 'Verlenging',
    rollback: 'Terugdraaien',
    survey: 'Tevredenheidspeiling',
    training: 'Training',
    'office-hours': 'Spreekuur',
    gate: 'Toetsmoment',
    decommission: 'Uitfasering',
    review: 'Evaluatie',
    retrospective: 'Terugblik',
  },
  checklist: {
    'get-started': 'Aan de slag',
    'two-weeks-before': '2 weken vooraf',
    'one-week-before': '1 week vooraf',
    'launch-day': 'Dag van de start',
    'first-week': 'Einde eerste week',
    'each-week-after': 'Wekelijkse controle',
    'export-data': 'Oude gegevens exporteren',
    'switch-day': 'Dag 1, overstappen',
    'learn-and-adjust': 'Week 1, leren en bijsturen',
  } satisfies ChecklistNames,
};

export const OPERATORS: Record<Operator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', '!=': '≠' };

/** A condition as people write it on paper: `≥ 80`, `≥ 0,5` in Dutch. */
export const condition = (op: Operator, threshold: number, formats: Formats): string => `${OPERATORS[op]} ${formats.exact(threshold)}`;

export function wordsFor(language: ReportLanguage): Words {
  return language === 'nl' ? dutch : en;
}

/** Dates and numbers as a reader of the report's language writes them. */
export interface Formats {
  /** `15 Mar` / `15 mrt` */
  short(day: Day): string;
  /** `Monday 15 March 2027` / `maandag 15 maart 2027` */
  long(day: Day): string;
  /** At most `decimals` decimals (one unless said), for labels in charts and cards: `84.2` / `84,2` */
  rounded(n: number, decimals?: number): string;
  /** The number as it is, for thresholds and axes: `0.3333` / `0,3333` */
  exact(n: number): string;
  /**
   * A gate's value, alike in its card, chart and table row: one decimal, a slope three and per
   * day (`71.4`, `-0.027/d`); more where fewer would round it onto or past its threshold (59.96
   * against 60 is `59.96`, never `60.0` beside "fail").
   */
  gateValue(n: number, aggregate: Aggregate, threshold: number): string;
}

export function formatsFor(language: ReportLanguage): Formats {
  const point = language === 'nl' ? ',' : '.';
  return {
    short: (day) => shortDay(day, language),
    long: (day) => longDay(day, language),
    rounded: (n, decimals = 1) => formatNumber(n, language, { decimals, grouping: false, sign: 'negative' }),
    exact: (n) => String(n).replace('.', point),
    gateValue(n, aggregate, threshold) {
      const side = Math.sign(n - threshold);
      let decimals = aggregate === 'slope' ? 3 : 1;
      while (decimals < 6 && Math.sign(Number(n.toFixed(decimals)) - threshold) !== side) decimals++;
      const text = this.rounded(n, decimals);
      return aggregate === 'slope' ? `${text}/d` : text;
    },
  };
}
