import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml): from Monday 1 March 2027, two weeks a phase, weekly
 * updates on Fridays. The branch in Nieuw Nickerie, the last launch (29 March to 9 April), rolled
 * back on Monday 12 April. On Monday 3 May its second try is decided, from Monday 24 May: it runs
 * until Friday 4 June, and the weekly updates go on until then. Between the rollback and 3 May
 * nobody knew of a second try, yet the rest of the firm works in Teams and the switch-off waits:
 * the Friday updates of 16, 23 and 30 April go out, saying the branch is back on the old tools.
 */
const adoption = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
const reason = { en: "Teams does not work on the branch's line", nl: 'Teams werkt niet op de lijn van de vestiging' };
const plan = validPlan(
  stringify({
    ...adoption,
    rollback: { on: '2027-04-12', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-24', decided: '2027-05-03', changed: { en: 'a new fibre line is in', nl: 'er ligt een nieuwe glasvezellijn' } } },
  }),
);
const templates = await loadTemplates();

async function written(p = plan) {
  const { files } = await renderEmails(p, buildSchedule(p), { format: 'txt', templates, languages: ['en', 'nl'] });
  return new Map(files.map((f) => [f.name, String(f.content)]));
}
const updates = (names: Iterable<string>) => [...names].filter((n) => n.endsWith('_rollout_weekly-update.en.txt')).map((n) => n.slice(0, 10));

describe('the weekly updates between a rollback and the day its second try is decided', () => {
  it('go out every Friday the schedule lists, those before the second try was decided too', async () => {
    const files = await written();
    const listed = buildSchedule(plan).events.filter((e) => e.type === 'weekly-update').map((e) => e.date);
    expect(updates(files.keys())).toEqual(listed);
    expect(updates(files.keys()).filter((d) => d > '2027-04-09' && d < '2027-05-03')).toEqual(['2027-04-16', '2027-04-23', '2027-04-30']);
    // So does the coordinator's weekly checklist of those weeks.
    for (const day of ['2027-04-12', '2027-04-19', '2027-04-26']) expect(files.has(`${day}_rollout_checklist-each-week-after.en.txt`)).toBe(true);
  });

  it('say the branch is back on the old tools and the rest goes on, in English and Dutch, without a second try they did not know of', async () => {
    const files = await written();
    const en = files.get('2027-04-23_rollout_weekly-update.en.txt')!;
    expect(en).toContain('In Nieuw Nickerie we went back to Slack and WhatsApp groups on Monday, April 12: Teams does not work on the branch\'s line. The rest goes on');
    expect(en).toMatch(/To:\s+Everyone at Kaiteur Design \(25 people\)/);
    expect(en).not.toContain('second try');
    expect(files.get('2027-04-23_rollout_weekly-update.nl.txt')).toContain('In Nieuw Nickerie zijn we op maandag 12 april teruggegaan naar Slack en de WhatsApp-groepen');
  });

  it('stop with the last launch as before when the part never starts again', async () => {
    const rolledBack = validPlan(stringify({ ...adoption, rollback: { on: '2027-04-12', reason, only: { location: 'Nieuw Nickerie' } } }));
    expect(updates((await written(rolledBack)).keys()).at(-1)).toBe('2027-04-09');
  });
});

/*
 * The same cause with an open pause: the branch paused from Monday 5 April, open; on Wednesday
 * 21 April its end is written in, Monday 26 April (15 working days). The branch now runs until
 * Friday 30 April, and the updates of 16 April, written while the pause was open, go out too.
 */
describe('the weekly updates while an open pause holds the last launch', () => {
  it('go out while it was open, as the schedule lists them', async () => {
    const pause = { from: '2027-04-05', until: '2027-04-26', untilDecided: '2027-04-21', only: { phase: 'nickerie' }, reason: { en: "the branch's line is down", nl: 'de lijn van de vestiging ligt plat' } };
    const paused = validPlan(stringify({ ...adoption, pauses: [pause] }));
    const files = await written(paused);
    expect(updates(files.keys()).slice(-4)).toEqual(['2027-04-09', '2027-04-16', '2027-04-23', '2027-04-30']);
    expect(files.get('2027-04-16_rollout_weekly-update.en.txt')).toMatch(/To:\s+Everyone at Kaiteur Design \(25 people\)/);
  });
});
