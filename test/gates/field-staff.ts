import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { tempDir } from '../helpers.js';

/*
 * Stichting Bosland on Slack: Paramaribo from 2027-03-01, Albina from 03-15, Brownsweg from 03-29,
 * WhatsApp off from 04-12 once active use is >= 80. Group Kantoor works in Paramaribo; the field
 * staff (group Veldwerk) has no location in the plan: the roster puts two in Albina, two in Brownsweg.
 */
export function fieldStaffPlan(): Record<string, unknown> {
  return {
    version: 1,
    tool: { name: 'Slack', replaces: 'WhatsApp groups', contact: { name: 'ICT helpdesk', email: 'ict@bosland.sr' } },
    organization: {
      name: 'Stichting Bosland',
      headcount: 8,
      languages: ['nl', 'en'],
      locations: ['Paramaribo', 'Albina', 'Brownsweg'].map((name, i) => ({ name, timezone: 'America/Paramaribo', headcount: i === 0 ? 4 : 2 })),
      groups: [{ name: 'Kantoor', headcount: 4, location: 'Paramaribo' }, { name: 'Veldwerk', headcount: 4 }],
    },
    people: { file: 'people.csv', columns: { person: 'Email', group: 'Group', location: 'Location' } },
    start: '2027-03-01',
    strategy: { by: 'location' },
    phases: [
      ...['Paramaribo', 'Albina', 'Brownsweg'].map((name) => ({ id: name.toLowerCase(), name, audience: { locations: [name] }, weeks: 2 })),
      { id: 'decommission', name: 'Close the WhatsApp groups', kind: 'decommission', audience: 'none', weeks: 1, when: { metric: 'active_use_pct', op: '>=', threshold: 80 } },
    ],
    sources: [{ file: 'exports/* Member Analytics *.csv', kind: 'activity', asOf: 'filename', person: 'Email', lastActive: 'Last active (UTC)', exclude: { 'Deactivated date (UTC)': '*' } }],
  };
}

/**
 * The plan, its roster (CRLF, a Kantoor row without a location) and a Slack Members export saved on
 * `saved` (`Mar 19, 2027`) in which the `active` people were last active on `lastActive`.
 */
export function fieldStaff(saved: string, lastActive: string, active: string[]): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(fieldStaffPlan()));
  const roster = [['a', 'Kantoor', 'Paramaribo'], ['b', 'Kantoor', 'Paramaribo'], ['c', 'Kantoor', ''], ['d', 'Kantoor', 'Paramaribo'], ['e', 'Veldwerk', 'Albina'], ['f', 'Veldwerk', 'Albina'], ['g', 'Veldwerk', 'Brownsweg'], ['h', 'Veldwerk', 'Brownsweg']];
  writeFileSync(path.join(dir, 'people.csv'), ['Email,Group,Location', ...roster.map(([p, g, l]) => `${p}@bosland.sr,${g},${l}`)].join('\r\n') + '\r\n');
  mkdirSync(path.join(dir, 'exports'));
  const rows = active.map((p) => `${p.toUpperCase()} Doe,${p}@bosland.sr,Member,,4,"${lastActive}"`);
  writeFileSync(path.join(dir, 'exports', `Bosland Member Analytics Prior 30 Days - ${saved}.csv`), ['Name,Email,Account type,Deactivated date (UTC),Days active,Last active (UTC)', ...rows].join('\n') + '\n');
  return dir;
}
