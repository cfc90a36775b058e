import type { Plan } from '../plan/resolve.js';
import { locationLanguages } from '../plan/location-languages.js';
import type { Language } from '../plan/schema.js';
import { launchPhaseOfGroup, targetedGroupsOf, type TargetedGroup } from '../plan/targeted.js';
import type { Schedule, SchedulePhase } from '../schedule/types.js';
import { readableId, shortHash } from '../util/ids.js';
import { surveyedPhases } from './languages.js';
import type { Message } from './messages.js';
import { FORM_TEMPLATES, TEXT_ONLY_TEMPLATES } from './templates.js';

/*
 * Groups reached otherwise than by email (`communications.targetedGroups[].send`): their launch
 * messages (announcement, reminder, welcome) are also, or only, written as a short text to paste
 * into WhatsApp or SMS and as a printable notice; once they have started, the weekly updates and
 * surveys to everyone as a text too.
 */

export type ChannelForm = 'text' | 'notice';
export const CHANNEL_FORMS: readonly ChannelForm[] = ['text', 'notice'];

/** The launch messages that say what, when, where and whom to ask: the ones a group gets in its own forms. */
const LAUNCH_MESSAGES: ReadonlySet<string> = new Set(FORM_TEMPLATES);
/** The messages to everyone a group gets as a text: the forms each may take. */
const TEXT_ONLY: ReadonlySet<string> = new Set(TEXT_ONLY_TEMPLATES);

/** A group's own forms of one message. */
export interface GroupForms {
  group: TargetedGroup;
  headcount: number;
  forms: ChannelForm[];
  /** The group's part of the file names. */
  part: string;
  /** The languages its people read: those of its location, else the message's. */
  languages: Language[] | undefined;
  /** For a message to everyone: the group's launch phase and location, which its text speaks of (its champion, its offline plan). */
  own?: { phase: SchedulePhase; location: string | undefined };
}

function groupAt(plan: Plan, name: string, location: string | undefined): boolean {
  const at = plan.organization.groups.find((g) => g.name === name)?.location;
  return location === undefined || at === undefined || at === location;
}

/**
 * The groups a message speaks to that are reached otherwise than by email, each with its forms: a
 * launch message's groups, and for a weekly update or survey to everyone the groups that have
 * started by then (those the survey asks), in a text.
 */
export function channelGroups(plan: Plan, schedule: Schedule, message: Message): GroupForms[] {
  if (message.kind !== 'email') return [];
  if (LAUNCH_MESSAGES.has(message.template) && message.phase) {
    return targetedGroupsOf(plan, message.phase.id)
      .filter((t) => groupAt(plan, t.group, message.location))
      .flatMap((t) => groupForms(plan, t, CHANNEL_FORMS));
  }
  if (!TEXT_ONLY.has(message.template) || message.phase) return [];
  const started = message.template === 'survey' && message.event ? surveyedPhases(schedule, message.event) : schedule.phases.filter((p) => p.kind === 'launch' && p.start <= message.date);
  return plan.communications.targetedGroups.flatMap((t) => {
    const phase = started.find((p) => p.id === plan.phases[launchPhaseOfGroup(plan, t.group)]?.id);
    if (!phase) return [];
    const location = plan.organization.groups.find((g) => g.name === t.group)?.location;
    return groupForms(plan, t, ['text']).map((g) => ({ ...g, own: { phase, location } }));
  });
}

/** A group's forms among those a message may take; none for a group read by email only. */
function groupForms(plan: Plan, t: TargetedGroup, may: readonly ChannelForm[]): GroupForms[] {
  const forms = may.filter((f) => t.send.includes(f));
  if (forms.length === 0) return [];
  const group = plan.organization.groups.find((g) => g.name === t.group);
  const readable = readableId(t.group);
  return [{
    group: t,
    headcount: group?.headcount ?? 0,
    forms,
    part: readable === '' ? shortHash(t.group, 8) : readable,
    languages: group?.location === undefined ? undefined : locationLanguages(plan, group.location),
  }];
}

/**
 * Whether a launch message's email would reach no one: its phase brings in named groups only,
 * and every one of them here is reached without email. Such a phase gets its groups' forms alone.
 */
export function emailUnread(plan: Plan, message: Message): boolean {
  if (message.kind !== 'email' || !LAUNCH_MESSAGES.has(message.template) || !message.phase) return false;
  const audience = plan.phases.find((p) => p.id === message.phase!.id)?.audience;
  if (audience === undefined || typeof audience !== 'object' || !('groups' in audience)) return false;
  const here = audience.groups.filter((g) => groupAt(plan, g, message.location));
  const noEmail = (name: string) => plan.communications.targetedGroups.some((t) => t.group === name && !t.send.includes('email'));
  return here.length > 0 && here.every(noEmail);
}

/** A form's file name: the message's, with the group before the template and the form after it (`2027-05-03_sites_crews_announcement-text.nl.txt`). */
export function formFile(message: Message, part: string, form: ChannelForm, lang: Language): string {
  const base = message.base.replace(new RegExp(`_${message.template}(-\\d+)?$`), (_, n: string | undefined) => `_${part}_${message.template}-${form}${n ?? ''}`);
  return `${base}.${lang}.${form === 'text' ? 'txt' : 'html'}`;
}
