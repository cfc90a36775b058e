import type { ShownStatus } from '../../gates/shown-status.js';
import type { Decision, Language, Severity } from '../../plan/schema.js';
import type { Cadence } from '../../util/dates.js';

/** gate-check's words for people, in English and Dutch; ids, metric names and dates stay as they are. */
export interface GateWords {
  columns: readonly string[];
  status: Record<ShownStatus, string>;
  decision: Record<Decision, string>;
  severity: Record<Severity, string>;
  failed(gate: string, severity: string, effect: string): string;
  inconclusive(gate: string, effect: string): string;
  failingSoFar(gate: string, observed: string, condition: string, due: string, severity: string, effect: string): string;
  reportOnly(gates: string): string;
  /** A report-only gate in the line that already says report only. */
  failedNote(gate: string, severity: string): string;
  inconclusiveNote(gate: string): string;
  paused(from: string, until: string | undefined, reason: string, part?: string): string;
  rolledBack(on: string, reason: string): string;
  launchWaits(phase: string, launch: string, causes: string): string;
  /** The launch that would wait, held instead by the open pause the plan records from `from`: the check goes on. */
  launchPausedAhead(phase: string, launch: string, from: string, causes: string): string;
  switchOffWaits(phase: string, due: string, causes: string): string;
  /** The switch-off that would wait, held instead by the open pause the plan records from `from`: the check goes on. */
  switchOffPausedAhead(phase: string, due: string, from: string, causes: string): string;
  noRows(metric: string): string;
  /** After a part rolled back: no rows of the parts still on the new tool apart from it. */
  notApart(metric: string): string;
  parts: { phase: string; group: string; location: string };
  wholeOrganization: string;
  lowest(part: string): string;
  /** The lowest part's value with the whole organization's beside it, each said to be whose: neither is taken for everyone's. */
  lowestAndWhole(observed: string, part: string, whole: string): string;
  /** A part of a few people said in people: `2 of 3 (80% needs 3 of 3)`. */
  partPeople(active: number, total: number, needed: number, threshold: string): string;
  /** Of the parts still on the new tool after a part rolled back: all their people together. */
  together: string;
  /** The lowest of those parts' value with all of them together beside it. */
  lowestAndTogether(observed: string, part: string, together: string): string;
  is(metric: string, observed: string): string;
  needs(what: string, condition: string): string;
  notStarted(day: string, phases: [string, string | null][]): string;
  /** The parts with people that no row read measures: each counts, so the switch-off is not ready. */
  notMeasured(metric: string, parts: string[]): string;
  noneStarted(metric: string): string;
  decisionLine(decision: string, exit: number, why: string): string;
  nothingWaits: string;
  switchOffWillWait(phase: string, due: string, causes: string): string;
  nextLaunchWaits(phase: string, launch: string, causes: string): string;
  /** After nextLaunchWaits, once the gates holding that launch are due: the last day whose exports they read. */
  stillCounts(day: string): string;
  partWillRollBack(location: string, due: string, causes: string): string;
  recordPause(pause: string, whatIf: string): string;
  /**
   * A report-only gate of the phase under way that failed with a contingency of pause or rollback
   * (`cause`): nothing waits for it. What makes one wait, and the pause to write to pause that phase now.
   */
  unguarded(cause: string, phase: string, pause: string, whatIf: string): string;
  /** As recordPause, for the switch-off that waits: the old system stays on, and what comes after the switch-off moves with it. */
  recordSwitchOffPause(pause: string, whatIf: string): string;
  causeGone(phase: string, gates: string, end: string): string;
  /** As causeGone, for a pause of the switch-off: its condition holds and the gates guarding it pass. */
  switchOffReady(phase: string, why: string, end: string): string;
  procedure(text: string | null): string;
  tell(names: string[]): string;
  decommission(phase: string, due: string | null, ready: boolean, parts: string[]): string;
  guardedBy(gates: string): string;
  /** The switch-off's condition, when it holds and a gate guarding it still holds the switch-off. */
  conditionMet(reading: string): string;
  /** A gate guarding the switch-off, in guardedBy, that failed on a window that has closed. */
  failedOn(gate: string, day: string): string;
  /** A gate guarding the switch-off that failed on a window that has closed, and what the plan can write to go on. */
  closedGuard(gate: string, day: string, observed: string, condition: string, phase: string): string;
  /** `paused`: the plan records a pause that holds the switch-off, which keeps the old system on already. */
  closedWayOut(gate: string, key: string, later: string, within: string, due: string, paused: boolean): string;
  headline(asOf: string, phase: string | null): string;
  why: string;
  title(decision: string): string;
  historyTitle: string;
  /** The summary's title when the check stopped on input it cannot use, and what to do. */
  notChecked: string;
  notCheckedFix: string;
  historyColumns: readonly string[];
  number(n: number): string;
  /** The switch-off's condition read on a day `age` days before the day checked, with nothing later: not ready on it. */
  conditionStale(newest: string, age: number): string;
  /** An export behind on the day checked (see OutOfDate): its newest row, its age, and what to do: this week's export, into its folder. */
  exportBehind(metric: string, source: string, newest: string, age: number, asOf: string, every: Cadence, into: string): string;
}

