/*
 * Bitwarden's organization event log (admin console > Reporting > Event logs > Export), as the web
 * vault's EventExport writes it: the columns below, `type` the EventType's name (User_LoggedIn,
 * User_FailedLogIn, Cipher_ClientViewed), dates in UTC with 7 fractional digits, the newest row
 * first, CRLF line ends, saved as `bitwarden_org-events_export_YYYYMMDDHHMMSS.csv`.
 */

export const BITWARDEN_HEADER = ['message', 'appIcon', 'appName', 'userId', 'userName', 'userEmail', 'date', 'ip', 'type', 'installationId'];

export interface BitwardenEvent {
  /** The moment in UTC, `2027-03-04T19:12:00Z`. */
  at: string;
  email: string;
  name: string;
  type: 'User_LoggedIn' | 'User_FailedLogIn' | 'User_FailedLogIn2fa' | 'Cipher_ClientViewed';
}

const MESSAGES: Record<BitwardenEvent['type'], string> = {
  User_LoggedIn: 'Logged in.',
  User_FailedLogIn: 'Login attempt failed with incorrect password.',
  User_FailedLogIn2fa: 'Login attempt failed with incorrect two-step login.',
  Cipher_ClientViewed: 'Viewed item 1a2b3c4d.',
};

/** The export of these events, newest first. */
export function bitwardenEventLog(events: BitwardenEvent[]): string {
  const rows = [...events]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((e, i) => [
      MESSAGES[e.type],
      'bwi-globe',
      'Web Vault - Chrome',
      `0000000${e.email.length % 10}-aaaa-bbbb-cccc-dddddddddddd`,
      e.name,
      e.email,
      e.at.replace('Z', '.1234567Z'),
      `190.98.1.${i + 1}`,
      e.type,
      `11111111-2222-3333-4444-55555555555${i % 10}`,
    ]);
  return [BITWARDEN_HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}
