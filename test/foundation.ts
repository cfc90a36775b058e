import { minimalPlan } from './helpers.js';

/**
 * A foundation of 14 on the small preset: 10 in Paramaribo, and 4 field staff in Albina, all in
 * group Veldkantoor, who read no email and are told by WhatsApp and a printed notice.
 */
export function foundationPlan(): Record<string, unknown> {
  return minimalPlan({
    tool: { name: 'Google Workspace', contact: { name: 'Kantoor', email: 'kantoor@stichting.example' } },
    organization: {
      name: 'Stichting',
      headcount: 14,
      languages: ['nl'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 10 },
        { name: 'Albina', timezone: 'America/Paramaribo', headcount: 4 },
      ],
      groups: [{ name: 'Veldkantoor', headcount: 4, kind: 'department', location: 'Albina' }],
    },
    start: '2027-02-15',
    preset: 'small',
    communications: { targetedGroups: [{ group: 'Veldkantoor', channel: 'WhatsApp', send: ['text', 'notice'] }] },
  });
}
