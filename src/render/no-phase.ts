import { formatList } from '../util/lists.js';
import { valueAt } from './data-path.js';

/**
 * An email with no phase (a weekly update, a survey, the retrospective, a rollback email) goes to
 * all staff: `phase` is null in it every time, so "put it inside {{#if phase}}" would leave the
 * text out of every copy. What a template that reaches for `phase` there is told instead.
 */

/** What such an email can use in place of `phase`, each kept when the message has it. */
const INSTEAD: { path: string[]; what: string }[] = [
  { path: ['message', 'audience'], what: 'whom it goes to' },
  { path: ['weekly', 'live'], what: 'the phases live by then' },
  { path: ['survey', 'groups'], what: 'the groups it asks' },
  { path: ['rollout', 'phases'], what: 'every phase' },
];

interface MessageData {
  phase?: unknown;
  message?: { kind?: unknown; template?: unknown };
  location?: { name?: unknown } | null;
}

/** The problem with `name` (`phase.name`, `phase.launch`, ...) in an email without a phase; undefined elsewhere. */
export function allStaffPhase(name: string, data: unknown): string | undefined {
  const d = (data ?? {}) as MessageData;
  if (!/^(@root\.)?phase\./.test(name) || d.phase !== null || d.message?.kind !== 'email') return undefined;
  const template = String(d.message.template);
  const readers = template === 'survey' ? 'everyone who has started' : typeof d.location?.name === 'string' ? `everyone at ${d.location.name}` : 'all staff';
  const instead = INSTEAD.filter((i) => valueAt(data, i.path) != null).map((i) => `${i.path.join('.')} (${i.what})`);
  return `"${name}": the ${template} email goes to ${readers} and has no single phase; use ${formatList(instead, 'en', 'or')} instead`;
}
