import type { Plan } from '../plan/resolve.js';
import { locationLanguages } from '../plan/location-languages.js';
import type { Language } from '../plan/schema.js';
import { targetedParts, type TargetedGroup, type TargetedPart } from '../plan/targeted.js';
import { backOnOldTools } from '../rollback/parts.js';
import { rolledBackOn } from '../rollback/notice.js';
import type { Schedule, SchedulePhase } from '../schedule/types.js';
import { readableId, shortHash } from '../util/ids.js';
import { plannedPause } from '../pauses/readers.js';
import { surveyedPhases } from './languages.js';
import type { Message } from './messages.js';
import { FORM_TEMPLATES } from './templates.js';

/*
 * Groups reached otherwise than by email (`communications.targetedGroups[].send`): their launch
 * messages (announcement, reminder, welcome) are also, or only, written as a short text to paste
 * into WhatsApp or SMS and as a printable notice; so are, once they have started, the weekly
 * updates and surveys to everyone; the pause, resume and extension notices that move their dates;
 * the switch-off's announcement, its postponement, the retrospective, and a rollback that reaches
 * them. An email's "To:" counts only those who read it.
 */

export type ChannelForm = 'text' | 'notice';
export const CHANNEL_FORMS: readonly ChannelForm[] = ['text', 'notice'];

/** The messages a group gets in its own forms. */
const FORM_MESSAGES: ReadonlySet<string> = new Set(FORM_TEMPLATES);
/** The launch messages that say what, when, where and whom to ask: written for the phase's own people. */
const LAUNCH_MESSAGES: ReadonlySet<string> = new Set(['announcement', 'reminder', 'welcome']);
/** The messages to everyone that every such group gets, whether it has started or not: the old tools go, or stay, for all. */
const TO_ALL: ReadonlySet<string> = new Set(['decommission', 'switch-off-postponed', 'retrospective']);

/** A group's own forms of one message. */
export interface GroupForms {
  group: TargetedGroup;
  /** The group's people this message speaks to: all of them, or those of one phase and place when the roster splits it. */
  headcount: number;
  forms: ChannelForm[];
  /** The group's part of the file names. */
  part: string;
  /** The languages its people read: those of its location, else the message's. */
  languages: Language[] | undefined;
  /** For a part of a group the roster splits: its people's phase and place. */
  split?: { phase: string | undefined; location: string | undefined };
  /**
   * For a message not of the group's own launch: the group's launch phase (none while an open
   * pause holds it) and location, which its forms speak of (its champion, its start, its offline plan).
   */
  own?: { phase: SchedulePhase | undefined; location: string | undefined };
}

/** Whether a group's people (of one part) may be at a location: at it, or at none in particular. */
function partAt(t: TargetedPart, location: string | undefined): boolean {
  return location === undefined || t.location === undefined || t.location === location;
}

/** The id of the launch phase that brings a part in, if one does. */
const phaseIdOf = (plan: Plan, t: TargetedPart): string | undefined => plan.phases[t.phase]?.id;

/** Whom a message goes to: everyone, or the people of some launch phases (at one location). */
type Readers = { everyone: true } | { everyone: false; phases: { id: string; location?: string | undefined }[] };

/** The readers of an email, as the languages it is written in count them (see MessageLanguages). */
function readersOf(schedule: Schedule, message: Message): Readers {
  if (message.readers && (message.readers.everyone || message.readers.phases.length > 0)) return message.readers.everyone ? { everyone: true } : { everyone: false, phases: message.readers.phases };
  if (message.template === 'survey' && message.event) {
    const asked = surveyedPhases(schedule, message.event);
    if (asked.length > 0) return { everyone: false, phases: asked.map((p) => ({ id: p.id })) };
  }
  if (message.phase?.kind === 'launch') return { everyone: false, phases: [{ id: message.phase.id, location: message.location }] };
  return { everyone: true };
}

