import { championNames, championsWhere } from './champions.js';
import { isSolo } from '../plan/fit.js';
import { sameName } from '../util/same-name.js';
import { holdsOn } from '../pauses/pauses.js';
import type { Plan } from '../plan/resolve.js';
import { pausedPartName } from '../plan/display-names.js';
import { DISCOVERY_QUESTIONS, type Language } from '../plan/schema.js';
import type { Schedule, ScheduleEvent, SchedulePartRollback, SchedulePause, SchedulePhase } from '../schedule/types.js';
import { formatDay, parseDay, weekday, type Day, type Weekday } from '../util/dates.js';
import { worksShifts } from '../schedule/working-hours.js';
import type { GateResult } from '../gates/types.js';
import type { PhaseUse, Progress } from '../progress/measured.js';
import { rollbackPeople } from '../gates/rollback.js';
import { secondTryId } from '../gates/second-try.js';
import { judgedIds } from '../gates/judged-ids.js';
import type { Message } from './messages.js';
import { messageScope, type DayCounts, type Placed, type RosterReaders } from './roster-readers.js';
import { workingDaysOf, type WorkCalendar } from '../schedule/calendar.js';
import { LocalDays } from '../pauses/local-days.js';
import { planCalendar, timePhases } from '../schedule/phases.js';
import { MessageCalendars, surveyDay } from '../schedule/readers.js';
import type { PartName } from '../schedule/part-days.js';
import { conditionClause, conditionFields, gateScopeText, midSentence, OPERATORS } from '../plan/condition-text.js';
import { BY_LABELS, DECOMMISSION_STEPS, LABELS, LANGUAGE_NAMES, REVIEW_LABELS, word } from './words.js';
import { targetedGroupsOf } from '../plan/targeted.js';
import { presetSplit } from '../plan/presets.js';
import { formatList } from '../util/lists.js';
import { formatNumber } from '../util/numbers.js';
import { resumesOn, waitingPhases } from '../pauses/notices.js';
import { noticePause, pauseReaders, plannedPause } from '../pauses/readers.js';
import { reaches, type Part } from '../pauses/scope.js';
import { phaseClock } from './local-clock.js';
import { extensionData, extensionReaders } from './extension-data.js';
import { launchToldBefore, scheduleToldBefore } from './eras.js';
import { turnOffMoved } from './turn-off.js';
import { measuredDays, pauseWeekOf } from './pause-week.js';
import { KnownStarts } from '../schedule/known-start.js';
import { surveyedPhases } from './languages.js';
import { channelGroups, emailless, emailUnread, readsEmail } from './channels.js';
import { heldSwitchOff, movedSwitchOff, partBackOn, partPeople, partWhere, rolledBackBy } from '../rollback/notice.js';
import { backOnOldTools } from '../rollback/parts.js';
import { nearestBuddies } from './buddies.js';
import { languagesAt } from '../plan/location-languages.js';
import { messageSender } from '../plan/sender.js';
import { championsThanked, championToBrief } from './thanks.js';
import { pauseLengthLabel } from '../pauses/length.js';
import { downloadTexts, laterCopies } from '../sources/downloads.js';
import { satisfactionScale } from '../plan/satisfaction-scale.js';

/*
 * The data every template sees. Every key is always present; what the plan does not say is
 * null or an empty list, so that strict rendering can tell a missing value (fine, use {{#if}})
 * from a misspelt variable (an error). The README lists the variables.
 */

type Person = NonNullable<Plan['tool']['contact']>;

export interface PersonData {
  name: string;
  email: string | null;
  phone: string | null;
  role: string | null;
}

export interface SessionData {
  date: string;
  time: string | null;
  minutes: number | null;
  location: string | null;
  timezone: string | null;
  phase: string | null;
}

export interface PhaseData {
  id: string;
  name: string;
  kind: string;
  number: number;
  first: boolean;
  start: string;
  end: string;
  people: number;
  locations: string[];
  activities: string[];
  champion: string | null;
  /** The champion the organisers brief before the launch: none when they are the champion. */
  briefChampion: string | null;
  announce: string | null;
  remind: string | null;
  /** The reminder goes out about a week before the launch (not when a pause came between). */
  remindWeekBefore: boolean;
  launch: string;
  sessions: SessionData[];
  /** The groups of `communications.targetedGroups` this phase brings in, reached their own way. */
  targeted: { group: string; why: string | null; channel: string | null }[];
  /**
   * `secondWeek`: the schedule holds sessions in the phase's second week (a one-week phase has
   * none; after a pause that cut its office hours, those before it); `everyDay`: its readers work
   * all seven days, so its first week's are daily.
   */
  officeHours: { count: number; first: string | null; last: string | null; time: string | null; minutes: number | null; secondWeek: boolean; everyDay: boolean; pause: OfficeHoursPause | null };
  /** Some of its readers work in shifts or not on the launch day: they switch on their first shift on or after it. */
  shifts: boolean;
}

/**
 * A pause that falls between a phase's first office hours and its last: none are held from
 * `since`, and from `resume` (null while the pause is open) they are daily again for a week;
 * `weekAfter`: the schedule holds sessions in the week after that, the second week back.
 */
interface OfficeHoursPause {
  since: string;
  resume: string | null;
  reason: string;
  weekAfter: boolean;
}

const person = (p: Person | undefined): PersonData | null =>
  p ? { name: p.name, email: p.email ?? null, phone: p.phone ?? null, role: p.role ?? null } : null;

const session = (e: ScheduleEvent, phaseName: string | null, time: string | null): SessionData => ({
  date: e.date,
  time,
  minutes: e.minutes ?? null,
  location: e.location ?? null,
  timezone: e.timezone ?? null,
  phase: phaseName,
});

const addDays = (iso: string, days: number) => formatDay(parseDay(iso) + days);
/** Whether a pause since `since` ran already a week before an update of `date`: the update before told it, and this one says it still holds. */
const stillPaused = (since: string, date: string) => addDays(since, 7) <= date;

/** A measured value or a goal, to one decimal, as Intl writes it. */
const decimal = (n: number, lang: Language) => formatNumber(n, lang, { decimals: 1, grouping: true, sign: 'auto' });
/** An NPS: with its sign, none on zero. */
const signed = (n: number, lang: Language) => formatNumber(n, lang, { decimals: 3, grouping: true, sign: 'exceptZero' });

/** A tier's place in the escalation order; tiers it leaves out come last, by number. */
const rank = (escalation: readonly number[], tier: number) => (escalation.includes(tier) ? escalation.indexOf(tier) : 10 + tier);

/** The day a rollout rolls back, and why: a reason given, or the gates that asked for it. */
export interface RollbackNotice {
  date: string;
  reason?: string;
  gates: GateResult[];
}

export interface MeasuredInput {
  /** Measured data for the weekly updates; without it they say what was planned. */
  progress?: Progress;
  rollback?: RollbackNotice;
}

/** What stays the same for every message of one plan, schedule and language. */
export class ContextBuilder {
  private readonly phases: PhaseData[];
  private readonly shared: Record<string, unknown>;
  private readonly reviews: { key: string; date: string; label: string }[];
  private readonly byPhase = new Map<string, ScheduleEvent[]>();
  private readonly trainings: ScheduleEvent[];
  private readonly calendar: WorkCalendar;
  /** The day a phase's people at one location start, past that location's pauses. */
  private readonly localDays: LocalDays;
  /** The days the readers of each message work, for a survey's answer-by day: made when a survey asks. */
  private messageCalendars?: MessageCalendars;
  /** The id gate-check judges each gate item by (see judgedIds), worked out once. */
  private judged?: (id: string, due: string) => string;
  /** What people were told of each phase's start and when, for the weekly updates' "instead of": made when one asks. */
  private knownStarts?: KnownStarts;