/** Every `days` days, as a plan writes it: in weeks when whole. */
const everyEn = (every: Cadence) => ('months' in every ? (every.months === 1 ? 'every month' : `every ${every.months} months`) : daysEn(every.days));
const everyNl = (every: Cadence) => ('months' in every ? (every.months === 1 ? 'elke maand' : `elke ${every.months} maanden`) : daysNl(every.days));
const daysEn = (days: number) => (days === 7 ? 'every week' : days % 7 === 0 ? `every ${days / 7} weeks` : days === 1 ? 'every day' : `every ${days} days`);
const daysNl = (days: number) => (days === 7 ? 'elke week' : days % 7 === 0 ? `elke ${days / 7} weken` : days === 1 ? 'elke dag' : `elke ${days} dagen`);

const EN: GateWords = {
  columns: ['gate', 'phase', 'metric', 'observed', 'op', 'threshold', 'samples', 'status'],
  status: { pass: 'pass', fail: 'fail', pending: 'pending', inconclusive: 'inconclusive', withdrawn: 'withdrawn' },
  decision: { continue: 'continue', pause: 'pause', rollback: 'rollback' },
  severity: { minor: 'minor', major: 'major', critical: 'critical' },
  failed: (gate, severity, effect) => `${gate} failed (${severity} → ${effect})`,
  inconclusive: (gate, effect) => `${gate} is inconclusive (onInconclusive → ${effect})`,
  failingSoFar: (gate, observed, condition, due, severity, effect) => `${gate} is ${observed} so far, needs ${condition} on ${due} (${severity} → ${effect})`,
  reportOnly: (gates) => `Report only, deciding nothing: ${gates}`,
  failedNote: (gate, severity) => `${gate} failed (${severity})`,
  inconclusiveNote: (gate) => `${gate} is inconclusive`,
  rolledBack: (on, reason) => `the rollout rolled back on ${on}, as the plan records: ${reason}`,
  paused: (from, until, reason, part = 'the rollout') => `${until ? `${part} is paused from ${from} until ${until}` : `${part} has been paused since ${from}`}: ${reason}`,
  launchWaits: (phase, launch, causes) => `launch of ${phase} on ${launch} waits: ${causes}`,
  launchPausedAhead: (phase, launch, from, causes) => `launch of ${phase} on ${launch} is held by the plan's pause from ${from}: ${causes}`,
  switchOffWaits: (phase, due, causes) => `switch-off (${phase}, due ${due}) waits: ${causes}`,
  switchOffPausedAhead: (phase, due, from, causes) => `switch-off (${phase}, due ${due}) is held by the plan's pause from ${from}, the old system stays on: ${causes}`,
  noRows: (metric) => `no ${metric} rows yet`,
  notApart: (metric) => `${metric} not measured apart from them`,
  parts: { phase: 'phase', group: 'group', location: 'location' },
  wholeOrganization: 'whole organization',
  lowest: (part) => `lowest: ${part}`,
  lowestAndWhole: (observed, part, whole) => `${observed} in the lowest of the parts started (${part}) and ${whole} in the whole organization`,
  partPeople: (active, total, needed, threshold) => `${active} of ${total} ${total === 1 ? 'person' : 'people'} there, ${threshold}% needs ${needed} of ${total}`,
  together: 'all of them together',
  lowestAndTogether: (observed, part, together) => `${observed} in the lowest of the parts started (${part}) and ${together} in all of them together`,
  is: (metric, observed) => `${metric} is ${observed}`,
  needs: (what, condition) => `${what}, needs ${condition}`,
  notStarted: (day, phases) => `not started by ${day}, the day measured: ${phases.map(([name, start]) => (start ? `${name} (from ${start})` : name)).join(', ')}`,
  noneStarted: (metric) => `${metric} measured only for parts that had not started`,
  notMeasured: (metric, parts) => `${metric} not measured for ${parts.join(', ')}, which count${parts.length === 1 ? 's' : ''} too`,
  decisionLine: (decision, exit, why) => `Decision: ${decision} (exit ${exit}): ${why}`,
  nothingWaits: 'no launch or switch-off waits',
  switchOffWillWait: (phase, due, causes) => `no launch or switch-off waits today; the switch-off (${phase}, from ${due}) will wait unless this changes: ${causes}`,
  nextLaunchWaits: (phase, launch, causes) => `no launch or switch-off waits today; the launch of ${phase} on ${launch} will wait unless this changes: ${causes}`,
  stillCounts: (day) => `only an export dated up to ${day} still counts`,
  partWillRollBack: (location, due, causes) => `${location} rolls back on ${due} unless this changes: ${causes}`,
  recordPause: (pause, whatIf) => `To hold the launch, add the pause under pauses: in the plan (start that list if there is none); the dates of that launch and of what waits for it move with it, the phases under way go on: ${pause} (\`${whatIf}\` shows what moves)`,
  unguarded: (cause, phase, pause, whatIf) =>
    `${cause}, but it guards no launch and no switch-off, so nothing waits for it: with guards: next the next launch waits for such a gate, with guards: decommission the switch-off; ` +
    `to pause ${phase} now, add the pause under pauses: in the plan (start that list if there is none): ${pause} (\`${whatIf}\` shows what moves)`,
  recordSwitchOffPause: (pause, whatIf) =>
    `To hold the switch-off, add the pause under pauses: in the plan (start that list if there is none); the switch-off and what comes after it (the reviews, the retrospective) move with it, the old system stays on: ${pause} (\`${whatIf}\` shows what moves)`,
  causeGone: (phase, gates, end) =>
    `The gates that held the launch of ${phase} pass now (${gates}). If that was why it paused, add the end to the pause in the plan to resume: ${end} (until: the day the rollout resumes; untilDecided: today, the day it is written in, when the resume notice goes out)`,
  switchOffReady: (phase, why, end) =>
    `The switch-off (${phase}) is ready now (${why}). If that was why it paused, add the end to the pause in the plan to switch off: ${end} (until: the day the switch-off starts; untilDecided: today, the day it is written in, when the notice goes out)`,
  procedure: (text) => `Rollback procedure: ${text ?? 'the plan has no rollbackProcedure under contingency; write one down'}`,
  tell: (names) => `Tell: ${names.length ? names.join('; ') : 'the plan names no sponsor, contact or communications owner'}`,
  decommission: (phase, due, ready, parts) => `Decommission (${phase}, ${due ? `from ${due}` : 'on hold'}): ${ready ? 'ready' : 'not ready'}${parts.length ? `; ${parts.join('; ')}` : ''}`,
  guardedBy: (gates) => `guarded by ${gates}`,
  conditionMet: (reading) => `condition met (${reading})`,
  conditionStale: (newest, age) => `not judged on data ${age} days old: the newest row is of ${newest}, with no later export`,
  exportBehind: (metric, source, newest, age, asOf, every, into) =>
    `the newest export of ${metric} (${source}) is of ${newest}, ${age} days before ${asOf}, and the plan expects one ${everyEn(every)}: export ${'months' in every ? 'this month' : 'this week'}'s report into ${into} and check again; until then no verdict that a later export could change is given on it`,
  failedOn: (gate, day) => `${gate} (failed on ${day})`,
  closedGuard: (gate, day, observed, condition, phase) =>
    `${gate} failed on ${day}: ${observed}, needs ${condition}. Its window has closed, so no new export changes that: it holds the switch-off (${phase}) until the plan changes`,
  closedWayOut: (gate, key, later, within, due, paused) =>
    `To go on, give the gate a later due day, so that it reads the exports up to it: in ${key} (${gate}) write within: ${later} in place of within: ${within} (due ${due}); or drop guards: decommission from ${key}, so that it only reports; ${paused ? "or keep the plan's pause of the switch-off, which leaves the old system on" : 'or leave the old system on, with a pause of the switch-off that has no end'}`,
  headline: (asOf, phase) => `Gate check as of ${asOf}, current phase: ${phase ?? 'none'}`,
  why: 'Why',
  title: (decision) => `Rollout gate check: ${decision}`,
  historyTitle: 'Rollout decision history',
  notChecked: 'Rollout gate check: gates not checked',
  notCheckedFix: 'The check stopped on input it cannot use (exit 2): no gate was judged. Fix what is named above and run the check again.',
  historyColumns: ['as of', 'decision', 'phase', 'failing gates', 'why'],
  number: String,
};

