import { norm, type Header } from '../columns.js';

/**
 * The columns of a Teams report's participants that the count reads. Teams names them in the
 * organiser's language, but keeps their order: Name, First Join, Last Leave, In-Meeting
 * Duration, Email, Participant ID (UPN), Role (since 2022), or Full Name, Join Time, Leave Time,
 * Duration, Email, Role, Participant ID (UPN) (2021); `(UPN)` stays in every language.
 */
export interface TeamsColumns {
  /** Email, else the Participant ID (UPN). */
  person?: number;
  name?: number;
  join?: number;
  leave?: number;
  duration?: number;
  /** A report from before mid-2021: one row per join and leave, each with its time. */
  timestamp?: number;
}

/** Names Teams writes in English, and some of other languages; any other name is found by its place. */
const NAMES = {
  email: ['Email', 'E-mail', 'E-mailadres', 'E-Mail'],
  name: ['Name', 'Full Name', 'Naam'],
  join: ['First Join', 'Join Time', 'Erster Beitritt'],
  leave: ['Last Leave', 'Leave Time', 'Letztes Verlassen'],
  duration: ['In-Meeting Duration', 'Duration'],
};

/** Where each column is in the layouts that have a `(UPN)` column at 5 (since 2022) or 6 (2021). */
const PLACES = { name: 0, join: 1, leave: 2, duration: 3, email: 4 };

const UPN = /\(UPN\)/i;

/** Whether a header is that of a Teams report's participants, in any language. */
export function isTeamsHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => UPN.test(cell)) || cells.some((cell) => norm(cell) === 'user action');
}

/** The columns of a Teams report's participants: by their English (or Dutch, German) names, else by their place. */
export function teamsColumns(header: Header): TeamsColumns {
  const upn = header.cells.findIndex((cell) => UPN.test(cell));
  const placed = upn === 5 || upn === 6;
  const find = (what: keyof typeof NAMES): number | undefined => {
    const index = header.cells.findIndex((cell) => NAMES[what].some((name) => norm(name) === norm(cell)));
    if (index >= 0) return header.at(index);
    return placed ? header.at(PLACES[what]) : undefined;
  };
  const email = find('email');
  const columns: TeamsColumns = { person: email ?? (upn >= 0 ? header.at(upn) : undefined), name: find('name'), join: find('join'), leave: find('leave'), duration: find('duration') };
  const timestamp = header.cells.findIndex((cell) => norm(cell) === 'timestamp');
  if (timestamp >= 0) columns.timestamp = header.at(timestamp);
  return columns;
}