  constructor(
    private readonly plan: Plan,
    private readonly schedule: Schedule,
    readonly lang: Language,
    private readonly measuredData: MeasuredInput = {},
    /** With a roster that dates who joined and left: a message counts the people there on its day. */
    private readonly counts?: DayCounts,
    /** With a roster that gives each person's language: what a phase's people read (see RosterReaders.phaseReads). */
    private readonly roster?: Pick<RosterReaders, 'phaseReads'>,
  ) {
    for (const e of schedule.events) {
      if (e.phase === undefined) continue;
      const list = this.byPhase.get(e.phase) ?? [];
      list.push(e);
      this.byPhase.set(e.phase, list);
    }
    this.trainings = schedule.events.filter((e) => e.type === 'training');
    this.calendar = planCalendar(plan);
    this.localDays = new LocalDays(plan);
    const launches = schedule.phases.filter((p) => p.kind === 'launch');
    this.phases = schedule.phases.map((p) => this.phase(p, undefined, launches.indexOf(p)));
    const t = (s: string) => word(s, lang);
    // Resources and support tiers are named inside sentences ("first self-service, then ICT"): lower case unless a name.
    const inSentence = (s: string) => midSentence(t(s), plan.knownNames);
    const firstLaunch = this.phases.find((p) => p.kind === 'launch');
    // The split the phases follow: the plan's word for phases of its own, else what the preset does with it.
    const by = plan.presetPhases ? presetSplit(plan) : plan.strategy.by;
    // The pilot as the messages name it elsewhere: the phase that brings in the pilot group, by its name in this language.
    const pilotGroup = plan.organization.groups.find((g) => g.kind === 'pilot')?.name;
    const pilotPhase = plan.phases.find((p) => pilotGroup !== undefined && typeof p.audience === 'object' && 'groups' in p.audience && p.audience.groups.includes(pilotGroup));
    const pilot = this.phases.find((p) => p.id === pilotPhase?.id) ?? firstLaunch;
    const reviews = schedule.events
      .filter((e) => e.type === 'review')
      .map((e) => ({ key: e.key, date: e.date, label: REVIEW_LABELS[e.key]?.[lang] ?? e.title }));
    this.reviews = reviews;
    this.shared = {
      lang,
      tool: {
        name: plan.tool.name,
        replaces: plan.tool.replaces ?? null,
        why: plan.tool.why ?? null,
        benefit: plan.tool.benefit ?? null,
        vendor: plan.tool.vendor ?? null,
        oldData: plan.tool.oldData,
        pilotResults: plan.tool.pilotResults ?? null,
      },
      organization: {
        name: plan.organization.name,
        headcount: plan.organization.headcount,
        locations: plan.organization.locations.map((l) => l.name),
        // The playbook's small team or solo business: no sponsor, intranet or enrollment guide to ask for.
        small: plan.preset === 'small' || isSolo(plan),
      },
      contact: person(plan.tool.contact),
      sponsor: person(plan.tool.sponsor),
      owner: plan.communications.owner ?? null,
      channels: plan.communications.channels.map(t),
      rollout: {
        start: schedule.start,
        end: schedule.end,
        phases: this.phases,
        launches: this.phases.filter((p) => p.kind === 'launch'),
        firstLaunch: firstLaunch?.launch ?? schedule.start,
        lastLaunch: [...this.phases].reverse().find((p) => p.kind === 'launch')?.launch ?? schedule.start,
        bigBang: plan.strategy.approach === 'big-bang',
        by,
        byLabel: BY_LABELS[by][lang],
        reviews,
      },
      pilot: plan.tool.pilotResults ? { name: pilot?.name ?? null, results: plan.tool.pilotResults } : null,
      training: {
        minutes: plan.training.sessionMinutes,
        format: t(plan.training.format),
        sessionsPerPhase: plan.training.sessionsPerPhase,
        selfService: plan.training.selfService.map(inSentence),
        buddySystem: plan.training.buddySystem,
        officeHours: {
          time: plan.training.officeHours.time,
          minutes: plan.training.officeHours.minutes,
          secondWeekPerWeek: plan.training.officeHours.secondWeekPerWeek,
          weeklyAfter: plan.training.officeHours.after === 'weekly',
        },
      },
      support: {
        // In the order people escalate, as the plan says.
        tiers: [...plan.support.tiers]
          .sort((a, b) => rank(plan.support.escalation, a.tier) - rank(plan.support.escalation, b.tier))
          .map((tier) => ({ tier: tier.tier, name: inSentence(tier.name), owner: tier.owner ?? null, channels: tier.channels.map(t), handles: tier.handles.map(t) })),
        languages: plan.supportLanguages.map((l) => LANGUAGE_NAMES[lang][l]),
        channels: [...new Set(plan.support.tiers.flatMap((tier) => tier.channels.map(t)))],
        helpDesk: plan.support.helpDesk,
      },
      championNames: championNames(plan),
      championsWhere: championsWhere(plan),
      champions: plan.champions.map((c) => ({ name: c.name, email: c.email ?? null, location: c.location ?? null, group: c.group ?? null, phase: c.phase ?? null })),
      regional: { offlinePlan: plan.regional.offlinePlan ?? null, mobileData: plan.regional.mobileData ?? null },
      // A second try says so, and what changed, where it announces the tool.
      restart: plan.restart ? { rolledBackOn: plan.restart.rolledBackOn, reason: plan.restart.reason, changed: plan.restart.changed ?? null } : null,
      contingency: {
        keepOldSystem: plan.contingency.keepOldSystemUntilProven,
        rollbackProcedure: plan.contingency.rollbackProcedure ?? null,
        exportEvery: plan.contingency.exportEvery ?? null,
      },
      metrics: plan.metrics.map((m) => ({ name: m.name, label: t(m.label ?? m.name), inSentence: m.inSentence ?? inSentence(m.label ?? m.name), goal: m.goal === undefined ? null : t(m.goal) })),
      budget: plan.regional.budget !== undefined ? { amount: plan.regional.budget, currency: plan.regional.currency ?? null } : null,
      targetedGroups: plan.communications.targetedGroups.map((g) => ({ group: g.group, why: g.why ?? null, channel: g.channel ?? null })),
      discovery: Object.fromEntries(Object.keys(DISCOVERY_QUESTIONS).map((k) => [k, plan.discovery[k as keyof typeof DISCOVERY_QUESTIONS] ?? null])),
      focusAreas: {
        planning: plan.focusAreas.planning ?? null,
        helpDesk: plan.focusAreas.helpDesk ?? null,
        awareness: plan.focusAreas.awareness ?? null,
        training: plan.focusAreas.training ?? null,
        operations: plan.focusAreas.operations ?? null,
      },
    };
  }

