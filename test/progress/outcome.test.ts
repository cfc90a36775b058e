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
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

/** The retrospective and the week-1 review, in English and Dutch, with the active use given per location. */
async function lookBack(rows?: string): Promise<(name: string) => string> {
  let progress: Progress | undefined;
  if (rows !== undefined) {
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, `Datum,Meting,Waarde,Vestiging\n${rows}`);
    const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-06-01'), lenient: false }, Progress.metricsOf(plan), Infinity);
    progress = new Progress(plan, read.ledger);
  }
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], ...(progress ? { progress } : {}) });
  return (part: string) => String(r.files.find((f) => f.name.includes(part))?.content);
}

const claims = /now part of how|hoort nu bij|is complete|is klaar|What went well|Wat goed ging|Celebrate success|Het succes vieren/;

describe('the retrospective and the reviews claim what the data show', () => {
  it('without data: what was planned and what to check, no success', async () => {
    const text = await lookBack();
    for (const part of ['retrospective.en', 'retrospective.nl', 'review-week-1.en', 'review-week-1.nl']) expect(text(part), part).not.toMatch(claims);
    expect(text('retrospective.en')).toContain('The plan had 120 people start with Teamchat');
    expect(text('retrospective.en')).toContain('the switch-off needs weekly active users at least 80%');
    expect(text('review-week-1.nl')).toContain('- [ ] De voorwaarde om het oude systeem uit te zetten nagaan in de gemeten cijfers: wekelijks actieve gebruikers minstens 80%');
  });

  it('short of the condition: the measured value, the part it is from, the whole organization beside it, and what is still needed', async () => {
    const text = await lookBack('2027-04-09,active_use_pct,92,Paramaribo\n2027-04-09,active_use_pct,61,Georgetown\n2027-04-09,active_use_pct,88,Port of Spain\n2027-04-09,active_use_pct,82.25,\n');
    for (const part of ['retrospective.en', 'retrospective.nl', 'review-week-1.en', 'review-week-1.nl']) expect(text(part), part).not.toMatch(claims);
    // The lowest location counts, as gate-check reads the switch-off condition; it is named, so that it never reads as everyone's use.
    expect(text('retrospective.en')).toMatch(/Measured on Friday, April 9: weekly active users 61% in Georgetown, where it is lowest \(82\.3% in the whole organization\); the switch-off needs at least 80%, so we are not there yet/);
    expect(text('retrospective.nl')).toContain('wekelijks actieve gebruikers 61% in Georgetown, waar het het laagst is (82,3% in de hele organisatie); om het oude systeem');
    expect(text('review-week-1.en')).toContain('(measured: 61% in Georgetown, the lowest; 82.3% in the whole organization; on Friday, April 9)');
  });

  it('with only the whole organization measured: its value, with no part named', async () => {
    const text = await lookBack('2027-04-09,active_use_pct,70,\n');
    expect(text('retrospective.en')).toMatch(/Measured on Friday, April 9: weekly active users 70%; the switch-off needs/);
    expect(text('review-week-1.nl')).toContain('(gemeten: 70% op vrijdag 9 april)');
  });

  it('when the condition held: success, with the measured value', async () => {
    const text = await lookBack('2027-04-09,active_use_pct,92,Paramaribo\n2027-04-09,active_use_pct,85,Georgetown\n2027-04-09,active_use_pct,88,Port of Spain\n');
    expect(text('retrospective.en')).toContain('Teamchat is now part of how Caribe Logistics works. Measured on Friday, April 9: weekly active users 85% or more in every part (at least 80% was the condition');
    expect(text('retrospective.nl')).toContain('**Wat goed ging**');
    expect(text('review-week-1.en')).toContain('- [ ] Celebrate success with the whole team');
    expect(text('review-week-1.nl')).toContain('De invoering van Teamchat is klaar (gemeten op vrijdag 9 april: wekelijks actieve gebruikers overal 85% of meer)');
  });
});
