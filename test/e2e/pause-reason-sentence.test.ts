import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// Sranan Advies pauses on 22 March 2027 for a server move, its reason written as a whole sentence.
const albina = readFileSync(path.join(ROOT, 'test/fixtures/rollback/albina.yaml'), 'utf8');
const reason = '{ en: "The server moves to the new office.", nl: "De server verhuist naar het nieuwe kantoor." }';
const plan = `${albina.slice(0, albina.indexOf('\nrollback:'))}\npauses:\n  - { from: 2027-03-22, reason: ${reason} }\n`;

function folder(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  writeFileSync(path.join(dir, 'metrics.csv'), 'Datum,Meting,Waarde\n23-03-2027,active_use_pct,50\n');
  return dir;
}

describe('a pause whose reason is a whole sentence, with its full stop', () => {
  it('is quoted with one full stop in the calendar and none before the next cause of the decision, in English and Dutch', () => {
    const dir = folder();
    const said = (['en', 'nl'] as const).map((lang) => {
      const ics = run(['schedule', '--format', 'ics', '--lang', lang], { cwd: dir });
      const check = run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-03-24', '--lang', lang], { cwd: dir });
      expect([ics.status, check.status], check.stderr).toEqual([0, 1]);
      return [ics.stdout.replace(/\r\n[ \t]/g, ''), check.stdout];
    });
    const [[icsEn, checkEn], [icsNl, checkNl]] = said as [[string, string], [string, string]];
    expect(icsEn).toContain('paused since 2027-03-22: The server moves to the new office. It gets a new date when the pause ends.');
    expect(icsNl).toContain('gepauzeerd: De server verhuist naar het nieuwe kantoor. Het krijgt een nieuwe datum als de pauze voorbij is.');
    expect(checkEn).toContain('Decision: pause (exit 1): the rollout has been paused since 2027-03-22: The server moves to the new office\n');
    expect(checkNl).toContain('Besluit: pauzeren (exitcode 1): de invoering is sinds 2027-03-22 gepauzeerd: De server verhuist naar het nieuwe kantoor\n');
    expect(`${icsEn}${icsNl}${checkEn}${checkNl}`).not.toMatch(/\.\.|\.;/);
  });
});