  private phase(p: SchedulePhase, location: string | undefined, launchIndex: number): PhaseData {
    const t = (s: string) => word(s, this.lang);
    const planned = this.plan.phases.find((x) => x.id === p.id);
    const events = (this.byPhase.get(p.id) ?? []).filter((e) => location === undefined || e.location === undefined || e.location === location);
    // A message to the people at one location goes out when they hear it: a pause of their location alone moves it.
    const sent = (type: 'announcement' | 'reminder') => {
      const event = placeItem(events, type, location);
      const day = event && (event.location === location ? parseDay(event.date) : this.localDays.message(p.id, location, event));
      return event ? (Number.isFinite(day) ? formatDay(day!) : event.date) : null;
    };
    const hours = events.filter((e) => e.type === 'office-hours');
    // The name as this language's plan gives it, as schedule and report take it: the schedule
    // may come from the plan in another language.
    const name = planned?.name ?? p.name;
    const remind = sent('reminder');
    // Where the launch is a holiday, its people there start on their next working day, as their sessions do; a pause of their location alone moves that day.
    const launch = this.startAt(p, location, events);
    const work = this.readersWork(p, location);
    const pause = this.officeHoursPause(hours, p, location);
    const champion = this.champion(p, location);
    return {
      id: p.id,
      name,
      kind: p.kind,
      number: launchIndex + 1,
      first: launchIndex === 0,
      start: p.start,
      end: p.end,
      people: p.people,
      locations: p.locations,
      activities: (planned?.activities ?? []).map(t),
      champion,
      briefChampion: championToBrief(champion, this.plan),
      announce: sent('announcement'),
      remind,
      remindWeekBefore: remind !== null && Math.abs(parseDay(launch) - parseDay(remind) - 7) <= 2,
      launch,
      sessions: events.filter((e) => e.type === 'training').map((e) => session(e, null, this.clock([e], p))),
      targeted: targetedGroupsOf(this.plan, p.id).map((g) => ({ group: g.group, why: g.why ?? null, channel: g.channel ?? null })),
      officeHours: {
        count: hours.length,
        first: hours[0]?.date ?? null,
        last: hours[hours.length - 1]?.date ?? null,
        time: this.clock(hours, p),
        minutes: hours[0]?.minutes ?? null,
        // After a pause that cut them, the sessions planned as a second week are the second week back.
        secondWeek: hours.some((e) => e.key === 'second-week' && (pause === null || e.date < pause.since)),
        everyDay: work.every((w) => w.days.length === 7),
        pause,
      },
      shifts: work.some((w) => worksShifts(w.days, w.hours) || !w.days.includes(weekday(parseDay(launch)))),
    };
  }

  /**
   * The day the people of phase `p` at `location` start: the launch the schedule dates at their
   * place as it dates it (a location's second try in a phase it shares), else the phase's launch
   * moved for that place (see LocalDays.start). `events`: the phase's items, those of other places left out.
   */
  private startAt(p: SchedulePhase, location: string | undefined, events: readonly ScheduleEvent[] = this.byPhase.get(p.id) ?? []): string {
    const launch = placeItem(events, 'launch', location);
    return launch && launch.location === location ? launch.date : this.localDays.start(p.id, location, launch ?? { date: p.start });
  }

  /** The working days and hours of each place a message to a phase's people (at one location) reaches; the plan's days without locations. */
  private readersWork(p: SchedulePhase, location: string | undefined): { days: readonly Weekday[]; hours?: { start: string; end: string } }[] {
    const names = location === undefined ? p.locations : [location];
    const places = this.plan.organization.locations.filter((l) => names.includes(l.name));
    return places.length === 0 ? [{ days: this.plan.calendar.workingDays }] : places.map((l) => ({ days: workingDaysOf(this.plan, l), hours: l.workingHours }));
  }

  /** The first pause that stops a phase's office hours once they have begun (see OfficeHoursPause). */
  private officeHoursPause(hours: ScheduleEvent[], p: SchedulePhase, location: string | undefined): OfficeHoursPause | null {
    if (hours.length === 0) return null;
    const days = hours.map((e) => parseDay(e.date));
    const last = Math.max(...days);
    // An open pause ends the phase where it begins: it stops office hours when it holds some.
    const held = this.schedule.held.events.some((e) => e.type === 'office-hours' && e.phase === p.id && (location === undefined || e.location === undefined || e.location === location));
    const span = this.localDays.pauses.paused
      .for({ phase: p.id, ...(location === undefined ? {} : { location }) })
      .spans.find((s) => s.from > days[0]! && (s.until === undefined ? held : s.from <= last));
    if (!span) return null;
    const resume = span.until === undefined ? undefined : days.find((d) => d >= span.until!);
    const weekAfter = resume !== undefined && hours.some((e, i) => e.key === 'second-week' && days[i]! >= resume);
    return { since: formatDay(span.from), resume: resume === undefined ? null : formatDay(resume), reason: span.pause.reason, weekAfter };
  }

  /** A session's time as the phase's people read it, at each of their locations. */
  private clock(sessions: ScheduleEvent[], p: SchedulePhase | undefined): string | null {
    return phaseClock(sessions, p, this.plan, this.lang);
  }

  /**
   * The offline plan for a message's readers: where the plan marks locations with limited or poor
   * connectivity, only theirs (the message's location, else its phase's); otherwise everyone's.
   */
  private offlinePlan(loc: { name: string } | undefined, phase: PhaseData | null): string | null {
    const { plan } = this;
    const offline = plan.regional.offlinePlan ?? null;
    const poor = new Set(plan.organization.locations.filter((l) => l.connectivity === 'limited' || l.connectivity === 'poor').map((l) => l.name));
    if (offline === null || poor.size === 0) return offline;
    const places = loc ? [loc.name] : (phase?.locations ?? []);
    return places.some((name) => poor.has(name)) ? offline : null;
  }

  /** The champion people of a phase (and location) can turn to. */
  private champion(p: SchedulePhase, location: string | undefined): string | null {
    const { plan } = this;
    const planned = plan.phases.find((x) => x.id === p.id);
    if (planned?.champion) return planned.champion;
    const byPhase = plan.champions.find((c) => c.phase === p.id && (location === undefined || c.location === undefined || c.location === location));
    if (byPhase) return byPhase.name;
    const where = location ?? (p.locations.length === 1 ? p.locations[0] : undefined);
    if (where !== undefined) {
      const loc = plan.organization.locations.find((l) => l.name === where);
      const local = loc?.champion ?? plan.champions.find((c) => c.location === where)?.name;
      if (local) return local;
    }
    const groups = p.audience.groups ?? [];
    return plan.champions.find((c) => c.group !== undefined && groups.includes(c.group))?.name ?? null;
  }

