import type { Check } from './checks.js';
import type { Language } from './schema.js';
import type { Plan } from './resolve.js';

/** The contact `rollout init` writes in a team without a help desk, for the person to fill in. */
export const STARTER_CONTACT: Record<Language, { name: string; email: string }> = {
  en: { name: 'First Last', email: 'name@example.org' },
  nl: { name: 'Voornaam Achternaam', email: 'naam@example.org' },
};

/** The help desk `rollout init` writes in a larger team: a real name, but an address to fill in. */
export const STARTER_HELP_DESK = { name: { en: 'Help Desk', nl: 'Helpdesk' }, email: 'helpdesk@example.org' } as const;

/** Domains reserved for examples (RFC 2606): no one reads mail sent there. */
const EXAMPLE_DOMAIN = /@example\.(org|com|net)$/i;

/**
 * Every message tells people whom to ask: `tool.contact`. Left as `rollout init` wrote it, or with
 * an address at an example domain, each email sends them to someone who does not exist.
 */
export function checkPlaceholderContact(plan: Plan): Check[] {
  const contact = plan.tool.contact;
  if (!contact) return [];
  const starter = Object.values(STARTER_CONTACT).some((c) => c.name === contact.name && c.email === contact.email);
  if (starter) {
    return [{ severity: 'warning', code: 'placeholder-contact', path: ['tool', 'contact'], message: `still the placeholder init wrote ("${contact.name} <${contact.email}>"): every message tells people to contact it`, hint: 'fill in the name and email of the person people ask (you?)' }];
  }
  if (contact.email !== undefined && EXAMPLE_DOMAIN.test(contact.email)) {
    return [{ severity: 'warning', code: 'placeholder-contact', path: ['tool', 'contact', 'email'], message: `${contact.email} is an example address no one reads: every message tells people to write to it`, hint: 'fill in the address people write to with questions' }];
  }
  return [];
}
