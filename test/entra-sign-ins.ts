import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';

/** Microsoft Entra ID's interactive sign-in download (Monitoring > Sign-in logs > Download > CSV), as its header writes it. */
const HEADER = readFileSync(path.join(ROOT, 'test/fixtures/entra/InteractiveSignIns_2027-03-01_2027-03-15.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n')[0]!.trim().split(',');

export interface SignIn {
  /** `Date (UTC)`, as Entra writes it: `2027-03-06T01:30:00Z`. */
  at: string;
  /** `Username`, the user principal name. */
  user: string;
  app?: string;
  status?: 'Success' | 'Failure' | 'Interrupted';
}

/** A sign-in log with these rows, newest first as the download lists them, with a BOM and CRLF line ends. */
export function signInLog(rows: SignIn[]): string {
  const sorted = [...rows].sort((a, b) => b.at.localeCompare(a.at));
  const lines = sorted.map((r, i) => {
    const cells: Record<string, string> = {
      'Date (UTC)': r.at,
      'Request ID': `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      'User agent': 'Mozilla/5.0',
      User: r.user.split('@')[0]!,
      Username: r.user,
      'User ID': `11111111-0000-4000-8000-${String(i).padStart(12, '0')}`,
      'User type': r.user.includes('#EXT#') ? 'Guest' : 'Member',
      Application: r.app ?? 'Microsoft Teams',
      'Application ID': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      Resource: 'Microsoft Graph',
      'IP address': '200.1.2.3',
      Location: '"Paramaribo, Paramaribo, SR"',
      Status: r.status ?? 'Success',
      'Sign-in error code': r.status === 'Failure' ? '50126' : '0',
      'Failure reason': r.status === 'Failure' ? 'Error validating credentials due to invalid username or password.' : 'Other.',
      'Client app': 'Mobile Apps and Desktop clients',
      'Sign-in identifier': r.user,
    };
    return HEADER.map((name) => cells[name] ?? '').join(',');
  });
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