  /** The data for one message. */
  build(message: Message): Record<string, unknown> {
    const { lang, plan, schedule } = this;
    const labels = LABELS[lang];
    const launches = schedule.phases.filter((p) => p.kind === 'launch');
    const phase = message.phase ? this.phase(message.phase, message.location, launches.indexOf(message.phase)) : null;
    const loc = message.location === undefined ? undefined : plan.organization.locations.find((l) => l.name === message.location);
    const people = phase && phase.kind === 'launch' ? ((loc && message.phase!.peopleAt?.[loc.name]) ?? phase.people) : plan.organization.headcount;
    const survey = this.survey(message);
    // A survey asks the groups that have started, not those still to come, nor people rolled back.
    const surveyed = message.template === 'survey' && survey && (survey.groups.length < launches.length || survey.people < plan.organization.headcount) ? survey : undefined;
    const audience = phase && phase.kind === 'launch' ? `${phase.name}${message.location && message.location !== phase.name ? `, ${message.location}` : ''}` : surveyed ? formatList(surveyed.groups, lang, 'and') : `${labels.everyone} ${plan.organization.name}`;
    const extension = message.template === 'extension' || message.template === 'extension-moves';
    const names = new Map(plan.phases.map((p) => [p.id, p.name]));
    const again = this.secondTry(message);
    const notice = message.template === 'pause' || message.template === 'resume' ? this.noticeReaders(message) : extension ? extensionReaders(message.readers!, plan, lang, labels.everyone, names) : message.template === 'rollback' && message.readers ? this.locationReaders(message, names) : undefined;
    // Those among its readers who read no email get the message in their own forms, or not at all: its "To:" leaves them out.
    const unread = emailless(plan, schedule, message);
    // The headcounts count the people there on the plan's start day; the message, those there on its own.
    const scope = messageScope(schedule, message);
    const unreadGroups = new Set(unread.groups);
    const change = this.change(message.date, (p) => scope(p) && (p.group === undefined || !unreadGroups.has(p.group)));
    const shared = this.shared as { organization: { headcount: number } };
    return {
      ...this.shared,
      organization: { ...shared.organization, headcount: Math.max(0, plan.organization.headcount + this.change(message.date, () => true)) },
      message: {
        kind: message.kind,
        template: message.template,
        date: message.date,
        week: message.week,
        audience: `${notice?.audience ?? audience}${unread.people > 0 ? `, ${labels.except} ${formatList(unread.groups, lang, 'and')}` : ''}`,
        people: Math.max(0, (notice?.people ?? (surveyed ? surveyed.people : people)) - unread.people + change),
        first: message.first,
      },
      sender: person(messageSender(plan, message.first)),
      championNames: championsThanked(championNames(plan), plan, message),
      phase,
      previous: phase && phase.kind === 'launch' ? this.buddies(phase, message.location) : null,
      next: this.nextLaunch(message.date, phase?.id),
      location: message.location === undefined
        ? null
        : {
            name: message.location,
            timezone: loc?.timezone ?? null,
            champion: phase?.champion ?? loc?.champion ?? null,
            connectivity: loc?.connectivity ?? null,
            // Where the internet is unreliable, every message there says what to do without it.
            offlinePlan: loc && (loc.connectivity === 'limited' || loc.connectivity === 'poor') ? (plan.regional.offlinePlan ?? null) : null,
            workingHours: loc ? { start: loc.workingHours.start, end: loc.workingHours.end } : null,
          },
      offlinePlan: this.offlinePlan(loc, phase),
      checklist: message.kind === 'checklist' ? { key: message.event?.key ?? message.template, due: message.date, forGates: message.event?.forGates === true } : null,
      weekly: message.template === 'weekly-update' ? this.weekly(message) : null,
      survey,
      challenge: message.template === 'each-week-after' ? this.challenge(message.week) : null,
      // The rollout's first week has no weekly checklist: its first week's checklist says what to download for its gates.
      downloads: message.template === 'each-week-after' || (message.template === 'first-week' && message.week === 1) ? this.downloads(message.week) : null,
      decommission: message.template === 'decommission' && message.phase ? this.decommission(message.phase) : null,
      retrospective: message.template === 'retrospective' ? this.retrospective(message.date) : null,
      outcome: message.template === 'retrospective' || message.template.startsWith('review-') ? this.outcome(message.date) : null,
      pause: message.template === 'pause' || message.template === 'resume' ? this.pause(message) : null,
      extension: extension ? extensionData(message, schedule, plan, lang, names, (sessions) => this.clock(sessions, message.phase)) : null,
      rollback: message.template === 'rollback' || message.template === 'switch-off-postponed' ? { ...(message.event ? this.partRollback(message.event) : this.rollback()), ...this.rollbackReach(message) } : null,
      exportData: message.template === 'export-data' ? this.exportData(message.date) : null,
      // A part's second try says so where it announces the tool, as a plan's second try (restart) does.
      ...(again ? { restart: again } : {}),
    };
  }

  /** How many more of the people `whom` takes in are there on `date` than the headcounts count (none without a dated roster). */
  private change(date: string, whom: (p: Placed) => boolean): number {
    return this.counts?.change(date, whom) ?? 0;
  }

  /** An export of the old system's data: the one before and after it, and the switch-off that ends them. */
  private exportData(date: string) {
    const days = this.schedule.events.filter((e) => e.type === 'checklist' && e.key === 'export-data').map((e) => e.date);
    const at = days.indexOf(date);
    const off = this.schedule.events.find((e) => e.type === 'decommission' && e.key === 'export-data')?.date ?? null;
    return { number: at + 1, previous: days[at - 1] ?? null, next: days[at + 1] ?? null, switchOff: off, old: this.plan.tool.replaces ?? null };
  }

  /** What a rollback notice says: why, the plan's procedure and whom to tell first. */
  private rollback() {
    const { plan, lang } = this;
    const notice = this.measuredData.rollback!;
    const metrics = new Map(plan.metrics.map((m) => [m.name, m]));
    const gates = notice.gates.map((g) => {
      const metric = metrics.get(g.metric);
      const unit = metric?.unit === 'percent' && g.aggregate !== 'nps' && g.aggregate !== 'slope' ? '%' : '';
      const nps = g.aggregate === 'nps' ? 'NPS ' : '';
      // A second try's go/no-go has an id of its own (see secondTryId).
      const gate = plan.gates.find((x) => secondTryId(x.id, g.secondTry) === g.id);
      return {
        metric: word(metric?.label ?? g.metric, lang),
        // Whose rows it read: the phase (or everyone), its group and location.
        scope: gate ? gateScopeText(gate, plan.phases, lang) : g.phase,
        observed: g.observed === null ? null : `${nps}${nps ? signed(Math.round(g.observed), lang) : decimal(g.observed, lang)}${unit}`,
        goal: `${nps}${OPERATORS[lang][g.op]} ${decimal(g.threshold, lang)}${unit}`,
      };
    });
    return {
      date: notice.date,
      // Without a reason given, the one the plan records, in this message's language.
      reason: notice.reason ?? plan.rollback?.reason ?? null,
      gates,
      procedure: plan.contingency.rollbackProcedure ?? null,
      tell: rollbackPeople(plan),
      old: plan.tool.replaces ?? null,
      notStarted: this.notStartedBy(notice.date),
      // Only a rollback of one part says where, and that the switch-off waits for it.
      where: null,
      switchOff: null,
      switchOffWas: null,
      switchOffNow: null,
      again: null,
      changed: null,
    };
  }

  /**
   * Whom a rollback's email reaches, as its checklist says: whether it is written at all (not when
   * all its readers are groups reached without email), and the groups told by text or notice instead.
   */
  private rollbackReach(message: Message): { emailed: boolean; ownWay: { group: string; channel: string | null }[] } {
    // The email's own readers: the checklist of a part's rollback names no location, its email does.
    const email: Message = { ...message, kind: 'email', template: 'rollback', ...(message.event?.location !== undefined ? { location: message.event.location } : {}) };
    // A group the roster splits over places is told once, whatever parts the rollback reaches.
    const ownWay = [...new Set(channelGroups(this.plan, this.schedule, email).map((g) => g.group))].map((t) => ({ group: t.group, channel: t.channel ?? null }));
    return { emailed: !emailUnread(this.plan, this.schedule, email), ownWay };
  }

  /** The people of a live phase whose part rolled back by `date`: back on the old tools, no longer reached. */
  private rolledBackPeople(phase: string, date: string): number {
    const p = this.schedule.phases.find((x) => x.id === phase);
    if (!p) return 0;
    return (this.schedule.rollbacks ?? [])
      .filter((r) => backOnOldTools(r, date))
      .reduce((n, r) => n + partPeople(r.only, p), 0);
  }

  /** For a message of a part's second try (`resume`), from its rollback on: that it is a second try, why the first stopped, what changed. */
  private secondTry(message: Message) {
    const id = message.phase?.id;
    // The part's own phases, or its people's messages of a phase it shares with the rest (at its location).
    const ofPart = (r: SchedulePartRollback) => r.phases.includes(id!) || (r.only.location !== undefined && r.only.location === message.location);
    const done = id === undefined ? undefined : (this.schedule.rollbacks ?? []).find((r) => r.resume && ofPart(r) && message.date >= r.on);
    const at = done ? this.plan.partRollbacks.findIndex((r) => r.on === done.on && r.only.location === done.only.location && r.only.phase === done.only.phase) : -1;
    const again = this.plan.partRollbacks[at];
    return again?.resume && { rolledBackOn: partBackOn(this.plan, this.schedule, at), reason: again.reason, changed: again.resume.changed ?? null };
  }

