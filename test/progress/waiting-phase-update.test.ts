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

// Georgetown, planned for Monday 1 March, is paused from Wednesday 24 February with no end yet:
// its launch waits, and Port of Spain's after it. The pilot and Paramaribo have figures.
async function updates(until = '') {
  const plan = validPlan(
    readFileSync(example('enterprise.yaml'), 'utf8') +
      `
pauses:
  - from: 2027-02-24
    ${until}
    reason: { en: the Georgetown office moves, nl: het kantoor in Georgetown verhuist }
    only: { phase: georgetown }
`,
  );
  const file = path.join(tempDir(), 'usage.csv');
  const rows = [
    ['2027-02-19', 70, 'pilot'],
    ['2027-02-26', 40, 'paramaribo'],
  ].map(([date, value, phase]) => `${date};active_use_pct;${value};${phase};Paramaribo\r\n`);
  writeFileSync(file, `Datum;Meting;Waarde;phase;Vestiging\r\n${rows.join('')}`);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-03-12'), lenient: false }, Progress.metricsOf(plan), Infinity);
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress: new Progress(plan, read.ledger) });
  return (day: string, lang: string) => String(files.find((f) => f.name === `${day}_rollout_weekly-update.${lang}.md`)?.content ?? '');
}

describe('a weekly update with figures while an open pause keeps a phase from starting', () => {
  it('says the phases whose start waits for the pause to end, with since when and why (en, nl)', async () => {
    const mail = await updates();
    expect(mail('2027-03-05', 'en')).toMatch(/- \*\*Paramaribo:\*\* 40% active use \(goal 80%\)\n- \*\*Georgetown and Port of Spain:\*\* start once the pause since Wednesday, February 24 ends \(the Georgetown office moves\); we will tell you the day\n/);
    expect(mail('2027-03-05', 'nl')).toMatch(/- \*\*Georgetown en Port of Spain:\*\* beginnen zodra de pauze sinds woensdag 24 februari voorbij is \(het kantoor in Georgetown verhuist\); we laten je de dag weten\n/);
  });

  it('says nothing of it before the pause begins, nor once the pause has an end and the launch a day', async () => {
    const open = await updates();
    expect(open('2027-02-19', 'en')).toMatch(/- \*\*IT pilot:\*\* 70% active use/);
    expect(open('2027-02-19', 'en')).not.toMatch(/once the pause/);
    const closed = await updates('until: 2027-03-08');
    expect(closed('2027-03-05', 'en')).toMatch(/- \*\*Paramaribo:\*\* 40% active use/);
    expect(closed('2027-03-05', 'en')).not.toMatch(/once the pause/);
    expect(closed('2027-03-05', 'en')).toMatch(/\*\*Next:\*\* Georgetown, from Thursday, March 11\./);
  });
});