/** The groups `communications.targetedGroups` names among a message's readers (their parts that it reaches). */
function targetedReaders(plan: Plan, schedule: Schedule, message: Message): TargetedPart[] {
  const readers = readersOf(schedule, message);
  // A survey asks no one back on the old tools: its "To:" has already left them out.
  const asked = (t: TargetedPart) => message.template !== 'survey' || !backOnOldToolsOn(plan, schedule, t, message.date);
  const parts = targetedParts(plan).filter(asked);
  if (readers.everyone) return parts;
  return parts.filter((t) => readers.phases.some((r) => r.id === phaseIdOf(plan, t) && partAt(t, r.location)));
}

/**
 * The groups a message speaks to that are reached otherwise than by email, each with its forms: a
 * launch message's groups, and a rollback's of the part rolled back; for a weekly update or survey
 * the groups that have started by then (those the survey asks, none back on the old tools); for
 * the switch-off's announcement, its postponement and the retrospective every group (but the part
 * whose rollback postpones the switch-off: its own notice says so); for a pause, resume or
 * extension notice the groups whose dates it moves; for the rollback of the whole rollout every group.
 */
export function channelGroups(plan: Plan, schedule: Schedule, message: Message): GroupForms[] {
  if (message.kind !== 'email' || !FORM_MESSAGES.has(message.template)) return [];
  // A launch message, and the rollback of one part, speak to the phase's own people of their own phase and place.
  if (LAUNCH_MESSAGES.has(message.template) || (message.template === 'rollback' && message.event)) return message.phase ? targetedReaders(plan, schedule, message).flatMap((t) => groupForms(plan, t)) : [];
  const started = message.template === 'survey' || message.template === 'weekly-update';
  const offline = pausedLocation(plan, message);
  // A survey asks the groups of the phases it asks (see targetedReaders).
  const all = message.template === 'weekly-update' || TO_ALL.has(message.template) || message.template === 'rollback';
  const phases = message.template === 'survey' && message.event ? surveyedPhases(schedule, message.event) : started ? schedule.phases.filter((p) => p.kind === 'launch' && p.start <= message.date) : schedule.phases;
  return (all ? targetedParts(plan) : targetedReaders(plan, schedule, message)).flatMap((t) => {
    const id = phaseIdOf(plan, t);
    const phase = phases.find((p) => p.id === id);
    // The updates and surveys speak to those who have started.
    if (started && !phase) return [];
    if (message.template === 'switch-off-postponed' && rolledBackThatDay(plan, schedule, t, message)) return [];
    return groupForms(plan, t, offline !== undefined && t.location === offline).map((g) => ({ ...g, own: { phase, location: t.location } }));
  });
}

/** The rollbacks of one part that reach a group: of its location, or of the phase that brings it in. */
function rollbacksOf(plan: Plan, schedule: Schedule, t: TargetedPart) {
  const { location } = t;
  const id = phaseIdOf(plan, t);
  return (schedule.rollbacks ?? []).filter((r) => (r.only.location !== undefined && r.only.location === location) || (r.only.phase !== undefined && r.only.phase === id));
}

/** Whether a group is back on the old tools on `date`: its part rolled back and not started again. */
function backOnOldToolsOn(plan: Plan, schedule: Schedule, t: TargetedPart, date: string): boolean {
  return rollbacksOf(plan, schedule, t).some((r) => backOnOldTools(r, date));
}

/** Whether a group is in the part whose rollback a message comes from. */
function rolledBackThatDay(plan: Plan, schedule: Schedule, t: TargetedPart, message: Message): boolean {
  const on = message.event ? rolledBackOn(message.event) : message.date;
  return rollbacksOf(plan, schedule, t).some((r) => r.on === on);
}

/** A message as a group's own forms speak of it: of the group's launch phase and place, not the message's. */
export function ownMessage(message: Message, own: NonNullable<GroupForms['own']>): Message {
  const moved: Message = { ...message };
  delete moved.phase;
  delete moved.location;
  return { ...moved, ...(own.phase ? { phase: own.phase } : {}), ...(own.location === undefined ? {} : { location: own.location }) };
}

/** The groups among an email's readers that read no email, and how many people they are: its "To:" leaves them out. */
export function emailless(plan: Plan, schedule: Schedule, message: Message): { groups: string[]; people: number } {
  if (message.kind !== 'email' || plan.communications.targetedGroups.every((t) => t.send.includes('email'))) return { groups: [], people: 0 };
  const parts = targetedReaders(plan, schedule, message).filter((t) => !t.group.send.includes('email'));
  return { groups: [...new Set(parts.map((t) => t.group.group))], people: parts.reduce((n, t) => n + t.people, 0) };
}