  /** What the notice of a rollback of one part says: its reason in this language, the part, and the switch-off that waits for it. */
  private partRollback(event: ScheduleEvent) {
    const { plan } = this;
    const rollback = plan.partRollbacks[Number(event.key.replace('rollback-', '')) - 1]!;
    // Said as where, never as the subject of a verb: a phase's name may be a plural ("Everyone else").
    const where = partWhere(rollback.only, this.phases, this.lang);
    const waits = heldSwitchOff(this.schedule);
    // A second try known at the rollback moves the switch-off people were told of to a day of its own.
    const moved = rollback.resume ? movedSwitchOff(scheduleToldBefore(plan, rollback.on), this.schedule, rollback.on) : undefined;
    return {
      // The day the part's people go back (the day sent): `on` may have been their holiday, past by then.
      date: event.date,
      reason: rollback.reason,
      gates: [],
      procedure: plan.contingency.rollbackProcedure ?? null,
      tell: rollbackPeople(plan),
      old: plan.tool.replaces ?? null,
      notStarted: [],
      where,
      switchOff: waits || moved ? (plan.tool.replaces ?? (this.lang === 'nl' ? 'het oude systeem' : 'the old system')) : null,
      // The day the switch-off was to turn it off, for the notice to everyone that it is postponed.
      switchOffWas: moved?.was ?? waits?.planned ?? null,
      // With a second try: the switch-off's new day.
      switchOffNow: moved?.now ?? null,
      // A second try known that day (one decided later is not in this era's plan): the day the part starts again, and what changes.
      again: rollback.resume ? (this.schedule.rollbacks?.find((r) => r.on === rollback.on && r.only.location === rollback.only.location && r.only.phase === rollback.only.phase)?.resume?.starts ?? rollback.resume.on) : null,
      changed: rollback.resume?.changed ?? null,
    };
  }

  private pauseOf(message: Message): SchedulePause {
    return noticePause(this.schedule, this.plan.pauses, message.event!.key);
  }

  /** The rollback of a location goes to the people there of every phase that had started: their phases, and the place. */
  private locationReaders(message: Message, names: ReadonlyMap<string, string>): { audience: string; people: number } {
    const readers = extensionReaders(message.readers!, this.plan, this.lang, LABELS[this.lang].everyone, names);
    return { ...readers, audience: `${readers.audience}, ${message.location}` };
  }

  /** A pause or resume notice goes to everyone whose dates the pause moves. */
  private noticeReaders(message: Message): { audience: string; people: number } {
    const { plan, lang } = this;
    const readers = pauseReaders(this.schedule, this.pauseOf(message));
    if (readers.everyone) return { audience: `${LABELS[lang].everyone} ${plan.organization.name}`, people: plan.organization.headcount };
    const names = readers.phases.map((r) => `${plan.phases.find((p) => p.id === r.id)?.name ?? r.name}${r.location !== undefined ? ` (${r.location})` : ''}`);
    return { audience: formatList(names, lang, 'and'), people: Math.min(plan.organization.headcount, readers.phases.reduce((n, p) => n + p.people, 0)) };
  }

  /** The launch phases that had not started by `date`, a pause's held ones included: nothing changes for their people. */
  private notStartedBy(date: string): string[] {
    const names = new Map(this.phases.map((p) => [p.id, p.name]));
    const waiting = [...this.schedule.phases.filter((p) => p.start >= date), ...this.schedule.held.phases];
    return waiting.filter((p) => p.kind === 'launch').map((p) => names.get(p.id) ?? p.name);
  }

  /** The pause a pause or resume notice speaks of, and the launch that comes first after it. */
  private pause(message: Message) {
    const p = this.pauseOf(message);
    const resumeFrom = p.until ?? p.from;
    const old = this.plan.tool.replaces ?? (this.lang === 'nl' ? 'het oude systeem' : 'the old system');
    const decommission = (id: string | undefined) => this.plan.phases.find((x) => x.id === id)?.kind === 'decommission';
    const phase = this.phases.find((x) => x.id === p.phase)?.name;
    const location = p.only?.location;
    return {
      // The reason in this message's language: the schedule has it in the plan's first.
      reason: plannedPause(this.plan.pauses, message.event!.key)!.reason,
      // A phase named after its office (`Rotterdam`, paused in Rotterdam): the place is named once, as the location.
      phase: phase === undefined || (location !== undefined && sameName(phase, location)) ? null : phase,
      // A pause of one location: the notices name the place, and say the rest goes on.
      location: location ?? null,
      only: p.only ? pausedPartName(p.only, this.plan.phases) : null,
      // A pause of the switch-off postpones turning the old system off: said so, not by the phase's name.
      switchOff: decommission(p.phase) ? old : null,
      // A pause of one part that the switch-off waits for moves the switch-off too: said, as everyone is told.
      alsoSwitchOff: p.switchOff ? old : null,
      from: p.from,
      // The day its notice went out, which the resume notice recalls: earlier than \`from\` for a pause decided ahead.
      told: this.pauseToldOn(message.event!.key) ?? p.from,
      // The day work starts again: a pause that ends on a holiday or a weekend resumes the working day after.
      until: this.resumeOf(p),
      workingDays: p.workingDays,
      // How far it moves its readers' items, on their working weeks: `10 working days`, `2 weeks`.
      moves: p.until === null ? null : pauseLengthLabel(p, this.lang),
      next: this.firstLaunch((x) => x.launch >= resumeFrom),
      laterStart: this.laterStart(p, message.event!.key),
      // With its end known, a pause that moved the switch-off gives the day the old tools now go off, and the day told before.
      turnOff: this.turnOff(p, message.event!.key, old),
      waiting: this.waiting(message.event!.key),
    };
  }

  private turnOff(p: SchedulePause, key: string, old: string): { old: string; now: string; was: string } | null {
    const pause = plannedPause(this.plan.pauses, key)!;
    const moved = p.until === null ? null : turnOffMoved(this.plan, this.schedule, pause.decided ?? pause.from);
    return moved && { old, ...moved };
  }

  /** The day a pause's notice goes out, as the pause notice itself is dated. */
  private pauseToldOn(key: string): string | undefined {
    const item = this.schedule.events.find((e) => e.type === 'pause' && e.key === key);
    return item && (item.noticeOn ?? item.date);
  }

  /**
   * The launch phases a pause of one part moves because they wait for it, each with its launch
   * day now (null while an open pause holds it): the notice names them rather than saying the
   * rest goes on as planned.
   */
  private waiting(key: string): { name: string; launch: string | null }[] {
    const index = Number(key.replace('pause-', '')) - 1;
    const reach = this.localDays.pauses.paused.spans.find((s) => s.index === index)?.reach;
    return waitingPhases(reach, this.plan.phases).map((p) => ({ name: p.name, launch: this.phases.find((x) => x.id === p.id)?.launch ?? null }));
  }

  /**
   * A pause of one launch phase from before its launch: the phase starts later. Its launch day
   * as people were last told before this pause was decided (an extension decided earlier moved
   * it already) and after it (null while the pause is open), for a notice that says so.
   */
  private laterStart(p: SchedulePause, key: string): { name: string; was: string; now: string | null; readsEmail: boolean } | null {
    const id = p.only?.phase;
    if (id === undefined || this.plan.phases.find((x) => x.id === id)?.kind !== 'launch') return null;
    const launch = this.byPhase.get(id)?.find((e) => e.type === 'launch');
    const pause = plannedPause(this.plan.pauses, key)!;
    const was = launchToldBefore(this.plan, pause.decided ?? pause.from, id);
    if (was === undefined || was < p.from) return null;
    // Whether its people read the email: if not, the email asks none of its readers to keep the day free.
    return { name: pausedPartName(p.only!, this.plan.phases), was, now: launch?.date ?? null, readsEmail: readsEmail(this.plan, this.schedule, { id }) };
  }