const NL: GateWords = {
  columns: ['toetsmoment', 'fase', 'meting', 'gemeten', 'vergelijking', 'drempel', 'metingen', 'status'],
  status: { pass: 'gehaald', fail: 'niet gehaald', pending: 'loopt nog', inconclusive: 'onbeslist', withdrawn: 'vervallen' },
  decision: { continue: 'doorgaan', pause: 'pauzeren', rollback: 'terugdraaien' },
  severity: { minor: 'licht', major: 'ernstig', critical: 'kritiek' },
  failed: (gate, severity, effect) => `${gate} niet gehaald (${severity} → ${effect})`,
  inconclusive: (gate, effect) => `${gate} onbeslist (onInconclusive → ${effect})`,
  failingSoFar: (gate, observed, condition, due, severity, effect) => `${gate} is tot nu toe ${observed}, nodig: ${condition} op ${due} (${severity} → ${effect})`,
  reportOnly: (gates) => `Alleen ter informatie, beslist niets: ${gates}`,
  failedNote: (gate, severity) => `${gate} niet gehaald (${severity})`,
  inconclusiveNote: (gate) => `${gate} onbeslist`,
  rolledBack: (on, reason) => `de invoering is op ${on} teruggedraaid, zoals het plan vastlegt: ${reason}`,
  paused: (from, until, reason, part = 'de invoering') => `${until ? `${part} is gepauzeerd van ${from} tot ${until}` : `${part} is sinds ${from} gepauzeerd`}: ${reason}`,
  launchWaits: (phase, launch, causes) => `de start van ${phase} op ${launch} wacht op: ${causes}`,
  launchPausedAhead: (phase, launch, from, causes) => `de start van ${phase} op ${launch} wordt vanaf ${from} aangehouden door de pauze in het plan: ${causes}`,
  switchOffWaits: (phase, due, causes) => `het uitzetten (${phase}, gepland op ${due}) wacht op: ${causes}`,
  switchOffPausedAhead: (phase, due, from, causes) => `het uitzetten (${phase}, gepland op ${due}) wordt vanaf ${from} aangehouden door de pauze in het plan, het oude systeem blijft aan: ${causes}`,
  noRows: (metric) => `nog geen rijen ${metric}`,
  notApart: (metric) => `${metric} niet los van hen gemeten`,
  parts: { phase: 'fase', group: 'groep', location: 'vestiging' },
  wholeOrganization: 'hele organisatie',
  lowest: (part) => `laagste: ${part}`,
  lowestAndWhole: (observed, part, whole) => `${observed} in het laagste van de begonnen delen (${part}) en ${whole} in de hele organisatie`,
  partPeople: (active, total, needed, threshold) => `${active} van ${total} ${total === 1 ? 'persoon' : 'personen'} daar, ${threshold}% vraagt ${needed} van ${total}`,
  together: 'al die delen samen',
  lowestAndTogether: (observed, part, together) => `${observed} in het laagste van de begonnen delen (${part}) en ${together} in al die delen samen`,
  is: (metric, observed) => `${metric} is ${observed}`,
  needs: (what, condition) => `${what}, nodig: ${condition}`,
  notStarted: (day, phases) => `nog niet begonnen op ${day}, de gemeten dag: ${phases.map(([name, start]) => (start ? `${name} (vanaf ${start})` : name)).join(', ')}`,
  noneStarted: (metric) => `${metric} alleen gemeten voor delen die nog niet begonnen waren`,
  notMeasured: (metric, parts) => `${metric} niet gemeten voor ${parts.join(', ')}, die ook ${parts.length === 1 ? 'meetelt' : 'meetellen'}`,
  decisionLine: (decision, exit, why) => `Besluit: ${decision} (exitcode ${exit}): ${why}`,
  nothingWaits: 'geen start en geen uitzetten wacht',
  switchOffWillWait: (phase, due, causes) => `vandaag wacht geen start en geen uitzetten; het uitzetten (${phase}, vanaf ${due}) gaat wachten als dit zo blijft: ${causes}`,
  nextLaunchWaits: (phase, launch, causes) => `vandaag wacht geen start en geen uitzetten; de start van ${phase} op ${launch} gaat wachten als dit zo blijft: ${causes}`,
  stillCounts: (day) => `alleen een export met een datum tot en met ${day} telt nog mee`,
  partWillRollBack: (location, due, causes) => `${location} wordt op ${due} teruggedraaid als dit zo blijft: ${causes}`,
  recordPause: (pause, whatIf) => `Houd je de start aan, zet de pauze dan onder pauses: in het plan (begin die lijst als hij er nog niet is); de datums van die start en van wat erop wacht schuiven mee, de fasen die al lopen gaan door: ${pause} (\`${whatIf}\` laat zien wat verschuift)`,
  unguarded: (cause, phase, pause, whatIf) =>
    `${cause}, maar het bewaakt geen start en geen uitzetten, dus niets wacht erop: met guards: next wacht de volgende start op zo'n toetsmoment, met guards: decommission het uitzetten; ` +
    `wil je ${phase} nu pauzeren, zet de pauze dan onder pauses: in het plan (begin die lijst als hij er nog niet is): ${pause} (\`${whatIf}\` laat zien wat verschuift)`,
  recordSwitchOffPause: (pause, whatIf) =>
    `Houd je het uitzetten aan, zet de pauze dan onder pauses: in het plan (begin die lijst als hij er nog niet is); het uitzetten en wat erna komt (de evaluaties, de terugblik) schuiven mee, het oude systeem blijft aan: ${pause} (\`${whatIf}\` laat zien wat verschuift)`,
  causeGone: (phase, gates, end) =>
    `De toetsmomenten die de start van ${phase} tegenhielden zijn nu gehaald (${gates}). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om te hervatten: ${end} (until: de dag waarop de invoering hervat; untilDecided: vandaag, de dag waarop het erin komt, wanneer het hervattingsbericht uitgaat)`,
  switchOffReady: (phase, why, end) =>
    `Het uitzetten (${phase}) kan nu (${why}). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om uit te zetten: ${end} (until: de dag waarop het uitzetten begint; untilDecided: vandaag, de dag waarop het erin komt, wanneer het bericht uitgaat)`,
  procedure: (text) => `Terugdraaiprocedure: ${text ?? 'het plan heeft geen rollbackProcedure onder contingency; schrijf er een op'}`,
  tell: (names) => `Inlichten: ${names.length ? names.join('; ') : 'het plan noemt geen sponsor, contactpersoon of eigenaar van de communicatie'}`,
  decommission: (phase, due, ready, parts) => `Uitfasering (${phase}, ${due ? `vanaf ${due}` : 'aangehouden'}): ${ready ? 'klaar' : 'nog niet klaar'}${parts.length ? `; ${parts.join('; ')}` : ''}`,
  guardedBy: (gates) => `bewaakt door ${gates}`,
  conditionMet: (reading) => `voorwaarde gehaald (${reading})`,
  conditionStale: (newest, age) => `niet beoordeeld op gegevens van ${age} dagen oud: de nieuwste rij is van ${newest}, zonder latere export`,
  exportBehind: (metric, source, newest, age, asOf, every, into) =>
    `de nieuwste export van ${metric} (${source}) is van ${newest}, ${age} dagen voor ${asOf}, en het plan verwacht er ${everyNl(every)} een: exporteer het rapport van ${'months' in every ? 'deze maand' : 'deze week'} naar ${into} en controleer opnieuw; tot dan wordt er geen uitkomst op gegeven die een latere export nog kan veranderen`,
  failedOn: (gate, day) => `${gate} (niet gehaald op ${day})`,
  closedGuard: (gate, day, observed, condition, phase) =>
    `${gate} niet gehaald op ${day}: ${observed}, nodig: ${condition}. De periode die het meet is voorbij, dus geen nieuwe export verandert dat: het houdt het uitzetten (${phase}) tegen tot het plan verandert`,
  closedWayOut: (gate, key, later, within, due, paused) =>
    `Om verder te gaan: geef het toetsmoment een latere datum, zodat het de exports tot die dag leest: schrijf in ${key} (${gate}) within: ${later} in plaats van within: ${within} (datum ${due}); of haal guards: decommission weg uit ${key}, zodat het alleen nog informeert; ${paused ? 'of houd de pauze van het uitzetten in het plan aan, die het oude systeem aan laat' : 'of laat het oude systeem aan, met een pauze van het uitzetten zonder einde'}`,
  headline: (asOf, phase) => `Toetsing op ${asOf}, huidige fase: ${phase ?? 'geen'}`,
  why: 'Waarom',
  title: (decision) => `Toetsing van de invoering: ${decision}`,
  historyTitle: 'Besluiten over de invoering, dag voor dag',
  notChecked: 'Toetsing van de invoering: niet getoetst',
  notCheckedFix: 'De toetsing stopte op invoer die niet te gebruiken is (exitcode 2): geen toetsmoment is beoordeeld. Verbeter wat hierboven staat en toets opnieuw.',
  historyColumns: ['datum', 'besluit', 'fase', 'niet gehaald', 'waarom'],
  number: (n) => String(n).replace('.', ','),
};

export const gateWords = (lang: Language): GateWords => (lang === 'nl' ? NL : EN);
