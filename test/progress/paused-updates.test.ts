import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, tempDir, validPlan } from '../helpers.js';

const templates = await loadTemplates();

// Georgetown launches Monday 1 March; its line is down, and the plan pauses Georgetown alone
// from 8 March until Monday 22 March, Phagwah there: it resumes on Tuesday 23 March. Its people are measured as they come: 0% in the pause,
// 30% two days back, 40% ten days back.
const pause = `
pauses:
  - from: 2027-03-08
    until: 2027-03-22
    reason: { en: the Georgetown office has no internet line, nl: het kantoor in Georgetown heeft geen internetlijn }
    only: { location: Georgetown }
`;
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8') + pause);

async function updates(): Promise<(name: string) => string> {
  const file = path.join(tempDir(), 'usage.csv');
  const rows = [['2027-03-10', 0], ['2027-03-24', 30], ['2027-04-01', 40]].map(([day, value]) => `${day};active_use_pct;${value};georgetown;Georgetown\r\n`);
  writeFileSync(file, `Datum;Meting;Waarde;phase;Vestiging\r\n${rows.join('')}`);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-04-02'), lenient: false }, Progress.metricsOf(plan), Infinity);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress: new Progress(plan, read.ledger) });
  const files = new Map(r.files.map((f) => [f.name, String(f.content)]));
  return (name) => files.get(name) ?? '';
}

describe('weekly updates while a pause holds one part of the rollout', () => {
  it('say the part is paused, why and until when, instead of its use measured without a line, and never call it behind', async () => {
    const mail = await updates();
    const en = mail('2027-03-12_rollout_weekly-update.en.md');
    expect(en).toContain('- **Georgetown:** paused since Monday, March 8 (the Georgetown office has no internet line); we resume on Tuesday, March 23');
    expect(en).not.toContain('- **Georgetown:** 0% active use');
    expect(en).not.toContain('Not there yet');
    const nl = mail('2027-03-19_rollout_weekly-update.nl.md');
    expect(nl).toContain('- **Georgetown:** nog steeds gepauzeerd sinds maandag 8 maart (het kantoor in Georgetown heeft geen internetlijn); we gaan verder op dinsdag 23 maart');
    expect(nl).not.toContain('Nog niet zover');
  });

  it('give a measurement of the pause or of the first week back as such, and call the part behind once it has had a week back', async () => {
    const mail = await updates();
    // Thursday 25 March (Good Friday is off): 30% of 24 March, two days after the line came back.
    const back = mail('2027-03-25_rollout_weekly-update.en.md');
    expect(back).toContain('- **Georgetown:** 30% active use (goal 80%), measured on Wednesday, March 24, mostly over the first week back from the pause');
    expect(back).not.toContain('Not there yet');
    expect(mail('2027-03-25_rollout_weekly-update.nl.md')).toContain('30% actief gebruik (doel 80%), gemeten op woensdag 24 maart, grotendeels over de eerste week na de pauze');
    // 2 April: 40% of 1 April, ten days back: behind as any phase a week after its launch.
    const later = mail('2027-04-02_rollout_weekly-update.en.md');
    expect(later).toContain('- **Georgetown:** 40% active use (goal 80%)\n');
    expect(later).toContain('**Not there yet: Georgetown.**');
  });
});