  /**
   * The buddies' phase: of the launches before this one (a phase launched the same day has nothing
   * to show yet) whose people read a language the readers read, so that the two can talk, the
   * nearest to where the readers work (see nearestBuddies).
   */
  private buddies(phase: PhaseData, location: string | undefined): PhaseData | null {
    const at = location === undefined ? phase.locations : [location];
    // The roster's own languages where it gives them (a sales team that reads English only), else their locations'.
    const read = this.roster?.phaseReads(phase.id, location) ?? languagesAt(this.plan, at);
    const earlier = this.phases.filter((p) => p.kind === 'launch' && p.launch < phase.launch && (this.roster?.phaseReads(p.id) ?? languagesAt(this.plan, p.locations)).some((l) => read.includes(l)));
    return nearestBuddies(this.plan, earlier, at, phase.launch);
  }

  /** The next launch after `after`: a phase's, or a location's second try in a phase it shares, named by its location as a phase of its own would be. */
  private nextLaunch(after: string, except: string | undefined): PhaseData | null {
    // By date, not plan order: a rolled-back phase's second try can come after a later phase's launch.
    const phase = this.firstLaunch((p) => p.id !== except && p.launch > after);
    const again = this.sharedRestarts().find((r) => r.phase.id !== except && r.now > after);
    return again && (!phase || again.now < phase.launch) ? { ...again.phase, name: again.name, launch: again.now } : (phase ?? null);
  }

  /** The earliest launch phase that `test` accepts; on one day, the first in the plan. */
  private firstLaunch(test: (p: PhaseData) => boolean): PhaseData | null {
    const launches = this.phases.filter((p) => p.kind === 'launch' && test(p));
    return launches.reduce<PhaseData | null>((first, p) => (first === null || p.launch < first.launch ? p : first), null);
  }

  /** The second tries of one location in a launch phase it shares (see sharedSecondTries), by day: where, the phase and the day it starts again. */
  private sharedRestarts(): { name: string; phase: PhaseData; now: string }[] {
    const again = (at: string, day: string) => this.plan.partRollbacks.some((r) => r.resume !== undefined && r.only.location === at && r.resume.on <= day);
    return this.schedule.events.flatMap((e) => {
      const phase = this.phases.find((p) => p.id === e.phase && p.locations.length > 1);
      return e.type === 'launch' && e.location !== undefined && phase && again(e.location, e.date) ? [{ name: e.location, phase, now: e.date }] : [];
    });
  }

  private weekly(message: Message) {
    const { plan, lang } = this;
    // A phase whose people all rolled back is no longer live: they are back on the old tools.
    const live = this.phases.filter((p) => p.kind === 'launch' && p.launch <= message.date && this.rolledBackPeople(p.id, message.date) < p.people);
    const liveIds = new Set(live.map((p) => p.id));
    const reached = Math.max(0, Math.min(plan.organization.headcount, live.reduce((n, p) => n + p.people - this.rolledBackPeople(p.id, message.date), 0)) + this.change(message.date, (p) => p.phase !== undefined && liveIds.has(p.phase)));
    const weekEnd = addDays(message.date, 7);
    const names = new Map(this.phases.map((p) => [p.id, p.name]));
    const sessions = this.trainings
      .filter((e) => e.date > message.date && e.date <= weekEnd)
      .map((e) => session(e, e.phase === undefined ? null : (names.get(e.phase) ?? null), this.clock([e], this.schedule.phases.find((p) => p.id === e.phase))));
    const questions = plan.resistance.map((r) => ({ question: word(r.objection, lang), answer: word(r.response, lang) }));
    const start = questions.length ? ((message.number - 1) * 2) % questions.length : 0;
    const picked = questions.length <= 2 ? questions : [questions[start]!, questions[(start + 1) % questions.length]!];
    const pilot = this.phases.find((p) => p.kind === 'launch');
    const measured = this.measured(message, live);
    const late = this.late(live);
    // A second try is no late start: its first try did start, and the update says it started again.
    const again = [...this.restarts(live), ...this.sharedRestarts().flatMap((r) => (r.now <= message.date ? [{ name: r.name, now: r.now }] : []))];
    const rolledBack = rolledBackBy(plan, this.schedule, message.date, lang);
    return {
      number: message.number,
      // The live phases a pause or an extension made start later than planned: the update no longer says "as planned",
      // and names those that started in the past week with both days.
      late,
      lateThisWeek: late.filter((p) => p.now > addDays(message.date, -7)),
      // The parts that started again after a rollback (`resume`): nor does it then, and it names those of the past week.
      again,
      againThisWeek: again.filter((p) => p.now > addDays(message.date, -7)),
      // A pause that starts before the next update: from when, until when, why.
      pauseAhead: this.pauseAhead(message.date),
      // The parts rolled back by then: the update no longer says all goes as planned.
      rolledBack,
      // The pauses running that day (a pause of one part leaves the updates going): nor does it then.
      paused: this.pausedOn(message.date),
      // The launch phases an open pause keeps from starting: no figures, yet people expect them.
      waiting: this.waitingOn(message.date),
      // The rollout week, as the schedule titles the update: a pause skips weeks, never renumbers them.
      week: message.week,
      live,
      reached,
      percent: Math.round((reached / plan.organization.headcount) * 100),
      // Not while the people of a part are back on the old tools, though the rest of its phase goes on.
      done: rolledBack.length === 0 && live.length === this.phases.filter((p) => p.kind === 'launch').length,
      sessions,
      questions: picked,
      story: plan.tool.pilotResults && pilot && pilot.end <= message.date && addDays(pilot.end, 7) > message.date ? plan.tool.pilotResults : null,
      // The playbook's resistance strategies: explain the why first, then celebrate adopters,
      // support and listen where the data says people are not there yet. What the coordinator
      // does about it (the plan's challenges) goes in the coordinator's checklists, not to everyone.
      why: message.number === 1 ? (plan.tool.why ?? null) : null,
      measured,
      celebrate: measured ? measured.phases.filter((p) => p.reached && !p.paused) : [],
      fewerTickets: measured?.tickets?.falling === true,
      // A phase is behind once it has had a week: a measurement from its first days says nothing yet,
      // nor one of a phase that is paused, or that has been back from a pause for less than a week.
      // The email asks its people to reply: not those who read no email (their own text goes without it).
      behind: measured
        ? measured.phases.filter((p) => p.percent !== null && !p.reached && !p.paused && p.pauseWeek === null && p.day !== null && p.day >= addDays(p.launch, 7) && readsEmail(plan, this.schedule, { id: p.phase }))
        : [],
    };
  }

  /**
   * The pauses that hold part of the rollout on `date`: what they hold (null: everything), since
   * when, until when (null: open), why, and whether an update before this one told it already (`still`).
   */
  private pausedOn(date: string): { part: string | null; since: string; until: string | null; reason: string; still: boolean }[] {
    return this.plan.pauses
      .filter((p) => p.from <= date && (p.until === undefined || p.until > date))
      .map((p) => ({
        part: p.only ? pausedPartName(p.only, this.plan.phases) : null,
        since: p.from,
        until: this.resumeOf(p),
        reason: p.reason,
        still: stillPaused(p.from, date),
      }));
  }

  /**
   * Per open pause running on `date`, the launch phases it keeps from starting (its own, and those
   * that wait for it), in plan order: since when and why. Their start waits for it to end.
   */
  private waitingOn(date: string): { phases: string[]; since: string; reason: string }[] {
    const day = parseDay(date);
    const held = this.schedule.held.phases.filter((p) => p.kind === 'launch');
    return this.localDays.pauses.paused.spans
      .filter((s) => !s.rollback && s.until === undefined && s.from <= day)
      .map((s) => ({ phases: held.filter((p) => reaches(s.reach, { phase: p.id })).map((p) => p.name), since: formatDay(s.from), reason: s.pause.reason }))
      .filter((w) => w.phases.length > 0);
  }

