import type { Check } from './checks.js';

/**
 * A hint at a targeted group that names a channel of its own but no `send:`: its launch messages
 * are then written as email only (send's default), and nothing is written for the channel it
 * names, a WhatsApp group or a notice in the site hut, without a word said.
 */
export function checkChannelWithoutSend(input: unknown): Check[] {
  const groups = (input as { communications?: { targetedGroups?: unknown } } | null)?.communications?.targetedGroups;
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((entry: unknown, i): Check[] => {
    if (entry === null || typeof entry !== 'object' || !('channel' in entry) || 'send' in entry) return [];
    const group = 'group' in entry ? String(entry.group) : '';
    return [{
      severity: 'hint',
      code: 'channel-without-send',
      path: ['communications', 'targetedGroups', i, 'channel'],
      atKey: true,
      message: `group "${group}" has a channel of its own but no send: render-emails writes its launch messages as email only, and no text or notice for that channel`,
      hint: 'add send: [text, notice] for a WhatsApp or SMS text and a printable notice, or send: [email, text, notice] if the group reads email too; to keep email only, write send: [email]',
    }];
  });
}
