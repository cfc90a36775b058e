import { norm, type Header } from '../columns.js';

/**
 * The columns of a Teams report's participants that the count reads. Teams names them in the
 * organiser's language, in the order Name, First Join, Last Leave, In-Meeting Duration, Email,
 * Participant ID (UPN), Role (since 2022), or Full Name, Join Time, Leave Time, Duration, Email,
 * Role, Participant ID (UPN) (2021); a report without Email has its `(UPN)` column further left.
 * `(UPN)` stays in every language.
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

/**
 * What each column's name is or has in a report downloaded in English, Dutch or German (`First
 * Join`, `Join Time` in 2021, `Eerste keer deelgenomen`, `Erster Beitritt`): a column is found by
 * its name wherever it is, so a report without an e-mail column reads as well as one with it.
 */
const NAMES = {
  email: /^e-?mail(?:-?adres|-adresse| address)?$/,
  name: /^(?:full name|name|naam|volledige naam|vollständiger name)$/,
  join: /join|beitritt|deelgenomen|deelname/,
  leave: /leave|verlassen|vertrokken|vertrek/,
  duration: /duration|dauer|duur/,
  role: /^(?:role|rol|rolle)$/,
};

type Named = keyof typeof NAMES;

/** Where each column is in the layouts that have a `(UPN)` column at 5 (since 2022) or 6 (2021): for a name in another language. */
const PLACES: Partial<Record<Named, number>> = { name: 0, join: 1, leave: 2, duration: 3, email: 4 };

const UPN = /\(UPN\)/i;

/**
 * Whether two names a plan writes are one report column's names in two languages (`Role`, `Rol`,
 * `Rolle`; `Participant ID (UPN)`, `Deelnemer-id (UPN)`): a condition written in both applies to
 * each report by the name it has. `known`: whether a name is one of a report column's names.
 */
export const reportColumnNames = {
  same(a: string, b: string): boolean {
    const [x, y] = [norm(a), norm(b)];
    return (UPN.test(x) && UPN.test(y)) || Object.values(NAMES).some((name) => name.test(x) && name.test(y));
  },
  known(name: string): boolean {
    return reportColumnNames.same(name, name);
  },
};

/** Whether a header is that of a Teams report's participants, in any language. */
export function isTeamsHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => UPN.test(cell)) || cells.some((cell) => norm(cell) === 'user action');
}

/**
 * The columns of a Teams report's participants: by their English, Dutch or German names, else,
 * where the `(UPN)` column is where Teams puts it, by their place when no other column has the
 * name of what stands there.
 */
export function teamsColumns(header: Header): TeamsColumns {
  const cells = header.cells.map(norm);
  const upn = cells.findIndex((cell) => UPN.test(cell));
  const named = new Map<Named, number>();
  for (const what of Object.keys(NAMES) as Named[]) {
    const index = cells.findIndex((cell, i) => i !== upn && NAMES[what].test(cell));
    if (index >= 0) named.set(what, index);
  }
  const taken = new Set([upn, ...named.values()]);
  const placed = upn === 5 || upn === 6;
  const find = (what: Named): number | undefined => {
    const index = named.get(what) ?? (placed && !taken.has(PLACES[what]!) ? PLACES[what] : undefined);
    return index === undefined ? undefined : header.at(index);
  };
  const email = find('email');
  const columns: TeamsColumns = { person: email ?? (upn >= 0 ? header.at(upn) : undefined), name: find('name'), join: find('join'), leave: find('leave'), duration: find('duration') };
  const timestamp = cells.indexOf('timestamp');
  if (timestamp >= 0) columns.timestamp = header.at(timestamp);
  return columns;
}
