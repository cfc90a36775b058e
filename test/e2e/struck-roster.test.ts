import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { struckRosterFolder } from '../struck-roster.js';

interface GateJson {
  id: string;
  observed: number;
  status: string;
}

const goNoGo = (stdout: string) => (JSON.parse(stdout) as { gates: GateJson[] }).gates.find((g) => g.id === 'pilot-go-no-go');

describe('a roster workbook with a leaver struck through, through the built binary', () => {
  it('gate-check counts the four pilot people who are there: 4 of 4 active, 100, with the note on stderr', () => {
    const dir = struckRosterFolder();
    const result = run(['gate-check', '--at', '2027-03-12', '--format', 'json'], { cwd: dir });
    expect(goNoGo(result.stdout)).toMatchObject({ observed: 100, status: 'pass' });
    expect(result.stderr).toContain('rollout: personeel.xlsx, sheet "Personeel": row 6 is struck through, so it is left out as someone who left; to count it, remove the strikethrough;');
    expect(result.stderr).not.toMatch(/Oud Collega|oud\.collega/);
  });

  it('with the strikethrough removed, the row counts again: 4 of 5, 80, and no note', () => {
    const dir = struckRosterFolder([]);
    const result = run(['gate-check', '--at', '2027-03-12', '--format', 'json'], { cwd: dir });
    expect(goNoGo(result.stdout)).toMatchObject({ observed: 80 });
    expect(result.stderr).not.toContain('struck through');
  });

  it('validate warns at people.file', () => {
    const result = run(['validate'], { cwd: struckRosterFolder() });
    expect(result.stdout + result.stderr).toMatch(/rollout\.yaml:\d+:\d+: warning people\.file: personeel\.xlsx, sheet "Personeel": row 6 is struck through/);
  });
});
