import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/** The plan, without pauses. */
const PLAN = [
  'version: 1',
  'tool: { name: Microsoft Teams, replaces: WhatsApp-groepen, contact: { name: Kantoorbeheer, email: it@notariaat.sr } }',
  'organization:',
  '  name: Notariaat',
  '  headcount: 16',
  '  languages: [nl, en]',
  '  groups:',
  '    - { name: Pilot, headcount: 2, kind: pilot }',
  '    - { name: Paramaribo, headcount: 14 }',
  'people: { file: people.csv, columns: { person: E-mailadres, group: Afdeling } }',
  'start: 2027-03-01',
  'phases:',
  '  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 2 }',
  '  - { id: paramaribo, name: Paramaribo, audience: { groups: [Paramaribo] }, weeks: 5 }',
  '  - { id: uitzetten, name: WhatsApp-groepen opheffen, kind: decommission, audience: none, weeks: 1, when: { metric: active_use_pct, op: ">=", threshold: 80 } }',
  'gates:',
  '  - { id: pilot-go, phase: pilot, metric: active_use_pct, threshold: 50, due: day-before, guards: next }',
  '  - { id: paramaribo-actief, phase: paramaribo, metric: active_use_pct, threshold: 80, within: 4w, guards: decommission }',
  'sources:',
  '  - { file: "exports/TeamsUserActivityUserDetail*.csv", kind: activity, date: Report Refresh Date, person: User Principal Name, lastActive: Last Activity Date, exclude: { Is Deleted: "True" } }',
].join('\n');

/**
 * A notary's office of 16 switches off its WhatsApp groups once active use is 80% everywhere,
 * from Monday 19 April 2027, after the pilot (1 March, 2 people) and Paramaribo (15 March, 14
 * people). `paramaribo-actief` guards the switch-off: 80% active use in Paramaribo 4 weeks after
 * its launch, due Monday 12 April. Teams' activity exports, refreshed on Friday 12 March (the
 * pilot both active), Saturday 10 April (Paramaribo 11 of 14 active within the 7 days before:
 * 78.57%, so the gate fails on its day) and Saturday 8 May (all 16 active: 100%).
 * `pause` is appended to the plan as it is.
 */
export function paramariboSwitchOff(pause = ''): { dir: string; plan: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  writeFileSync(plan, `${PLAN}\n${pause}`);
  const pilot = ['a.pilot@notariaat.sr', 'b.pilot@notariaat.sr'];
  const paramaribo = Array.from({ length: 14 }, (_, i) => `p${i + 1}@notariaat.sr`);
  const roster = [...pilot.map((p) => `${p};Pilot`), ...paramaribo.map((p) => `${p};Paramaribo`)];
  writeFileSync(path.join(dir, 'people.csv'), `\uFEFFE-mailadres;Afdeling\r\n${roster.join('\r\n')}\r\n`);
  mkdirSync(path.join(dir, 'exports'));
  // One row per person, as Teams exports them; a deleted account too, which leaves the count.
  const week = (day: string, lastActive: (person: string, i: number) => string) => {
    const rows = [...pilot, ...paramaribo].map((p, i) => `${day},Notariaat,${p},${lastActive(p, i)},False,,MICROSOFT 365 BUSINESS BASIC`);
    rows.push(`${day},Notariaat,oud.account@notariaat.sr,,True,2027-02-20,`);
    const header = 'Report Refresh Date,Tenant Display Name,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products';
    writeFileSync(path.join(dir, 'exports', `TeamsUserActivityUserDetail${day.replaceAll('-', '')}.csv`), `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`);
  };
  week('2027-03-12', (_, i) => (i < 2 ? '2027-03-11' : ''));
  // Paramaribo's p12 to p14 were last active on 20 March, more than 7 days before 10 April.
  week('2027-04-10', (_, i) => (i < 13 ? '2027-04-08' : '2027-03-20'));
  week('2027-05-08', () => '2027-05-07');
  return { dir, plan };
}

/** The open pause of the switch-off gate-check advised on 19 April. */
export const SWITCH_OFF_PAUSE = 'pauses:\n  - { from: 2027-04-19, reason: paramaribo-actief niet gehaald, only: { phase: uitzetten } }\n';
