import type { Plan } from '../plan/resolve.js';
import { locationLanguages } from '../plan/location-languages.js';
import type { Language } from '../plan/schema.js';
import { targetedGroupsOf, type TargetedGroup } from '../plan/targeted.js';
import { readableId, shortHash } from '../util/ids.js';
import type { Message } from './messages.js';
import { FORM_TEMPLATES } from './templates.js';

/*
 * Groups reached otherwise than by email (`communications.targetedGroups[].send`): their launch
 * messages (announcement, reminder, welcome) are also, or only, written as a short text to paste
 * into WhatsApp or SMS and as a printable notice.
 */

export type ChannelForm = 'text' | 'notice';
export const CHANNEL_FORMS: readonly ChannelForm[] = ['text', 'notice'];

/** The launch messages that say what, when, where and whom to ask: the ones a group gets in its own forms. */
const LAUNCH_MESSAGES: ReadonlySet<string> = new Set(FORM_TEMPLATES);

/** A group's own forms of one message. */
export interface GroupForms {
  group: TargetedGroup;
  headcount: number;
  forms: ChannelForm[];
  /** The group's part of the file names. */
  part: string;
  /** The languages its people read: those of its location, else the message's. */
  languages: Language[] | undefined;
}

function groupAt(plan: Plan, name: string, location: string | undefined): boolean {
  const at = plan.organization.groups.find((g) => g.name === name)?.location;
  return location === undefined || at === undefined || at === location;
}

/** The groups a launch message speaks to that are reached otherwise than by email, each with its forms. */
export function channelGroups(plan: Plan, message: Message): GroupForms[] {
  if (message.kind !== 'email' || !LAUNCH_MESSAGES.has(message.template) || !message.phase) return [];
  return targetedGroupsOf(plan, message.phase.id)
    .filter((t) => groupAt(plan, t.group, message.location))
    .flatMap((t) => {
      const forms = CHANNEL_FORMS.filter((f) => t.send.includes(f));
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
    });
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
