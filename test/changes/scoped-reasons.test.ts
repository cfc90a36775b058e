import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareSchedules } from '../../src/changes/compare.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies: head office, then Nieuw Nickerie from 30 March 2027, then Albina from 12 April,
 * which may overlap Nickerie, then the switch-off. Pauses of Albina and of Nieuw Nickerie at once:
 * each item moved gives the pause of its own part as the reason.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as { phases: { id: string; overlap?: boolean }[]; pauses: unknown[] };
base.phases.find((p) => p.id === 'albina')!.overlap = true;
const albina = { from: '2027-04-12', until: '2027-04-19', reason: 'Albina line', only: { location: 'Albina' } };

function plan(pauses: unknown[]) {
  return validPlan({ ...structuredClone(base), pauses });
}

/** The reasons of the moved items, by `type key phase`: one for each item. */
function reasons(before: unknown[], after: unknown[]): Map<string, (string | undefined)[]> {
  const [a, b] = [plan(before), plan(after)];
  const { changes } = compareSchedules(buildSchedule(a), buildSchedule(b), { before: a, after: b });
  const out = new Map<string, (string | undefined)[]>();
  for (const c of changes.filter((c) => c.change === 'moved')) {
    const id = `${c.type} ${c.key} ${c.phase ?? ''}`;
    out.set(id, [...(out.get(id) ?? []), c.reason]);
  }
  return out;
}

describe('the reason diff and what-if give for an item a pause of one part moved', () => {
  it('names the pause of the item’s own part, not the latest new pause', () => {
    const nickerie = { from: '2027-04-13', until: '2027-04-20', reason: 'Nickerie flood', only: { location: 'Nieuw Nickerie' } };
    const why = reasons([], [albina, nickerie]);
    const ofAlbina = 'pause of Albina from 2027-04-12 until 2027-04-19: Albina line';
    const ofNickerie = 'pause of Nieuw Nickerie from 2027-04-13 until 2027-04-20: Nickerie flood';
    expect(why.get('checklist first-week albina')).toEqual([ofAlbina]);
    expect(why.get('gate albina-active albina')).toEqual([ofAlbina]);
    expect(why.get('launch launch albina')).toEqual([ofAlbina]);
    expect(why.get('gate nickerie-active nickerie')).toEqual([ofNickerie]);
    // Albina's office hours, planned anew from the day Albina resumes.
    expect(why.get('office-hours first-week albina')).toEqual(Array(5).fill(ofAlbina));
    expect(why.get('office-hours second-week albina')).toEqual(Array(3).fill(ofAlbina));
  });

  it('says "instead of" only for a pause of the same part that got another end', () => {
    const nickerie = { from: '2027-04-12', until: '2027-04-16', reason: 'Nickerie flood', only: { location: 'Nieuw Nickerie' } };
    const why = reasons([albina], [albina, nickerie]);
    // Nickerie's phase has ended: its success gate, due during the pause, is all that moves.
    expect([...why]).toEqual([['gate nickerie-active nickerie', ['pause of Nieuw Nickerie from 2027-04-12 until 2027-04-16: Nickerie flood']]]);
    // Albina's pause ends later: that one says what it was.
    const longer = reasons([albina], [{ ...albina, until: '2027-04-26' }]);
    expect(longer.get('launch launch albina')).toEqual(['pause of Albina from 2027-04-12 until 2027-04-26 instead of 2027-04-19: Albina line']);
  });
});
