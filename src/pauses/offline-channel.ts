import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { TargetedGroup } from '../plan/targeted.js';

/** Whether a targeted group is reached otherwise than by email: a channel of its own (a phone call, a WhatsApp group), or a text or notice to send. */
export const reachedOffline = (t: TargetedGroup): boolean => t.channel !== undefined || t.send.some((f) => f !== 'email');

/** An example channel in the plan's languages, for the hint. */
function exampleChannel(plan: Plan): string {
  const words = { en: 'WhatsApp message and a notice on the wall', nl: 'WhatsApp-bericht en een mededeling aan de muur' };
  const { languages } = plan.organization;
  return languages.length === 1 ? words[languages[0]!] : `{ ${languages.map((l) => `${l}: ${words[l]}`).join(', ')} }`;
}

/**
 * A hint at the first pause of each location (`only: { location }`) where no targeted group
 * there, nor one at no location in particular, is reached otherwise than by email: its pause and
 * resume notices then go out by email alone, which an outage there does not carry.
 */
export function checkPausedOffline(plan: Plan): Check[] {
  const { groups, locations } = plan.organization;
  const placeOf = (name: string) => groups.find((g) => g.name === name)?.location;
  const reached = (location: string) => plan.communications.targetedGroups.some((t) => reachedOffline(t) && (placeOf(t.group) ?? location) === location);
  const told = new Set<string>();
  return plan.pauses.flatMap((p, i): Check[] => {
    const location = p.only?.location;
    if (location === undefined || told.has(location) || !locations.some((l) => l.name === location) || reached(location)) return [];
    told.add(location);
    const group = groups.find((g) => g.location === location)?.name;
    const entry = `{ group: ${group ?? 'GROUP'}, channel: ${exampleChannel(plan)}, send: [email, text, notice] }`;
    return [{
      severity: 'hint',
      code: 'pause-without-offline-channel',
      path: ['pauses', i, 'only', 'location'],
      message: `the notices of the pause of ${location} go out by email alone: no group there is reached otherwise (communications.targetedGroups), and email may be what is down there`,
      hint: `add ${group === undefined ? `a group of ${location} (organization.groups, location: ${location}) and ` : ''}to communications.targetedGroups ${entry}: render-emails then writes its pause and resume notices as a text to send or read out and a notice to print too`,
    }];
  });
}
