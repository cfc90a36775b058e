import type { Check } from './checks.js';
import type { Plan } from './resolve.js';

type Person = NonNullable<Plan['tool']['contact']>;

/** Where the plan names each person who may sign its messages. */
const PEOPLE = [
  { path: ['tool', 'sponsor'], of: (plan: Plan) => plan.tool.sponsor },
  { path: ['communications', 'sender'], of: (plan: Plan) => plan.communications.sender },
  { path: ['tool', 'contact'], of: (plan: Plan) => plan.tool.contact },
] as const;

/**
 * Who signs a message, as the playbook has it: the executive sponsor the first announcement,
 * `communications.sender` every other one; each stands in for the other, and the contact for
 * both. A person written without an address takes the one the plan gives the same name
 * elsewhere (the sponsor who also signs as sender), so that the drafts carry a From.
 */
export function messageSender(plan: Plan, first: boolean): Person | undefined {
  return signer(plan, first)?.person;
}

function signer(plan: Plan, first: boolean): { person: Person; path: readonly string[] } | undefined {
  const [sponsor, sender, contact] = PEOPLE;
  const chosen = (first ? [sponsor, sender, contact] : [sender, sponsor, contact]).find((p) => p.of(plan) !== undefined);
  const person = chosen?.of(plan);
  if (!chosen || !person) return undefined;
  const email = person.email ?? PEOPLE.map((p) => p.of(plan)).find((p) => p?.email !== undefined && p.name.trim() === person.name.trim())?.email;
  return { person: email === undefined ? person : { ...person, email }, path: chosen.path };
}

/**
 * A hint, once per person, for a signer whose address the plan never gives, and once when no one
 * signs at all: those drafts go out with no From.
 */
export function checkSenderAddress(plan: Plan): Check[] {
  if (signer(plan, false) === undefined) {
    return [{ severity: 'hint', code: 'sender-without-email', path: ['communications'], message: 'no one signs the messages (no sponsor, sender or contact): they are signed with the organization\'s name and their .eml drafts get no From address', hint: 'add sender: { name: ..., email: ... } under communications' }];
  }
  const kinds = [
    { first: true, what: 'the first announcement' },
    { first: false, what: 'every other message' },
  ];
  const found = new Map<string, { path: readonly string[]; name: string; what: string[] }>();
  for (const { first, what } of kinds) {
    const s = signer(plan, first);
    if (s === undefined || s.person.email !== undefined) continue;
    const key = s.path.join('.');
    const entry = found.get(key) ?? { path: s.path, name: s.person.name, what: [] };
    entry.what.push(what);
    found.set(key, entry);
  }
  return [...found.values()].map(({ path, name, what }) => ({
    severity: 'hint',
    code: 'sender-without-email',
    path,
    message: `${name} signs ${what.length === 2 ? 'every message' : what[0]} but has no email here: those .eml drafts get no From address`,
    hint: `add email: to ${path.join('.')}`,
  }));
}
