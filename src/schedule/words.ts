import type { Language, OldData } from '../plan/schema.js';
import type { Weekday } from '../util/dates.js';
import { sentenceStart } from '../util/sentence-start.js';

/**
 * The schedule's own words (event titles, reasons, audiences), per language. Event `type` and
 * `key` values are machine keys and never translated.
 */
export interface ScheduleWords {
  days: Record<Weekday, string>;
  holiday: string;
  announce(tool: string, phase: string): string;
  /** After an announcement's title: a group of `communications.targetedGroups` reached its own way. */
  targeted(group: string, channel: string | undefined): string;
  remind(phase: string, date: string): string;
  launch(phase: string): string;
  checklist: Record<'get-started' | 'two-weeks-before' | 'one-week-before' | 'launch-day' | 'first-week' | 'each-week-after' | 'switch-day' | 'learn-and-adjust', string>;
  soloSwitch(tool: string): string;
  evaluation: string;
  eachWeekAfter(week: number): string;
  training(kind: SessionKind, phase: string, k: number, of: number): string;
  /** The first week's office hours where its people work every day of the week; `back`: in the week back from a pause, which is not the phase's first week. */
  officeHoursDaily(phase: string, back?: boolean): string;
  /** The first week's office hours where they do not: on each of their working days, as the messages say. */
  officeHoursEveryWorkingDay(phase: string, back?: boolean): string;
  /** `back`: in the second week back from a pause, which is not the phase's second week. */
  officeHoursSecondWeek(times: number, phase: string, back?: boolean): string;
  officeHoursWeekly(phase: string): string;
  /** In the days an extension adds to a phase. */
  officeHoursExtended(times: number, phase: string): string;
  decommissionNotice(old: string, condition: string): string;
  /** After a title: the switch-off's condition as a clause ("active use is at least 80%"). */
  condition(clause: string): string;
  oldSystem: string;
  exportData(old: string): string;
  /** The switch-off's steps, naming what is turned off (`tool.replaces`, else the old system) and the new tool; `archive` and the next two are the step after the export, by `tool.oldData`. */
  decommission: (old: string, tool: string) => Record<'export-data' | OldData | 'turn-off' | 'celebrate', string>;
  weekly(week: number): string;
  survey(week: number): string;
  gate(id: string, scope: string, expression: string): string;
  /** What a gate guards: the start of a phase, or the switch-off when no phase is named. */
  guards(phase: string | undefined): string;
  /** A gate of a part's second try that guards a launch which went ahead in its first try. */
  guardsWentAhead(phase: string, launch: string, started: string): string;
  review: Record<'week-1' | 'month-1' | 'month-3', string>;
  retrospective: string;
  pause(reason: string): string;
  resume(date: string): string;
  /** A running phase that runs longer, until its new last day. */
  extension(phase: string, until: string, reason: string): string;
  rollback(reason: string): string;
  /** The rollback of one part: a location's name, or a phase's. */
  rollbackOf(part: string, reason: string): string;
  audience: { none: string; rest: string; all: string; share: (share: string) => string };
  notWorking(location: string, date: string, why: string): string;
  outsideHours(location: string, from: string, to: string, start: string, end: string): string;
}

/** What a phase's sessions are, from its activities (the playbook's refresher, one-on-one, ...). */
export type SessionKind = 'group' | 'refresher' | 'one-on-one' | 'standard' ;

