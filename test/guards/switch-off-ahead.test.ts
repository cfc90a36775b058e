import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { decisionLine } from '../../src/reporters/gates/labels.js';
import { planIn } from '../../src/plan/resolve.js';
import { parseDay } from '../../src/util/dates.js';
import { example, tempDir, validPlan } from '../helpers.js';

// The enterprise example: Port of Spain, the last launch, on 2027-03-15; the switch-off from 2027-03-30.
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

async function lineAt(day: string, lang: 'en' | 'nl' = 'en'): Promise<string> {
  const file = path.join(tempDir(), 'usage.csv');
  // Every go/no-go passes, and so does recommend, guarding the switch-off (10 answers, all promoters);
  // Port of Spain, the last to start, is at 55% a few days in.
  const answers = Array.from({ length: 10 }, () => '2027-03-10,nps,9,Paramaribo');
  const rows = ['2027-02-12,active_use_pct,75,', '2027-02-26,active_use_pct,70,Paramaribo', '2027-03-12,active_use_pct,70,Georgetown', ...answers, '2027-03-19,active_use_pct,55,Port of Spain', '2027-03-19,active_use_pct,72,'];
  writeFileSync(file, `Datum,Meting,Waarde,Vestiging\n${rows.join('\n')}\n`);
  const { result } = await checkGates({ plan: planIn(plan, lang), files: [file], asOf: parseDay(day), lenient: false });
  return decisionLine(result, lang);
}

describe('the switch-off that will wait', () => {
  it('is said once every launch has started, before its day, while there is time to act', async () => {
    expect(await lineAt('2027-03-22')).toBe(
      'Decision: continue (exit 0): no launch or switch-off waits today; the switch-off (Switch off email threads, from 2027-03-30) will wait unless this changes: weekly active users is 55 in the lowest of the parts started (location Port of Spain) and 72 in the whole organization, needs >= 80',
    );
    expect(await lineAt('2027-03-22', 'nl')).toMatch(/^Besluit: doorgaan \(exitcode 0\): vandaag wacht geen start en geen uitzetten; het uitzetten \(E-maildiscussies uitzetten, vanaf 2027-03-30\) gaat wachten als dit zo blijft: wekelijks actieve gebruikers is 55/);
  });

  it('is not said while a launch is still to come, nor once the switch-off day has come (then it waits)', async () => {
    expect(await lineAt('2027-03-12')).not.toContain('switch-off (Switch off email threads, from');
    expect(await lineAt('2027-03-30')).toMatch(/^Decision: pause \(exit 1\): switch-off \(Switch off email threads, due 2027-03-30\) waits: /);
  });
});
