import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planMessages } from '../../src/render/messages.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { removeTempDirs, run, tempDir, validPlan } from '../helpers.js';
import { kaiteur, kaiteurText, PARAMARIBO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design's Paramaribo holds the IT pilot (3 people, 1 - 12 March) and the studio (15,
 * from 15 March). Rolled back on Monday 22 March, everyone there who had started goes back to
 * Slack, and the second try starts both phases again: the rollback email is for all 18. Rolled
 * back on Wednesday 10 March, while the pilot alone had started, it is for the pilot's 3.
 */
const earlier = (t: string) => t.replace('on: 2027-03-22', 'on: 2027-03-10');

function rollbackEmail(text: string, phase?: string) {
  const plan = validPlan(kaiteurText(text));
  return planMessages(buildSchedule(plan), plan, phase === undefined ? {} : { phase }).find((m) => m.kind === 'email' && m.template === 'rollback');
}

afterAll(removeTempDirs);

describe('the rollback email of a location', () => {
  it('goes to the people there of every phase that had started, as the second try starts them again', () => {
    const email = rollbackEmail(PARAMARIBO_BACK)!;
    expect(email.readers?.phases.map((p) => [p.id, p.people, p.location])).toEqual([['pilot', 3, 'Paramaribo'], ['studio', 15, 'Paramaribo']]);
    // The pilot's own messages include it.
    expect(rollbackEmail(PARAMARIBO_BACK, 'pilot')?.date).toBe('2027-03-22');
  });

  it('leaves out a phase there that had not started', () => {
    const email = rollbackEmail(earlier(PARAMARIBO_BACK))!;
    expect([email.phase?.id, email.readers]).toEqual(['pilot', undefined]);
  });

  it.each([
    ['2027-03-22', PARAMARIBO_BACK, 'IT pilot and Design and office, Paramaribo (18 people)', 'IT-pilot en Ontwerp en kantoor, Paramaribo (18 personen)'],
    ['2027-03-10', earlier(PARAMARIBO_BACK), 'IT pilot, Paramaribo (3 people)', 'IT-pilot, Paramaribo (3 personen)'],
  ])('says so in its "To:" as render-emails writes it (%s)', (at, text, en, nl) => {
    const out = path.join(tempDir(), 'mail');
    expect(run(['render-emails', '--plan', kaiteur(text), '--at', at, '--out', out]).status).toBe(0);
    const to = (lang: string) => readdirSync(out).filter((f) => f.startsWith(at) && f.endsWith(`_rollback.${lang}.md`)).flatMap((f) => readFileSync(path.join(out, f), 'utf8').split('\n').filter((l) => /^- \*\*(To|Aan):/.test(l)));
    expect([to('en'), to('nl')]).toEqual([[`- **To:** ${en}`], [`- **Aan:** ${nl}`]]);
  });
});