const en: ScheduleWords = {
  days: { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' },
  holiday: 'holiday',
  announce: (tool, phase) => `Announce ${tool} to ${phase}`,
  targeted: (group, channel) => `${group}: own message${channel ? ` via ${channel}` : ''}`,
  remind: (phase, date) => `Remind ${phase} of their start on ${date}`,
  launch: (phase) => `Launch for ${phase}: welcome email, accounts activated`,
  checklist: {
    'get-started': 'Checklist: get started',
    'two-weeks-before': 'Checklist: 2 weeks before',
    'one-week-before': 'Checklist: 1 week before',
    'launch-day': 'Checklist: day of launch',
    'first-week': 'Checklist: first week',
    'each-week-after': 'Checklist: each week after',
    'switch-day': 'Checklist: day 1, switch',
    'learn-and-adjust': 'Checklist: week 1, learn and adjust',
  },
  soloSwitch: (tool) => `Day 1: switch to ${tool}`,
  evaluation: 'Evaluation: done?',
  eachWeekAfter: (week) => `Checklist: each week after (week ${week})`,
  training: (kind, phase, k, of) =>
    `${{ group: 'Group training', refresher: 'Refresher training', 'one-on-one': 'One-on-one help', standard: 'Standard training' }[kind]} for ${phase}${of > 1 ? ` (${k} of ${of})` : ''}`,
  officeHoursDaily: (phase, back) => `Office hours (daily, ${back ? `first week back after the pause, ${phase}` : `first week of ${phase}`})`,
  officeHoursEveryWorkingDay: (phase, back) => `Office hours (every working day, ${back ? `first week back after the pause, ${phase}` : `first week of ${phase}`})`,
  officeHoursSecondWeek: (times, phase, back) => `Office hours (${times}x, ${back ? `second week back after the pause, ${phase}` : `second week of ${phase}`})`,
  officeHoursWeekly: (phase) => `Office hours (weekly, ${phase})`,
  officeHoursExtended: (times, phase) => `Office hours (${times}x a week, ${phase} runs longer)`,
  decommissionNotice: (old, condition) => `Announce that ${old} will be turned off${condition}`,
  condition: (clause) => ` once ${clause}`,
  oldSystem: 'the old system',
  exportData: (old) => `Export the data from ${old}`,
  decommission: (old, tool) => ({
    'export-data': `Export the data from ${old}`,
    archive: `Archive ${old} for reference`,
    delete: `Delete the data in ${old} after the import into ${tool}`,
    keep: `Keep the data in ${old} where it is`,
    'turn-off': `Turn off ${old}`,
    celebrate: 'Celebrate the transition',
  }),
  weekly: (week) => `Weekly update, week ${week}`,
  survey: (week) => `Satisfaction survey, week ${week}`,
  gate: (id, scope, expression) => `Gate ${id} (${scope}): ${expression}`,
  guards: (phase) => (phase === undefined ? ', before the switch-off' : `, before the launch for ${phase}`),
  guardsWentAhead: (phase, launch, started) => `, in the second try of ${phase} (the launch for ${launch} went ahead on ${started})`,
  review: { 'week-1': 'Review: week 1 after complete rollout', 'month-1': 'Review: month 1', 'month-3': 'Review: month 3' },
  retrospective: 'Retrospective',
  pause: (reason) => `Pause: ${reason}`,
  resume: (date) => `Resume on ${date}`,
  extension: (phase, until, reason) => `${phase} runs longer, until ${until}: ${reason}`,
  rollback: (reason) => `Rollback: ${reason}`,
  rollbackOf: (part, reason) => `Rollback of ${part} (the rest goes on): ${reason}`,
  audience: { none: 'no new people', rest: 'everyone not yet reached', all: 'everyone', share: (share) => `${share} of headcount` },
  notWorking: (location, date, why) => `${location} does not work on ${date}: ${why}`,
  outsideHours: (location, from, to, start, end) => `outside working hours in ${location}: ${from}-${to} local, works ${start}-${end}`,
};

const nl: ScheduleWords = {
  days: { sun: 'zondag', mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag', sat: 'zaterdag' },
  holiday: 'feestdag',
  announce: (tool, phase) => `${tool} aankondigen aan ${phase}`,
  targeted: (group, channel) => `${group}: eigen bericht${channel ? ` via ${channel}` : ''}`,
  remind: (phase, date) => `Herinnering aan ${phase}: de start op ${date}`,
  launch: (phase) => `Start voor ${phase}: welkomstmail, accounts geactiveerd`,
  checklist: {
    'get-started': 'Checklijst: aan de slag',
    'two-weeks-before': 'Checklijst: 2 weken vooraf',
    'one-week-before': 'Checklijst: 1 week vooraf',
    'launch-day': 'Checklijst: dag van de start',
    'first-week': 'Checklijst: eerste week',
    'each-week-after': 'Checklijst: elke week daarna',
    'switch-day': 'Checklijst: dag 1, overstappen',
    'learn-and-adjust': 'Checklijst: week 1, leren en bijsturen',
  },
  soloSwitch: (tool) => `Dag 1: overstappen op ${tool}`,
  evaluation: 'Evaluatie: klaar?',
  eachWeekAfter: (week) => `Checklijst: elke week daarna (week ${week})`,
  training: (kind, phase, k, of) =>
    `${{ group: 'Groepstraining', refresher: 'Opfriscursus', 'one-on-one': 'Persoonlijke hulp', standard: 'Standaardtraining' }[kind]} voor ${phase}${of > 1 ? ` (${k} van ${of})` : ''}`,
  officeHoursDaily: (phase, back) => `Spreekuur (elke dag, ${back ? `eerste week na de pauze, ${phase}` : `eerste week van ${phase}`})`,
  officeHoursEveryWorkingDay: (phase, back) => `Spreekuur (elke werkdag, ${back ? `eerste week na de pauze, ${phase}` : `eerste week van ${phase}`})`,
  officeHoursSecondWeek: (times, phase, back) => `Spreekuur (${times} keer, ${back ? `tweede week na de pauze, ${phase}` : `tweede week van ${phase}`})`,
  officeHoursWeekly: (phase) => `Spreekuur (wekelijks, ${phase})`,
  officeHoursExtended: (times, phase) => `Spreekuur (${times} keer per week, ${phase} duurt langer)`,
  decommissionNotice: (old, condition) => `Aankondigen dat we ${old} uitzetten${condition}`,
  condition: (clause) => ` zodra ${clause}`,
  oldSystem: 'het oude systeem',
  exportData: (old) => `Gegevens exporteren uit ${old}`,
  decommission: (old, tool) => ({
    'export-data': `Gegevens exporteren uit ${old}`,
    archive: `${sentenceStart(old, 'nl')} archiveren om later na te kunnen slaan`,
    delete: `De gegevens in ${old} verwijderen na de import in ${tool}`,
    keep: `De gegevens in ${old} laten staan`,
    'turn-off': `${sentenceStart(old, 'nl')} uitzetten`,
    celebrate: 'De overstap vieren',
  }),
  weekly: (week) => `Wekelijkse update, week ${week}`,
  survey: (week) => `Tevredenheidspeiling, week ${week}`,
  gate: (id, scope, expression) => `Toetsmoment ${id} (${scope}): ${expression}`,
  guards: (phase) => (phase === undefined ? ', vóór het uitzetten' : `, vóór de start van ${phase}`),
  guardsWentAhead: (phase, launch, started) => `, in de tweede poging van ${phase} (de start van ${launch} ging door op ${started})`,
  review: { 'week-1': 'Evaluatie: week 1 na de volledige invoering', 'month-1': 'Evaluatie: maand 1', 'month-3': 'Evaluatie: maand 3' },
  retrospective: 'Terugblik op de invoering',
  pause: (reason) => `Pauze: ${reason}`,
  resume: (date) => `Verder op ${date}`,
  extension: (phase, until, reason) => `${phase} duurt langer, tot en met ${until}: ${reason}`,
  rollback: (reason) => `Terugdraaien: ${reason}`,
  rollbackOf: (part, reason) => `Terugdraaien in ${part} (de rest gaat door): ${reason}`,
  audience: { none: 'geen nieuwe mensen', rest: 'iedereen die nog niet is overgestapt', all: 'iedereen', share: (share) => `${share} van het personeel` },
  notWorking: (location, date, why) => `${location} werkt niet op ${date}: ${why}`,
  outsideHours: (location, from, to, start, end) => `buiten werktijd in ${location}: ${from}-${to} plaatselijke tijd, werkt ${start}-${end}`,
};

export function scheduleWords(lang: Language): ScheduleWords {
  return lang === 'nl' ? nl : en;
}