  /**
   * The live phases whose launch a pause or an extension moved later, with the day people were
   * last told before the last of those moves (as its notice said "instead of") and the day they started.
   */
  private late(live: PhaseData[]): { name: string; was: string; now: string }[] {
    const known = (this.knownStarts ??= new KnownStarts(this.plan, parseDay(this.schedule.start)));
    return live.flatMap((p) => {
      const launch = this.launchOf(p);
      if (launch && this.secondTryOf(p, launch)) return [];
      const told = known.toldBefore(p.id);
      const was = told === undefined ? undefined : formatDay(told);
      return launch && was !== undefined && was < launch.date ? [{ name: p.name, was, now: launch.date }] : [];
    });
  }

  /** The live phases whose launch is a second try of theirs after a rollback, with the day they started again. */
  private restarts(live: PhaseData[]): { name: string; now: string }[] {
    return live.flatMap((p) => {
      const launch = this.launchOf(p);
      return launch && this.secondTryOf(p, launch) ? [{ name: p.name, now: launch.date }] : [];
    });
  }

  private launchOf(p: PhaseData): ScheduleEvent | undefined {
    return this.byPhase.get(p.id)?.find((e) => e.type === 'launch');
  }

  /** Whether `launch` starts the phase again after a rollback of it (`resume`). */
  private secondTryOf(p: PhaseData, launch: ScheduleEvent): boolean {
    return (this.schedule.rollbacks ?? []).some((r) => r.resume !== undefined && r.phases.includes(p.id) && r.resume.on <= launch.date);
  }

  /** The first pause the plan has by `date` that starts within the week after it, as the last update before it tells it. */
  private pauseAhead(date: string): { from: string; until: string | null; reason: string; part: string | null } | null {
    const week = addDays(date, 7);
    const pause = [...this.plan.pauses].sort((a, b) => a.from.localeCompare(b.from)).find((p) => p.from > date && p.from <= week);
    if (!pause) return null;
    return {
      from: pause.from,
      until: this.resumeOf(pause),
      reason: pause.reason,
      part: pause.only ? pausedPartName(pause.only, this.plan.phases) : null,
    };
  }

  /**
   * A live phase as a pause holds it on an update's day: paused since when, until when and why;
   * and whether the days its latest measurement (of `measuredOn`) counts lie mostly in its pause
   * (`during`), in the first week back (`after`), or, once the pause has begun, in the week
   * before it (`before`): see pauseWeekOf. Only of pauses that began after the phase's `launch`.
   */
  private pausedPhase(part: Part, date: string, measuredOn: string | null, launch: string) {
    const spans = this.localDays.pauses.paused.for(part).spans;
    const day = parseDay(date);
    const now = spans.find((s) => s.from <= day && (s.until === undefined || day < s.until));
    const measured = measuredOn === null ? null : parseDay(measuredOn);
    // By the days the figure counts, not the day of its report: a weekly report refreshed the day a pause ends counts the pause.
    const days = measuredDays(this.plan, this.measuredData.progress?.metrics.activeUse);
    // The week before a pause is said once the pause has begun, not in an update before it.
    // A pause that began before the phase's launch only held it back: its figures never straddled that pause.
    const live = spans.filter((s) => s.from > parseDay(launch));
    const weeks = measured === null ? [] : live.map((s) => pauseWeekOf(s, measured, days)).filter((w, k) => w !== null && (w !== 'before' || live[k]!.from <= day));
    const pauseWeek = weeks[0] ?? null;
    const paused = now
      ? {
          since: formatDay(now.from),
          // The day work starts again: a pause that ends on a holiday or a weekend resumes the working day after.
          until: now.until === undefined ? null : this.resumesOn({ from: now.from, until: now.until, only: now.pause.only }),
          reason: now.pause.reason,
          still: stillPaused(formatDay(now.from), date),
        }
      : null;
    return { paused, pauseWeek };
  }

  /**
   * The day work starts again after a pause ending on `until`: on a holiday or a weekend, the
   * working day after, on the days of the part paused (its location's, its phase's people's); for
   * a phase paused before it began, the day it now starts, as the schedule's resume item.
   */
  private resumesOn(pause: { from: Day; until: Day; only: PartName | undefined }): string {
    const start = (id: string) => {
      const phase = this.schedule.phases.find((p) => p.id === id);
      return phase && parseDay(phase.start);
    };
    return formatDay(resumesOn(pause, start, this.localDays.resumeDays(pause.only) ?? this.calendar));
  }

  /** The day a pause as written (`until` absent or null while open) resumes, see resumesOn. */
  private resumeOf(pause: { from: string; until?: string | null | undefined; only?: PartName | undefined }): string | null {
    return pause.until === undefined || pause.until === null ? null : this.resumesOn({ from: parseDay(pause.from), until: parseDay(pause.until), only: pause.only });
  }

  /**
   * The locations of a live phase of several places, when a pause of one of them alone holds it
   * on an update's day or on the day of its latest measurement (`measuredOn`), or that day is in
   * the first week back from such a pause; null otherwise.
   */
  private pausedPlaces(phase: PhaseData, date: string, measuredOn: string | null): string[] | null {
    if (phase.locations.length < 2 || !this.localDays.pauses.scoped) return null;
    const days = [date, ...(measuredOn === null ? [] : [measuredOn])].map(parseDay);
    const own = this.localDays.pauses.paused.spans.filter(
      (s) => s.reach?.location !== undefined && phase.locations.includes(s.reach.location) && !reaches(s.reach, { phase: phase.id }),
    );
    const touches = own.some((s) => days.some((d) => s.from <= d && (s.until === undefined || d < s.until + 7)));
    // A location rolled back by the update's day has a line of its own: back on the old tools.
    const rolledBack = new Set(own.filter((s) => s.rollback !== undefined && holdsOn(s, days[0]!)).map((s) => s.reach!.location));
    return touches ? phase.locations.filter((l) => !rolledBack.has(l)) : null;
  }

  /** The measured values up to an update's date, with names and numbers in the message's language. */
  private measured(message: Message, live: PhaseData[]) {
    const ids = new Set(live.map((p) => p.id));
    const progress = this.measuredData.progress;
    const state = progress?.at(message.date, this.schedule.phases.filter((p) => ids.has(p.id)));
    if (!progress || !state) return null;
    const names = new Map(live.map((p) => [p.id, p.name]));
    // A value from before the day the update is measured up to says when it was measured.
    const earlier = (day: string | null) => day !== null && day < state.day;
    // Only a company-wide value: say it once, without a "not measured yet" line for every phase.
    const phases = state.company && state.phases.every((p) => p.percent === null) ? [] : state.phases;
    const line = (p: PhaseUse, name: string, launch: string, part: Part) => ({ ...p, name, launch, earlier: earlier(p.day), ...this.pausedPhase(part, message.date, p.day, launch) });
    return {
      day: state.day,
      phases: phases.flatMap((p) => {
        const phase = live.find((l) => l.id === p.phase)!;
        const places = this.pausedPlaces(phase, message.date, p.day);
        if (places === null) return [line(p, names.get(p.phase)!, phase.launch, { phase: p.phase })];
        // A pause of one of its locations alone: each place on its own line, so that the place held is told as paused, and the others' use is not its outage.
        const planned = this.schedule.phases.find((s) => s.id === p.phase)!;
        return places.map((location) => line(progress.locationUse(planned, location, message.date), `${phase.name} (${location})`, this.startAt(planned, location), { phase: p.phase, location }));
      }),
      company: state.company && { ...state.company, earlier: earlier(state.company.day) },
      satisfaction: state.satisfaction && { ...state.satisfaction, text: decimal(state.satisfaction.score, this.lang), goal: decimal(state.satisfaction.goal, this.lang) },
      nps: state.nps && { ...state.nps, text: signed(state.nps.score, this.lang) },
      tickets: state.tickets,
    };
  }

