import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareSchedules } from '../../src/changes/compare.js';
import { planIn } from '../../src/plan/resolve.js';
import { partRollbackLines } from '../../src/reporters/schedule/describe.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml: the branch in Nieuw Nickerie launches on Monday 29 March
 * 2027, rolls back on Wednesday 7 April and starts again on Monday 3 May (`resume.on`), unless
 * something holds it later. diff (the plan before and after `resume` is written in) and the
 * schedule's line must name the day its second try really starts.
 */
type Raw = Record<string, unknown> & { organization: { locations: Record<string, unknown>[] } };
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };
const changed = { en: 'a new line is in', nl: 'er ligt een nieuwe lijn' };
const rollback = { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' } };

function plans(extra: Record<string, unknown>, holidays?: { date: string; name: string }[]) {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Raw;
  if (holidays) raw.organization.locations[1] = { ...raw.organization.locations[1], holidays };
  return (lang: 'en' | 'nl') => ({
    before: planIn(validPlan({ ...raw, ...extra, rollback }), lang),
    after: planIn(validPlan({ ...raw, ...extra, rollback: { ...rollback, resume: { on: '2027-05-03', changed } } }), lang),
  });
}

/** The reasons diff gives the second try's launch, and the schedule's line on the rollback. */
function said(both: ReturnType<typeof plans>, lang: 'en' | 'nl') {
  const { before, after } = both(lang);
  const schedule = buildSchedule(after);
  const set = compareSchedules(buildSchedule(before), schedule, { before, after }, 'names');
  const launch = set.changes.find((c) => c.type === 'launch' && c.phase === 'nickerie' && (c.to ?? '') > '2027-04-07');
  return { launch, headline: partRollbackLines(schedule, lang)[0]!.headline };
}

describe('the day a second try starts, as diff and the schedule say it', () => {
  it('a holiday of the branch on Monday 3 May: Tuesday 4 May', () => {
    const both = plans({}, [{ date: '2027-05-03', name: 'Nickerie-dag' }]);
    const en = said(both, 'en');
    expect(en.launch).toMatchObject({ to: '2027-05-04', reason: 'Nieuw Nickerie starts again on 2027-05-04 (rolled back on 2027-04-07): a new line is in' });
    const nl = said(both, 'nl');
    expect(nl.launch?.reason).toBe('Nieuw Nickerie begint opnieuw op 2027-05-04 (teruggedraaid op 2027-04-07): er ligt een nieuwe lijn');
  });

  it('a pause of everything from Wednesday 28 April until Monday 10 May: Monday 10 May', () => {
    const both = plans({ pauses: [{ from: '2027-04-28', until: '2027-05-10', reason: { en: 'the server moves', nl: 'de server verhuist' } }] });
    const en = said(both, 'en');
    expect(en.launch).toMatchObject({ to: '2027-05-10', reason: 'Nieuw Nickerie starts again on 2027-05-10 (rolled back on 2027-04-07): a new line is in' });
    expect(en.headline).toContain('Nieuw Nickerie starts again on 2027-05-10, its phases run again from then');
    const nl = said(both, 'nl');
    expect(nl.launch?.reason).toBe('Nieuw Nickerie begint opnieuw op 2027-05-10 (teruggedraaid op 2027-04-07): er ligt een nieuwe lijn');
    expect(nl.headline).toContain('Nieuw Nickerie begint opnieuw op 2027-05-10,');
  });

  it('nothing in the way: Monday 3 May, as written', () => {
    const en = said(plans({}), 'en');
    expect(en.launch).toMatchObject({ to: '2027-05-03', reason: 'Nieuw Nickerie starts again on 2027-05-03 (rolled back on 2027-04-07): a new line is in' });
    expect(buildSchedule(plans({})('en').after).rollbacks?.[0]?.resume).toEqual({ on: '2027-05-03', changed: 'a new line is in' });
  });
});
