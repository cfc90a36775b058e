import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { causeGoneLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Nieuw Nickerie's go/no-go failed on Friday 19 March (1 of 3 active over its week, in the export
 * downloaded that Friday and in the Sunday one), so Miami's launch is paused, open; the export of Sunday
 * 28 March has all three active.
 */
async function paused(pause: string, at: string) {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'test/fixtures/weekly-export'), dir, { recursive: true });
  for (const day of ['20270318', '20270321']) {
    const week = path.join(dir, `exports/TeamsUserActivityUserDetail${day}.csv`);
    writeFileSync(week, readFileSync(week, 'utf8').replace('ravi.ramdin@sewnarain.sr,2027-03-17', 'ravi.ramdin@sewnarain.sr,2027-03-05'));
  }
  const file = path.join(dir, 'rollout.yaml');
  const { plan, diagnostics } = loadPlan(`${readFileSync(file, 'utf8')}pauses:\n  - { from: 2027-03-22, reason: "nickerie-go-no-go failed", ${pause} }\n`, file);
  if (!plan) throw new Error(JSON.stringify(diagnostics));
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;
}

describe('an open pause whose cause is gone', () => {
  it('gives the gates that held its launch and the end to write in, in English and Dutch', async () => {
    const result = await paused('only: { phase: miami }', '2027-03-29');
    expect(result.openPause).toEqual({ from: '2027-03-22', reason: 'nickerie-go-no-go failed', only: { phase: 'miami' }, causeGone: { gates: ['nickerie-go-no-go'], soFar: { 'nickerie-go-no-go': 100 }, until: '2027-04-05', untilDecided: '2027-03-29' } });
    // Judged on Friday 19 March, before the pause, it keeps that verdict; the rows since pass.
    expect(result.gates.find((g) => g.id === 'nickerie-go-no-go')).toMatchObject({ status: 'fail', due: '2027-03-19' });
    expect(causeGoneLine(result, 'en')).toBe(
      'The gates that held the launch of Miami pass now (nickerie-go-no-go 100 >= 60). If that was why it paused, add the end to the pause in the plan to resume: until: 2027-04-05, untilDecided: 2027-03-29 (until: the day the rollout resumes; untilDecided: today, the day it is written in, when the resume notice goes out)',
    );
    expect(causeGoneLine(result, 'nl')).toBe(
      'De toetsmomenten die de start van Miami tegenhielden zijn nu gehaald (nickerie-go-no-go 100 >= 60). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om te hervatten: until: 2027-04-05, untilDecided: 2027-03-29 (until: de dag waarop de invoering hervat; untilDecided: vandaag, de dag waarop het erin komt, wanneer het hervattingsbericht uitgaat)',
    );
  });

  it('is said for a pause of the whole rollout that names the launch it concerns', async () => {
    const result = await paused('phase: miami', '2027-03-29');
    expect(result.openPause?.causeGone).toEqual({ gates: ['nickerie-go-no-go'], soFar: { 'nickerie-go-no-go': 100 }, until: '2027-04-05', untilDecided: '2027-03-29' });
  });

  it('is not said while the gate still fails, once the end is written in, or for a pause that names no launch', async () => {
    const still = await paused('only: { phase: miami }', '2027-03-26');
    expect(still.openPause).toEqual({ from: '2027-03-22', reason: 'nickerie-go-no-go failed', only: { phase: 'miami' } });
    expect(causeGoneLine(still)).toBeUndefined();
    expect((await paused('only: { phase: miami }, until: 2027-04-05, untilDecided: 2027-03-29', '2027-03-29')).openPause?.causeGone).toBeUndefined();
    expect((await paused('only: { location: Miami }', '2027-03-29')).openPause?.causeGone).toBeUndefined();
  });
});