  /**
   * The satisfaction survey a survey email sends, or the one in the week an each-week-after
   * checklist covers; null for other messages and weeks without one.
   */
  private survey(message: Message) {
    if (message.template !== 'survey' && message.template !== 'each-week-after') return null;
    const weekEnd = addDays(message.date, 6);
    const surveys = this.schedule.events.filter((e) => e.type === 'survey');
    const event = message.template === 'survey' ? message.event : surveys.find((e) => e.date >= message.date && e.date <= weekEnd);
    if (!event) return null;
    // The groups that have used the tool before the survey day; one starting that day has nothing to rate yet,
    // nor one starting on the day a holiday moved the survey off.
    // People whose part rolled back by then are back on the old tools: nothing to rate, not asked.
    const asked = new Set(surveyedPhases(this.schedule, event).map((p) => p.id));
    const live = this.phases.filter((p) => asked.has(p.id) && this.rolledBackPeople(p.id, event.date) < p.people);
    const newest = live.reduce((day, p) => (p.launch > day ? p.launch : day), '');
    return {
      date: event.date,
      number: surveys.indexOf(event) + 1,
      people: Math.min(this.plan.organization.headcount, live.reduce((n, p) => n + p.people - this.rolledBackPeople(p.id, event.date), 0)),
      groups: live.map((p) => p.name),
      // Whole weeks the group that started last has used the tool: what the survey can say of everyone it asks.
      weeks: newest === '' ? 0 : Math.floor((parseDay(event.date) - parseDay(newest)) / 7),
      // Two working days to answer: never a weekend or a holiday of most of those it asks.
      answerBy: formatDay(this.readersCalendar(event).nthWorkingDay(parseDay(event.date) + 1, 2)),
      // The form whose export the gates read: answers sent any other way never reach them.
      link: this.plan.communications.surveyLink ?? null,
      // The scale the satisfaction question asks on: the one the form's answers are read on.
      scale: this.surveyScale(),
    };
  }

  /** The lowest and highest answer the satisfaction question asks for, in the message's language. */
  private surveyScale() {
    const [low, high] = satisfactionScale(this.plan.metrics);
    return { low: decimal(low, this.lang), high: decimal(high, this.lang) };
  }

  /** The days the readers of a message work, as the schedule sent it by (see MessageCalendars). */
  private readersCalendar(event: ScheduleEvent): WorkCalendar {
    this.messageCalendars ??= new MessageCalendars(this.plan, this.calendar, timePhases(this.plan, parseDay(this.schedule.start)));
    return this.messageCalendars.of(event, () => surveyDay(event)) ?? this.calendar;
  }

  /** The days of a week that gates fall due, each with its gates and the exports to download that day. */
  private downloads(week: number) {
    const gates = this.schedule.events.filter((e) => e.type === 'gate' && e.week === week);
    // By the id gate-check judges each by: a go/no-go judged again for a part's second try has its own.
    this.judged ??= judgedIds(this.plan, parseDay(this.schedule.events.at(-1)?.date ?? this.schedule.start));
    const judged = this.judged;
    return [...new Set(gates.map((e) => e.date))].map((date) => {
      const due = gates.filter((e) => e.date === date);
      const downloads = due.flatMap((e) => e.downloads ?? []);
      return { date, gates: due.map((e) => judged(e.key, e.date)), exports: downloadTexts(downloads, this.lang), later: laterCopies(downloads, this.lang) };
    });
  }

  /** One of the plan's common challenges per week, in turn, for the coordinator to watch for. */
  private challenge(week: number) {
    const list = this.plan.challenges;
    if (list.length === 0) return null;
    const c = list[(((week - 2) % list.length) + list.length) % list.length]!;
    return { challenge: word(c.challenge, this.lang), mitigation: word(c.mitigation, this.lang) };
  }

  private decommission(phase: SchedulePhase) {
    const { plan, schedule, lang } = this;
    const planned = plan.phases.find((p) => p.id === phase.id);
    const steps = schedule.events
      .filter((e) => e.type === 'decommission' && e.phase === phase.id)
      .map((e) => ({ key: e.key, date: e.date, label: DECOMMISSION_STEPS[e.key === 'archive' ? plan.tool.oldData : e.key]?.[lang] ?? e.title }));
    return {
      old: plan.tool.replaces ?? (lang === 'nl' ? 'het oude systeem' : 'the old system'),
      start: phase.start,
      end: phase.end,
      steps,
      turnOff: steps.find((s) => s.key === 'turn-off')?.date ?? phase.end,
      // "active use is at least 80%", in words rather than the metric's id and operator; the
      // parts stay for templates written before the clause existed.
      condition: planned?.when ? { clause: conditionClause(planned.when, plan.metrics, lang), ...conditionFields(planned.when, plan.metrics, lang) } : null,
    };
  }

  /**
   * Whether the switch-off condition held, as measured up to `date`: what a retrospective or a
   * review may claim. `measured` is null without data, and `met` then null: say what was
   * planned and what to check; `metric` is null without a switch-off condition.
   */
  private outcome(date: string) {
    const { plan, lang } = this;
    const when = plan.phases.find((p) => p.kind === 'decommission' && p.when)?.when;
    // Without a switch-off condition there is nothing to check: no success to claim either.
    if (!when) return { metric: null, goal: null, measured: null, met: null };
    const metric = plan.metrics.find((m) => m.name === when.metric);
    const unit = metric?.unit === 'percent' || /_pct$/.test(when.metric) ? '%' : '';
    const measured = this.measuredData.progress?.switchOff(date) ?? null;
    // The condition reads the lowest part: named, with the whole organization's value beside it, unless it is the whole organization's.
    const { phase, group, location } = measured?.lowest ?? {};
    const part = phase !== undefined ? (this.phases.find((p) => p.id === phase)?.name ?? phase) : (group ?? location ?? null);
    const whole = part !== null && measured?.organization != null ? `${decimal(measured.organization, lang)}${unit}` : null;
    return {
      metric: metric?.inSentence ?? midSentence(word(metric?.label ?? when.metric, lang)),
      goal: `${OPERATORS[lang][when.op]} ${decimal(when.threshold, lang)}${unit}`,
      measured: measured && { value: `${decimal(measured.value, lang)}${unit}`, day: measured.day, part, organization: whole },
      met: measured ? measured.met : null,
    };
  }

  /** `sent` is the retrospective's own date: its next steps are the reviews still to come. */
  private retrospective(sent: string) {
    const launches = this.phases.filter((p) => p.kind === 'launch');
    return {
      nextReviews: this.reviews.filter((r) => r.date > sent),
      launches: launches.length,
      people: Math.min(this.plan.organization.headcount, launches.reduce((n, p) => n + p.people, 0)),
      first: launches[0]?.launch ?? this.schedule.start,
      last: launches[launches.length - 1]?.end ?? this.schedule.end,
    };
  }
}

/**
 * A phase's item of `type` for its people at `location`: the one the schedule dates at their place
 * (a second try there, see sharedSecondTries), which is theirs, else the phase's own.
 */
function placeItem(events: readonly ScheduleEvent[], type: ScheduleEvent['type'], location: string | undefined): ScheduleEvent | undefined {
  const own = location === undefined ? undefined : events.find((e) => e.type === type && e.location === location);
  return own ?? events.find((e) => e.type === type && e.location === undefined) ?? events.find((e) => e.type === type);
}
