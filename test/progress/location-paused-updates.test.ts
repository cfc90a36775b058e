import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies brings in Nieuw Nickerie and Albina in one phase, Branches, from Tuesday 30 March
 * 2027. Albina's line goes down: a pause of Albina alone from Monday 5 April until Monday
 * 12 April. Nieuw Nickerie is measured at 85% and more throughout; Albina at 0% in the pause,
 * 50% two days back, 60% nine days back.
 */
const templates = await loadTemplates();
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
base.phases = (base.phases as Record<string, unknown>[]).toSpliced(2, 2, { id: 'branches', name: 'Branches', audience: { locations: ['Nieuw Nickerie', 'Albina'] }, weeks: 4 });
base.gates = [
  ...(base.gates as { phase: string }[]).filter((g) => g.phase === 'head-office'),
  { id: 'branches-active', phase: 'branches', metric: 'active_use_pct', threshold: 80, within: '4w' },
];
base.pauses = [{ from: '2027-04-05', until: '2027-04-12', reason: { en: 'the Albina line is down', nl: 'de lijn in Albina ligt eruit' }, only: { location: 'Albina' } }];
const pausedPlan = validPlan(base);
/** The same, with Albina rolled back from Monday 5 April rather than paused. */
const rolledBackPlan = validPlan({ ...base, pauses: [], rollback: [{ on: '2027-04-05', reason: { en: 'the Albina line is down', nl: 'de lijn in Albina ligt eruit' }, only: { location: 'Albina' } }] });

const rows = [
  ['2027-04-06', 85, 'Nieuw Nickerie'],
  ['2027-04-06', 0, 'Albina'],
  ['2027-04-14', 88, 'Nieuw Nickerie'],
  ['2027-04-14', 50, 'Albina'],
  ['2027-04-21', 90, 'Nieuw Nickerie'],
  ['2027-04-21', 60, 'Albina'],
];

async function updates(plan = pausedPlan): Promise<(name: string) => string> {
  const file = path.join(tempDir(), 'usage.csv');
  writeFileSync(file, `date,metric,value,phase,location\r\n${rows.map(([day, value, place]) => `${day},active_use_pct,${value},branches,${place}\r\n`).join('')}`);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-04-30'), lenient: false }, Progress.metricsOf(plan), Infinity);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress: new Progress(plan, read.ledger) });
  const files = new Map(r.files.map((f) => [f.name, String(f.content)]));
  return (name) => files.get(name) ?? '';
}

describe('weekly updates while a pause holds one location of a phase it shares with another', () => {
  it('tell that location as paused on its own line, on its own calendar, and the other place by its own use', async () => {
    const mail = await updates();
    const en = mail('2027-04-09_rollout_weekly-update.en.md');
    expect(en).toContain('- **Branches (Nieuw Nickerie):** 85% active use (goal 80%)\n');
    expect(en).toContain('- **Branches (Albina):** paused since Monday, April 5 (the Albina line is down); we resume on Monday, April 12\n');
    expect(en).not.toContain('- **Branches:**');
    expect(en).not.toContain('Not there yet');
    expect(en).not.toMatch(/Well done[^\n]*Albina/);
    const nl = mail('2027-04-09_rollout_weekly-update.nl.md');
    expect(nl).toContain('- **Branches (Albina):** gepauzeerd sinds maandag 5 april (de lijn in Albina ligt eruit); we gaan verder op maandag 12 april\n');
    expect(nl).not.toContain('Nog niet zover');
  });

  it('tell a location rolled back inside the phase on its own line as back on the old tools, never as paused', async () => {
    const en = (await updates(rolledBackPlan))('2027-04-09_rollout_weekly-update.en.md');
    expect(en).toContain('- **Branches (Nieuw Nickerie):** 85% active use (goal 80%)\n');
    expect(en).toMatch(/- \*\*Albina:\*\* back on [^\n]* since Monday, April 5 \(the Albina line is down\)\n/);
    expect(en).not.toMatch(/Albina\)?:\*\* paused/);
  });

  it('give that location’s measurement of its first week back as such, and judge the phase as a whole once it has had a week back', async () => {
    const mail = await updates();
    const back = mail('2027-04-16_rollout_weekly-update.en.md');
    expect(back).toContain('- **Branches (Albina):** 50% active use (goal 80%), measured on Wednesday, April 14, mostly over the first week back from the pause\n');
    expect(back).toContain('- **Branches (Nieuw Nickerie):** 88% active use (goal 80%)\n');
    expect(back).not.toContain('Not there yet');
    expect(mail('2027-04-16_rollout_weekly-update.nl.md')).toContain('50% actief gebruik (doel 80%), gemeten op woensdag 14 april, grotendeels over de eerste week na de pauze');
    const later = mail('2027-04-23_rollout_weekly-update.en.md');
    expect(later).toContain('- **Branches:** 75% active use (goal 80%)\n');
    expect(later).toContain('**Not there yet: Branches.**');
  });
});
