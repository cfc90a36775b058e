import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * A firm whose office in Paramaribo works Monday to Friday and whose branch in Nieuw Nickerie
 * works Monday to Saturday; both have Monday 1 February 2027 off. What if the rollout paused for
 * a week from Wednesday 6 January, in the first week of the early adopters?
 */
const plan = (training = '') => `version: 1
tool: { name: Teamchat }
organization:
  name: Acme
  headcount: 60
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20, holidays: [2027-02-01] }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 40, holidays: [2027-02-01], workingDays: [mon, tue, wed, thu, fri, sat] }
start: 2027-01-04
${training}`;

interface Change {
  type: string;
  location?: string;
  to: string | null;
}

describe('what-if --pause at a firm whose branch works Saturdays', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), plan());
    writeFileSync(path.join(dir, 'shared.yaml'), plan('training: { mode: shared }\n'));
  });
  const changes = (file: string) => {
    const result = run(['what-if', '--plan', file, '--pause', '1w', '--at', '2027-01-06', '--format', 'json'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as { changes: Change[] }).changes;
  };
  const saturdays = (list: Change[]) => list.filter((c) => c.type === 'office-hours' && c.to !== null && new Date(`${c.to}T12:00:00Z`).getUTCDay() === 6);

  it('gives the pause’s length in its heading on the working weeks of the people it moves, in English and Dutch', () => {
    const heading = (args: string[]) => {
      const result = run(['what-if', ...args], { cwd: dir });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.split('\n')[0];
    };
    expect(heading(['--pause', '3d', '--at', '2027-01-07'])).toBe('What if the rollout pauses from 2027-01-07 until 2027-01-10 (2 working days (3 at Nieuw Nickerie))');
    expect(heading(['--pause', '3d', '--at', '2027-01-07', '--lang', 'nl'])).toBe('Wat als de invoering pauzeert van 2027-01-07 tot 2027-01-10 (2 werkdagen (3 in Nieuw Nickerie))');
    expect(heading(['--pause', '1w', '--at', '2027-01-06'])).toBe('What if the rollout pauses from 2027-01-06 until 2027-01-13 (1 week)');
    const json = JSON.parse(run(['what-if', '--pause', '3d', '--at', '2027-01-07', '--format', 'json'], { cwd: dir }).stdout) as { pause: unknown };
    expect(json.pause).toEqual({ from: '2027-01-07', until: '2027-01-10', workingDays: 2, workingDaysAt: { 'Nieuw Nickerie': 3 } });
  });

  it('plans the office hours of each place on its own working days: Saturdays at the branch alone', () => {
    const onSaturday = saturdays(changes('rollout.yaml'));
    expect(onSaturday.length).toBeGreaterThan(0);
    expect(onSaturday.filter((c) => c.location !== 'Nieuw Nickerie')).toEqual([]);
  });

  it('plans office hours shared by both places on a day both work, never a Saturday', () => {
    expect(saturdays(changes('shared.yaml'))).toEqual([]);
  });
});
