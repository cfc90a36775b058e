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

// The whole rollout pauses from Wednesday 24 February until Friday 26 February, while Paramaribo's
// phase runs: Georgetown, planned for Monday 1 March, launches after it, held back but never paused.
const plan = validPlan(
  readFileSync(example('enterprise.yaml'), 'utf8') +
    `
pauses:
  - from: 2027-02-24
    until: 2027-02-26
    reason: { en: the server moves, nl: de server verhuist }
`,
);

async function update(day: string): Promise<(lang: string) => string> {
  const file = path.join(tempDir(), 'usage.csv');
  const launch = buildSchedule(plan).phases.find((p) => p.id === 'georgetown')!.start;
  const rows = [
    ['2027-02-26', 40, 'paramaribo', 'Paramaribo'],
    [launch, 20, 'georgetown', 'Georgetown'],
  ].map(([date, value, phase, location]) => `${date};active_use_pct;${value};${phase};${location}\r\n`);
  writeFileSync(file, `Datum;Meting;Waarde;phase;Vestiging\r\n${rows.join('')}`);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-03-12'), lenient: false }, Progress.metricsOf(plan), Infinity);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress: new Progress(plan, read.ledger) });
  return (lang) => String(r.files.find((f) => f.name.startsWith(day) && f.name.endsWith(`_rollout_weekly-update.${lang}.md`))?.content ?? '');
}

describe('a weekly update of a phase a pause held back before it began', () => {
  it('tells no pause of its figures, while the phase the pause interrupted has its figure told as of the pause (en, nl)', async () => {
    const launch = buildSchedule(plan).phases.find((p) => p.id === 'georgetown')!.start;
    expect(launch > '2027-02-26').toBe(true);
    const mail = await update('2027-03-09');
    const en = mail("en");
    expect(en).toMatch(/- \*\*Georgetown:\*\* 20% active use \(goal 80%\)(;|\n)/);
    expect(en).toMatch(/- \*\*Paramaribo:\*\* 40% active use \(goal 80%\), measured on Friday, February 26, mostly over the (days of the pause|first week back from the pause)/);
    expect(mail('nl')).toMatch(/- \*\*Georgetown:\*\* 20% actief gebruik \(doel 80%\)(;|\n)/);
  });
});