/**
 * The location a pause or resume notice's pause holds alone (`only: { location }`): where the
 * line may be down, and the email that tells it not read.
 */
function pausedLocation(plan: Plan, message: Message): string | undefined {
  if ((message.template !== 'pause' && message.template !== 'resume') || !message.event) return undefined;
  return plannedPause(plan.pauses, message.event.key)?.only?.location;
}

/**
 * A group's own forms; none for a group read by email only, unless `offline`: a notice of its
 * location's pause reaches a group with a channel of its own (a phone call, a WhatsApp group) as a
 * text and a printable notice besides its email. The part of a group the roster splits is named in
 * its files by its place (or its phase, for people at no location), as the messages to everyone
 * give each part its own.
 */
function groupForms(plan: Plan, t: TargetedPart, offline = false): GroupForms[] {
  const named = CHANNEL_FORMS.filter((f) => t.group.send.includes(f));
  const forms = named.length === 0 && offline && t.group.channel !== undefined ? [...CHANNEL_FORMS] : named;
  if (forms.length === 0) return [];
  const name = t.split ? `${t.group.group} ${t.location ?? phaseIdOf(plan, t) ?? ''}` : t.group.group;
  const readable = readableId(name);
  return [{
    group: t.group,
    headcount: t.people,
    forms,
    part: readable === '' ? shortHash(name, 8) : readable,
    languages: t.location === undefined ? undefined : locationLanguages(plan, t.location),
    ...(t.split ? { split: { phase: phaseIdOf(plan, t), location: t.location } } : {}),
  }];
}

/**
 * Whether an email would reach no one: it goes to the people of named phases (at one location),
 * each of which has no one who reads email. Such a message is its groups' forms alone.
 */
export function emailUnread(plan: Plan, schedule: Schedule, message: Message): boolean {
  if (message.kind !== 'email' || !FORM_MESSAGES.has(message.template)) return false;
  const readers = readersOf(schedule, message);
  return !readers.everyone && readers.phases.every((r) => !readsEmail(plan, schedule, r));
}

/**
 * Whether some of a launch phase's people (at one location) read email: not when it brings in
 * named groups only, every one of them reached without email, or locations whose people are all
 * in such groups.
 */
export function readsEmail(plan: Plan, schedule: Schedule, r: { id: string; location?: string | undefined }): boolean {
  const noEmail = targetedParts(plan).filter((t) => !t.group.send.includes('email'));
  const audience = plan.phases.find((p) => p.id === r.id)?.audience;
  if (noEmail.length === 0 || audience === undefined || typeof audience !== 'object') return true;
  if ('groups' in audience) {
    const at = (g: string) => plan.organization.groups.find((x) => x.name === g)?.location;
    const here = audience.groups.filter((g) => r.location === undefined || at(g) === undefined || at(g) === r.location);
    return here.length === 0 || !here.every((g) => noEmail.some((t) => t.group.group === g));
  }
  // A phase of locations: the groups without email that start in it hold all its people there.
  const phase = schedule.phases.find((p) => p.id === r.id);
  const people = (r.location === undefined ? undefined : phase?.peopleAt?.[r.location]) ?? phase?.people ?? 0;
  const index = plan.phases.findIndex((p) => p.id === r.id);
  const without = noEmail.filter((t) => t.phase === index && partAt(t, r.location)).reduce((n, t) => n + t.people, 0);
  return without === 0 || without < people;
}

/** A form's file name: the message's, with the group before the template and the form after it (`2027-05-03_sites_crews_announcement-text.nl.txt`). */
export function formFile(message: Message, part: string, form: ChannelForm, lang: Language): string {
  const base = message.base.replace(new RegExp(`_${message.template}(-\\d+)?$`), (_, n: string | undefined) => `_${part}_${message.template}-${form}${n ?? ''}`);
  return `${base}.${lang}.${form === 'text' ? 'txt' : 'html'}`;
}
